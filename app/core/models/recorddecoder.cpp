// SPDX-License-Identifier: GPL-3.0-or-later
#include "recorddecoder.h"

#include "decode/payloaddecoders.h"

namespace Sockscope {

DecodedRecord decodeRecord(QByteArrayView payload, const DecodeContext &context, const DecoderChoice &choice)
{
    const PayloadDecoders &decoders = PayloadDecoders::instance();
    const bool dataFrame = !(context.opcode & 0x8);
    const PayloadDecoder *chosen = dataFrame && !choice.isAutomatic() ? decoders.find(choice.decoderId) : nullptr;
    const PayloadDecoder &decoder = chosen ? *chosen : decoders.choose(payload, context);
    return {&decoder, decoder.decode(payload, context)};
}

void RecordDecoder::note(const Event &event, qint64 sequence)
{
    switch (event.kind) {
    case Event::Kind::Frame:
        noteFlow(event, sequence);
        break;
    case Event::Kind::PeerConnected:
        m_connections[event.connectionId].localServer = true;
        break;
    case Event::Kind::Opened:
        m_connections[event.connectionId].subprotocol = event.text;
        break;
    default:
        break;
    }
}

void RecordDecoder::loadConnections(const QList<ConnectionInfo> &connections)
{
    for (const ConnectionInfo &c : connections) {
        Connection &connection = m_connections[c.id];
        connection.subprotocol = c.subprotocol;
        connection.localServer = c.role == QLatin1String("server");
    }
}

void RecordDecoder::clear()
{
    m_connections.clear();
    m_choices = {};
}

DecodeContext::Sender RecordDecoder::sender(quint64 connectionId, Direction direction) const
{
    const bool weSent = direction == Direction::Outgoing;
    const bool weAreServer = m_connections.value(connectionId).localServer;
    return weSent == weAreServer ? DecodeContext::Sender::Server : DecodeContext::Sender::Client;
}

bool RecordDecoder::wantsFlow(quint64 connectionId) const
{
    return m_connections.value(connectionId).messagesSeen < kFlowMessages;
}

// Whole data messages only: a fragment cannot be read alone.
void RecordDecoder::noteFlow(const Event &frame, qint64 sequence)
{
    const FrameHeader &f = frame.frame;
    if (f.isControl() || f.opcode == 0 || !f.fin)
        return;
    Connection &connection = m_connections[frame.connectionId];
    if (connection.messagesSeen >= kFlowMessages)
        return;
    ++connection.messagesSeen;
    const DecodeContext before = context(LogRecord::fromEvent(frame, sequence));
    const QByteArray after =
            PayloadDecoders::instance().flowAfter(frame.compressed ? frame.inflated : frame.payload, before);
    if (after != before.flow)
        connection.flows[sequence] = after;
}

QByteArray RecordDecoder::flowAt(const Connection &connection, qint64 sequence) const
{
    auto after = connection.flows.lower_bound(sequence); // changes made by this message or later do not count
    return after == connection.flows.begin() ? QByteArray() : std::prev(after)->second;
}

DecodeContext RecordDecoder::context(const LogRecord &record) const
{
    const auto found = m_connections.constFind(record.connectionId);
    DecodeContext context;
    context.opcode = record.opcode;
    context.sender = sender(record.connectionId, record.direction);
    context.schemaType = m_choices.choice(record.connectionId, context.sender).schemaType;
    if (found != m_connections.constEnd()) {
        context.subprotocol = found->subprotocol;
        context.flow = flowAt(*found, record.sequence);
    }
    return context;
}

DecodedRecord RecordDecoder::decode(const LogRecord &record, QByteArrayView payload) const
{
    const DecodeContext context = this->context(record);
    return decodeRecord(payload, context, m_choices.choice(record.connectionId, context.sender));
}

DecodedRecord RecordDecoder::decode(const Event &frame, qint64 sequence) const
{
    return decode(LogRecord::fromEvent(frame, sequence), frame.compressed ? frame.inflated : frame.payload);
}

} // namespace Sockscope
