// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitecapturesource.h"

#include "capturerows.h"
#include "captureschema.h"
#include "sqlitestatement.h"
#include "sqlitetablescan.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <sqlite3.h>

#include <atomic>
#include <limits>
#include <thread>

namespace Sockscope {
namespace {

// The log index reads only what a LogRecord holds: lengths instead of payloads and texts.
// (Plain enums: lupdate loses the namespace nesting at `enum Index : int {` and files this
// file's tr() strings under the wrong context, where they are never looked up.)
namespace EventIndexColumn {
enum Index { Id, TsNs, ConnectionId, Kind, Direction, Status, Code, RawLength };
constexpr char kNames[] = "id, ts_ns, connection_id, kind, direction, status, code, length(raw)";
} // namespace EventIndexColumn

namespace FrameIndexColumn {
enum Index { Id, TsNs, ConnectionId, Direction, Opcode, Flags, PayloadLength, InflatedLength };
constexpr char kNames[] = "id, ts_ns, connection_id, direction, opcode, flags, payload_length, length(inflated)";
} // namespace FrameIndexColumn

// Both index projections start with id, ts_ns and connection_id.
static_assert(int(EventIndexColumn::Id) == int(FrameIndexColumn::Id)
              && int(EventIndexColumn::TsNs) == int(FrameIndexColumn::TsNs)
              && int(EventIndexColumn::ConnectionId) == int(FrameIndexColumn::ConnectionId));

// A version-3 frame that names another's payload (payload_from, an echo or a relayed message
// recorded once) reads that frame's payload.
constexpr char kResolvedPayload[] =
        "coalesce((SELECT source.payload FROM frames source WHERE source.id = frames.payload_from), payload)";

// Every column of frames as CaptureRows reads them, the payload resolved; files older than
// version 3 have no payload_from column.
QByteArray frameSelection(int version)
{
    QList<QByteArray> columns = QByteArray(FrameColumn::kNames).split(',');
    if (version < 3)
        columns[FrameColumn::PayloadFrom] = "NULL";
    else
        columns[FrameColumn::Payload] = kResolvedPayload;
    return columns.join(',');
}

LogRecord timelineRecord(const SqliteStatement &row)
{
    namespace C = FrameIndexColumn;
    LogRecord r;
    r.sequence = row.integer(C::Id);
    r.timestampNs = row.integer(C::TsNs);
    r.connectionId = quint32(row.integer(C::ConnectionId));
    return r;
}

LogRecord eventRecord(const SqliteStatement &row)
{
    namespace C = EventIndexColumn;
    LogRecord r = timelineRecord(row);
    r.kind = eventKindFromName(row.blob(C::Kind)).value_or(Event::Kind::Failed);
    r.direction = Direction(row.integer(C::Direction));
    const qint64 code = row.integer(C::Code);
    r.code = quint16(code ? code : row.integer(C::Status));
    r.length = quint32(row.integer(C::RawLength));
    return r;
}

LogRecord frameRecord(const SqliteStatement &row)
{
    namespace C = FrameIndexColumn;
    LogRecord r = timelineRecord(row);
    r.direction = Direction(row.integer(C::Direction));
    r.opcode = std::uint8_t(row.integer(C::Opcode));
    r.flags = std::uint16_t(row.integer(C::Flags));
    r.length = quint32(row.integer(C::PayloadLength));
    r.inflatedLength = quint32(row.integer(C::InflatedLength));
    return r;
}

} // namespace

SqliteCaptureSource::SqliteCaptureSource(sqlite3 *db, const QString &path) : m_db(db), m_path(path) { }

SqliteCaptureSource::~SqliteCaptureSource()
{
    // close_v2: should a statement still be alive, plain close would refuse (SQLITE_BUSY) and
    // leak the connection; close_v2 closes once the last statement is finalized.
    sqlite3_close_v2(m_db);
}

std::unique_ptr<SqliteCaptureSource> SqliteCaptureSource::open(const QString &path, QString *error)
{
    if (!QFileInfo::exists(path)) {
        *error = tr("capture %1 does not exist").arg(path);
        return nullptr;
    }
    sqlite3 *db = openDatabase(path, error);
    if (!db)
        return nullptr;
    std::unique_ptr<SqliteCaptureSource> source(new SqliteCaptureSource(db, path));
    if (!source->checkIsCapture(error))
        return nullptr;
    return source;
}

sqlite3 *SqliteCaptureSource::openDatabase(const QString &path, QString *error)
{
    // Read-write so a capture left by a killed recorder can have its WAL recovered; nothing is written.
    // No mutex: a source is used by one thread at a time (workers open their own), and the lock
    // SQLite takes around every column read was a fifth of the time to index a capture.
    const QByteArray name = QFile::encodeName(path);
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(name.constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) == SQLITE_OK)
        return db;
    sqlite3_close(db);
    if (sqlite3_open_v2(name.constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr) == SQLITE_OK)
        return db;
    *error = tr("cannot open capture %1: %2").arg(path, QString::fromUtf8(sqlite3_errmsg(db)));
    sqlite3_close(db);
    return nullptr;
}

