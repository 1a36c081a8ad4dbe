// SPDX-License-Identifier: GPL-3.0-or-later
#include "capturereader.h"

#include "capturesalvage.h"
#include "captureschema.h"
#include "protocol/framedecoder.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <sqlite3.h>

namespace Sockscope {

struct SalvagedCapture
{
    CaptureSalvage::Result rows;
};

namespace {

constexpr qint64 kChunkRows = 8192;

QByteArray blobColumn(sqlite3_stmt *s, int column)
{
    const void *data = sqlite3_column_blob(s, column);
    const int size = sqlite3_column_bytes(s, column);
    if (sqlite3_column_type(s, column) == SQLITE_NULL)
        return {};
    return size ? QByteArray(static_cast<const char *>(data), size) : QByteArray("");
}

QString textColumn(sqlite3_stmt *s, int column)
{
    if (sqlite3_column_type(s, column) == SQLITE_NULL)
        return {};
    return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, column)), sqlite3_column_bytes(s, column));
}

class Statement
{
public:
    Statement(sqlite3 *db, const QByteArray &sql) { sqlite3_prepare_v2(db, sql.constData(), -1, &m_statement, nullptr); }
    ~Statement() { sqlite3_finalize(m_statement); }
    sqlite3_stmt *get() const { return m_statement; }
    explicit operator bool() const { return m_statement != nullptr; }

private:
    sqlite3_stmt *m_statement = nullptr;
};

// Reads a table in id order, in chunks; a chunk that fails is split in halves down to single
// rows, so damage costs only the rows that are really unreadable.
template<typename Row>
class TableScan
{
public:
    using Convert = std::function<Row(sqlite3_stmt *)>;
    using Sink = std::function<bool(Row &&)>;
    using Damage = std::function<void(qint64 id, const QString &error)>;

    TableScan(sqlite3 *db, const char *table, const char *columns, const QString &path, Convert convert)
        : m_db(db),
          m_sql(QByteArray("SELECT ") + columns + " FROM " + table + " WHERE id BETWEEN ?1 AND ?2 ORDER BY id"),
          m_table(table),
          m_convert(std::move(convert)),
          m_statement(db, m_sql)
    {
        Statement maxId(db, QByteArray("SELECT max(id) FROM ") + table);
        if (maxId && sqlite3_step(maxId.get()) == SQLITE_ROW) {
            m_maxId = sqlite3_column_int64(maxId.get(), 0);
        } else {
            // The b-tree's last page may be gone: bound the scan by what the file could hold.
            m_maxId = QFileInfo(path).size() / 8 + 1;
        }
    }

    bool run(const Sink &sink, const Damage &damage)
    {
        for (qint64 from = 1; from <= m_maxId; from += kChunkRows) {
            if (!readRange(from, qMin(m_maxId, from + kChunkRows - 1), sink, damage))
                return false;
        }
        return true;
    }

private:
    bool readRange(qint64 from, qint64 to, const Sink &sink, const Damage &damage)
    {
        std::vector<Row> rows;
        int rc = SQLITE_ERROR;
        if (m_statement) {
            sqlite3_stmt *statement = m_statement.get();
            sqlite3_reset(statement);
            sqlite3_bind_int64(statement, 1, from);
            sqlite3_bind_int64(statement, 2, to);
            while ((rc = sqlite3_step(statement)) == SQLITE_ROW)
                rows.push_back(m_convert(statement));
        }
        if (rc != SQLITE_DONE) {
            const QString error = QString::fromUtf8(sqlite3_errmsg(m_db));
            if (from == to) {
                damage(from, error);
                return true;
            }
            const qint64 middle = from + (to - from) / 2;
            return readRange(from, middle, sink, damage) && readRange(middle + 1, to, sink, damage);
        }
        for (Row &row : rows) {
            if (!sink(std::move(row)))
                return false;
        }
        return true;
    }

    sqlite3 *m_db;
    QByteArray m_sql;
    const char *m_table;
    Convert m_convert;
    Statement m_statement; // prepared once, rebound per range
    qint64 m_maxId = 0;
};


constexpr char kEventColumns[] = "id, ts_ns, connection_id, server_id, kind, direction, status, code, text, detail, raw";
constexpr char kFrameColumns[] = "id, ts_ns, connection_id, direction, flags, header, payload, inflated";

