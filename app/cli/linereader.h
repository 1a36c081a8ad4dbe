// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QThread>

namespace Sockscope {

// Reads standard input line by line on its own thread (a blocking read must not stall the
// event loop) and delivers the lines in the owner's thread.
class LineReader : public QObject
{
    Q_OBJECT

public:
    explicit LineReader(QObject *parent = nullptr);
    ~LineReader() override;

    void start();

Q_SIGNALS:
    void lineRead(const QString &line);
    void finished();

private:
    QThread *m_thread = nullptr;
};

} // namespace Sockscope
