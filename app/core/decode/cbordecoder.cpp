// SPDX-License-Identifier: GPL-3.0-or-later
#include "cbordecoder.h"

#include "binaryshape.h"
#include "protocoltext.h"
#include "treetext.h"

#include <QCborStreamReader>
#include <QDateTime>

namespace Sockscope {
namespace {

// CBOR's self-describe tag (RFC 8949 §3.4.6): whoever sends it says the payload is CBOR.
constexpr quint64 kSelfDescribeTag = 55799;
// Seconds since 1970 (RFC 8949 §3.4.2).
constexpr quint64 kEpochTimeTag = 1;
// Seconds shown as a date: up to the year 9999.
constexpr quint64 kMaxShownSeconds = 253402300799;

QString simpleText(QCborSimpleType type)
{
    switch (type) {
    case QCborSimpleType::False:
        return QStringLiteral("false");
    case QCborSimpleType::True:
        return QStringLiteral("true");
    case QCborSimpleType::Null:
        return QStringLiteral("null");
    case QCborSimpleType::Undefined:
        return QStringLiteral("undefined");
    }
    return QStringLiteral("simple(%1)").arg(quint8(type));
}

QString negativeText(QCborNegativeInteger value)
{
    // The reader gives -1 - n as n + 1, which wraps to 0 for the smallest value, -2^64.
    const auto magnitude = quint64(value);
    return magnitude == 0 ? QStringLiteral("-18446744073709551616") : QStringLiteral("-%1").arg(magnitude);
}

// Walks one data item and everything inside it into a TreeText.
class CborWalker
{
public:
    explicit CborWalker(QByteArrayView payload) : m_payload(payload), m_reader(payload.toByteArray()) { }

    bool walk();
    const TreeText &tree() const { return m_tree; }
    const BinaryShape &shape() const { return m_shape; }
    const QString &error() const { return m_error; }
    bool selfDescribed() const { return m_selfDescribed; }

private:
    bool item(int depth);
    bool container(int depth);
    bool tag(int depth);
    bool string();
    bool epochTime();
    bool fail(const QString &reason);
    bool readerFailed();