std::pair<qint64, Event> eventFromRow(sqlite3_stmt *s)
{
    Event e;
    e.timestampNs = sqlite3_column_int64(s, 1);
    e.connectionId = quint64(sqlite3_column_int64(s, 2));
    e.serverId = quint64(sqlite3_column_int64(s, 3));
    e.kind = eventKindFromName(reinterpret_cast<const char *>(sqlite3_column_text(s, 4))).value_or(Event::Kind::Failed);
    e.direction = Direction(sqlite3_column_int(s, 5));
    e.statusCode = sqlite3_column_int(s, 6);
    e.closeCode = quint16(sqlite3_column_int(s, 7));
    e.text = textColumn(s, 8);
    e.detail = textColumn(s, 9);
    e.raw = blobColumn(s, 10);
    e.sequence = sqlite3_column_int64(s, 0);
    return {e.sequence, e};
}

std::pair<qint64, Event> frameFromRow(sqlite3_stmt *s)
{
    Event e;
    e.kind = Event::Kind::Frame;
    e.timestampNs = sqlite3_column_int64(s, 1);
    e.connectionId = quint64(sqlite3_column_int64(s, 2));
    e.direction = Direction(sqlite3_column_int(s, 3));
    const int flags = sqlite3_column_int(s, 4);
    const QByteArray header = blobColumn(s, 5);
    e.frame = FrameDecoder::parseHeader({reinterpret_cast<const std::uint8_t *>(header.constData()), std::size_t(header.size())})
                      .value_or(FrameHeader {});
    e.payload = blobColumn(s, 6);
    e.compressed = flags & FrameCompressed;
    e.synthesized = flags & FrameSynthesized;
    e.inflated = blobColumn(s, 7);
    e.sequence = sqlite3_column_int64(s, 0);
    return {e.sequence, e};
}

} // namespace

CaptureReader::CaptureReader() = default;

CaptureReader::~CaptureReader()
{
    close();
}

bool CaptureReader::open(const QString &path)
{
    close();
    m_path = path;
    if (!QFileInfo::exists(path)) {
        m_error = tr("capture %1 does not exist").arg(path);
        return false;
    }
    // Read-write so a capture left by a killed recorder can have its WAL recovered; nothing is written.
    const QByteArray name = QFile::encodeName(path);
    if (sqlite3_open_v2(name.constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        sqlite3_close(m_db);
        if (sqlite3_open_v2(name.constData(), &m_db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
            m_error = tr("cannot open capture %1: %2").arg(path, QString::fromUtf8(sqlite3_errmsg(m_db)));
            close();
            return false;
        }
    }
    if (QFileInfo(path).size() == 0) {
        m_error = tr("%1 is empty, not a Sockscope capture").arg(path);
        close();
        return false;
    }
    // A truncated file declares more pages than it has, which SQLite refuses unless the schema
    // is "writable"; the reader never writes, and this lets it salvage the intact pages.
    sqlite3_exec(m_db, "PRAGMA writable_schema=ON", nullptr, nullptr, nullptr);
    Statement appId(m_db, "PRAGMA application_id");
    if (!appId || sqlite3_step(appId.get()) != SQLITE_ROW) {
        m_error = tr("%1 is not a Sockscope capture: %2").arg(path, QString::fromUtf8(sqlite3_errmsg(m_db)));
        close();
        return false;
    }
    if (sqlite3_column_int(appId.get(), 0) != kCaptureApplicationId) {
        m_error = tr("%1 is an SQLite database but not a Sockscope capture").arg(path);
        close();
        return false;
    }
    Statement version(m_db, "PRAGMA user_version");
    m_version = version && sqlite3_step(version.get()) == SQLITE_ROW ? sqlite3_column_int(version.get(), 0) : 0;
    if (m_version < 1 || m_version > kCaptureSchemaVersion) {
        m_error = tr("%1 has capture format version %2; this Sockscope reads versions 1 to %3")
                          .arg(path)
                          .arg(m_version)
                          .arg(kCaptureSchemaVersion);
        close();
        return false;
    }
    return salvageIfTruncated();
}

bool CaptureReader::salvageIfTruncated()
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = tr("cannot read capture %1: %2").arg(m_path, file.errorString());
        close();
        return false;
    }
    if (!CaptureSalvage::isTruncated(file.read(100), file.size()))
        return true;
    const uchar *mapped = file.map(0, file.size());
    const QByteArray contents = mapped ? QByteArray::fromRawData(reinterpret_cast<const char *>(mapped), file.size())
                                       : (file.seek(0), file.readAll());
    m_salvaged = std::make_unique<SalvagedCapture>();
    m_salvaged->rows = CaptureSalvage::scan(contents);
    // Detach every salvaged byte from the mapping before it goes away.
    for (auto &[id, event] : m_salvaged->rows.events) {
        event.payload = QByteArray(event.payload.constData(), event.payload.size());
        event.inflated = QByteArray(event.inflated.constData(), event.inflated.size());
        event.raw = QByteArray(event.raw.constData(), event.raw.size());
    }
    m_damagedRows = qMax<qint64>(1, m_salvaged->rows.unreadablePages);
    m_firstDamage = tr("the file is cut short; its %1 remaining pages were read one by one, %2 of them unreadable")
                            .arg(m_salvaged->rows.pagesTotal)
                            .arg(m_salvaged->rows.unreadablePages);
    return true;
}

