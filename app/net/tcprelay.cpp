// SPDX-License-Identifier: GPL-3.0-or-later
#include "tcprelay.h"

#include <QAbstractSocket>
#include <QTimer>

namespace Sockscope {
namespace {

constexpr qint64 kMaxQueued = 256 * 1024;

} // namespace

TcpRelay::TcpRelay(QAbstractSocket *a, QAbstractSocket *b, const QByteArray &pending, QObject *parent)
    : QObject(parent), m_a(a), m_b(b)
{
    a->setParent(this);
    b->setParent(this);
    a->setReadBufferSize(kMaxQueued);
    b->setReadBufferSize(kMaxQueued);
    auto wire = [this](QAbstractSocket *from, QAbstractSocket *to) {
        connect(from, &QAbstractSocket::readyRead, this, [this, from, to] { pump(from, to); });
        // Room on `from`'s peer again: read what `to` held back.
        connect(from, &QAbstractSocket::bytesWritten, this, [this, from, to] { pump(to, from); });
        connect(from, &QAbstractSocket::disconnected, this, [this, from, to] { onClosed(from, to); });
        connect(from, &QAbstractSocket::errorOccurred, this, [this, from, to] { onClosed(from, to); });
    };
    wire(a, b);
    wire(b, a);
    auto start = [this, pending] {
        m_b->write(pending);
        pump(m_a, m_b);
    };
    if (b->state() == QAbstractSocket::ConnectedState)
        start();
    else
        connect(b, &QAbstractSocket::connected, this, start);
}

void TcpRelay::pump(QAbstractSocket *from, QAbstractSocket *to)
{
    if (to->state() != QAbstractSocket::ConnectedState)
        return;
    while (from->bytesAvailable() > 0 && to->bytesToWrite() < kMaxQueued) {
        const QByteArray chunk = from->read(kMaxQueued - to->bytesToWrite());
        if (chunk.isEmpty())
            break;
        to->write(chunk);
    }
}

void TcpRelay::onClosed(QAbstractSocket *closed, QAbstractSocket *other)
{
    if (m_finishing)
        return;
    m_finishing = true;
    pump(closed, other);
    other->disconnectFromHost();
    closed->abort();
    QTimer::singleShot(other->state() == QAbstractSocket::UnconnectedState ? 0 : 2000, this, &QObject::deleteLater);
}

} // namespace Sockscope