bool SqliteCaptureSource::checkIsCapture(QString *error)
{
    if (QFileInfo(m_path).size() == 0) {
        *error = tr("%1 is empty, not a Sockscope capture").arg(m_path);
        return false;
    }
    // A truncated file declares more pages than it has, which SQLite refuses unless the schema
    // is "writable"; the reader never writes, and this lets it salvage the intact pages.
    sqlite3_exec(m_db, "PRAGMA writable_schema=ON", nullptr, nullptr, nullptr);
    SqliteStatement appId(m_db, "PRAGMA application_id");
    if (!appId.next()) {
        *error = tr("%1 is not a Sockscope capture: %2").arg(m_path, appId.errorString());
        return false;
    }
    if (appId.integer(0) != kCaptureApplicationId) {
        *error = tr("%1 is an SQLite database but not a Sockscope capture").arg(m_path);
        return false;
    }
    SqliteStatement version(m_db, "PRAGMA user_version");
    m_version = version.next() ? int(version.integer(0)) : 0;
    if (m_version < 1 || m_version > kCaptureSchemaVersion) {
        *error = tr("%1 has capture format version %2; this Sockscope reads versions 1 to %3")
                         .arg(m_path)
                         .arg(m_version)
                         .arg(kCaptureSchemaVersion);
        return false;
    }
    m_frameColumns = frameSelection(m_version);
    return true;
}

template<typename Row>
bool SqliteCaptureSource::scan(const char *table, const char *columns, Convert<Row> convert, const RowSink<Row> &sink)
{
    SqliteTableScan<Row> tableScan(m_db, table, columns, m_path, convert);
    return tableScan.run(sink, damageNoter(table));
}

std::function<void(qint64, const QString &)> SqliteCaptureSource::damageNoter(const char *table)
{
    return [this, table](qint64 id, const QString &error) {
        if (!m_damage.isEmpty())
            return m_damage.noteAnother();
        m_damage.note(tr("%1 row %2: %3").arg(QLatin1String(table)).arg(id).arg(error));
    };
}

template<typename Row>
bool SqliteCaptureSource::readTimeline(const char *eventColumns, Convert<Row> eventRow,
                                       const std::function<bool(const RowSink<Row> &)> &readFrames,
                                       const std::function<bool(const Row &)> &sink)
{
    // Non-frame events are few: read them first, then interleave them with the frames by id.
    std::vector<Row> events;
    scan<Row>("events", eventColumns, eventRow, [&events](Row &&e) {
        events.push_back(std::move(e));
        return true;
    });
    std::size_t nextEvent = 0;
    auto eventsBefore = [&](qint64 sequence) {
        while (nextEvent < events.size() && events[nextEvent].sequence < sequence) {
            if (!sink(events[nextEvent++]))
                return false;
        }
        return true;
    };
    const bool completed = readFrames([&](Row &&frame) { return eventsBefore(frame.sequence) && sink(frame); });
    return completed && eventsBefore(std::numeric_limits<qint64>::max());
}

// SQLite decodes a capture's rows on one core, and opening a big capture waits for it: the
// later half of the frames is read on a second connection in a second thread meanwhile.
bool SqliteCaptureSource::readIndexFramesInHalves(const RowSink<LogRecord> &deliver)
{
    SqliteTableScan<LogRecord> firstHalf(m_db, "frames", FrameIndexColumn::kNames, m_path, &frameRecord);
    const qint64 lastId = firstHalf.maxId();
    QString ignored;
    const std::unique_ptr<SqliteCaptureSource> second = lastId >= kHalvedIndexRows ? open(m_path, &ignored) : nullptr;
    if (!second)
        return firstHalf.run(deliver, damageNoter("frames"));
    const qint64 splitId = lastId / 2;
    constexpr std::size_t kLaterBlockRows = 1 << 16;
    std::atomic<bool> stop = false;
    // In blocks, so the later half is never copied to grow (at 10 M rows: 2.7 s to 2.2 s).
    std::vector<std::vector<LogRecord>> later(1);
    std::thread worker([&] {
        SqliteTableScan<LogRecord> secondHalf(second->m_db, "frames", FrameIndexColumn::kNames, m_path, &frameRecord);
        const auto keep = [&](LogRecord &&r) {
            if (later.back().size() == kLaterBlockRows) {
                later.emplace_back();
                later.back().reserve(kLaterBlockRows);
            }
            later.back().push_back(r);
            return !stop.load(std::memory_order_relaxed);
        };
        secondHalf.run(keep, second->damageNoter("frames"), splitId + 1, lastId);
    });
    const bool completed = firstHalf.run(deliver, damageNoter("frames"), 1, splitId);
    stop = !completed;
    worker.join();
    m_damage.add(second->m_damage);
    if (!completed)
        return false;
    for (std::vector<LogRecord> &block : later) {
        for (LogRecord &r : block) {
            if (!deliver(std::move(r)))
                return false;
        }
    }
    return true;
}

