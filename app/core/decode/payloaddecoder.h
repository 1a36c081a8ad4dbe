// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <cstdint>

namespace Sockscope {

// What a decoder may know about a payload besides its bytes.
struct DecodeContext
{
    // Which end of the connection sent the payload: some protocols (GraphQL over WebSocket,
    // MQTT, STOMP) read a message differently by its sender.
    enum class Sender : std::uint8_t { Unknown, Client, Server };

    std::uint8_t opcode = 0x1; // of the message: text, binary, close, ping or pong
    QString subprotocol;       // negotiated on the connection, empty when none
    Sender sender = Sender::Unknown;
    // A message type the user chose for the connection and direction, for decoders that need a
    // schema (protobuf: "package.Message"); empty when none was chosen.
    QString schemaType;
    // What earlier messages of the connection showed about its protocol, for messages that
    // cannot be read alone (PayloadDecoders::flowAfter keeps it): "socket.io" (binary messages
    // are a packet's attachments, bare "2" is a ping), "mqtt/4" or "mqtt/5" (the CONNECT's
    // protocol level: v5 packets carry properties), "sockjs". Empty when nothing is known.
    QByteArray flow;

    // A context that knows only the opcode (aggregate initialisation would have to name every field).
    static DecodeContext ofOpcode(std::uint8_t opcode)
    {
        DecodeContext context;
        context.opcode = opcode;
        return context;
    }
};

// A run of payload bytes a decoder points at, such as an invalid UTF-8 sequence.
struct ByteRange
{
    qsizetype offset = 0;
    qsizetype length = 0;

    friend bool operator==(const ByteRange &, const ByteRange &) = default;
};

// What a decoder made of a payload. A payload it cannot read gives isValid() false and a
// one-line error ("cannot decode: …"); the other fields are then empty.
struct DecodedPayload
{
    QString summary; // one line, for the log's preview column and the CLI
    QString text;    // the full readable form, for the decoder pane
    QList<ByteRange> marked;
    QString error;

    bool isValid() const { return error.isEmpty(); }
    static DecodedPayload failure(const QString &reason);
};

// One payload type (UTF-8 text, hex, JSON, a close frame's code and reason, …). Decoders are
// stateless and never execute or allocate beyond kMaxOutput on hostile input, so one instance
// serves every thread.
class PayloadDecoder
{
public:
    // The readable form is cut here: a decoder pane does not need more, and a hostile payload
    // must not make a decoder build gigabytes of text.
    static constexpr qsizetype kMaxOutput = 1 << 20;
    // Nesting deeper than this (JSON arrays, …) is reported instead of followed.
    static constexpr int kMaxDepth = 64;

    virtual ~PayloadDecoder() = default;

    // Stable, untranslated key ("text", "json"): what a capture or a setting stores.
    virtual QByteArray id() const = 0;
    virtual QString name() const = 0;
    // How sure the decoder is that the payload is its type, 0 (not at all) to 100 (certain);
    // the automatic choice takes the highest.
    virtual int confidence(QByteArrayView payload, const DecodeContext &context) const = 0;
    virtual DecodedPayload decode(QByteArrayView payload, const DecodeContext &context) const = 0;
    // The connection's flow (DecodeContext::flow) once this payload has been seen: protocol
    // decoders recognise the messages that set it (an Engine.IO open, an MQTT CONNECT).
    virtual QByteArray flowAfter(QByteArrayView, const DecodeContext &context) const { return context.flow; }
};

} // namespace Sockscope
