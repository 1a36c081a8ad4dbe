// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphqldecoder.h"

#include "protocoltext.h"

#include <QRegularExpression>

namespace Sockscope {
namespace {

using namespace ProtocolText;

constexpr char kTransportWs[] = "graphql-transport-ws";
constexpr char kLegacyWs[] = "graphql-ws";

const QList<QByteArrayView> &transportTypes()
{
    static const QList<QByteArrayView> types = {"connection_init", "connection_ack", "ping",  "pong",
                                                "subscribe",       "next",           "error", "complete"};
    return types;
}

const QList<QByteArrayView> &legacyTypes()
{
    static const QList<QByteArrayView> types = {
            "connection_init",      "connection_ack",  "ka", "start", "data", "error", "stop", "complete",
            "connection_terminate", "connection_error"};
    return types;
}

struct Message
{
    QByteArrayView json;
    QString type;
    std::optional<QString> id;
    std::optional<QByteArrayView> payload;
};

std::optional<Message> readMessage(QByteArrayView payload)
{
    payload = payload.trimmed();
    if (payload.isEmpty() || payload.front() != '{' || !isValidJson(payload))
        return std::nullopt;
    const auto type = jsonMember(payload, "type");
    const auto typeName = type ? jsonString(*type) : std::nullopt;
    if (!typeName)
        return std::nullopt;
    const auto id = jsonMember(payload, "id");
    return Message{payload, *typeName, id ? jsonString(*id) : std::nullopt, jsonMember(payload, "payload")};
}

// Without the subprotocol, only what other JSON protocols are unlikely to send: the connection
// messages by their names, the operation messages by their shape (an id, and a query or a
// result where the protocol has one).
bool isDistinctive(const Message &message)
{
    static const QStringList connection = {QStringLiteral("connection_init"), QStringLiteral("connection_ack"),
                                           QStringLiteral("ka"), QStringLiteral("connection_terminate"),
                                           QStringLiteral("connection_error")};
    const QString &type = message.type;
    if (connection.contains(type))
        return true;
    if (!message.id)
        return false;
    const QByteArrayView payload = message.payload.value_or(QByteArrayView());
    const bool isObject = !payload.isEmpty() && payload.front() == '{';
    if (type == QLatin1String("subscribe") || type == QLatin1String("start"))
        return isObject && jsonString(jsonMember(payload, "query").value_or(QByteArrayView())).has_value();
    if (type == QLatin1String("next") || type == QLatin1String("data"))
        return isObject && (jsonMember(payload, "data") || jsonMember(payload, "errors"));
    if (type == QLatin1String("error"))
        return !payload.isEmpty();
    // complete and stop: the type and the id, nothing else.
    return (type == QLatin1String("complete") || type == QLatin1String("stop")) && jsonItems(message.json).size() == 2;
}

// Which protocol: the subprotocol's, or guessed from the message type (empty when both fit).
QString protocolOf(const Message &message, const QString &subprotocol)
{
    if (subprotocol == QLatin1String(kTransportWs) || subprotocol == QLatin1String(kLegacyWs))
        return subprotocol;
    const QByteArray type = message.type.toUtf8();
    const bool transport = transportTypes().contains(type);
    const bool legacy = legacyTypes().contains(type);
    if (transport != legacy)
        return QLatin1String(transport ? kTransportWs : kLegacyWs);
    return {};
}

QString memberString(QByteArrayView object, QByteArrayView key)
{
    const auto value = object.isEmpty() ? std::nullopt : jsonMember(object, key);
    return value ? jsonString(*value).value_or(QString()) : QString();
}

// The operation's name: operationName, else the name after query/mutation/subscription.
QString operationName(QByteArrayView payload, const QString &query)
{
    const QString given = memberString(payload, "operationName");
    if (!given.isEmpty())
        return given;
    static const QRegularExpression named(QStringLiteral("^\\s*(?:query|mutation|subscription)\\s+([_A-Za-z]\\w*)"));
    const QRegularExpressionMatch match = named.match(query);
    return match.hasMatch() ? match.captured(1) : GraphQlDecoder::tr("(anonymous)");
}

void appendJsonMember(QStringList &lines, QByteArrayView object, QByteArrayView key, const QString &label)
{
    const auto value = jsonMember(object, key);
    if (value && *value != "null") {
        lines.append(label);
        lines.append(indentedBlock(indentedJson(*value)));
    }
}

// A subscribe or start: the operation's name, query text and variables.
QString describeOperation(const Message &message, QStringList &lines)
{
    const QByteArrayView payload = message.payload.value_or(QByteArrayView());
    const QString query = memberString(payload, "query");
    const QString name = operationName(payload, query);
    lines.append(GraphQlDecoder::tr("Operation: %1").arg(name));
    lines.append(GraphQlDecoder::tr("Query:"));
    lines.append(indentedBlock(query.trimmed()));
    appendJsonMember(lines, payload, "variables", GraphQlDecoder::tr("Variables:"));
    appendJsonMember(lines, payload, "extensions", GraphQlDecoder::tr("Extensions:"));
    return name;
}

void describeResult(const Message &message, QStringList &lines)
{
    const QByteArrayView payload = message.payload.value_or(QByteArrayView());
    if (payload.isEmpty() || payload.front() != '{') {
        appendJsonMember(lines, message.json, "payload", GraphQlDecoder::tr("Payload:"));
        return;
    }
    appendJsonMember(lines, payload, "data", GraphQlDecoder::tr("Data:"));
    appendJsonMember(lines, payload, "errors", GraphQlDecoder::tr("Errors:"));
    appendJsonMember(lines, payload, "extensions", GraphQlDecoder::tr("Extensions:"));
}

SentBy sentBy(const QString &type, const QString &protocol)
{
    static const QStringList byClient = {QStringLiteral("connection_init"), QStringLiteral("subscribe"),
                                         QStringLiteral("start"), QStringLiteral("stop"),
                                         QStringLiteral("connection_terminate")};
    static const QStringList byServer = {QStringLiteral("connection_ack"), QStringLiteral("next"),
                                         QStringLiteral("data"), QStringLiteral("ka"),
                                         QStringLiteral("connection_error")};
    if (byClient.contains(type))
        return SentBy::Client;
    if (byServer.contains(type))
        return SentBy::Server;
    // The legacy protocol's error and complete come from the server; graphql-transport-ws lets
    // the client complete too, and errors come from the server in both.
    if (type == QLatin1String("error") || (type == QLatin1String("complete") && protocol == QLatin1String(kLegacyWs)))
        return SentBy::Server;
    return SentBy::Either;
}

bool isOperation(const QString &type)
{
    return type == QLatin1String("subscribe") || type == QLatin1String("start");
}

bool isResult(const QString &type)
{
    return type == QLatin1String("next") || type == QLatin1String("data");
}

} // namespace

QString GraphQlDecoder::name() const
{
    return tr("GraphQL over WebSocket");
}

int GraphQlDecoder::confidence(QByteArrayView payload, const DecodeContext &context) const
{
    if (context.opcode == 0x8)
        return 0;
    const auto message = readMessage(payload);
    if (!message)
        return 0;
    if (context.subprotocol == QLatin1String(kTransportWs) || context.subprotocol == QLatin1String(kLegacyWs))
        return 100;
    return isDistinctive(*message) ? 85 : 0;
}

DecodedPayload GraphQlDecoder::decode(QByteArrayView payload, const DecodeContext &context) const
{
    if (context.opcode == 0x8)
        return DecodedPayload::failure(tr("a close frame is not a GraphQL message"));
    const auto message = readMessage(payload);
    if (!message)
        return DecodedPayload::failure(tr("not a GraphQL over WebSocket message (a JSON object with a \"type\")"));
    const QString protocol = protocolOf(*message, context.subprotocol);
    QStringList lines = {
            tr("Protocol: %1").arg(protocol.isEmpty() ? tr("graphql-transport-ws or graphql-ws") : protocol),
            tr("Type: %1").arg(message->type)};
    const QByteArray type = message->type.toUtf8();
    if (!protocol.isEmpty()
        && !(protocol == QLatin1String(kTransportWs) ? transportTypes() : legacyTypes()).contains(type))
        lines.append(tr("This message type is not part of %1.").arg(protocol));
    const QString wrongSender = wrongSenderNote(sentBy(message->type, protocol), context.sender, message->type);
    if (!wrongSender.isEmpty())
        lines.append(wrongSender);
    QString summary = QStringLiteral("graphql ") + message->type;
    if (message->id) {
        summary += QStringLiteral(" id=%1").arg(*message->id);
        lines.append(tr("Id: %1").arg(*message->id));
    }
    if (isOperation(message->type)) {
        summary += QLatin1Char(' ') + describeOperation(*message, lines);
    } else if (isResult(message->type)) {
        describeResult(*message, lines);
    } else {
        appendJsonMember(lines, message->json, "payload", tr("Payload:"));
    }
    if (!isOperation(message->type) && message->payload)
        summary += QLatin1Char(' ') + compactJson(*message->payload);
    DecodedPayload result;
    result.summary = summaryLine(summary);
    result.text = boundedText(lines.join(QLatin1Char('\n')));
    return result;
}

} // namespace Sockscope
