// SPDX-License-Identifier: GPL-3.0-or-later
#include "events/eventprinter.h"

#include "protocol/closecode.h"
#include "protocol/frameencoder.h"
#include "protocol/utf8validator.h"

#include <QDateTime>
#include <QJsonDocument>

namespace Sockscope {
namespace {

// Payloads go out as UTF-8 text when they are valid UTF-8, else as base64, with a flag.
void putBytes(QJsonObject &object, const QString &key, const QByteArray &bytes)
{
    const bool text = Utf8Validator::isValid(bytesOf(bytes));
    object.insert(key, text ? QString::fromUtf8(bytes) : QString::fromLatin1(bytes.toBase64()));
    object.insert(key + QLatin1String("_encoding"), text ? QStringLiteral("utf8") : QStringLiteral("base64"));
}

QString hex(const std::uint8_t *data, std::size_t size)
{
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)).toHex());
}

QString preview(const QByteArray &bytes)
{
    constexpr qsizetype kPreview = 120;
    const QByteArray head = bytes.left(kPreview);
    QString text = Utf8Validator::isValid(bytesOf(head)) || bytes.size() > kPreview
            ? QString::fromUtf8(head)
            : QStringLiteral("0x") + QString::fromLatin1(head.toHex());
    text.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    if (bytes.size() > kPreview)
        text += QStringLiteral("…");
    return text;
}

} // namespace

