// SPDX-License-Identifier: GPL-3.0-or-later
#include "protobufwiredecoder.h"

#include "payloadpreview.h"
#include "protocoltext.h"
#include "treetext.h"

#include <google/protobuf/io/coded_stream.h>

#include <cstring>

namespace Sockscope {
namespace {

using google::protobuf::io::CodedInputStream;

enum WireType : quint32 { Varint = 0, Fixed64 = 1, LengthDelimited = 2, StartGroup = 3, EndGroup = 4, Fixed32 = 5 };

// Field numbers real schemas use; a payload with higher ones is more likely something else.
constexpr quint32 kUsualFieldNumbers = 1000;
// What the summary lists of the fields, and how much of it is kept.
constexpr qsizetype kMaxCompact = 400;
// Packed varints are guessed in values of up to this many: longer ones are shown as bytes.
constexpr qsizetype kMaxPackedShown = 64;

// What reading a message found, beyond its text: for the confidence and the summary.
struct WireStats
{
    int topLevelFields = 0;
    quint32 highestField = 0;
    bool groups = false;
    bool nonCanonical = false; // a varint longer than needed: valid, but no encoder writes one
};

// The text of the fields read so far. Every Output of one decode shares one character budget,
// so nested guesses together never build more than kMaxOutput.
struct Output
{
    QString text;
    QString compact;
    qsizetype *budget = nullptr;
    bool cut = false;

    void line(int indent, const QString &line)
    {
        const qsizetype size = 4 * indent + line.size() + 1;
        if (cut || *budget < size) {
            cut = true;
            return;
        }
        *budget -= size;
        text += QString(4 * indent, QLatin1Char(' ')) + line + QLatin1Char('\n');
    }
    void summary(const QString &part)
    {
        if (compact.size() < kMaxCompact)
            compact += (compact.isEmpty() ? QString() : QStringLiteral(" ")) + part;
    }
    void join(const Output &inner)
    {
        text += inner.text;
        cut = cut || inner.cut;
    }
};

bool isPrintableText(QByteArrayView bytes)
{
    if (!isUtf8Text(bytes))
        return false;
    return std::none_of(bytes.begin(), bytes.end(),
                        [](char c) { return quint8(c) < 0x20 && c != '\t' && c != '\n' && c != '\r'; });
}

// A fixed32 or fixed64 as hex, and what its bits are as a float and as a signed integer.
template<typename Float, typename Signed, typename Unsigned>
void writeFixed(Output &out, int depth, quint32 number, Unsigned value, const char *floatName)
{
    static_assert(sizeof(Float) == sizeof(Unsigned) && sizeof(Signed) == sizeof(Unsigned));
    Float asFloat = 0;
    std::memcpy(&asFloat, &value, sizeof asFloat);
    const QString hex = QStringLiteral("0x%1").arg(quint64(value), int(2 * sizeof value), 16, QLatin1Char('0'));
    out.line(depth,
             QStringLiteral("%1: %2  # %3 %4, int%5 %6")
                     .arg(number)
                     .arg(hex, QLatin1String(floatName), TreeText::floatText(double(asFloat)))
                     .arg(8 * sizeof value)
                     .arg(qint64(Signed(value))));
    out.summary(QStringLiteral("%1=%2").arg(number).arg(hex));
}

CodedInputStream streamOver(QByteArrayView data)
{
    return CodedInputStream(reinterpret_cast<const std::uint8_t *>(data.data()), int(data.size()));
}

class WireReader
{
public:
    WireReader(QByteArrayView payload) : m_payload(payload) { }

    // Reads fields until the data ends, or the end of group `openGroup` (0: none); `consumed`
    // says where that end was.
    bool fields(QByteArrayView data, int depth, quint32 openGroup, Output &out, int *consumed = nullptr);
    const QString &error() const { return m_error; }
    const WireStats &stats() const { return m_stats; }

private:
    bool field(CodedInputStream &in, QByteArrayView data, int depth, quint32 tag, Output &out);
    bool group(CodedInputStream &in, QByteArrayView data, int depth, quint32 number, Output &out);
    void lengthDelimited(QByteArrayView bytes, int depth, quint32 number, Output &out);
    bool nested(QByteArrayView bytes, int depth, quint32 number, Output &out);
    bool fail(QByteArrayView data, int position, const QString &reason);
    void noteVarintSize(std::uint64_t value, int size)
    {
        if (size != int(google::protobuf::io::CodedOutputStream::VarintSize64(value)))
            m_stats.nonCanonical = true;
    }

