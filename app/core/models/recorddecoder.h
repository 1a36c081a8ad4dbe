// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capture/connectioninfo.h"
#include "decoderchoices.h"
#include "store/event.h"
#include "store/logrecord.h"

#include <QHash>

#include <map>

namespace Sockscope {

class PayloadDecoder;

// A payload decoded for reading: the decoder that read it and what it made of it.
struct DecodedRecord
{
    const PayloadDecoder *decoder = nullptr;
    DecodedPayload payload;
};

// The one rule for picking a decoder (UI-5): the user's choice for a data message when it
// names a known decoder, the automatic choice otherwise. Control frames are always automatic.
DecodedRecord decodeRecord(QByteArrayView payload, const DecodeContext &context, const DecoderChoice &choice);

// Decodes the messages of a session or capture the way every view shows them: it knows each
// connection's role and negotiated subprotocol (learned from its events or the capture's
// connection table) and the user's choices. A value, so a worker thread can take a copy.
class RecordDecoder
{
public:
    // What sets a connection's flow (an Engine.IO open, an MQTT CONNECT) comes first: only its
    // first few data messages are looked at, so a long session costs nothing more per frame.
    static constexpr int kFlowMessages = 16;

    // Learns roles (a local server's peer, a client), subprotocols and each connection's flow
    // (DecodeContext::flow) from the event stream, fed in order; `sequence` is the event's.
    void note(const Event &event, qint64 sequence);
    // False once the connection's first kFlowMessages data messages have been noted.
    bool wantsFlow(quint64 connectionId) const;
    void loadConnections(const QList<ConnectionInfo> &connections);
    void setChoices(const DecoderChoiceMap &choices) { m_choices = choices; }
    const DecoderChoiceMap &choices() const { return m_choices; }
    void clear();

    // Who sent what went `direction` on the connection; a connection of unknown role is
    // taken for one of our clients, as most are.
    DecodeContext::Sender sender(quint64 connectionId, Direction direction) const;
    // For the message at `sequence`: the flow is what the connection's earlier messages set.
    DecodeContext context(const LogRecord &record) const;
    // A frame as the log holds it, its payload (inflated when compressed) given.
    DecodedRecord decode(const LogRecord &record, QByteArrayView payload) const;
    // A frame event at `sequence`: its inflated bytes when compressed.
    DecodedRecord decode(const Event &frame, qint64 sequence) const;

private:
    struct Connection
    {
        QString subprotocol;
        bool localServer = false; // a peer of our server: we sent as the server
        int messagesSeen = 0;     // for the flow, up to kFlowMessages
        // Sequence of the message after which the flow changed → the flow from then on.
        std::map<qint64, QByteArray> flows;
    };
    void noteFlow(const Event &frame, qint64 sequence);
    QByteArray flowAt(const Connection &connection, qint64 sequence) const;
    QHash<quint64, Connection> m_connections;
    DecoderChoiceMap m_choices;
};

} // namespace Sockscope
