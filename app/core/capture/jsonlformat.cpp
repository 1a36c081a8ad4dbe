// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonlformat.h"

#include "capturereader.h"
#include "decode/payloadpreview.h"
#include "protocol/closecode.h"
#include "protocol/framedecoder.h"
#include "protocol/frameencoder.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace Sockscope {
namespace {

// Payloads go out as UTF-8 text when they are valid UTF-8, else as base64, with a flag.
void putBytes(QJsonObject &object, const QString &key, const QByteArray &bytes)
{
    const bool text = isUtf8Text(bytes);
    object.insert(key, text ? QString::fromUtf8(bytes) : QString::fromLatin1(bytes.toBase64()));
    object.insert(key + QLatin1String("_encoding"), text ? QStringLiteral("utf8") : QStringLiteral("base64"));
}

QString hex(const std::uint8_t *data, std::size_t size)
{
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)).toHex());
}

std::optional<QByteArray> takeBytes(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return QByteArray();
    if (!value.isString())
        return std::nullopt;
    const QString encoding = object.value(key + QLatin1String("_encoding")).toString(QStringLiteral("utf8"));
    if (encoding == QLatin1String("utf8"))
        return value.toString().toUtf8();
    if (encoding != QLatin1String("base64"))
        return std::nullopt;
    const auto decoded =
            QByteArray::fromBase64Encoding(value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    return decoded ? std::optional<QByteArray>(*decoded) : std::nullopt;
}

enum class LineRead { Line, End, TooLong };

// The next line, read in pieces: a line longer than `limit` costs no more than `limit` bytes.
LineRead readBoundedLine(QIODevice &file, qsizetype limit, QByteArray *line)
{
    line->clear();
    if (file.atEnd())
        return LineRead::End;
    char piece[64 * 1024];
    for (;;) {
        const qint64 read = file.readLine(piece, sizeof piece);
        if (read <= 0)
            return LineRead::Line; // the last line had no newline
        line->append(piece, qsizetype(read));
        if (piece[read - 1] == '\n')
            return LineRead::Line;
        if (line->size() > limit)
            return LineRead::TooLong;
    }
}

} // namespace

