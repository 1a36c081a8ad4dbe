// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/event.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Sockscope {

// What the handshake view needs of each connection: its upgrade request and response, how the
// upgrade ended, the TLS session and the URL. The events that carry them arrive long before
// the user selects the connection, so they are kept per connection id, fed by live events or
// by the rows of an opened capture through the same handleEvent(). No widgets: plain data.
class SessionHistory
{
public:
    struct Handshake
    {
        Event request;
        Event response;
        Event outcome; // Opened or Failed
        Event tls;
        QString url;
    };

    // Every event makes its connection known; a Connecting event starts the history afresh,
    // because a reconnecting client reuses its connection id.
    void handleEvent(const Event &event);
    // A connection listed in a capture, whose start event is not replayed.
    void addConnection(quint64 connectionId, const QString &url);
    // Null for a connection never seen.
    const Handshake *handshake(quint64 connectionId) const;
    QList<quint64> connectionIds() const { return m_handshakes.keys(); }
    void clear() { m_handshakes.clear(); }

private:
    QHash<quint64, Handshake> m_handshakes;
};

} // namespace Sockscope