QJsonObject EventPrinter::toJson(const Event &event)
{
    QJsonObject o;
    o.insert(QStringLiteral("ts_ns"), QString::number(event.timestampNs));
    o.insert(QStringLiteral("event"), QString::fromLatin1(eventKindName(event.kind)));
    o.insert(QStringLiteral("conn"), qint64(event.connectionId));
    if (event.serverId)
        o.insert(QStringLiteral("server"), qint64(event.serverId));
    switch (event.kind) {
    case Event::Kind::Frame: {
        const FrameHeader &f = event.frame;
        o.insert(QStringLiteral("dir"), event.direction == Direction::Incoming ? QStringLiteral("in") : QStringLiteral("out"));
        o.insert(QStringLiteral("fin"), f.fin);
        o.insert(QStringLiteral("rsv1"), f.rsv1);
        o.insert(QStringLiteral("rsv2"), f.rsv2);
        o.insert(QStringLiteral("rsv3"), f.rsv3);
        o.insert(QStringLiteral("opcode"), f.opcode);
        o.insert(QStringLiteral("opcode_name"), QString::fromLatin1(opcodeName(f.opcode)));
        o.insert(QStringLiteral("masked"), f.masked);
        if (f.masked)
            o.insert(QStringLiteral("mask_key"), hex(f.maskKey.data(), 4));
        o.insert(QStringLiteral("length"), qint64(f.payloadLength));
        o.insert(QStringLiteral("length_bits"), f.lengthEncoding == LengthEncoding::Bits7 ? 7
                                                : f.lengthEncoding == LengthEncoding::Bits16 ? 16 : 64);
        o.insert(QStringLiteral("header_hex"), hex(f.headerBytes.data(), f.headerSize));
        o.insert(QStringLiteral("compressed"), event.compressed);
        putBytes(o, QStringLiteral("payload"), event.payload);
        if (event.compressed)
            putBytes(o, QStringLiteral("inflated"), event.inflated);
        break;
    }
    case Event::Kind::HandshakeRequest:
    case Event::Kind::HandshakeResponse:
        if (event.statusCode)
            o.insert(QStringLiteral("status"), event.statusCode);
        putBytes(o, QStringLiteral("raw"), event.raw);
        break;
    case Event::Kind::Opened: {
        o.insert(QStringLiteral("subprotocol"), event.text);
        o.insert(QStringLiteral("extensions"), event.detail);
        const ConnectionTimings &t = event.timings;
        o.insert(QStringLiteral("timings_us"),
                 QJsonObject {{QStringLiteral("dns"), t.dnsUs},
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
    case Event::Kind::Failed:
        o.insert(QStringLiteral("error"), event.text);
        if (event.statusCode) {
            o.insert(QStringLiteral("status"), event.statusCode);
            putBytes(o, QStringLiteral("raw"), event.raw);
        }
        break;
    default:
        if (!event.text.isEmpty())
            o.insert(QStringLiteral("text"), event.text);
        break;
    }
    return o;
}

QString EventPrinter::toText(const Event &event)
{
    const QString time = QDateTime::fromMSecsSinceEpoch(event.timestampNs / 1000000).toString(QStringLiteral("HH:mm:ss.zzz"));
    const QString prefix = time + QStringLiteral(" #") + QString::number(event.connectionId) + QLatin1Char(' ');
    switch (event.kind) {
    case Event::Kind::Frame: {
        const FrameHeader &f = event.frame;
        const QString flags = QStringLiteral("%1%2%3%4")
                                      .arg(f.fin ? QLatin1Char('F') : QLatin1Char('-'))
                                      .arg(f.rsv1 ? QLatin1Char('1') : QLatin1Char('-'))
                                      .arg(f.rsv2 ? QLatin1Char('2') : QLatin1Char('-'))
                                      .arg(f.rsv3 ? QLatin1Char('3') : QLatin1Char('-'));
        QString line = prefix + (event.direction == Direction::Incoming ? QStringLiteral("< ") : QStringLiteral("> "))
                + QString::fromLatin1(opcodeName(f.opcode)) + QLatin1Char(' ') + flags + QLatin1Char(' ')
                + tr("%n byte(s)", nullptr, int(f.payloadLength));
        if (f.masked)
            line += QStringLiteral(" mask=") + hex(f.maskKey.data(), 4);
        if (event.compressed && !event.inflated.isEmpty())
            line += tr(" inflated %n byte(s)", nullptr, int(event.inflated.size()));
        const QByteArray &shown = event.compressed ? event.inflated : event.payload;
        if (!shown.isEmpty() && (f.opcode == 1 || f.opcode == 2 || f.opcode == 0 || f.opcode == 9 || f.opcode == 10))
            line += QStringLiteral(": ") + preview(shown);
        return line;
    }
    case Event::Kind::Listening:
        return prefix + tr("listening on %1").arg(event.text);
    case Event::Kind::Connecting:
        return prefix + tr("connecting to %1").arg(event.text);
    case Event::Kind::PeerConnected:
        return prefix + tr("peer %1 connected").arg(event.text);
    case Event::Kind::HandshakeRequest:
    case Event::Kind::HandshakeResponse: {
        const QString firstLine = QString::fromLatin1(event.raw.left(event.raw.indexOf('\r')));
        return prefix + (event.direction == Direction::Incoming ? QStringLiteral("< ") : QStringLiteral("> ")) + firstLine;
    }
    case Event::Kind::Opened:
        return prefix + tr("open (subprotocol: %1, extensions: %2, upgrade %3 µs)")
                                .arg(event.text.isEmpty() ? tr("none") : event.text,
                                     event.detail.isEmpty() ? tr("none") : event.detail)
                                .arg(event.timings.upgradeUs);
    case Event::Kind::Closed:
        return prefix + tr("closed %1 (%2) \"%3\": %4")
                                .arg(event.closeCode)
                                .arg(QString::fromLatin1(closeCodeName(event.closeCode)), event.text, event.detail);
    case Event::Kind::Failed:
        return prefix + tr("failed: %1").arg(event.text);
    case Event::Kind::ProtocolError:
        return prefix + tr("protocol error, closing with %1: %2").arg(event.closeCode).arg(event.text);
    case Event::Kind::Stopped:
        return prefix + tr("server stopped");
    }
    return prefix;
}

void EventPrinter::print(const Event &event)
{
    // The listening line is what scripts wait for; in JSON Lines mode it is an object too.
    const QByteArray line = m_format == Format::JsonLines
            ? QJsonDocument(toJson(event)).toJson(QJsonDocument::Compact)
            : toText(event).toUtf8();
    std::fwrite(line.constData(), 1, std::size_t(line.size()), m_out);
    std::fputc('\n', m_out);
    std::fflush(m_out);
}

} // namespace Sockscope
