// SPDX-License-Identifier: GPL-3.0-or-later
#include "socketiodecoder.h"

#include "protocoltext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Sockscope {
namespace {

using namespace ProtocolText;

enum class EngineIoType { Open, Close, Ping, Pong, Message, Upgrade, Noop };
enum class SocketIoType { Connect, Disconnect, Event, Ack, ConnectError, BinaryEvent, BinaryAck };

// How well a text payload matches the grammar: an Engine.IO message that is not Socket.IO,
// bare digits ("2", "40", which alone are numbers), or a packet no other format could be.
enum class Fit { Message, Bare, Strict };

constexpr qsizetype kMaxNumberDigits = 15;

struct SocketIoPacket
{
    SocketIoType type = SocketIoType::Connect;
    int attachments = 0;
    QByteArrayView nsp = "/";
    std::optional<qint64> ackId;
    QByteArrayView json; // empty when the packet has no data
};

struct Reading
{
    EngineIoType type = EngineIoType::Noop;
    QByteArrayView data;                  // after the Engine.IO type digit
    std::optional<SocketIoPacket> packet; // a message that is a Socket.IO packet
    Fit fit = Fit::Bare;
    QString error;
};

// Digits at `pos`, at most kMaxNumberDigits; advances `pos`. nullopt when there are none.
std::optional<qint64> readNumber(QByteArrayView data, qsizetype &pos)
{
    const qsizetype start = pos;
    while (pos < data.size() && pos - start <= kMaxNumberDigits && data[pos] >= '0' && data[pos] <= '9')
        ++pos;
    if (pos == start || pos - start > kMaxNumberDigits)
        return std::nullopt;
    return data.sliced(start, pos - start).toLongLong();
}

bool isArrayStartingWithString(QByteArrayView json)
{
    const QList<JsonItem> items = jsonItems(json);
    return json.front() == '[' && !items.isEmpty() && jsonString(items.first().value).has_value();
}

// Whether the data fits the packet type, as socket.io-parser checks it; empty when it does.
QString dataError(const SocketIoPacket &packet)
{
    const QByteArrayView json = packet.json;
    const QString notJson = json.isEmpty() ? QString() : jsonError(json);
    if (!notJson.isEmpty())
        return SocketIoDecoder::tr("the packet data is %1").arg(notJson);
    switch (packet.type) {
    case SocketIoType::Connect:
        return json.isEmpty() || json.front() == '{' ? QString()
                                                     : SocketIoDecoder::tr("CONNECT data must be an object");
    case SocketIoType::Disconnect:
        return json.isEmpty() ? QString() : SocketIoDecoder::tr("DISCONNECT carries no data");
    case SocketIoType::Event:
    case SocketIoType::BinaryEvent:
        return !json.isEmpty() && isArrayStartingWithString(json)
                ? QString()
                : SocketIoDecoder::tr("an EVENT needs an array starting with its name");
    case SocketIoType::Ack:
    case SocketIoType::BinaryAck:
        if (!packet.ackId)
            return SocketIoDecoder::tr("an ACK needs an ack id");
        return !json.isEmpty() && json.front() == '[' ? QString() : SocketIoDecoder::tr("ACK data must be an array");
    case SocketIoType::ConnectError:
        return !json.isEmpty() && (json.front() == '{' || json.front() == '"')
                ? QString()
                : SocketIoDecoder::tr("CONNECT_ERROR data must be an object or a string");
    }
    return {};
}

// type [attachments "-"] ["/" namespace ","] [ack id] [JSON]
std::variant<SocketIoPacket, QString> parseSocketIo(QByteArrayView data)
{
    if (data.isEmpty() || data[0] < '0' || data[0] > '6')
        return SocketIoDecoder::tr("no Socket.IO packet type (a digit 0 to 6)");
    SocketIoPacket packet;
    packet.type = SocketIoType(data[0] - '0');
    qsizetype pos = 1;
    if (packet.type == SocketIoType::BinaryEvent || packet.type == SocketIoType::BinaryAck) {
        const auto count = readNumber(data, pos);
        if (!count || pos >= data.size() || data[pos] != '-' || *count > INT_MAX)
            return SocketIoDecoder::tr("a binary packet needs its attachment count and \"-\"");
        packet.attachments = int(*count);
        ++pos;
    }
    if (pos < data.size() && data[pos] == '/') {
        const qsizetype comma = data.indexOf(',', pos);
        const qsizetype end = comma < 0 ? data.size() : comma;
        packet.nsp = data.sliced(pos, end - pos);
        pos = comma < 0 ? end : comma + 1;
    }
    if (pos < data.size() && data[pos] >= '0' && data[pos] <= '9') {
        packet.ackId = readNumber(data, pos);
        if (!packet.ackId)
            return SocketIoDecoder::tr("the ack id has more than %1 digits").arg(kMaxNumberDigits);
    }
    packet.json = data.sliced(pos).trimmed();
    const QString error = dataError(packet);
    if (!error.isEmpty())
        return error;
    return packet;
}

Fit socketIoFit(const SocketIoPacket &packet)
{
    return packet.json.isEmpty() && packet.nsp == "/" ? Fit::Bare : Fit::Strict;
}

Reading readEngineIo(QByteArrayView payload)
{
    Reading reading;
    if (payload.isEmpty() || payload[0] < '0' || payload[0] > '6') {
        reading.error = SocketIoDecoder::tr("no Engine.IO packet type (a digit 0 to 6)");
        return reading;
    }
    reading.type = EngineIoType(payload[0] - '0');
    reading.data = payload.sliced(1);
    switch (reading.type) {
    case EngineIoType::Open:
        if (reading.data.isEmpty() || reading.data.front() != '{' || !isValidJson(reading.data)
            || !jsonMember(reading.data, "sid"))
            reading.error = SocketIoDecoder::tr("an open packet needs its JSON with a \"sid\"");
        reading.fit = Fit::Strict;
        break;
    case EngineIoType::Ping:
    case EngineIoType::Pong:
        if (reading.data == "probe")
            reading.fit = Fit::Strict;
        else if (!reading.data.isEmpty())
            reading.error = SocketIoDecoder::tr("a ping or pong carries nothing but \"probe\"");
        break;
    case EngineIoType::Message: {
        auto parsed = parseSocketIo(reading.data);
        if (auto *packet = std::get_if<SocketIoPacket>(&parsed)) {
            reading.fit = socketIoFit(*packet);
            reading.packet = *packet;
        } else if (!reading.data.isEmpty() && reading.data[0] >= '0' && reading.data[0] <= '6') {
            // It starts as a Socket.IO packet: say what is wrong with it.
            reading.error = std::get<QString>(parsed);
        } else {
            reading.fit = Fit::Message;
        }
        break;
    }
    default:
        if (!reading.data.isEmpty())
            reading.error = SocketIoDecoder::tr("this Engine.IO packet carries no data");
    }
    return reading;
}

QString engineIoTypeName(EngineIoType type)
{
    static const char *const names[] = {"open", "close", "ping", "pong", "message", "upgrade", "noop"};
    return QLatin1String(names[int(type)]);
}

QString socketIoTypeName(SocketIoType type)
{
    static const char *const names[] = {"CONNECT",       "DISCONNECT",   "EVENT",     "ACK",
                                        "CONNECT_ERROR", "BINARY_EVENT", "BINARY_ACK"};
    return QLatin1String(names[int(type)]);
}

bool isEvent(SocketIoType type)
{
    return type == SocketIoType::Event || type == SocketIoType::BinaryEvent;
}

// An event's arguments: its array without the name, as JSON text.
QByteArray eventArguments(QByteArrayView json)
{
    QByteArray arguments = "[";
    const QList<JsonItem> items = jsonItems(json);
    for (qsizetype i = 1; i < items.size(); ++i)
        arguments += (i > 1 ? "," : "") + items.at(i).value.toByteArray();
    return arguments + "]";
}

DecodedPayload renderSocketIo(const SocketIoPacket &packet)
{
    QString summary = QStringLiteral("socket.io ") + socketIoTypeName(packet.type);
    QStringList lines = {
            SocketIoDecoder::tr("Engine.IO packet: message (4)"),
            SocketIoDecoder::tr("Socket.IO packet: %1 (%2)").arg(socketIoTypeName(packet.type)).arg(int(packet.type)),
            SocketIoDecoder::tr("Namespace: %1").arg(QString::fromUtf8(packet.nsp))};
    if (packet.nsp != "/")
        summary += QLatin1Char(' ') + QString::fromUtf8(packet.nsp);
    QByteArray data = packet.json.toByteArray();
    if (isEvent(packet.type)) {
        const QString name = *jsonString(jsonItems(packet.json).first().value);
        summary += QStringLiteral(" \"%1\"").arg(name);
        lines.append(SocketIoDecoder::tr("Event: %1").arg(name));
        data = eventArguments(packet.json);
    }
    if (packet.ackId) {
        summary += QStringLiteral(" id=%1").arg(*packet.ackId);
        lines.append(SocketIoDecoder::tr("Ack id: %1").arg(*packet.ackId));
    }
    if (packet.attachments > 0)
        lines.append(SocketIoDecoder::tr("Attachments: %1 (the binary messages that follow)").arg(packet.attachments));
    if (!data.isEmpty()) {
        summary += QLatin1Char(' ') + compactJson(data);
        lines.append(isEvent(packet.type) ? SocketIoDecoder::tr("Arguments:") : SocketIoDecoder::tr("Data:"));
        lines.append(indentedBlock(indentedJson(data)));
    }
    if (packet.attachments > 0)
        summary += QLatin1Char(' ')
                + (packet.attachments == 1 ? SocketIoDecoder::tr("(1 attachment)")
                                           : SocketIoDecoder::tr("(%1 attachments)").arg(packet.attachments));
    DecodedPayload result;
    result.summary = summaryLine(summary);
    result.text = boundedText(lines.join(QLatin1Char('\n')));
    return result;
}

DecodedPayload renderEngineIo(const Reading &reading)
{
    const QString type = engineIoTypeName(reading.type);
    DecodedPayload result;
    QString summary = QStringLiteral("engine.io ") + type;
    QStringList lines = {SocketIoDecoder::tr("Engine.IO packet: %1 (%2)").arg(type).arg(int(reading.type))};
    if (reading.type == EngineIoType::Open) {
        summary += QStringLiteral(" sid=%1").arg(jsonString(*jsonMember(reading.data, "sid")).value_or(QString()));
        lines.append(SocketIoDecoder::tr("Handshake:"));
        lines.append(indentedBlock(indentedJson(reading.data)));
    } else if (!reading.data.isEmpty()) {
        summary += QLatin1Char(' ') + QString::fromUtf8(reading.data);
        lines.append(SocketIoDecoder::tr("Data: %1").arg(bytesText(reading.data)));
    }
    result.summary = summaryLine(summary);
    result.text = boundedText(lines.join(QLatin1Char('\n')));
    return result;
}

DecodedPayload renderAttachment(QByteArrayView payload)
{
    DecodedPayload result;
    result.summary = SocketIoDecoder::tr("socket.io attachment (%1)").arg(bytesWord(payload.size()));
    result.text = SocketIoDecoder::tr("A binary attachment of the BINARY_EVENT or BINARY_ACK before it, %1:")
                          .arg(bytesWord(payload.size()))
            + QLatin1Char('\n') + bytesText(payload);
    return result;
}

QString placeholderText(int number, const QList<QByteArray> &attachments)
{
    if (number >= attachments.size())
        return SocketIoDecoder::tr("<binary %1: missing>").arg(number);
    const QByteArray &bytes = attachments.at(number);
    const QByteArrayView head = QByteArrayView(bytes).first(std::min<qsizetype>(bytes.size(), 16));
    return SocketIoDecoder::tr("<binary %1: %2 %3>")
            .arg(number)
            .arg(bytesWord(bytes.size()), bytesText(head) + (bytes.size() > 16 ? QStringLiteral("…") : QString()));
}

// `text` as a JSON string, quotes included.
QString jsonQuoted(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.sliced(1, array.size() - 2));
}

} // namespace

