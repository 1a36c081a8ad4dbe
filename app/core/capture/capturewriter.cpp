// SPDX-License-Identifier: GPL-3.0-or-later
#include "capturewriter.h"

#include "captureschema.h"

#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>

#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstring>

#include <sys/stat.h>
#include <unistd.h>

namespace Sockscope {
namespace {

// "INSERT INTO table(<every column>) VALUES (?,?,...), ...": parameter i + 1 fills column i
// of the first row, parameter columnCount + i + 1 the same column of the second, and so on.
QByteArray insertEverything(const char *table, const char *columns, int columnCount, int rows = 1)
{
    QByteArray row = QByteArray("?,").repeated(columnCount);
    row.chop(1);
    QByteArray values = QByteArray('(' + row + "),").repeated(rows);
    values.chop(1);
    return QByteArray("INSERT INTO ") + table + '(' + columns + ") VALUES " + values;
}

constexpr int parameterOf(int column)
{
    return column + 1;
}

const char *roleOf(const Event &event)
{
    switch (event.kind) {
    case Event::Kind::Listening:
        return "listener";
    case Event::Kind::PeerConnected:
        return "server";
    default:
        return "client";
    }
}

// Why SQLite could not create the file: "unable to open database file" alone does not say
// that the folder is missing, read-only or not ours.
QString openFailure(sqlite3 *db, const QString &path)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (::access(QFile::encodeName(folder).constData(), W_OK) != 0)
        return CaptureWriter::tr("the folder %1 cannot be written to: %2")
                .arg(folder, QString::fromLocal8Bit(std::strerror(errno)));
    return QString::fromUtf8(sqlite3_errmsg(db));
}

} // namespace

CaptureWriter::CaptureWriter() = default;

CaptureWriter::~CaptureWriter()
{
    close();
}

// The file's device and inode: another value (or none) means it is no longer the one we write.
std::optional<std::pair<quint64, quint64>> CaptureWriter::fileIdentity(const QString &path)
{
    struct stat status
    { };
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return std::nullopt;
    return std::pair<quint64, quint64>(quint64(status.st_dev), quint64(status.st_ino));
}

bool CaptureWriter::open(const QString &path)
{
    close();
    m_path = path;
    m_failed = false;
    m_error.clear();
    m_recentPayloads.clear();
    removeWithJournal(path);
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr)
        != SQLITE_OK) {
        fail(tr("cannot create capture %1: %2").arg(path, openFailure(m_db, path)));
        // _v2: a statement still alive would otherwise keep the connection open for good.
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        return false;
    }
    // WAL with synchronous=NORMAL: a commit survives the process being killed (it is in the
    // OS cache), and only a power loss can take the last commits. 64 KiB pages: recording
    // 1 KiB echoes went from 66k to 132k messages/s (4 KiB pages: a write call per page).
    // A WAL that held a burst is cut back to 64 MiB when SQLite starts it over.
    const QByteArray pragmas = "PRAGMA page_size=65536; PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
                               "PRAGMA journal_size_limit="
            + QByteArray::number(kWalSizeAfterBurst)
            + "; PRAGMA application_id=" + QByteArray::number(kCaptureApplicationId)
            + "; PRAGMA user_version=" + QByteArray::number(kCaptureSchemaVersion) + ';';
    if (!exec(pragmas.constData()) || !exec(kCaptureSchemaSql) || !prepare()) {
        close();
        return false;
    }
    const QByteArray meta = "INSERT INTO meta(key, value) VALUES ('created_by', 'Sockscope " SOCKSCOPE_VERSION
                            "'), ('created_ns', '"
            + QByteArray::number(nowNs()) + "');";
    exec(meta.constData());
    m_fileId = fileIdentity(path);
    m_stopping = false;
    // Should the second connection fail to open, SQLite's own checkpoint in the commit stays.
    m_checkpointer.setLimits(
            m_walLimits.value_or(walLimitsFor(QStorageInfo(QFileInfo(path).absolutePath()).bytesAvailable())));
    m_checkpointer.start(m_db, QFile::encodeName(path), [this] {
        std::lock_guard lock(m_mutex);
        return m_pendingBytes > 0;
    });
    m_thread = std::thread([this] { run(); });
    return true;
}

