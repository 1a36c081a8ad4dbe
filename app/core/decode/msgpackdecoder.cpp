// SPDX-License-Identifier: GPL-3.0-or-later
#include "msgpackdecoder.h"

#include "binaryshape.h"
#include "payloadpreview.h"
#include "protocoltext.h"
#include "treetext.h"

#include <QDateTime>
#include <QtEndian>

#include <msgpack.hpp>

namespace Sockscope {
namespace {

constexpr qint8 kTimestampType = -1;
// Seconds QDateTime shows as a date: years up to 9999 either way.
constexpr qint64 kMaxShownSeconds = 253402300799;

// msgpack-cxx calls this for every object it parses; it writes the TreeText as it goes and
// stops the parser (by returning false) past the depth limit.
class MsgpackWalker : public msgpack::null_visitor
{
public:
    explicit MsgpackWalker(qsizetype size) : m_size(size) { }

    bool visit_nil() { return scalar(QStringLiteral("nil")); }
    bool visit_boolean(bool v) { return scalar(v ? QStringLiteral("true") : QStringLiteral("false")); }
    bool visit_positive_integer(uint64_t v) { return scalar(QString::number(v)); }
    bool visit_negative_integer(int64_t v) { return scalar(QString::number(v)); }
    bool visit_float32(float v) { return scalar(TreeText::floatText(double(v))); }
    bool visit_float64(double v) { return scalar(TreeText::floatText(v)); }
    bool visit_str(const char *v, uint32_t size);
    bool visit_bin(const char *v, uint32_t size);
    bool visit_ext(const char *v, uint32_t size);
    bool start_array(uint32_t count) { return open(BinaryShape::Array, count); }
    bool end_array() { return close(); }
    bool start_map(uint32_t count) { return open(BinaryShape::Map, count); }
    bool end_map() { return close(); }
    void parse_error(size_t, size_t errorOffset);
    void insufficient_bytes(size_t, size_t errorOffset);
    void fail(const QString &reason) { m_error = reason; }

    const TreeText &tree() const { return m_tree; }
    const BinaryShape &shape() const { return m_shape; }
    const QString &error() const { return m_error; }

private:
    bool scalar(const QString &text);
    bool open(BinaryShape::Kind kind, uint32_t count);
    bool close();