QString SocketIoDecoder::name() const
{
    return SocketIoDecoder::tr("Socket.IO / Engine.IO");
}

int SocketIoDecoder::confidence(QByteArrayView payload, const DecodeContext &context) const
{
    const bool onFlow = context.flow == kFlow;
    if (context.opcode == 0x8)
        return 0;
    if (context.opcode == 0x2)
        return onFlow ? 90 : 0;
    const Reading reading = readEngineIo(payload);
    if (!reading.error.isEmpty())
        return 0;
    switch (reading.fit) {
    case Fit::Strict:
        return 95;
    case Fit::Bare:
        return onFlow ? 90 : 10;
    case Fit::Message:
        return onFlow ? 60 : 0;
    }
    return 0;
}

DecodedPayload SocketIoDecoder::decode(QByteArrayView payload, const DecodeContext &context) const
{
    if (context.opcode == 0x8)
        return DecodedPayload::failure(SocketIoDecoder::tr("a close frame is not an Engine.IO packet"));
    if (context.opcode == 0x2)
        return renderAttachment(payload);
    const Reading reading = readEngineIo(payload);
    if (!reading.error.isEmpty())
        return DecodedPayload::failure(reading.error);
    return reading.packet ? renderSocketIo(*reading.packet) : renderEngineIo(reading);
}