QList<ConnectionInfo> SqliteCaptureSource::connections()
{
    QList<ConnectionInfo> result;
    scan<ConnectionInfo>("connections", ConnectionColumn::kNames, &CaptureRows::connection<SqliteStatement>,
                         [&result](ConnectionInfo &&c) {
                             result.append(std::move(c));
                             return true;
                         });
    addProxyPairs(result);
    return result;
}

// Names each proxy upstream leg's client leg; the table came with version 2.
void SqliteCaptureSource::addProxyPairs(QList<ConnectionInfo> &connections)
{
    if (m_version < 2)
        return;
    QHash<quint64, quint64> clientOf;
    SqliteStatement s(m_db, "SELECT upstream_id, client_id FROM proxy_pairs");
    while (s.next())
        clientOf.insert(quint64(s.integer(0)), quint64(s.integer(1)));
    if (s.hasError())
        m_damage.note(tr("proxy_pairs: %1").arg(s.errorString()));
    for (ConnectionInfo &c : connections)
        c.pairedId = clientOf.value(c.id);
}

const char *SqliteCaptureSource::resolvedPayload() const
{
    return m_version < 3 ? "payload" : kResolvedPayload;
}

QByteArray SqliteCaptureSource::payload(qint64 frameId, bool inflated)
{
    const char *column = inflated ? "inflated" : resolvedPayload();
    const QByteArray sql = QByteArray("SELECT ") + column + " FROM frames WHERE id = ?";
    SqliteStatement s(m_db, sql);
    s.bindInteger(1, frameId);
    return s.next() ? s.blob(0) : QByteArray();
}

bool SqliteCaptureSource::readLogIndex(const RecordSink &sink)
{
    return readTimeline<LogRecord>(
            EventIndexColumn::kNames, &eventRecord,
            [this](const RowSink<LogRecord> &deliver) { return readIndexFramesInHalves(deliver); }, sink);
}

std::optional<Event> SqliteCaptureSource::event(qint64 sequence)
{
    for (const auto &[table, columns, convert] :
         {std::tuple{"frames", m_frameColumns.constData(), &CaptureRows::frame<SqliteStatement>},
          std::tuple{"events", EventColumn::kNames, &CaptureRows::event<SqliteStatement>}}) {
        SqliteStatement s(m_db, QByteArray(QByteArray("SELECT ") + columns + " FROM " + table + " WHERE id = ?"));
        s.bindInteger(1, sequence);
        if (s.next())
            return convert(s);
    }
    return std::nullopt;
}

std::vector<qint64> SqliteCaptureSource::sequencesContaining(const QString &text)
{
    QString pattern = text;
    pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('%'), QLatin1String("\\%"))
            .replace(QLatin1Char('_'), QLatin1String("\\_"));
    pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
    const QByteArray sql = QByteArray("SELECT id FROM frames WHERE CAST(coalesce(inflated, ") + resolvedPayload()
            + ") AS TEXT) LIKE ?1 ESCAPE '\\' UNION ALL SELECT id FROM events WHERE text LIKE ?1 ESCAPE '\\' "
              "OR detail LIKE ?1 ESCAPE '\\' OR CAST(raw AS TEXT) LIKE ?1 ESCAPE '\\' ORDER BY id";
    SqliteStatement s(m_db, sql);
    s.bindText(1, pattern);
    std::vector<qint64> found;
    while (s.next())
        found.push_back(s.integer(0));
    return found;
}

bool SqliteCaptureSource::readEvents(const EventSink &sink)
{
    const auto readFrames = [this](const RowSink<Event> &deliver) {
        return scan<Event>("frames", m_frameColumns.constData(), &CaptureRows::frame<SqliteStatement>, deliver);
    };
    return readTimeline<Event>(EventColumn::kNames, &CaptureRows::event<SqliteStatement>, readFrames, sink);
}

QList<RecordedDecoderChoice> SqliteCaptureSource::decoderChoices()
{
    QList<RecordedDecoderChoice> choices;
    if (m_version < 2)
        return choices; // the table came with version 2
    namespace C = DecoderChoiceColumn;
    SqliteStatement s(
            m_db,
            QByteArray(QByteArray("SELECT ") + C::kNames + " FROM decoder_choices ORDER BY connection_id, sender"));
    while (s.next()) {
        const auto sender = senderFromName(s.blob(C::Sender));
        if (!sender)
            continue; // written by a newer version: left to it
        RecordedDecoderChoice recorded;
        recorded.connectionId = quint64(s.integer(C::ConnectionId));
        recorded.sender = *sender;
        recorded.choice.decoderId = s.blob(C::DecoderId);
        recorded.choice.schemaType = s.text(C::SchemaType);
        recorded.choice.schemaFiles = schemaFilesFromText(s.text(C::SchemaFiles));
        choices.append(recorded);
    }
    if (s.hasError())
        m_damage.note(tr("decoder_choices: %1").arg(s.errorString()));
    return choices;
}

} // namespace Sockscope