void CaptureReader::close()
{
    // close_v2: open() calls close() while a statement may still be alive, and plain close
    // would then refuse (SQLITE_BUSY) and leak the connection.
    if (m_db)
        sqlite3_close_v2(m_db);
    m_db = nullptr;
    m_damagedRows = 0;
    m_firstDamage.clear();
    m_salvaged.reset();
}

void CaptureReader::noteDamage(const QString &table, qint64 id, const QString &error)
{
    if (m_damagedRows++ == 0)
        m_firstDamage = tr("%1 row %2: %3").arg(table).arg(id).arg(error);
}

QString CaptureReader::damageReport() const
{
    if (m_damagedRows == 0)
        return {};
    return tr("capture %1 is damaged: %n row(s) could not be read (first: %2); every intact row was recovered",
              nullptr, int(m_damagedRows))
            .arg(m_path, m_firstDamage);
}

QList<ConnectionInfo> CaptureReader::connections()
{
    QList<ConnectionInfo> result;
    if (m_salvaged) {
        for (const auto &[id, connection] : m_salvaged->rows.connections)
            result.append(connection);
        return result;
    }
    TableScan<ConnectionInfo> scan(m_db, "connections",
                                   "id, server_id, role, url, peer_address, subprotocol, extensions, opened_ns, closed_ns, "
                                   "close_code, close_reason, dns_us, tcp_us, tls_us, upgrade_us",
                                   m_path, [](sqlite3_stmt *s) {
                                       ConnectionInfo c;
                                       c.id = quint64(sqlite3_column_int64(s, 0));
                                       c.serverId = quint64(sqlite3_column_int64(s, 1));
                                       c.role = textColumn(s, 2);
                                       c.url = textColumn(s, 3);
                                       c.peerAddress = textColumn(s, 4);
                                       c.subprotocol = textColumn(s, 5);
                                       c.extensions = textColumn(s, 6);
                                       c.openedNs = sqlite3_column_int64(s, 7);
                                       c.closedNs = sqlite3_column_int64(s, 8);
                                       c.closeCode = sqlite3_column_int(s, 9);
                                       c.closeReason = textColumn(s, 10);
                                       auto timing = [s](int column) {
                                           return sqlite3_column_type(s, column) == SQLITE_NULL ? -1 : sqlite3_column_int64(s, column);
                                       };
                                       c.timings = {timing(11), timing(12), timing(13), timing(14)};
                                       return c;
                                   });
    scan.run([&](ConnectionInfo &&c) { result.append(std::move(c)); return true; },
             [this](qint64 id, const QString &error) { noteDamage(QStringLiteral("connections"), id, error); });
    return result;
}

