// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QAbstractSocket;

namespace Sockscope {

// Copies bytes both ways between two sockets, unchanged and uninspected (the forward proxy's
// plain HTTP requests), reading one side only while the other has room. When either side
// closes, the other is closed after its queued bytes went out, and the relay deletes itself
// with both sockets.
class TcpRelay : public QObject
{
    Q_OBJECT

public:
    // Takes both sockets; `pending` is written to `b` once it is connected.
    TcpRelay(QAbstractSocket *a, QAbstractSocket *b, const QByteArray &pending, QObject *parent = nullptr);

private:
    void pump(QAbstractSocket *from, QAbstractSocket *to);
    void onClosed(QAbstractSocket *closed, QAbstractSocket *other);

    QPointer<QAbstractSocket> m_a;
    QPointer<QAbstractSocket> m_b;
    bool m_finishing = false;
};

} // namespace Sockscope