    QByteArrayView m_payload;
    QCborStreamReader m_reader;
    TreeText m_tree;
    BinaryShape m_shape;
    QString m_error;
    bool m_selfDescribed = false;
};

bool CborWalker::walk()
{
    if (m_payload.isEmpty())
        return fail(CborDecoder::tr("an empty message holds no CBOR item"));
    m_shape.rootKind = m_reader.type() == QCborStreamReader::Map ? BinaryShape::Map
            : m_reader.type() == QCborStreamReader::Array        ? BinaryShape::Array
            : m_reader.type() == QCborStreamReader::Tag          ? BinaryShape::Tagged
                                                                 : BinaryShape::Scalar;
    if (!item(0))
        return false;
    const qsizetype rest = m_payload.size() - m_reader.currentOffset();
    if (rest > 0)
        return fail(CborDecoder::tr("%1 after the CBOR item").arg(ProtocolText::bytesWord(rest)));
    return true;
}

bool CborWalker::fail(const QString &reason)
{
    if (m_error.isEmpty())
        m_error = reason;
    return false;
}

bool CborWalker::readerFailed()
{
    const QCborError error = m_reader.lastError();
    if (error.c == QCborError::EndOfFile)
        return fail(CborDecoder::tr("cut short at byte %1").arg(m_reader.currentOffset()));
    return fail(CborDecoder::tr("%1 at byte %2").arg(error.toString()).arg(m_reader.currentOffset()));
}

bool CborWalker::item(int depth)
{
    ++m_shape.items;
    switch (m_reader.type()) {
    case QCborStreamReader::UnsignedInteger:
        m_tree.scalar(QString::number(m_reader.toUnsignedInteger()));
        break;
    case QCborStreamReader::NegativeInteger:
        m_tree.scalar(negativeText(m_reader.toNegativeInteger()));
        break;
    case QCborStreamReader::ByteArray:
    case QCborStreamReader::String:
        return string();
    case QCborStreamReader::Array:
    case QCborStreamReader::Map:
        return container(depth);
    case QCborStreamReader::Tag:
        return tag(depth);
    case QCborStreamReader::SimpleType:
        m_tree.scalar(simpleText(m_reader.toSimpleType()));
        break;
    case QCborStreamReader::Float16:
        m_tree.scalar(TreeText::floatText(double(float(m_reader.toFloat16()))));
        break;
    case QCborStreamReader::Float:
        m_tree.scalar(TreeText::floatText(double(m_reader.toFloat())));
        break;
    case QCborStreamReader::Double:
        m_tree.scalar(TreeText::floatText(m_reader.toDouble()));
        break;
    case QCborStreamReader::Invalid:
        return readerFailed();
    }
    return m_reader.next() || readerFailed();
}

bool CborWalker::container(int depth)
{
    if (depth >= PayloadDecoder::kMaxDepth)
        return fail(CborDecoder::tr("nested deeper than %1 levels").arg(PayloadDecoder::kMaxDepth));
    const bool isMap = m_reader.isMap();
    // Each entry takes at least one byte (a map's two): a longer claim is cut short, whatever
    // the reader would make of it.
    if (m_reader.isLengthKnown() && m_reader.length() > quint64(m_payload.size() - m_reader.currentOffset())) {
        const QString claim = isMap ? CborDecoder::tr("a map of %1 entries").arg(m_reader.length())
                                    : CborDecoder::tr("an array of %1 items").arg(m_reader.length());
        return fail(CborDecoder::tr("%1 is cut short at byte %2").arg(claim).arg(m_reader.currentOffset()));
    }
    ++(isMap ? m_shape.maps : m_shape.arrays);
    isMap ? m_tree.openMap() : m_tree.openArray();
    if (!m_reader.enterContainer())
        return readerFailed();
    qsizetype children = 0;
    while (m_reader.lastError() == QCborError::NoError && m_reader.hasNext()) {
        if (!item(depth + 1))
            return false;
        ++children;
    }
    if (m_reader.lastError() != QCborError::NoError || !m_reader.leaveContainer())
        return readerFailed();
    if (depth == 0)
        m_shape.rootCount = isMap ? children / 2 : children;
    m_tree.close();
    return true;
}

bool CborWalker::tag(int depth)
{
    if (depth >= PayloadDecoder::kMaxDepth)
        return fail(CborDecoder::tr("nested deeper than %1 levels").arg(PayloadDecoder::kMaxDepth));
    const auto number = quint64(m_reader.toTag());
    if (depth == 0 && number == kSelfDescribeTag)
        m_selfDescribed = true;
    m_tree.openTag(QString::number(number));
    if (!m_reader.next())
        return readerFailed();
    if (number == kEpochTimeTag && m_reader.isUnsignedInteger())
        return epochTime();
    if (!item(depth + 1))
        return false;
    m_tree.close();
    return true;
}

// The content of tag 1 as a number, with the UTC time it means as a diagnostic comment.
bool CborWalker::epochTime()
{
    ++m_shape.items;
    const quint64 seconds = m_reader.toUnsignedInteger();
    QString text = QString::number(seconds);
    if (seconds <= kMaxShownSeconds)
        text += QStringLiteral(" / %1 /").arg(
                QDateTime::fromSecsSinceEpoch(qint64(seconds), Qt::UTC).toString(Qt::ISODate));
    m_tree.scalar(text);
    m_tree.close();
    return m_reader.next() || readerFailed();
}

// A byte or text string, possibly in chunks. A chunk longer than the whole payload cannot be
// there: it is reported before the reader would allocate for it.
bool CborWalker::string()
{
    const bool isText = m_reader.isString();
    ++(isText ? m_shape.strings : m_shape.byteStrings);
    const auto readChunks = [this](auto readChunk, auto &joined) {
        while (true) {
            if (m_reader.currentStringChunkSize() > m_payload.size() - m_reader.currentOffset())
                return fail(CborDecoder::tr("a string of %1 is cut short at byte %2")
                                    .arg(ProtocolText::bytesWord(m_reader.currentStringChunkSize()))
                                    .arg(m_reader.currentOffset()));
            const auto chunk = readChunk();
            if (chunk.status == QCborStreamReader::Error)
                return readerFailed();
            if (chunk.status == QCborStreamReader::EndOfString)
                return true;
            joined += chunk.data;
        }
    };
    QByteArray bytes;
    QString text;
    const bool read = isText ? readChunks([this] { return m_reader.readString(); }, text)
                             : readChunks([this] { return m_reader.readByteArray(); }, bytes);
    if (!read)
        return false;
    m_tree.scalar(isText ? TreeText::quoted(text) : TreeText::hexBytes(bytes));
    return true;
}

bool isCborSubprotocol(const QString &subprotocol)
{
    return subprotocol.contains(QLatin1String("cbor"), Qt::CaseInsensitive);
}

} // namespace

QString CborDecoder::name() const
{
    return tr("CBOR");
}

int CborDecoder::confidence(QByteArrayView payload, const DecodeContext &context) const
{
    if (context.opcode != 0x2)
        return 0;
    CborWalker walker(payload);
    if (!walker.walk())
        return 0;
    if (isCborSubprotocol(context.subprotocol) || walker.selfDescribed())
        return 95;
    return structuredConfidence(walker.shape());
}

DecodedPayload CborDecoder::decode(QByteArrayView payload, const DecodeContext &context) const
{
    if (context.opcode == 0x8)
        return DecodedPayload::failure(tr("a close frame is not CBOR"));
    CborWalker walker(payload);
    if (!walker.walk())
        return DecodedPayload::failure(walker.error());
    return treePayload(QStringLiteral("cbor"), walker.shape(), walker.tree());
}

} // namespace Sockscope
