// SPDX-License-Identifier: GPL-3.0-or-later
#include "capturesalvage.h"

#include "captureschema.h"
#include "protocol/framedecoder.h"
#include "protocol/frameencoder.h"

#include <QtEndian>

#include <optional>
#include <variant>

namespace Sockscope {
namespace {

using Value = std::variant<std::monostate, qint64, double, QByteArray>;

constexpr int kFrameColumns = 12;
constexpr int kEventColumns = 11;
constexpr int kConnectionColumns = 15;

class PageReader
{
public:
    explicit PageReader(const QByteArray &file) : m_file(file)
    {
        if (file.size() < 100)
            return;
        const auto *h = reinterpret_cast<const uchar *>(file.constData());
        const quint32 size = qFromBigEndian<quint16>(h + 16);
        m_pageSize = size == 1 ? 65536 : size;
        m_usable = m_pageSize - h[20];
        m_pageCount = m_pageSize ? file.size() / m_pageSize : 0;
    }

    qint64 pageCount() const { return m_pageCount; }
    qint64 usable() const { return m_usable; }

    const uchar *page(qint64 number) const
    {
        if (number < 1 || number > m_pageCount)
            return nullptr;
        return reinterpret_cast<const uchar *>(m_file.constData()) + (number - 1) * m_pageSize;
    }

