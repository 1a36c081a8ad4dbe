// SPDX-License-Identifier: GPL-3.0-or-later
#include "capturesalvage.h"

#include "capturerows.h"
#include "captureschema.h"

#include <QtEndian>

#include <optional>
#include <variant>

namespace Sockscope {
namespace {

using Value = std::variant<std::monostate, qint64, double, QByteArray>;

// Where the SQLite file format (https://sqlite.org/fileformat.html) keeps what the scan needs.
namespace FileHeader {
constexpr int kPageSize = 16;      // 2 bytes; the value 1 means 65536
constexpr int kReservedBytes = 20; // 1 byte at the end of every page that is not ours
constexpr int kChangeCounter = 24; // 4 bytes
constexpr int kPageCount = 28;     // 4 bytes, valid when the change counter matches kVersionValidFor
constexpr int kVersionValidFor = 92;
constexpr qint64 kLargestPageSize = 65536;
constexpr qint64 kSmallestPageSize = 512;
constexpr qint64 kSmallestUsableSize = 480;
} // namespace FileHeader

namespace PageHeader {
constexpr uchar kTableLeaf = 0x0D; // the page type of a table b-tree leaf, where the rows are
constexpr int kCellCount = 3;      // 2 bytes
constexpr int kLeafSize = 8;       // the cell pointers follow it, 2 bytes each
} // namespace PageHeader

constexpr int kCellPointerSize = 2;
constexpr int kOverflowPointerSize = 4; // an overflow page starts with the number of the next one
constexpr int kMaxVarintBytes = 9;

qint64 pageSizeOf(const uchar *header)
{
    const quint32 size = qFromBigEndian<quint16>(header + FileHeader::kPageSize);
    return size == 1 ? FileHeader::kLargestPageSize : size;
}

class PageReader
{
public:
    explicit PageReader(const QByteArray &file) : m_file(file)
    {
        if (file.size() < CaptureSalvage::kFileHeaderSize)
            return;
        const auto *h = reinterpret_cast<const uchar *>(file.constData());
        const qint64 pageSize = pageSizeOf(h);
        const qint64 usable = pageSize - h[FileHeader::kReservedBytes];
        // What SQLite itself accepts: a power of two from 512 up, at least 480 usable bytes.
        // Anything else is not a page layout to walk.
        if (pageSize < FileHeader::kSmallestPageSize || (pageSize & (pageSize - 1)) != 0
            || usable < FileHeader::kSmallestUsableSize)
            return;
        m_pageSize = pageSize;
        m_usable = usable;
        m_pageCount = file.size() / m_pageSize;
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
        // How much of a payload stays on a table-leaf page, as the file format defines it.
        const qint64 u = m_usable;
        const qint64 maxLocal = u - 35;
        qint64 local = payloadSize;
        if (payloadSize > maxLocal) {
            const qint64 minLocal = (u - 12) * 32 / 255 - 23;
            const qint64 k = minLocal + (payloadSize - minLocal) % (u - kOverflowPointerSize);
            local = k <= maxLocal ? k : minLocal;
        }
        // Sizes are compared, never pointers formed past the page: a varint can claim 2^64 bytes.
        if (payloadSize < 0 || payloadSize > m_pageCount * u
            || local + (local < payloadSize ? kOverflowPointerSize : 0) > pageEnd - cell)
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
            const qint64 take = qMin<qint64>(u - kOverflowPointerSize, payloadSize - out.size());
            out.append(reinterpret_cast<const char *>(overflow + kOverflowPointerSize), take);
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
    for (int i = 0; i < kMaxVarintBytes; ++i) {
        if (p >= end)
            return std::nullopt;
        const uchar byte = *p++;
        if (i == kMaxVarintBytes - 1) // the last byte gives all its 8 bits
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
    // The serial types of the file format: 0 NULL, 1-6 integers of kIntSizes bytes, 7 a
    // double, 8 and 9 the constants 0 and 1, 12 and up blobs (even) and texts (odd).
    std::vector<Value> values;
    for (quint64 type : types) {
        static constexpr int kIntSizes[] = {0, 1, 2, 3, 4, 6, 8};
        if (type == 0) {
            values.emplace_back(std::monostate{});
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
            // Unsigned: a serial type over 2^63 must not become a negative size (which
            // QByteArray would take as "up to the next NUL").
            const quint64 size = (type - 12) / 2;
            if (quint64(end - p) < size)
                return std::nullopt;
            values.emplace_back(QByteArray(reinterpret_cast<const char *>(p), qsizetype(size)));
            p += size;
        } else {
            return std::nullopt;
        }
    }
    return values;
}

// A decoded record read like an SQLite row, so CaptureRows maps it as the reader maps rows.
class SalvagedRecord
{
public:
    explicit SalvagedRecord(const std::vector<Value> &values) : m_values(values) { }

    std::size_t columnCount() const { return m_values.size(); }
    qint64 integer(int column, qint64 ifNull = 0) const
    {
        return std::holds_alternative<qint64>(m_values[column]) ? std::get<qint64>(m_values[column]) : ifNull;
    }
    QByteArray blob(int column) const
    {
        return std::holds_alternative<QByteArray>(m_values[column]) ? std::get<QByteArray>(m_values[column])
                                                                    : QByteArray();
    }
    QString text(int column) const
    {
        return std::holds_alternative<QByteArray>(m_values[column])
                ? QString::fromUtf8(std::get<QByteArray>(m_values[column]))
                : QString();
    }

private:
    const std::vector<Value> &m_values;
};

// The tables are told apart by their column counts. The id column is the rowid, which SQLite
// stores as NULL in the record, so it comes from the cell instead.
void addRow(CaptureSalvage::Result &result, qint64 rowid, const SalvagedRecord &record)
{
    if (record.columnCount() == FrameColumn::Count || record.columnCount() == FrameColumn::kCountBeforeVersion3) {
        Event e = CaptureRows::frame(record);
        e.sequence = rowid;
        result.events.emplace(rowid, std::move(e));
        if (record.columnCount() > FrameColumn::PayloadFrom && record.integer(FrameColumn::PayloadFrom))
            result.payloadSources.emplace_back(rowid, record.integer(FrameColumn::PayloadFrom));
    } else if (record.columnCount() == EventColumn::Count) {
        if (!eventKindFromName(record.blob(EventColumn::Kind)))
            return;
        Event e = CaptureRows::event(record);
        e.sequence = rowid;
        result.events.emplace(rowid, std::move(e));
    } else if (record.columnCount() == ConnectionColumn::Count) {
        ConnectionInfo c = CaptureRows::connection(record);
        c.id = quint64(rowid);
        // Connection rows are updated in place; a stale copy may linger on a freed page.
        auto [it, inserted] = result.connections.emplace(c.id, c);
        if (!inserted && c.closedNs > it->second.closedNs)
            it->second = c;
    }
}

// A frame recorded as a reference to another's payload gets that payload, if its page survived.
void resolvePayloadSources(CaptureSalvage::Result &result)
{
    for (const auto &[frameId, sourceId] : result.payloadSources) {
        const auto source = result.events.find(sourceId);
        if (source != result.events.end())
            result.events.at(frameId).payload = source->second.payload;
        else
            ++result.lostPayloadSources;
    }
}

} // namespace

bool CaptureSalvage::isTruncated(const QByteArray &header, qint64 fileSize)
{
    if (header.size() < kFileHeaderSize)
        return true;
    const auto *h = reinterpret_cast<const uchar *>(header.constData());
    const qint64 declaredPages = qFromBigEndian<quint32>(h + FileHeader::kPageCount);
    const bool declaredValid = qFromBigEndian<quint32>(h + FileHeader::kChangeCounter)
            == qFromBigEndian<quint32>(h + FileHeader::kVersionValidFor);
    return declaredValid && declaredPages * pageSizeOf(h) > fileSize;
}

CaptureSalvage::Result CaptureSalvage::scan(const QByteArray &file)
{
    Result result;
    const PageReader reader(file);
    result.pagesTotal = reader.pageCount();
    for (qint64 number = 1; number <= reader.pageCount(); ++number) {
        const uchar *page = reader.page(number);
        // Page 1 starts with the file header.
        const uchar *header = page + (number == 1 ? kFileHeaderSize : 0);
        const uchar *pageEnd = page + reader.usable();
        if (header[0] != PageHeader::kTableLeaf)
            continue;
        const int cells = qFromBigEndian<quint16>(header + PageHeader::kCellCount);
        bool pageOk = true;
        for (int i = 0; i < cells; ++i) {
            const qint64 pointerAt = PageHeader::kLeafSize + qint64(kCellPointerSize) * i;
            if (pointerAt + kCellPointerSize > pageEnd - header) {
                pageOk = false;
                break;
            }
            const uchar *pointer = header + pointerAt;
            const quint16 offset = qFromBigEndian<quint16>(pointer);
            if (offset >= reader.usable()) {
                pageOk = false;
                continue;
            }
            const uchar *cell = page + offset;
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
            addRow(result, qint64(*rowid), SalvagedRecord(*record));
        }
        if (!pageOk)
            ++result.unreadablePages;
    }
    resolvePayloadSources(result);
    return result;
}

} // namespace Sockscope
