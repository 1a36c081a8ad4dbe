// SPDX-License-Identifier: GPL-3.0-or-later
#include "stompdecoder.h"

#include "protocoltext.h"
#include "stompframes.h"

namespace Sockscope {
namespace {

using namespace ProtocolText;

bool isStompSubprotocol(const QString &subprotocol)
{
    static const QStringList names = {QStringLiteral("v12.stomp"), QStringLiteral("v11.stomp"),
                                      QStringLiteral("v10.stomp"), QStringLiteral("stomp")};
    return names.contains(subprotocol);
}

// A SockJS frame: open "o", heartbeat "h", close "c[code,reason]", the server's messages
// "a[…]" (or one "m…") and the client's messages "[…]".
struct SockJsFrame
{
    enum class Kind { Open, Heartbeat, Close, Messages };
    Kind kind = Kind::Open;
    QList<QByteArray> messages;
    QString closeText;
};

// Whether a JSON array's first element is a string that may hold a STOMP frame (a command in
// capitals or a heart-beat's escaped line break): other JSON is not parsed at all.
bool mayHoldStompFrames(QByteArrayView json)
{
    const QByteArrayView inside = json.sliced(1).trimmed();
    return inside == "]"
            || (inside.size() >= 2 && inside[0] == '"'
                && ((inside[1] >= 'A' && inside[1] <= 'Z') || inside[1] == '\\'));
}

std::optional<QList<QByteArray>> stringElements(QByteArrayView json)
{
    if (json.isEmpty() || json.front() != '[' || !mayHoldStompFrames(json) || !isValidJson(json))
        return std::nullopt;
    QList<QByteArray> strings;
    for (const JsonItem &item : jsonItems(json)) {
        const auto text = jsonString(item.value);
        if (!text)
            return std::nullopt;
        strings.append(text->toUtf8());
    }
    return strings;
}

std::optional<SockJsFrame> readSockJs(QByteArrayView payload)
{
    if (payload == "o" || payload == "h")
        return SockJsFrame{payload == "o" ? SockJsFrame::Kind::Open : SockJsFrame::Kind::Heartbeat, {}, {}};
    if (payload.startsWith("c[") && isValidJson(payload.sliced(1))) {
        const QList<JsonItem> items = jsonItems(payload.sliced(1));
        if (items.size() != 2 || !jsonString(items.at(1).value))
            return std::nullopt;
        return SockJsFrame{SockJsFrame::Kind::Close,
                           {},
                           QString::fromUtf8(items.at(0).value) + QLatin1Char(' ') + *jsonString(items.at(1).value)};
    }
    const bool serverFrame = payload.startsWith("a[");
    if (payload.startsWith("m") && jsonString(payload.sliced(1)) && isValidJson(payload.sliced(1)))
        return SockJsFrame{SockJsFrame::Kind::Messages, {jsonString(payload.sliced(1))->toUtf8()}, {}};
    if (const auto messages = stringElements(serverFrame ? payload.sliced(1) : payload))
        return SockJsFrame{SockJsFrame::Kind::Messages, *messages, {}};
    return std::nullopt;
}

QString keyHeader(const StompFrame &frame)
{
    static const QList<QPair<QStringList, QString>> keys = {
            {{QStringLiteral("SEND"), QStringLiteral("MESSAGE"), QStringLiteral("SUBSCRIBE")},
             QStringLiteral("destination")},
            {{QStringLiteral("UNSUBSCRIBE"), QStringLiteral("ACK"), QStringLiteral("NACK")}, QStringLiteral("id")},
            {{QStringLiteral("CONNECTED")}, QStringLiteral("version")},
            {{QStringLiteral("CONNECT"), QStringLiteral("STOMP")}, QStringLiteral("host")},
            {{QStringLiteral("RECEIPT")}, QStringLiteral("receipt-id")},
            {{QStringLiteral("ERROR")}, QStringLiteral("message")},
            {{QStringLiteral("BEGIN"), QStringLiteral("COMMIT"), QStringLiteral("ABORT")},
             QStringLiteral("transaction")}};
    for (const auto &[commands, header] : keys) {
        if (commands.contains(frame.command))
            return frame.header(header);
    }
    return {};
}

QString frameSummary(const StompFrame &frame)
{
    QString summary = QStringLiteral("stomp ") + frame.command;
    const QString key = keyHeader(frame);
    if (!key.isEmpty())
        summary += QLatin1Char(' ') + key;
    if (!frame.body.isEmpty())
        summary += QLatin1Char(' ') + byteCount(frame.body.size());
    return summary;
}

SentBy sentBy(const QString &command)
{
    static const QStringList byServer = {QStringLiteral("CONNECTED"), QStringLiteral("MESSAGE"),
                                         QStringLiteral("RECEIPT"), QStringLiteral("ERROR")};
    return byServer.contains(command) ? SentBy::Server : SentBy::Client;
}

void describeFrame(const StompFrame &frame, DecodeContext::Sender sender, QStringList &lines)
{
    lines.append(StompDecoder::tr("Command: %1").arg(frame.command));
    const QString wrongSender = wrongSenderNote(sentBy(frame.command), sender, frame.command);
    if (!wrongSender.isEmpty())
        lines.append(wrongSender);
    for (const auto &[name, value] : frame.headers)
        lines.append(QStringLiteral("    %1: %2").arg(name, value));
    if (!frame.body.isEmpty()) {
        lines.append(StompDecoder::tr("Body %1:").arg(byteCount(frame.body.size())));
        lines.append(indentedBlock(bytesText(frame.body)));
    }
}

// Every frame of one STOMP payload: the summary of the first, the text of all.
std::variant<DecodedPayload, QString> describeStomp(QByteArrayView data, DecodeContext::Sender sender)
{
    auto read = readStompFrames(data);
    if (auto *error = std::get_if<QString>(&read))
        return *error;
    const StompFrames &frames = std::get<StompFrames>(read);
    if (frames.frames.isEmpty() && frames.heartBeats == 0)
        return StompDecoder::tr("an empty payload is not a STOMP frame");
    DecodedPayload result;
    QStringList lines;
    if (frames.heartBeats > 0)
        lines.append(StompDecoder::tr("Heart-beats: %1").arg(frames.heartBeats));
    for (const StompFrame &frame : frames.frames)
        describeFrame(frame, sender, lines);
    result.summary =
            frames.frames.isEmpty() ? StompDecoder::tr("stomp heart-beat") : frameSummary(frames.frames.first());
    if (frames.frames.size() > 1)
        result.summary += QLatin1Char(' ')
                + (frames.frames.size() == 2 ? StompDecoder::tr("+1 more frame")
                                             : StompDecoder::tr("+%1 more frames").arg(frames.frames.size() - 1));
    result.text = lines.join(QLatin1Char('\n'));
    return result;
}

std::variant<DecodedPayload, QString> describeSockJs(const SockJsFrame &sockJs, DecodeContext::Sender sender)
{
    DecodedPayload result;
    if (sockJs.kind != SockJsFrame::Kind::Messages) {
        static const char *const names[] = {"open", "heartbeat", "close"};
        result.summary =
                QStringLiteral("sockjs %1 %2").arg(QLatin1String(names[int(sockJs.kind)]), sockJs.closeText).trimmed();
        result.text = StompDecoder::tr("SockJS frame: %1").arg(result.summary.mid(7));
        return result;
    }
    QStringList summaries;
    QStringList lines = {StompDecoder::tr("SockJS frame, STOMP messages: %1").arg(sockJs.messages.size())};
    for (const QByteArray &message : sockJs.messages) {
        auto described = describeStomp(message, sender);
        if (auto *error = std::get_if<QString>(&described))
            return StompDecoder::tr("SockJS message %1: %2").arg(summaries.size() + 1).arg(*error);
        const DecodedPayload &decoded = std::get<DecodedPayload>(described);
        summaries.append(decoded.summary);
        lines.append(decoded.text);
    }
    result.summary = summaries.isEmpty() ? QStringLiteral("sockjs []") : summaries.join(QStringLiteral("; "));
    result.text = lines.join(QLatin1Char('\n'));
    return result;
}

std::variant<DecodedPayload, QString> describe(QByteArrayView payload, DecodeContext::Sender sender)
{
    if (const auto sockJs = readSockJs(payload))
        return describeSockJs(*sockJs, sender);
    return describeStomp(payload, sender);
}

} // namespace

QString StompDecoder::name() const
{
    return tr("STOMP");
}

int StompDecoder::confidence(QByteArrayView payload, const DecodeContext &context) const
{
    if (context.opcode == 0x8)
        return 0;
    const bool stompSubprotocol = isStompSubprotocol(context.subprotocol);
    const auto sockJs = readSockJs(payload);
    if (sockJs && (sockJs->kind == SockJsFrame::Kind::Open || sockJs->kind == SockJsFrame::Kind::Heartbeat))
        return context.flow == kSockJsFlow || stompSubprotocol ? 90 : 0;
    auto described = describe(payload, context.sender);
    if (std::holds_alternative<QString>(described))
        return 0;
    if (stompSubprotocol)
        return 100;
    // A heart-beat alone is a line break, and an empty SockJS array is just JSON.
    const bool heartBeatOnly = payload.trimmed().isEmpty();
    const bool emptyArray = sockJs && sockJs->kind == SockJsFrame::Kind::Messages && sockJs->messages.isEmpty();
    return heartBeatOnly || emptyArray ? 0 : 90;
}

DecodedPayload StompDecoder::decode(QByteArrayView payload, const DecodeContext &context) const
{
    if (context.opcode == 0x8)
        return DecodedPayload::failure(tr("a close frame is not a STOMP frame"));
    auto described = describe(payload, context.sender);
    if (auto *error = std::get_if<QString>(&described))
        return DecodedPayload::failure(*error);
    DecodedPayload result = std::get<DecodedPayload>(std::move(described));
    result.summary = summaryLine(result.summary);
    result.text = boundedText(result.text);
    return result;
}

QByteArray StompDecoder::flowAfter(QByteArrayView payload, const DecodeContext &context) const
{
    const auto sockJs = readSockJs(payload);
    if (context.opcode == 0x1 && sockJs && sockJs->kind != SockJsFrame::Kind::Open
        && sockJs->kind != SockJsFrame::Kind::Heartbeat && !sockJs->messages.isEmpty()
        && confidence(payload, context) > 0)
        return kSockJsFlow;
    return context.flow;
}

} // namespace Sockscope