bool CaptureReader::readFrameIndex(std::vector<FrameRecord> &out, const std::function<bool(qint64)> &keepGoing)
{
    if (m_salvaged) {
        for (const auto &[id, e] : m_salvaged->rows.events) {
            if (e.kind != Event::Kind::Frame)
                continue;
            const int flags = frameFlagsOf(e);
            out.push_back({id, e.timestampNs, quint32(e.connectionId), quint32(e.frame.payloadLength),
                           e.frame.opcode, std::uint8_t(flags), e.direction});
        }
        return true;
    }
    TableScan<FrameRecord> scan(m_db, "frames", "id, ts_ns, connection_id, direction, opcode, flags, payload_length",
                                m_path, [](sqlite3_stmt *s) {
                                    FrameRecord r;
                                    r.id = sqlite3_column_int64(s, 0);
                                    r.timestampNs = sqlite3_column_int64(s, 1);
                                    r.connectionId = quint32(sqlite3_column_int64(s, 2));
                                    r.direction = Direction(sqlite3_column_int(s, 3));
                                    r.opcode = std::uint8_t(sqlite3_column_int(s, 4));
                                    r.flags = std::uint8_t(sqlite3_column_int(s, 5));
                                    r.payloadLength = quint32(sqlite3_column_int64(s, 6));
                                    return r;
                                });
    qint64 count = 0;
    return scan.run(
            [&](FrameRecord &&r) {
                out.push_back(r);
                return !keepGoing || (++count % 65536 != 0) || keepGoing(count);
            },
            [this](qint64 id, const QString &error) { noteDamage(QStringLiteral("frames"), id, error); });
}

QByteArray CaptureReader::payload(qint64 frameId, bool inflated)
{
    if (m_salvaged) {
        const auto it = m_salvaged->rows.events.find(frameId);
        return it == m_salvaged->rows.events.end() ? QByteArray() : inflated ? it->second.inflated : it->second.payload;
    }
    Statement s(m_db, inflated ? "SELECT inflated FROM frames WHERE id = ?" : "SELECT payload FROM frames WHERE id = ?");
    if (!s)
        return {};
    sqlite3_bind_int64(s.get(), 1, frameId);
    return sqlite3_step(s.get()) == SQLITE_ROW ? blobColumn(s.get(), 0) : QByteArray();
}

std::optional<Event> CaptureReader::event(qint64 sequence)
{
    if (m_salvaged) {
        const auto it = m_salvaged->rows.events.find(sequence);
        if (it == m_salvaged->rows.events.end())
            return std::nullopt;
        Event found = it->second;
        found.sequence = sequence;
        return found;
    }
    for (const auto &[table, columns, convert] : {std::tuple {"frames", kFrameColumns, &frameFromRow},
                                                  std::tuple {"events", kEventColumns, &eventFromRow}}) {
        Statement s(m_db, QByteArray("SELECT ") + columns + " FROM " + table + " WHERE id = ?");
        if (!s)
            continue;
        sqlite3_bind_int64(s.get(), 1, sequence);
        if (sqlite3_step(s.get()) == SQLITE_ROW)
            return convert(s.get()).second;
    }
    return std::nullopt;
}

bool CaptureReader::readLogIndex(std::vector<LogRecord> &out, const std::function<bool(qint64)> &keepGoing)
{
    if (m_salvaged) {
        for (const auto &[id, event] : m_salvaged->rows.events)
            out.push_back(LogRecord::fromEvent(event, id));
        return true;
    }
    auto damage = [this](const char *table) {
        return [this, table](qint64 id, const QString &error) { noteDamage(QString::fromLatin1(table), id, error); };
    };
    std::vector<LogRecord> events;
    TableScan<LogRecord> eventScan(m_db, "events", "id, ts_ns, connection_id, kind, direction, status, code, length(raw)",
                                   m_path, [](sqlite3_stmt *s) {
                                       LogRecord r;
                                       r.sequence = sqlite3_column_int64(s, 0);
                                       r.timestampNs = sqlite3_column_int64(s, 1);
                                       r.connectionId = quint32(sqlite3_column_int64(s, 2));
                                       r.kind = eventKindFromName(reinterpret_cast<const char *>(sqlite3_column_text(s, 3)))
                                                        .value_or(Event::Kind::Failed);
                                       r.direction = Direction(sqlite3_column_int(s, 4));
                                       const int code = sqlite3_column_int(s, 6);
                                       r.code = quint16(code ? code : sqlite3_column_int(s, 5));
                                       r.length = quint32(sqlite3_column_int64(s, 7));
                                       return r;
                                   });
    eventScan.run([&events](LogRecord &&r) { events.push_back(r); return true; }, damage("events"));
    std::size_t nextEvent = 0;
    qint64 count = 0;
    TableScan<LogRecord> frameScan(m_db, "frames", "id, ts_ns, connection_id, direction, opcode, flags, payload_length, length(inflated)",
                                   m_path, [](sqlite3_stmt *s) {
                                       LogRecord r;
                                       r.sequence = sqlite3_column_int64(s, 0);
                                       r.timestampNs = sqlite3_column_int64(s, 1);
                                       r.connectionId = quint32(sqlite3_column_int64(s, 2));
                                       r.direction = Direction(sqlite3_column_int(s, 3));
                                       r.opcode = std::uint8_t(sqlite3_column_int(s, 4));
                                       r.flags = std::uint8_t(sqlite3_column_int(s, 5));
                                       r.length = quint32(sqlite3_column_int64(s, 6));
                                       r.inflatedLength = quint32(sqlite3_column_int64(s, 7));
                                       return r;
                                   });
    const bool completed = frameScan.run(
            [&](LogRecord &&r) {
                while (nextEvent < events.size() && events[nextEvent].sequence < r.sequence)
                    out.push_back(events[nextEvent++]);
                out.push_back(r);
                return !keepGoing || (++count % 65536 != 0) || keepGoing(count);
            },
            damage("frames"));
    while (nextEvent < events.size())
        out.push_back(events[nextEvent++]);
    return completed;
}