    // Reads a cell's payload, following its overflow chain; nullopt if the chain is broken.
    std::optional<QByteArray> payload(const uchar *cell, const uchar *pageEnd, qint64 payloadSize) const
    {
        const qint64 u = m_usable;
        const qint64 maxLocal = u - 35;
        qint64 local = payloadSize;
        if (payloadSize > maxLocal) {
            const qint64 minLocal = (u - 12) * 32 / 255 - 23;
            const qint64 k = minLocal + (payloadSize - minLocal) % (u - 4);
            local = k <= maxLocal ? k : minLocal;
        }
        if (cell + local + (local < payloadSize ? 4 : 0) > pageEnd)
            return std::nullopt;
        QByteArray out(reinterpret_cast<const char *>(cell), local);
        if (local == payloadSize)
            return out;
        quint32 next = qFromBigEndian<quint32>(cell + local);
        qint64 hops = 0;
        while (out.size() < payloadSize) {
            const uchar *overflow = page(next);
            if (!overflow || ++hops > m_pageCount)
                return std::nullopt;
            const qint64 take = qMin<qint64>(u - 4, payloadSize - out.size());
            out.append(reinterpret_cast<const char *>(overflow + 4), take);
            next = qFromBigEndian<quint32>(overflow);
        }
        return out;
    }

private:
    const QByteArray &m_file;
    qint64 m_pageSize = 0;
    qint64 m_usable = 0;
    qint64 m_pageCount = 0;
};

std::optional<quint64> readVarint(const uchar *&p, const uchar *end)
{
    quint64 value = 0;
    for (int i = 0; i < 9; ++i) {
        if (p >= end)
            return std::nullopt;
        const uchar byte = *p++;
        if (i == 8)
            return (value << 8) | byte;
        value = (value << 7) | (byte & 0x7F);
        if (!(byte & 0x80))
            return value;
    }
    return value;
}

std::optional<std::vector<Value>> decodeRecord(const QByteArray &record)
{
    const auto *p = reinterpret_cast<const uchar *>(record.constData());
    const uchar *end = p + record.size();
    const uchar *start = p;
    const auto headerSize = readVarint(p, end);
    if (!headerSize || *headerSize > quint64(record.size()))
        return std::nullopt;
    const uchar *headerEnd = start + *headerSize;
    std::vector<quint64> types;
    while (p < headerEnd) {
        const auto type = readVarint(p, headerEnd);
        if (!type)
            return std::nullopt;
        types.push_back(*type);
    }
    p = headerEnd;
    std::vector<Value> values;
    for (quint64 type : types) {
        static constexpr int kIntSizes[] = {0, 1, 2, 3, 4, 6, 8};
        if (type == 0) {
            values.emplace_back(std::monostate {});
        } else if (type <= 6) {
            const int size = kIntSizes[type];
            if (end - p < size)
                return std::nullopt;
            qint64 v = (p[0] & 0x80) ? -1 : 0;
            for (int i = 0; i < size; ++i)
                v = qint64(quint64(v) << 8) | p[i];
            p += size;
            values.emplace_back(v);
        } else if (type == 7) {
            if (end - p < 8)
                return std::nullopt;
            values.emplace_back(qFromBigEndian<double>(p));
            p += 8;
        } else if (type == 8 || type == 9) {
            values.emplace_back(qint64(type - 8));
        } else if (type >= 12) {
            const qint64 size = qint64(type - 12 - (type & 1)) / 2;
            if (end - p < size)
                return std::nullopt;
            values.emplace_back(QByteArray(reinterpret_cast<const char *>(p), size));
            p += size;
        } else {
            return std::nullopt;
        }
    }
    return values;
}

qint64 integer(const Value &v, qint64 fallback = 0)
{
    return std::holds_alternative<qint64>(v) ? std::get<qint64>(v) : fallback;
}

QByteArray bytes(const Value &v)
{
    return std::holds_alternative<QByteArray>(v) ? std::get<QByteArray>(v) : QByteArray();
}

QString text(const Value &v)
{
    return std::holds_alternative<QByteArray>(v) ? QString::fromUtf8(std::get<QByteArray>(v)) : QString();
}

void addRow(CaptureSalvage::Result &result, qint64 rowid, const std::vector<Value> &v)
{
    if (v.size() == kFrameColumns) {
        Event e;
        e.kind = Event::Kind::Frame;
        e.timestampNs = integer(v[1]);
        e.connectionId = quint64(integer(v[2]));
        e.direction = Direction(integer(v[3]));
        const int flags = int(integer(v[5]));
        const QByteArray header = bytes(v[8]);
        e.frame = FrameDecoder::parseHeader(bytesOf(header)).value_or(FrameHeader {});
        e.payload = bytes(v[10]);
        e.inflated = bytes(v[11]);
        e.compressed = flags & FrameCompressed;
        e.synthesized = flags & FrameSynthesized;
        result.events.emplace(rowid, e);
    } else if (v.size() == kEventColumns) {
        Event e;
        e.timestampNs = integer(v[1]);
        e.connectionId = quint64(integer(v[2]));
        e.serverId = quint64(integer(v[3]));
        const auto kind = eventKindFromName(bytes(v[4]));
        if (!kind)
            return;
        e.kind = *kind;
        e.direction = Direction(integer(v[5]));
        e.statusCode = int(integer(v[6]));
        e.closeCode = quint16(integer(v[7]));
        e.text = text(v[8]);
        e.detail = text(v[9]);
        e.raw = bytes(v[10]);
        result.events.emplace(rowid, e);
    } else if (v.size() == kConnectionColumns) {
        ConnectionInfo c;
        c.id = quint64(rowid);
        c.serverId = quint64(integer(v[1]));
        c.role = text(v[2]);
        c.url = text(v[3]);
        c.peerAddress = text(v[4]);
        c.subprotocol = text(v[5]);
        c.extensions = text(v[6]);
        c.openedNs = integer(v[7]);
        c.closedNs = integer(v[8]);
        c.closeCode = int(integer(v[9]));
        c.closeReason = text(v[10]);
        c.timings = {integer(v[11], -1), integer(v[12], -1), integer(v[13], -1), integer(v[14], -1)};
        // Connection rows are updated in place; a stale copy may linger on a freed page.
        auto [it, inserted] = result.connections.emplace(c.id, c);
        if (!inserted && c.closedNs > it->second.closedNs)
            it->second = c;
    }
}

} // namespace

bool CaptureSalvage::isTruncated(const QByteArray &header, qint64 fileSize)
{
    if (header.size() < 100)
        return true;
    const auto *h = reinterpret_cast<const uchar *>(header.constData());
    const quint32 size = qFromBigEndian<quint16>(h + 16);
    const qint64 pageSize = size == 1 ? 65536 : size;
    const qint64 declaredPages = qFromBigEndian<quint32>(h + 28);
    const bool declaredValid = qFromBigEndian<quint32>(h + 24) == qFromBigEndian<quint32>(h + 92);
    return declaredValid && declaredPages * pageSize > fileSize;
}

CaptureSalvage::Result CaptureSalvage::scan(const QByteArray &file)
{
    Result result;
    const PageReader reader(file);
    result.pagesTotal = reader.pageCount();
    for (qint64 number = 1; number <= reader.pageCount(); ++number) {
        const uchar *page = reader.page(number);
        const uchar *header = page + (number == 1 ? 100 : 0);
        const uchar *pageEnd = page + reader.usable();
        if (header[0] != 0x0D) // table b-tree leaf
            continue;
        const int cells = qFromBigEndian<quint16>(header + 3);
        bool pageOk = true;
        for (int i = 0; i < cells; ++i) {
            const uchar *pointer = header + 8 + 2 * i;
            if (pointer + 2 > pageEnd) {
                pageOk = false;
                break;
            }
            const uchar *cell = page + qFromBigEndian<quint16>(pointer);
            const auto payloadSize = readVarint(cell, pageEnd);
            const auto rowid = readVarint(cell, pageEnd);
            if (!payloadSize || !rowid) {
                pageOk = false;
                continue;
            }
            const auto payload = reader.payload(cell, pageEnd, qint64(*payloadSize));
            const auto record = payload ? decodeRecord(*payload) : std::nullopt;
            if (!record) {
                pageOk = false;
                continue;
            }
            addRow(result, qint64(*rowid), *record);
        }
        if (!pageOk)
            ++result.unreadablePages;
    }
    return result;
}

} // namespace Sockscope