    QByteArrayView m_payload;
    WireStats m_stats;
    QString m_error;
};

// Where a position in `data` (a view into the payload) is in the payload.
bool WireReader::fail(QByteArrayView data, int position, const QString &reason)
{
    if (m_error.isEmpty())
        m_error = reason.arg(data.data() - m_payload.data() + position);
    return false;
}

bool WireReader::fields(QByteArrayView data, int depth, quint32 openGroup, Output &out, int *consumed)
{
    CodedInputStream in = streamOver(data);
    while (in.CurrentPosition() < data.size()) {
        const int start = in.CurrentPosition();
        const quint32 tag = in.ReadTagNoLastTag();
        noteVarintSize(tag, in.CurrentPosition() - start);
        if (tag >> 3 == 0)
            return fail(data, start, ProtobufWireDecoder::tr("no valid field tag at byte %1"));
        if ((tag & 7) == EndGroup) {
            if (tag >> 3 != openGroup)
                return fail(data, start, ProtobufWireDecoder::tr("end of a group that was not started at byte %1"));
            if (consumed)
                *consumed = in.CurrentPosition();
            return true;
        }
        if (depth == 0 && openGroup == 0) {
            ++m_stats.topLevelFields;
            m_stats.highestField = std::max(m_stats.highestField, tag >> 3);
        }
        if (!field(in, data, depth, tag, out))
            return false;
    }
    if (openGroup != 0)
        return fail(data, int(data.size()), ProtobufWireDecoder::tr("group %1 not ended at byte %2").arg(openGroup));
    if (consumed)
        *consumed = in.CurrentPosition();
    return true;
}

bool WireReader::field(CodedInputStream &in, QByteArrayView data, int depth, quint32 tag, Output &out)
{
    const quint32 number = tag >> 3;
    const int start = in.CurrentPosition();
    const QString cutShort = ProtobufWireDecoder::tr("field %1 cut short at byte %2").arg(number);
    switch (tag & 7) {
    case Varint: {
        std::uint64_t value = 0;
        if (!in.ReadVarint64(&value))
            return fail(data, start, cutShort);
        noteVarintSize(value, in.CurrentPosition() - start);
        const QString comment =
                value > quint64(INT64_MAX) ? QStringLiteral("  # int64 %1").arg(qint64(value)) : QString();
        out.line(depth, QStringLiteral("%1: %2%3").arg(number).arg(value).arg(comment));
        out.summary(QStringLiteral("%1=%2").arg(number).arg(value));
        return true;
    }
    case Fixed64: {
        std::uint64_t value = 0;
        if (!in.ReadLittleEndian64(&value))
            return fail(data, start, cutShort);
        writeFixed<double, qint64>(out, depth, number, value, "double");
        return true;
    }
    case Fixed32: {
        std::uint32_t value = 0;
        if (!in.ReadLittleEndian32(&value))
            return fail(data, start, cutShort);
        writeFixed<float, qint32>(out, depth, number, value, "float");
        return true;
    }
    case LengthDelimited: {
        std::uint32_t length = 0;
        if (!in.ReadVarint32(&length) || length > quint32(data.size() - in.CurrentPosition()))
            return fail(data, start, cutShort);
        noteVarintSize(length, in.CurrentPosition() - start);
        lengthDelimited(data.sliced(in.CurrentPosition(), length), depth, number, out);
        in.Skip(int(length));
        return true;
    }
    case StartGroup:
        return group(in, data, depth, number, out);
    }
    return fail(data, start,
                ProtobufWireDecoder::tr("field %1 has the invalid wire type %2 at byte %3").arg(number).arg(tag & 7));
}

bool WireReader::group(CodedInputStream &in, QByteArrayView data, int depth, quint32 number, Output &out)
{
    if (depth + 1 >= PayloadDecoder::kMaxDepth) {
        return fail(data, in.CurrentPosition(),
                    ProtobufWireDecoder::tr("groups nested deeper than %1 levels at byte %2")
                            .arg(PayloadDecoder::kMaxDepth));
    }
    m_stats.groups = true;
    Output inner{{}, {}, out.budget};
    int consumed = 0;
    if (!fields(data.sliced(in.CurrentPosition()), depth + 1, number, inner, &consumed))
        return false;
    out.line(depth, QStringLiteral("%1 {").arg(number));
    out.join(inner);
    out.line(depth, QStringLiteral("}"));
    out.summary(QStringLiteral("%1={%2}").arg(number).arg(inner.compact));
    in.Skip(consumed);
    return true;
}

// A length-delimited value, guessed as protoc does but text first: a nested message shows
// "hi" as {13: 105}, which is seldom what it was.
void WireReader::lengthDelimited(QByteArrayView bytes, int depth, quint32 number, Output &out)
{
    if (isPrintableText(bytes)) {
        const QString text =
                TreeText::quoted(QString::fromUtf8(bytes.first(std::min(bytes.size(), PayloadDecoder::kMaxOutput))));
        out.line(depth, QStringLiteral("%1: %2").arg(number).arg(text));
        out.summary(QStringLiteral("%1=%2").arg(number).arg(text.left(kMaxCompact)));
        return;
    }
    if (nested(bytes, depth, number, out))
        return;
    const QString hex = TreeText::hexBytes(bytes);
    CodedInputStream in = streamOver(bytes);
    QStringList varints;
    std::uint64_t value = 0;
    bool allVarints = true;
    while (allVarints && in.CurrentPosition() < bytes.size() && varints.size() < kMaxPackedShown) {
        allVarints = in.ReadVarint64(&value);
        varints.append(QString::number(value));
    }
    if (allVarints && in.CurrentPosition() == bytes.size() && varints.size() >= 2) {
        out.line(depth,
                 QStringLiteral("%1: [%2]  # packed varints, or bytes %3")
                         .arg(number)
                         .arg(varints.join(QStringLiteral(", ")), hex));
        out.summary(QStringLiteral("%1=[%2]").arg(number).arg(varints.join(QLatin1Char(' '))));
        return;
    }
    out.line(depth, QStringLiteral("%1: %2").arg(number).arg(hex));
    out.summary(QStringLiteral("%1=%2").arg(number).arg(hex.left(kMaxCompact)));
}

// The value read as a message of its own; false (and nothing written) when it is not one.
bool WireReader::nested(QByteArrayView bytes, int depth, quint32 number, Output &out)
{
    if (bytes.isEmpty() || depth + 1 >= PayloadDecoder::kMaxDepth)
        return false;
    const qsizetype budget = *out.budget;
    Output inner{{}, {}, out.budget};
    WireReader guess(m_payload);
    if (!guess.fields(bytes, depth + 1, 0, inner)) {
        *out.budget = budget;
        return false;
    }
    out.line(depth, QStringLiteral("%1 {").arg(number));
    out.join(inner);
    out.line(depth, QStringLiteral("}"));
    out.summary(QStringLiteral("%1={%2}").arg(number).arg(inner.compact));
    return true;
}

// The whole payload as one message.
struct WireReading
{
    bool ok = false;
    QString error;
    Output out;
    WireStats stats;
};

WireReading readWire(QByteArrayView payload, qsizetype *budget)
{
    WireReading reading;
    reading.out.budget = budget;
    if (payload.isEmpty()) {
        reading.error = ProtobufWireDecoder::tr("an empty message has no fields to show");
        return reading;
    }
    WireReader reader(payload);
    reading.ok = reader.fields(payload, 0, 0, reading.out);
    reading.error = reader.error();
    reading.stats = reader.stats();
    return reading;
}

} // namespace

QString ProtobufWireDecoder::name() const
{
    return tr("Protocol Buffers (no schema)");
}

int ProtobufWireDecoder::confidence(QByteArrayView payload, const DecodeContext &context) const
{
    if (context.opcode != 0x2 || isPrintableText(payload))
        return 0;
    qsizetype budget = 0; // only whether it reads, not its text
    const WireReading reading = readWire(payload, &budget);
    if (!reading.ok)
        return 0;
    if (context.subprotocol.contains(QLatin1String("proto"), Qt::CaseInsensitive))
        return 70;
    // Random bytes often read as a few fields; encoders write neither high field numbers nor
    // padded varints, and groups are long deprecated.
    const WireStats &stats = reading.stats;
    if (stats.highestField > kUsualFieldNumbers || stats.nonCanonical)
        return 0;
    // Below CBOR and MessagePack (50 and more), which reject far more random bytes.
    return stats.groups ? 20 : 40;
}

DecodedPayload ProtobufWireDecoder::decode(QByteArrayView payload, const DecodeContext &context) const
{
    if (context.opcode == 0x8)
        return DecodedPayload::failure(tr("a close frame is not a protobuf message"));
    qsizetype budget = kMaxOutput;
    const WireReading reading = readWire(payload, &budget);
    if (!reading.ok)
        return DecodedPayload::failure(reading.error);
    DecodedPayload result;
    result.text = reading.out.text;
    result.text.chop(1); // the last line's break
    if (reading.out.cut)
        result.text += QStringLiteral("\n…");
    const int fields = reading.stats.topLevelFields;
    const QString count = fields == 1 ? tr("protobuf 1 field: ") : tr("protobuf %1 fields: ").arg(fields);
    result.summary = ProtocolText::summaryLine(count + reading.out.compact);
    return result;
}

} // namespace Sockscope
