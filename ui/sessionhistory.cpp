// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionhistory.h"

namespace Sockscope {

void SessionHistory::handleEvent(const Event &event)
{
    Handshake &handshake = m_handshakes[event.connectionId];
    switch (event.kind) {
    case Event::Kind::Connecting:
        handshake = {};
        handshake.url = event.text;
        break;
    case Event::Kind::HandshakeRequest:
        handshake.request = event;
        break;
    case Event::Kind::HandshakeResponse:
        handshake.response = event;
        break;
    case Event::Kind::Opened:
    case Event::Kind::Failed:
        handshake.outcome = event;
        break;
    case Event::Kind::TlsEstablished:
        handshake.tls = event;
        break;
    default:
        break;
    }
}

void SessionHistory::addConnection(quint64 connectionId, const QString &url)
{
    m_handshakes[connectionId].url = url;
}

const SessionHistory::Handshake *SessionHistory::handshake(quint64 connectionId) const
{
    const auto it = m_handshakes.constFind(connectionId);
    return it == m_handshakes.constEnd() ? nullptr : &*it;
}

} // namespace Sockscope