std::vector<qint64> CaptureReader::sequencesContaining(const QString &text)
{
    std::vector<qint64> found;
    if (m_salvaged) {
        for (const auto &[id, e] : m_salvaged->rows.events) {
            const QByteArray &bytes = e.compressed ? e.inflated : e.payload;
            if (QString::fromUtf8(bytes).contains(text, Qt::CaseInsensitive) || e.text.contains(text, Qt::CaseInsensitive)
                || e.detail.contains(text, Qt::CaseInsensitive) || QString::fromUtf8(e.raw).contains(text, Qt::CaseInsensitive))
                found.push_back(id);
        }
        return found;
    }
    QByteArray pattern = text.toUtf8();
    pattern.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_");
    pattern = '%' + pattern + '%';
    Statement s(m_db, "SELECT id FROM frames WHERE CAST(coalesce(inflated, payload) AS TEXT) LIKE ?1 ESCAPE '\\' "
                      "UNION ALL SELECT id FROM events WHERE text LIKE ?1 ESCAPE '\\' OR detail LIKE ?1 ESCAPE '\\' "
                      "OR CAST(raw AS TEXT) LIKE ?1 ESCAPE '\\' ORDER BY id");
    if (!s)
        return found;
    sqlite3_bind_text(s.get(), 1, pattern.constData(), int(pattern.size()), SQLITE_TRANSIENT);
    while (sqlite3_step(s.get()) == SQLITE_ROW)
        found.push_back(sqlite3_column_int64(s.get(), 0));
    return found;
}

bool CaptureReader::readEvents(const std::function<bool(const Event &)> &sink)
{
    QHash<quint64, ConnectionTimings> timings;
    for (const ConnectionInfo &c : connections())
        timings.insert(c.id, c.timings);
    if (m_salvaged) {
        for (auto &[id, event] : m_salvaged->rows.events) {
            event.sequence = id;
            if (event.kind == Event::Kind::Opened)
                event.timings = timings.value(event.connectionId);
            if (!sink(event))
                return false;
        }
        return true;
    }

    // Non-frame events are few: read them first, then interleave them with the frames by id.
    std::vector<std::pair<qint64, Event>> events;
    TableScan<std::pair<qint64, Event>> eventScan(m_db, "events", kEventColumns, m_path, eventFromRow);
    auto damage = [this](const char *table) {
        return [this, table](qint64 id, const QString &error) { noteDamage(QString::fromLatin1(table), id, error); };
    };
    eventScan.run([&](std::pair<qint64, Event> &&e) { events.push_back(std::move(e)); return true; }, damage("events"));
    for (auto &[id, event] : events) {
        if (event.kind == Event::Kind::Opened)
            event.timings = timings.value(event.connectionId);
    }

    std::size_t nextEvent = 0;
    auto flushEventsBefore = [&](qint64 id) {
        while (nextEvent < events.size() && events[nextEvent].first < id) {
            if (!sink(events[nextEvent++].second))
                return false;
        }
        return true;
    };
    TableScan<std::pair<qint64, Event>> frameScan(m_db, "frames", kFrameColumns, m_path, frameFromRow);
    const bool completed = frameScan.run(
            [&](std::pair<qint64, Event> &&f) { return flushEventsBefore(f.first) && sink(f.second); }, damage("frames"));
    return completed && flushEventsBefore(std::numeric_limits<qint64>::max());
}

} // namespace Sockscope