    qsizetype m_size;
    TreeText m_tree;
    BinaryShape m_shape;
    QString m_error;
};

bool MsgpackWalker::scalar(const QString &text)
{
    ++m_shape.items;
    m_tree.scalar(text);
    return true;
}

bool MsgpackWalker::visit_str(const char *v, uint32_t size)
{
    ++m_shape.strings;
    const QByteArrayView bytes(v, size);
    if (!isUtf8Text(bytes)) // MessagePack says str is UTF-8; what is not is shown as bytes
        return scalar(TreeText::hexBytes(bytes));
    return scalar(TreeText::quoted(QString::fromUtf8(bytes.first(std::min(bytes.size(), PayloadDecoder::kMaxOutput)))));
}

bool MsgpackWalker::visit_bin(const char *v, uint32_t size)
{
    ++m_shape.byteStrings;
    return scalar(TreeText::hexBytes(QByteArrayView(v, size)));
}

// `v` is the ext type byte, then the data.
bool MsgpackWalker::visit_ext(const char *v, uint32_t size)
{
    ++m_shape.byteStrings;
    if (m_tree.depth() == 0)
        m_shape.rootKind = BinaryShape::Tagged; // a typed value: as telling as a CBOR tag
    const auto type = qint8(v[0]);
    const QByteArrayView data(v + 1, qsizetype(size) - 1);
    if (type == kTimestampType) {
        const QString time = MsgpackDecoder::timestampText(data);
        if (!time.isEmpty())
            return scalar(QStringLiteral("timestamp(%1)").arg(time));
    }
    return scalar(QStringLiteral("ext(%1, %2)").arg(type).arg(TreeText::hexBytes(data)));
}

bool MsgpackWalker::open(BinaryShape::Kind kind, uint32_t count)
{
    if (m_tree.depth() >= PayloadDecoder::kMaxDepth) {
        m_error = MsgpackDecoder::tr("nested deeper than %1 levels").arg(PayloadDecoder::kMaxDepth);
        return false;
    }
    if (m_tree.depth() == 0) {
        m_shape.rootKind = kind;
        m_shape.rootCount = count;
    }
    ++m_shape.items;
    ++(kind == BinaryShape::Map ? m_shape.maps : m_shape.arrays);
    kind == BinaryShape::Map ? m_tree.openMap() : m_tree.openArray();
    return true;
}

bool MsgpackWalker::close()
{
    m_tree.close();
    return true;
}

void MsgpackWalker::parse_error(size_t, size_t errorOffset)
{
    m_error = MsgpackDecoder::tr("invalid byte at %1").arg(errorOffset);
}

void MsgpackWalker::insufficient_bytes(size_t, size_t)
{
    m_error = MsgpackDecoder::tr("cut short: %1 end before the object does").arg(ProtocolText::bytesWord(m_size));
}

// Parses the whole payload as one object; the walker holds the text or the error.
bool walk(QByteArrayView payload, MsgpackWalker &walker)
{
    if (payload.isEmpty()) {
        walker.insufficient_bytes(0, 0);
        return false;
    }
    std::size_t offset = 0;
    try {
        if (!msgpack::parse(payload.data(), std::size_t(payload.size()), offset, walker))
            return false;
    } catch (const std::exception &) { // ext_size_overflow, the one thing it throws on bad input
        walker.parse_error(0, offset);
        return false;
    }
    if (offset < std::size_t(payload.size())) {
        walker.fail(MsgpackDecoder::tr("%1 after the MessagePack object")
                            .arg(ProtocolText::bytesWord(payload.size() - qsizetype(offset))));
        return false;
    }
    return true;
}

} // namespace

QString MsgpackDecoder::name() const
{
    return tr("MessagePack");
}

QString MsgpackDecoder::timestampText(QByteArrayView data)
{
    qint64 seconds = 0;
    quint32 nanoseconds = 0;
    if (data.size() == 4) {
        seconds = qFromBigEndian<quint32>(data.data());
    } else if (data.size() == 8) {
        const auto packed = qFromBigEndian<quint64>(data.data());
        nanoseconds = quint32(packed >> 34);
        seconds = qint64(packed & 0x3FFFFFFFFull);
    } else if (data.size() == 12) {
        nanoseconds = qFromBigEndian<quint32>(data.data());
        seconds = qFromBigEndian<qint64>(data.data() + 4);
    } else {
        return {};
    }
    if (nanoseconds > 999999999 || seconds < -kMaxShownSeconds || seconds > kMaxShownSeconds)
        return {};
    QString text = QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    if (nanoseconds > 0) {
        QString fraction = QStringLiteral("%1").arg(nanoseconds, 9, 10, QLatin1Char('0'));
        while (fraction.endsWith(QLatin1Char('0')))
            fraction.chop(1);
        text += QLatin1Char('.') + fraction;
    }
    return text + QLatin1Char('Z');
}

int MsgpackDecoder::confidence(QByteArrayView payload, const DecodeContext &context) const
{
    if (context.opcode != 0x2)
        return 0;
    MsgpackWalker walker(payload.size());
    if (!walk(payload, walker))
        return 0;
    if (context.subprotocol.contains(QLatin1String("msgpack"), Qt::CaseInsensitive))
        return 95;
    return structuredConfidence(walker.shape());
}

DecodedPayload MsgpackDecoder::decode(QByteArrayView payload, const DecodeContext &context) const
{
    if (context.opcode == 0x8)
        return DecodedPayload::failure(tr("a close frame is not MessagePack"));
    MsgpackWalker walker(payload.size());
    if (!walk(payload, walker))
        return DecodedPayload::failure(walker.error());
    return treePayload(QStringLiteral("msgpack"), walker.shape(), walker.tree());
}

} // namespace Sockscope