WalLimits CaptureWriter::walLimitsFor(qint64 bytesAvailable)
{
    const qint64 burst = std::clamp(bytesAvailable / 8, kSmallestBurstBytes, kLargestBurstBytes);
    WalLimits limits;
    limits.busyFrames = int(burst >> kPageShift);
    limits.quietFrames = std::min(limits.quietFrames, limits.busyFrames);
    limits.boundFrames = 2 * limits.busyFrames;
    return limits;
}

bool CaptureWriter::prepare()
{
    const struct
    {
        SqliteStatement *statement;
        QByteArray sql;
    } statements[] = {
            {&m_insertFrame, insertEverything("frames", FrameColumn::kNames, FrameColumn::Count)},
            {&m_insertFrames,
             insertEverything("frames", FrameColumn::kNames, FrameColumn::Count, int(kFramesPerInsert))},
            {&m_insertEvent, insertEverything("events", EventColumn::kNames, EventColumn::Count)},
            {&m_upsertConnection,
             "INSERT OR IGNORE INTO connections(id, server_id, role, url, peer_address) VALUES (?,?,?,?,?)"},
            {&m_openConnection,
             "UPDATE connections SET subprotocol=?, extensions=?, opened_ns=?, dns_us=?, tcp_us=?, tls_us=?, "
             "upgrade_us=? WHERE id=?"},
            {&m_closeConnection, "UPDATE connections SET closed_ns=?, close_code=?, close_reason=? WHERE id=?"},
            {&m_insertProxyPair, "INSERT OR IGNORE INTO proxy_pairs(upstream_id, client_id, proxy_id) VALUES (?,?,?)"},
    };
    for (const auto &s : statements) {
        if (!s.statement->prepare(m_db, s.sql, SqliteStatement::Lifetime::Persistent)) {
            fail(tr("cannot prepare capture statements: %1").arg(s.statement->errorString()));
            return false;
        }
    }
    return true;
}

qint64 CaptureWriter::queuedCost(const Event &event)
{
    return qint64(sizeof(Event)) + event.payload.size() + event.inflated.size() + event.raw.size();
}

bool CaptureWriter::append(const Event &event)
{
    std::unique_lock lock(m_mutex);
    if (m_failed || !m_db)
        return false;
    // Back-pressure: a recorder must not drop data, so when the disk falls behind, the
    // producer waits here instead of the queue growing without bound.
    if (m_pendingBytes >= m_maxPendingBytes) {
        m_wake.notify_one();
        m_flushed.wait(lock, [this] { return m_pendingBytes < m_maxPendingBytes || m_failed; });
        if (m_failed)
            return false;
    }
    m_queue.push_back(event);
    const qint64 cost = queuedCost(event);
    m_queueBytes += cost;
    m_pendingBytes += cost;
    m_peakPendingBytes = std::max(m_peakPendingBytes, m_pendingBytes);
    ++m_appended;
    if (m_queue.size() >= kBatchEvents)
        m_wake.notify_one();
    return true;
}

bool CaptureWriter::setDecoderChoice(const RecordedDecoderChoice &choice)
{
    std::lock_guard lock(m_mutex);
    if (m_failed || !m_db)
        return false;
    m_choiceQueue.push_back(choice);
    ++m_appended;
    m_wake.notify_one();
    return true;
}

void CaptureWriter::flush()
{
    std::unique_lock lock(m_mutex);
    if (!m_thread.joinable())
        return;
    const quint64 target = m_appended;
    m_flushRequested = true;
    m_wake.notify_one();
    m_flushed.wait(lock, [&] { return m_committed >= target || m_failed; });
}

// The capture, and the WAL and shared-memory index SQLite keeps beside it.
void CaptureWriter::removeWithJournal(const QString &path)
{
    QFile::remove(path);
    QFile::remove(path + QLatin1String("-wal"));
    QFile::remove(path + QLatin1String("-shm"));
}

void CaptureWriter::close()
{
    stop(Ending::KeepFile);
}

void CaptureWriter::discard()
{
    const bool wasOpen = isOpen();
    stop(Ending::DeleteFile);
    if (wasOpen)
        removeWithJournal(m_path);
}

