// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventprinter.h"

#include "capture/jsonlformat.h"
#include "decode/payloaddecoder.h"
#include "decode/payloadpreview.h"
#include "protocol/closecode.h"
#include "protocol/frameanatomy.h"

#include <QDateTime>
#include <QJsonDocument>

namespace Sockscope {
namespace {

QString hex(const std::uint8_t *data, std::size_t size)
{
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)).toHex());
}

} // namespace

QString EventPrinter::toText(const Event &event, const DecodedRecord *decoded)
{
    const QString time =
            QDateTime::fromMSecsSinceEpoch(event.timestampNs / 1000000).toString(QStringLiteral("HH:mm:ss.zzz"));
    const QString prefix = time + QStringLiteral(" #") + QString::number(event.connectionId) + QLatin1Char(' ');
    switch (event.kind) {
    case Event::Kind::Frame: {
        const FrameHeader &f = event.frame;
        const QString flags = FrameAnatomy::bitsText(f.fin, f.rsv1, f.rsv2, f.rsv3);
        QString line = prefix + (event.direction == Direction::Incoming ? QStringLiteral("< ") : QStringLiteral("> "))
                + QString::fromLatin1(opcodeName(f.opcode)) + QLatin1Char(' ') + flags + QLatin1Char(' ')
                + tr("%1 B").arg(f.payloadLength);
        if (f.masked)
            line += event.synthesized ? tr(" mask=unknown") : QStringLiteral(" mask=") + hex(f.maskKey.data(), 4);
        if (event.compressed && !event.inflated.isEmpty())
            line += tr(" (inflated %1 B)").arg(event.inflated.size());
        if (event.edited)
            line += tr(" [edited]");
        if (event.dropped)
            line += tr(" [dropped]");
        const QByteArray &shown = event.compressed ? event.inflated : event.payload;
        if (decoded && decoded->payload.isValid() && !shown.isEmpty())
            line += QStringLiteral(": ") + decoded->payload.summary;
        else if (!shown.isEmpty()
                 && (f.opcode == 1 || f.opcode == 2 || f.opcode == 0 || f.opcode == 9 || f.opcode == 10))
            line += QStringLiteral(": ")
                    + payloadPreview(shown, DecodeContext::ofOpcode(f.opcode), PreviewStyle::Terminal);
        return line;
    }
    case Event::Kind::Listening:
        return prefix + tr("listening on %1").arg(event.text);
    case Event::Kind::Connecting:
        if (event.pairedId)
            return prefix + tr("connecting to %1 (proxy for #%2)").arg(event.text).arg(event.pairedId);
        return prefix + tr("connecting to %1").arg(event.text);
    case Event::Kind::PeerConnected:
        return prefix + tr("peer %1 connected").arg(event.text);
    case Event::Kind::HandshakeRequest:
    case Event::Kind::HandshakeResponse: {
        const QString firstLine = QString::fromLatin1(event.raw.left(event.raw.indexOf('\r')));
        return prefix + (event.direction == Direction::Incoming ? QStringLiteral("< ") : QStringLiteral("> "))
                + firstLine;
    }
    case Event::Kind::Opened:
        return prefix
                + tr("open (subprotocol: %1, extensions: %2, upgrade %3 µs)")
                          .arg(event.text.isEmpty() ? tr("none") : event.text,
                               event.detail.isEmpty() ? tr("none") : event.detail)
                          .arg(event.timings.upgradeUs);
    case Event::Kind::Closed:
        return prefix
                + tr("closed %1 (%2) \"%3\": %4")
                          .arg(event.closeCode)
                          .arg(closeCodeDisplayName(event.closeCode), event.text, event.detail);
    case Event::Kind::Failed:
        return prefix + tr("failed: %1").arg(event.text);
    case Event::Kind::ProtocolError:
        return prefix + tr("protocol error, closing with %1: %2").arg(event.closeCode).arg(event.text);
    case Event::Kind::Stopped:
        return prefix + tr("server stopped");
    case Event::Kind::TlsEstablished:
        return prefix + tr("TLS %1; %2").arg(event.text, event.detail);
    }
    return prefix;
}

QJsonObject EventPrinter::decodedJson(const DecodedRecord &decoded)
{
    QJsonObject object{{QStringLiteral("decoder"), QString::fromLatin1(decoded.decoder->id())}};
    if (!decoded.payload.isValid()) {
        object.insert(QStringLiteral("error"), decoded.payload.error);
        return object;
    }
    object.insert(QStringLiteral("summary"), decoded.payload.summary);
    object.insert(QStringLiteral("text"), decoded.payload.text);
    return object;
}

void EventPrinter::print(const Event &event)
{
    std::optional<DecodedRecord> decoded;
    if (m_decoder) {
        const qint64 sequence = ++m_printed; // the order the decoder learns flows in
        m_decoder->note(event, sequence);
        if (event.kind == Event::Kind::Frame)
            decoded = m_decoder->decode(event, sequence);
    }
    QJsonObject object;
    if (m_format == Format::JsonLines) {
        object = JsonlFormat::toJson(event);
        if (decoded)
            object.insert(QStringLiteral("decoded"), decodedJson(*decoded));
    }
    // The listening line is what scripts wait for; in JSON Lines mode it is an object too.
    const QByteArray line = m_format == Format::JsonLines ? QJsonDocument(object).toJson(QJsonDocument::Compact)
                                                          : toText(event, decoded ? &*decoded : nullptr).toUtf8();
    std::fwrite(line.constData(), 1, std::size_t(line.size()), m_out);
    std::fputc('\n', m_out);
    std::fflush(m_out);
}

} // namespace Sockscope
