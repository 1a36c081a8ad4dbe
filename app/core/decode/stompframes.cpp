// SPDX-License-Identifier: GPL-3.0-or-later
#include "stompframes.h"

#include "stompdecoder.h"

namespace Sockscope {
namespace {

const QStringList &commands()
{
    static const QStringList known = {
            QStringLiteral("CONNECT"), QStringLiteral("STOMP"),     QStringLiteral("CONNECTED"),
            QStringLiteral("SEND"),    QStringLiteral("SUBSCRIBE"), QStringLiteral("UNSUBSCRIBE"),
            QStringLiteral("ACK"),     QStringLiteral("NACK"),      QStringLiteral("BEGIN"),
            QStringLiteral("COMMIT"),  QStringLiteral("ABORT"),     QStringLiteral("DISCONNECT"),
            QStringLiteral("MESSAGE"), QStringLiteral("RECEIPT"),   QStringLiteral("ERROR")};
    return known;
}

// Reads up to the next LF (a CR before it dropped); nullopt when there is none.
std::optional<QByteArrayView> readLine(QByteArrayView data, qsizetype &pos)
{
    const qsizetype end = data.indexOf('\n', pos);
    if (end < 0)
        return std::nullopt;
    QByteArrayView line = data.sliced(pos, end - pos);
    if (line.endsWith('\r'))
        line.chop(1);
    pos = end + 1;
    return line;
}

// STOMP 1.2 header escapes: \r \n \c (colon) and \\; any other is an error.
std::optional<QString> unescape(QByteArrayView text)
{
    QByteArray out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != '\\') {
            out += text[i];
            continue;
        }
        const char next = i + 1 < text.size() ? text[++i] : '\0';
        if (next == 'r')
            out += '\r';
        else if (next == 'n')
            out += '\n';
        else if (next == 'c')
            out += ':';
        else if (next == '\\')
            out += '\\';
        else
            return std::nullopt;
    }
    return QString::fromUtf8(out);
}

// The header lines up to the blank line. CONNECT and CONNECTED frames are not escaped.
std::variant<QList<QPair<QString, QString>>, QString> readHeaders(QByteArrayView data, qsizetype &pos, bool escaped)
{
    QList<QPair<QString, QString>> headers;
    while (true) {
        const auto line = readLine(data, pos);
        if (!line)
            return StompDecoder::tr("the frame ends inside its headers");
        if (line->isEmpty())
            return headers;
        const qsizetype colon = line->indexOf(':');
        if (colon < 0)
            return StompDecoder::tr("a header line without \":\"");
        const auto name = escaped ? unescape(line->first(colon)) : QString::fromUtf8(line->first(colon));
        const auto value = escaped ? unescape(line->sliced(colon + 1)) : QString::fromUtf8(line->sliced(colon + 1));
        if (!name || !value)
            return StompDecoder::tr("an undefined escape in header \"%1\"").arg(QString::fromUtf8(line->first(colon)));
        headers.append({*name, *value});
    }
}

// The body: content-length bytes and a NUL when the header is there, else up to the NUL.
std::variant<QByteArrayView, QString> readBody(QByteArrayView data, qsizetype &pos, const StompFrame &frame)
{
    const QString lengthHeader = frame.header(QStringLiteral("content-length"));
    if (lengthHeader.isNull()) {
        const qsizetype nul = data.indexOf('\0', pos);
        if (nul < 0)
            return StompDecoder::tr("the frame has no NUL terminator");
        const QByteArrayView body = data.sliced(pos, nul - pos);
        pos = nul + 1;
        return body;
    }
    bool ok = false;
    const qlonglong length = lengthHeader.toLongLong(&ok);
    if (!ok || length < 0)
        return StompDecoder::tr("content-length \"%1\" is not a size").arg(lengthHeader);
    if (length > data.size() - pos)
        return StompDecoder::tr("body cut short: %1 of %2 bytes").arg(data.size() - pos).arg(length);
    if (length == data.size() - pos || data[pos + length] != '\0')
        return StompDecoder::tr("no NUL after the %1 bytes of content-length").arg(length);
    const QByteArrayView body = data.sliced(pos, length);
    pos += length + 1;
    return body;
}

std::variant<StompFrame, QString> readFrame(QByteArrayView data, qsizetype &pos)
{
    StompFrame frame;
    const auto command = readLine(data, pos);
    if (!command)
        return StompDecoder::tr("the frame ends inside its command");
    frame.command = QString::fromUtf8(*command);
    if (!commands().contains(frame.command))
        return StompDecoder::tr("unknown STOMP command \"%1\"").arg(frame.command.left(40));
    const bool escaped = frame.command != QLatin1String("CONNECT") && frame.command != QLatin1String("CONNECTED");
    auto headers = readHeaders(data, pos, escaped);
    if (auto *error = std::get_if<QString>(&headers))
        return *error;
    frame.headers = std::get<0>(std::move(headers));
    auto body = readBody(data, pos, frame);
    if (auto *error = std::get_if<QString>(&body))
        return *error;
    frame.body = std::get<QByteArrayView>(body);
    return frame;
}

} // namespace

QString StompFrame::header(const QString &name) const
{
    for (const auto &[key, value] : headers) {
        if (key == name)
            return value;
    }
    return {};
}

std::variant<StompFrames, QString> readStompFrames(QByteArrayView data)
{
    StompFrames result;
    qsizetype pos = 0;
    while (pos < data.size()) {
        if (data[pos] == '\n' || (data[pos] == '\r' && pos + 1 < data.size() && data[pos + 1] == '\n')) {
            pos += data[pos] == '\r' ? 2 : 1;
            ++result.heartBeats;
            continue;
        }
        auto frame = readFrame(data, pos);
        if (auto *error = std::get_if<QString>(&frame))
            return *error;
        result.frames.append(std::get<StompFrame>(std::move(frame)));
    }
    return result;
}

} // namespace Sockscope