QJsonObject JsonlFormat::toJson(const Event &event)
{
    QJsonObject o;
    o.insert(QStringLiteral("ts_ns"), QString::number(event.timestampNs));
    o.insert(QStringLiteral("event"), QString::fromLatin1(eventKindName(event.kind)));
    o.insert(QStringLiteral("conn"), qint64(event.connectionId));
    if (event.serverId)
        o.insert(QStringLiteral("server"), qint64(event.serverId));
    if (event.pairedId)
        o.insert(QStringLiteral("paired"), qint64(event.pairedId));
    switch (event.kind) {
    case Event::Kind::Frame: {
        const FrameHeader &f = event.frame;
        o.insert(QStringLiteral("dir"),
                 event.direction == Direction::Incoming ? QStringLiteral("in") : QStringLiteral("out"));
        o.insert(QStringLiteral("fin"), f.fin);
        o.insert(QStringLiteral("rsv1"), f.rsv1);
        o.insert(QStringLiteral("rsv2"), f.rsv2);
        o.insert(QStringLiteral("rsv3"), f.rsv3);
        o.insert(QStringLiteral("opcode"), f.opcode);
        o.insert(QStringLiteral("opcode_name"), QString::fromLatin1(opcodeName(f.opcode)));
        o.insert(QStringLiteral("masked"), f.masked);
        if (f.masked && !event.synthesized)
            o.insert(QStringLiteral("mask_key"), hex(f.maskKey.data(), 4));
        o.insert(QStringLiteral("length"), qint64(f.payloadLength));
        o.insert(QStringLiteral("length_bits"),
                 f.lengthEncoding == LengthEncoding::Bits7            ? 7
                         : f.lengthEncoding == LengthEncoding::Bits16 ? 16
                                                                      : 64);
        o.insert(QStringLiteral("header_hex"), hex(f.headerBytes.data(), f.headerSize));
        o.insert(QStringLiteral("compressed"), event.compressed);
        if (event.synthesized)
            o.insert(QStringLiteral("synthesized"), true);
        if (event.edited)
            o.insert(QStringLiteral("edited"), true);
        if (event.dropped)
            o.insert(QStringLiteral("dropped"), true);
        if (event.injected)
            o.insert(QStringLiteral("injected"), true);
        putBytes(o, QStringLiteral("payload"), event.payload);
        if (event.compressed)
            putBytes(o, QStringLiteral("inflated"), event.inflated);
        break;
    }
    case Event::Kind::HandshakeRequest:
    case Event::Kind::HandshakeResponse:
        o.insert(QStringLiteral("dir"),
                 event.direction == Direction::Incoming ? QStringLiteral("in") : QStringLiteral("out"));
        if (event.statusCode)
            o.insert(QStringLiteral("status"), event.statusCode);
        putBytes(o, QStringLiteral("raw"), event.raw);
        break;
    case Event::Kind::Opened: {
        o.insert(QStringLiteral("subprotocol"), event.text);
        o.insert(QStringLiteral("extensions"), event.detail);
        const ConnectionTimings &t = event.timings;
        o.insert(QStringLiteral("timings_us"),
                 QJsonObject{{QStringLiteral("dns"), t.dnsUs},
                             {QStringLiteral("tcp"), t.tcpConnectUs},
                             {QStringLiteral("tls"), t.tlsUs},
                             {QStringLiteral("upgrade"), t.upgradeUs}});
        break;
    }
    case Event::Kind::Closed:
        o.insert(QStringLiteral("code"), event.closeCode);
        o.insert(QStringLiteral("code_name"), QString::fromLatin1(closeCodeName(event.closeCode)));
        o.insert(QStringLiteral("reason"), event.text);
        o.insert(QStringLiteral("detail"), event.detail);
        break;
    case Event::Kind::ProtocolError:
        o.insert(QStringLiteral("code"), event.closeCode);
        o.insert(QStringLiteral("error"), event.text);
        break;
    case Event::Kind::TlsEstablished:
        o.insert(QStringLiteral("session"), event.text);
        o.insert(QStringLiteral("verification"), event.detail);
        putBytes(o, QStringLiteral("raw"), event.raw);
        break;
    case Event::Kind::Failed:
        o.insert(QStringLiteral("error"), event.text);
        if (event.statusCode)
            o.insert(QStringLiteral("status"), event.statusCode);
        if (!event.raw.isEmpty()) // a refused upgrade's response, or what arrived of a cut frame
            putBytes(o, QStringLiteral("raw"), event.raw);
        break;
    default:
        if (!event.text.isEmpty())
            o.insert(QStringLiteral("text"), event.text);
        break;
    }
    return o;
}

