// SPDX-License-Identifier: GPL-3.0-or-later
#include "hexdecoder.h"

#include "payloadpreview.h"

namespace Sockscope {
namespace {

constexpr qsizetype kBytesPerLine = 16;
// One listing line: 8 offset digits, 16 × 3 hex columns with a gap, 16 characters, separators.
constexpr qsizetype kLineChars = 8 + 2 + kBytesPerLine * 3 + 1 + 2 + kBytesPerLine + 2;

QString listingLine(QByteArrayView line, qsizetype offset)
{
    QString hex;
    QString ascii;
    for (qsizetype i = 0; i < kBytesPerLine; ++i) {
        if (i == 8)
            hex += QLatin1Char(' ');
        if (i >= line.size()) {
            hex += QStringLiteral("   ");
            continue;
        }
        const auto byte = quint8(line[i]);
        hex += QStringLiteral("%1 ").arg(byte, 2, 16, QLatin1Char('0'));
        ascii += byte >= 0x20 && byte < 0x7F ? QLatin1Char(char(byte)) : QLatin1Char('.');
    }
    return QStringLiteral("%1  %2 |%3|").arg(offset, 8, 16, QLatin1Char('0')).arg(hex, ascii);
}

} // namespace

QString HexDecoder::name() const
{
    return tr("Hex");
}

int HexDecoder::confidence(QByteArrayView, const DecodeContext &) const
{
    return 1;
}

DecodedPayload HexDecoder::decode(QByteArrayView payload, const DecodeContext &) const
{
    DecodedPayload result;
    result.summary = hexPreview(payload, PreviewStyle::Log);
    const qsizetype shownBytes = std::min(payload.size(), kMaxOutput / kLineChars * kBytesPerLine);
    QStringList lines;
    for (qsizetype offset = 0; offset < shownBytes; offset += kBytesPerLine)
        lines.append(listingLine(payload.sliced(offset, std::min(kBytesPerLine, shownBytes - offset)), offset));
    if (shownBytes < payload.size())
        lines.append(tr("… %n more byte(s) not shown", nullptr,
                        int(std::min<qsizetype>(payload.size() - shownBytes, INT_MAX))));
    result.text = lines.join(QLatin1Char('\n'));
    return result;
}

} // namespace Sockscope