QByteArray SocketIoDecoder::flowAfter(QByteArrayView payload, const DecodeContext &context) const
{
    if (context.opcode != 0x1)
        return context.flow;
    const Reading reading = readEngineIo(payload);
    return reading.error.isEmpty() && reading.fit == Fit::Strict ? QByteArray(kFlow) : context.flow;
}

int SocketIoDecoder::attachmentCount(QByteArrayView packet)
{
    const Reading reading = readEngineIo(packet);
    return reading.error.isEmpty() && reading.packet ? reading.packet->attachments : 0;
}

DecodedPayload SocketIoDecoder::withAttachments(QByteArrayView packet, const QList<QByteArray> &attachments)
{
    Reading reading = readEngineIo(packet);
    if (!reading.error.isEmpty() || !reading.packet)
        return SocketIoDecoder().decode(packet, DecodeContext::ofOpcode(0x1));
    static const QRegularExpression placeholder(QStringLiteral("\\{\"_placeholder\":true,\"num\":(\\d{1,9})\\}"));
    QString json = compactJson(reading.packet->json);
    QString joined;
    qsizetype last = 0;
    for (const QRegularExpressionMatch &match : placeholder.globalMatch(json)) {
        const QString text = placeholderText(match.captured(1).toInt(), attachments);
        joined += json.mid(last, match.capturedStart() - last) + jsonQuoted(text);
        last = match.capturedEnd();
    }
    joined += json.mid(last);
    const QByteArray joinedJson = joined.toUtf8();
    SocketIoPacket filled = *reading.packet;
    filled.json = joinedJson;
    return renderSocketIo(filled);
}

} // namespace Sockscope