std::optional<Event> JsonlFormat::fromJson(const QJsonObject &o, QString *error)
{
    Event event;
    const auto kind = eventKindFromName(o.value(QLatin1String("event")).toString().toLatin1());
    if (!kind) {
        *error = tr("unknown event \"%1\"").arg(o.value(QLatin1String("event")).toString());
        return std::nullopt;
    }
    event.kind = *kind;
    bool ok = false;
    event.timestampNs = o.value(QLatin1String("ts_ns")).toString().toLongLong(&ok);
    if (!ok) {
        *error = tr("\"ts_ns\" must be a string of nanoseconds");
        return std::nullopt;
    }
    event.connectionId = quint64(o.value(QLatin1String("conn")).toInteger());
    event.serverId = quint64(o.value(QLatin1String("server")).toInteger());
    event.pairedId = quint64(o.value(QLatin1String("paired")).toInteger());
    event.direction = o.value(QLatin1String("dir")).toString() == QLatin1String("out") ? Direction::Outgoing
                                                                                       : Direction::Incoming;
    auto bytes = [&](const char *key, QByteArray *out) {
        const auto value = takeBytes(o, QLatin1String(key));
        if (!value)
            *error = tr("\"%1\" is not valid for its encoding").arg(QLatin1String(key));
        else
            *out = *value;
        return value.has_value();
    };
    switch (event.kind) {
    case Event::Kind::Frame: {
        const QByteArray header = QByteArray::fromHex(o.value(QLatin1String("header_hex")).toString().toLatin1());
        const auto parsed = FrameDecoder::parseHeader(bytesOf(header));
        if (!parsed) {
            *error = tr("\"header_hex\" is not a frame header");
            return std::nullopt;
        }
        event.frame = *parsed;
        event.compressed = o.value(QLatin1String("compressed")).toBool();
        event.synthesized = o.value(QLatin1String("synthesized")).toBool();
        event.edited = o.value(QLatin1String("edited")).toBool();
        event.dropped = o.value(QLatin1String("dropped")).toBool();
        event.injected = o.value(QLatin1String("injected")).toBool();
        if (!bytes("payload", &event.payload) || (event.compressed && !bytes("inflated", &event.inflated)))
            return std::nullopt;
        break;
    }
    case Event::Kind::HandshakeRequest:
    case Event::Kind::HandshakeResponse:
        event.statusCode = o.value(QLatin1String("status")).toInt();
        if (!bytes("raw", &event.raw))
            return std::nullopt;
        break;
    case Event::Kind::Opened: {
        event.text = o.value(QLatin1String("subprotocol")).toString();
        event.detail = o.value(QLatin1String("extensions")).toString();
        const QJsonObject t = o.value(QLatin1String("timings_us")).toObject();
        event.timings = {t.value(QLatin1String("dns")).toInteger(-1), t.value(QLatin1String("tcp")).toInteger(-1),
                         t.value(QLatin1String("tls")).toInteger(-1), t.value(QLatin1String("upgrade")).toInteger(-1)};
        break;
    }
    case Event::Kind::Closed:
        event.closeCode = quint16(o.value(QLatin1String("code")).toInt());
        event.text = o.value(QLatin1String("reason")).toString();
        event.detail = o.value(QLatin1String("detail")).toString();
        break;
    case Event::Kind::ProtocolError:
        event.closeCode = quint16(o.value(QLatin1String("code")).toInt());
        event.text = o.value(QLatin1String("error")).toString();
        break;
    case Event::Kind::TlsEstablished:
        event.text = o.value(QLatin1String("session")).toString();
        event.detail = o.value(QLatin1String("verification")).toString();
        if (!bytes("raw", &event.raw))
            return std::nullopt;
        break;
    case Event::Kind::Failed:
        event.text = o.value(QLatin1String("error")).toString();
        event.statusCode = o.value(QLatin1String("status")).toInt();
        if (!bytes("raw", &event.raw))
            return std::nullopt;
        break;
    default:
        event.text = o.value(QLatin1String("text")).toString();
        break;
    }
    return event;
}

bool JsonlFormat::exportCapture(CaptureReader &reader, const QString &path, QString *error,
                                const ExportProgress &progress)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    const bool completed = reader.readEvents(ProgressCounter::wrap(progress, [&file](const Event &event) {
        file.write(QJsonDocument(toJson(event)).toJson(QJsonDocument::Compact));
        file.write("\n");
        return true;
    }));
    if (!completed) {
        file.cancelWriting();
        *error = tr("export of %1 cancelled").arg(path);
        return false;
    }
    if (!file.commit()) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool JsonlFormat::importFile(const QString &path, const ImportSink &sink, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    qint64 lineNumber = 0;
    QByteArray read;
    for (;;) {
        const LineRead result = readBoundedLine(file, kMaxLineBytes, &read);
        if (result == LineRead::End)
            break;
        ++lineNumber;
        if (result == LineRead::TooLong) {
            *error = tr("%1:%2: the line is longer than %3 MiB, more than any event takes")
                             .arg(path)
                             .arg(lineNumber)
                             .arg(kMaxLineBytes >> 20);
            return false;
        }
        const QByteArray line = read.trimmed();
        if (line.isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
        QString lineError;
        std::optional<Event> event;
        if (!document.isObject())
            lineError = document.isNull() ? parseError.errorString() : tr("not a JSON object");
        else
            event = fromJson(document.object(), &lineError);
        if (!event) {
            *error = tr("%1:%2: %3").arg(path).arg(lineNumber).arg(lineError);
            return false;
        }
        sink(*event);
    }
    return true;
}

} // namespace Sockscope