void CaptureWriter::stop(Ending ending)
{
    if (m_thread.joinable()) {
        {
            std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_wake.notify_one();
        m_thread.join();
    }
    for (SqliteStatement *statement : {&m_insertFrame, &m_insertFrames, &m_insertEvent, &m_upsertConnection,
                                       &m_openConnection, &m_closeConnection, &m_insertProxyPair})
        statement->finalize();
    const bool keep = ending == Ending::KeepFile;
    m_checkpointer.stop(keep ? WalCheckpointer::CopyUnderWay::Finish : WalCheckpointer::CopyUnderWay::Interrupt);
    if (m_db) {
        // Fold the WAL back so the capture is one self-contained file when shared; a capture
        // about to be deleted is closed without the copy SQLite would otherwise make.
        if (keep)
            sqlite3_wal_checkpoint_v2(m_db, nullptr, SQLITE_CHECKPOINT_TRUNCATE, nullptr, nullptr);
        else
            sqlite3_db_config(m_db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
        // _v2: a statement still alive would otherwise keep the connection open for good.
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

qint64 CaptureWriter::uncopiedWalBytes() const
{
    return qint64(m_checkpointer.uncopiedFrames()) << kPageShift;
}

QString CaptureWriter::errorString() const
{
    std::lock_guard lock(m_mutex);
    return m_error;
}

void CaptureWriter::run()
{
    std::vector<Event> batch;
    std::vector<RecordedDecoderChoice> choices;
    auto lastCommit = std::chrono::steady_clock::now();
    while (true) {
        bool stopping;
        qint64 batchCost = 0;
        {
            std::unique_lock lock(m_mutex);
            // One commit per interval: with 64 KiB pages a commit writes whole pages to the WAL,
            // so committing whatever had come (often a few rows) cost more than the rows.
            m_wake.wait_until(lock, lastCommit + std::chrono::milliseconds(kFlushIntervalMs), [&] {
                return m_stopping || m_flushRequested || m_queue.size() >= kBatchEvents
                        || m_pendingBytes >= m_maxPendingBytes;
            });
            lastCommit = std::chrono::steady_clock::now();
            m_flushRequested = false;
            batch.swap(m_queue);
            batchCost = std::exchange(m_queueBytes, 0);
            choices.swap(m_choiceQueue);
            stopping = m_stopping;
        }
        if ((!batch.empty() || !choices.empty()) && !m_failed) {
            if (!writeBatch(batch, choices)) {
                std::lock_guard lock(m_mutex);
                m_queue.clear();
                m_queueBytes = 0;
                m_pendingBytes = 0;
            }
        }
        {
            std::lock_guard lock(m_mutex);
            m_committed += batch.size() + choices.size();
            m_pendingBytes = std::max<qint64>(0, m_pendingBytes - batchCost);
        }
        m_flushed.notify_all();
        batch.clear();
        choices.clear();
        if (stopping) {
            std::lock_guard lock(m_mutex);
            if (m_queue.empty() && m_choiceQueue.empty())
                return;
        }
    }
}

bool CaptureWriter::writeBatch(const std::vector<Event> &batch, const std::vector<RecordedDecoderChoice> &choices)
{
    // SQLite goes on writing into a file whose folder was deleted (the descriptor keeps the
    // inode), and everything would vanish with the last close: say so while it can be acted on.
    if (fileIdentity(m_path) != m_fileId) {
        fail(tr("recording stopped: the capture %1 was removed or replaced").arg(m_path));
        return false;
    }
    if (!exec("BEGIN"))
        return false;
    for (const Event &event : batch) {
        const bool ok = event.kind == Event::Kind::Frame ? writeFrame(event) : writeEvent(event);
        if (!ok) {
            m_unwrittenFrames.clear();
            exec("ROLLBACK");
            return false;
        }
    }
    for (const RecordedDecoderChoice &choice : choices) {
        if (!writeDecoderChoice(choice)) {
            exec("ROLLBACK");
            return false;
        }
    }
    if (!insertUnwrittenFrames()) {
        exec("ROLLBACK");
        return false;
    }
    return exec("COMMIT");
}

// Choices are rare (a user's menu pick), so their statements are prepared when needed.
bool CaptureWriter::writeDecoderChoice(const RecordedDecoderChoice &recorded)
{
    const DecoderChoice &choice = recorded.choice;
    SqliteStatement s(m_db,
                      choice.isAutomatic()
                              ? QByteArrayView("DELETE FROM decoder_choices WHERE connection_id = ?1 AND sender = ?2")
                              : QByteArrayView("INSERT OR REPLACE INTO decoder_choices(connection_id, sender, "
                                               "decoder_id, schema_type, schema_files) VALUES (?1, ?2, ?3, ?4, ?5)"));
    s.bindInteger(1, qint64(recorded.connectionId));
    s.bindStaticText(2, senderName(recorded.sender));
    if (!choice.isAutomatic()) {
        s.bindText(3, QString::fromLatin1(choice.decoderId));
        s.bindText(4, choice.schemaType.isEmpty() ? QString() : choice.schemaType);
        s.bindText(5, schemaFilesText(choice.schemaFiles));
    }
    return execute(s);
}

// Frames of one data message share an id; a control frame (even between fragments) has none.
qint64 CaptureWriter::messageIdOf(const Event &event)
{
    const FrameHeader &f = event.frame;
    if (f.isControl())
        return 0;
    // Looked up per frame: a hash, so a thousand peers cost no more than one.
    qint64 &open = m_openMessageIds[event.connectionId << 1 | quint64(event.direction)];
    if (f.opcode != 0 || open == 0)
        open = ++m_messageCounter;
    return open;
}

// Frames are inserted kFramesPerInsert rows to a statement: for 16 B frames, one statement per
// row was most of the writer's time (580k rows/s against 404k in a bare loop of each).
bool CaptureWriter::writeFrame(const Event &event)
{
    m_unwrittenFrames.push_back({&event, ++m_sequence, messageIdOf(event), payloadSourceOf(event)});
    return m_unwrittenFrames.size() < kFramesPerInsert || insertUnwrittenFrames();
}

// What a frame sends, an echo server or a proxy received just before: it is recorded once, and
// the sent frame names the received one (payload_from) with an empty payload of its own.
qint64 CaptureWriter::payloadSourceOf(const Event &event)
{
    if (event.direction == Direction::Outgoing)
        return m_recentPayloads.find(event.payload).value_or(0);
    m_recentPayloads.remember(m_sequence, event.payload);
    return 0;
}

bool CaptureWriter::insertUnwrittenFrames()
{
    const bool oneStatement = m_unwrittenFrames.size() == kFramesPerInsert;
    bool ok = true;
    for (std::size_t i = 0; ok && i < m_unwrittenFrames.size(); ++i) {
        bindFrame(oneStatement ? m_insertFrames : m_insertFrame, oneStatement ? int(i) : 0, m_unwrittenFrames[i]);
        if (!oneStatement)
            ok = execute(m_insertFrame);
    }
    if (ok && oneStatement)
        ok = execute(m_insertFrames);
    if (ok)
        m_framesWritten += m_unwrittenFrames.size();
    m_unwrittenFrames.clear();
    return ok;
}

void CaptureWriter::bindFrame(SqliteStatement &s, int row, const UnwrittenFrame &frame)
{
    namespace C = FrameColumn;
    const Event &event = *frame.event;
    const FrameHeader &f = event.frame;
    // Row r of the multi-row INSERT takes the parameters after the r rows before it.
    const auto at = [row](int column) { return row * FrameColumn::Count + parameterOf(column); };
    s.bindInteger(at(C::Id), frame.id);
    s.bindInteger(at(C::TsNs), event.timestampNs);
    s.bindInteger(at(C::ConnectionId), qint64(event.connectionId));
    s.bindInteger(at(C::Direction), int(event.direction));
    s.bindInteger(at(C::Opcode), f.opcode);
    s.bindInteger(at(C::Flags), frameFlagsOf(event));
    if (f.masked)
        s.bindBlob(at(C::MaskKey), QByteArrayView(f.maskKey.data(), qsizetype(f.maskKey.size())));
    else
        s.bindNull(at(C::MaskKey));
    s.bindInteger(at(C::PayloadLength), qint64(f.payloadLength));
    s.bindBlob(at(C::Header), QByteArrayView(f.headerBytes.data(), qsizetype(f.headerSize)));
    s.bindIdOrNull(at(C::MessageId), frame.messageId);
    s.bindBlob(at(C::Payload), frame.payloadFrom ? QByteArrayView() : QByteArrayView(event.payload));
    s.bindIdOrNull(at(C::PayloadFrom), frame.payloadFrom);
    if (event.compressed)
        s.bindBlob(at(C::Inflated), event.inflated);
    else
        s.bindNull(at(C::Inflated));
}

// The connections table keeps one row per connection, filled in as its events arrive.
bool CaptureWriter::updateConnection(const Event &event)
{
    switch (event.kind) {
    case Event::Kind::Connecting:
    case Event::Kind::Listening:
    case Event::Kind::PeerConnected: {
        const bool peer = event.kind == Event::Kind::PeerConnected;
        SqliteStatement &s = m_upsertConnection;
        s.bindInteger(1, qint64(event.connectionId));
        s.bindIdOrNull(2, event.serverId != event.connectionId ? qint64(event.serverId) : 0);
        s.bindStaticText(3, roleOf(event));
        s.bindText(4, peer ? QString() : event.text);
        s.bindText(5, peer ? event.text : QString());
        return execute(s) && (event.pairedId == 0 || insertProxyPair(event));
    }
    case Event::Kind::Opened: {
        SqliteStatement &s = m_openConnection;
        s.bindText(1, event.text);
        s.bindText(2, event.detail);
        s.bindInteger(3, event.timestampNs);
        s.bindInteger(4, event.timings.dnsUs);
        s.bindInteger(5, event.timings.tcpConnectUs);
        s.bindInteger(6, event.timings.tlsUs);
        s.bindInteger(7, event.timings.upgradeUs);
        s.bindInteger(8, qint64(event.connectionId));
        return execute(s);
    }
    case Event::Kind::Closed: {
        SqliteStatement &s = m_closeConnection;
        s.bindInteger(1, event.timestampNs);
        s.bindInteger(2, event.closeCode);
        s.bindText(3, event.text);
        s.bindInteger(4, qint64(event.connectionId));
        return execute(s);
    }
    default:
        return true;
    }
}

bool CaptureWriter::insertProxyPair(const Event &upstreamConnecting)
{
    SqliteStatement &s = m_insertProxyPair;
    s.bindInteger(1, qint64(upstreamConnecting.connectionId));
    s.bindInteger(2, qint64(upstreamConnecting.pairedId));
    s.bindIdOrNull(3, qint64(upstreamConnecting.serverId));
    return execute(s);
}

bool CaptureWriter::writeEvent(const Event &event)
{
    namespace C = EventColumn;
    if (!updateConnection(event))
        return false;
    SqliteStatement &s = m_insertEvent;
    s.bindInteger(parameterOf(C::Id), ++m_sequence);
    s.bindInteger(parameterOf(C::TsNs), event.timestampNs);
    s.bindInteger(parameterOf(C::ConnectionId), qint64(event.connectionId));
    s.bindIdOrNull(parameterOf(C::ServerId), qint64(event.serverId));
    s.bindStaticText(parameterOf(C::Kind), eventKindName(event.kind));
    s.bindInteger(parameterOf(C::Direction), int(event.direction));
    s.bindInteger(parameterOf(C::Status), event.statusCode);
    s.bindInteger(parameterOf(C::Code), event.closeCode);
    s.bindText(parameterOf(C::Text), event.text);
    s.bindText(parameterOf(C::Detail), event.detail);
    s.bindBlobOrNull(parameterOf(C::Raw), event.raw);
    return execute(s);
}

bool CaptureWriter::execute(SqliteStatement &statement)
{
    if (statement.execute())
        return true;
    fail(tr("recording stopped: cannot write to %1: %2").arg(m_path, statement.errorString()));
    return false;
}

bool CaptureWriter::exec(const char *sql)
{
    char *message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    fail(tr("recording stopped: capture %1: %2").arg(m_path, QString::fromUtf8(message)));
    sqlite3_free(message);
    return false;
}

void CaptureWriter::fail(const QString &error)
{
    std::lock_guard lock(m_mutex);
    if (m_error.isEmpty())
        m_error = error;
    m_failed = true;
}

} // namespace Sockscope
