// SPDX-License-Identifier: GPL-3.0-or-later
#include "capturewriter.h"

#include "captureschema.h"

#include <QFile>

#include <sqlite3.h>

#include <chrono>

namespace Sockscope {
namespace {

void bindBlob(sqlite3_stmt *statement, int index, const QByteArray &bytes)
{
    // An empty payload is a zero-length blob, not NULL, so NOT NULL columns hold it.
    sqlite3_bind_blob(statement, index, bytes.isEmpty() ? "" : bytes.constData(), int(bytes.size()), SQLITE_STATIC);
}

void bindText(sqlite3_stmt *statement, int index, const QString &text)
{
    if (text.isNull()) {
        sqlite3_bind_null(statement, index);
        return;
    }
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

const char *roleOf(const Event &event)
{
    switch (event.kind) {
    case Event::Kind::Listening: return "listener";
    case Event::Kind::PeerConnected: return "server";
    default: return "client";
    }
}

} // namespace

CaptureWriter::CaptureWriter() = default;

CaptureWriter::~CaptureWriter()
{
    close();
}

bool CaptureWriter::open(const QString &path)
{
    close();
    m_path = path;
    m_failed = false;
    m_error.clear();
    QFile::remove(path);
    QFile::remove(path + QLatin1String("-wal"));
    QFile::remove(path + QLatin1String("-shm"));
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
        fail(tr("cannot create capture %1: %2").arg(path, QString::fromUtf8(sqlite3_errmsg(m_db))));
        sqlite3_close(m_db);
        m_db = nullptr;
        return false;
    }
    // WAL with synchronous=NORMAL: a commit survives the process being killed (it is in the
    // OS cache), and only a power loss can take the last commits.
    const QByteArray pragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA application_id="
            + QByteArray::number(kCaptureApplicationId) + "; PRAGMA user_version=" + QByteArray::number(kCaptureSchemaVersion) + ';';
    if (!exec(pragmas.constData()) || !exec(kCaptureSchemaSql) || !prepare()) {
        close();
        return false;
    }
    const QByteArray meta = "INSERT INTO meta(key, value) VALUES ('created_by', 'Sockscope " SOCKSCOPE_VERSION "'), ('created_ns', '"
            + QByteArray::number(nowNs()) + "');";
    exec(meta.constData());
    m_stopping = false;
    m_thread = std::thread([this] { run(); });
    return true;
}

bool CaptureWriter::prepare()
{
    const struct
    {
        sqlite3_stmt **statement;
        const char *sql;
    } statements[] = {
        {&m_insertFrame, "INSERT INTO frames(id, ts_ns, connection_id, direction, opcode, flags, mask_key, payload_length, "
                         "header, message_id, payload, inflated) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"},
        {&m_insertEvent, "INSERT INTO events(id, ts_ns, connection_id, server_id, kind, direction, status, code, text, "
                         "detail, raw) VALUES (?,?,?,?,?,?,?,?,?,?,?)"},
        {&m_upsertConnection, "INSERT OR IGNORE INTO connections(id, server_id, role, url, peer_address) VALUES (?,?,?,?,?)"},
        {&m_openConnection, "UPDATE connections SET subprotocol=?, extensions=?, opened_ns=?, dns_us=?, tcp_us=?, tls_us=?, "
                            "upgrade_us=? WHERE id=?"},
        {&m_closeConnection, "UPDATE connections SET closed_ns=?, close_code=?, close_reason=? WHERE id=?"},
    };
    for (const auto &s : statements) {
        if (sqlite3_prepare_v3(m_db, s.sql, -1, SQLITE_PREPARE_PERSISTENT, s.statement, nullptr) != SQLITE_OK) {
            fail(tr("cannot prepare capture statements: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db))));
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
    m_pendingBytes += queuedCost(event);
    m_peakPendingBytes = std::max(m_peakPendingBytes, m_pendingBytes);
    ++m_appended;
    if (m_queue.size() >= 8192)
        m_wake.notify_one();
    return true;
}

void CaptureWriter::flush()
{
    std::unique_lock lock(m_mutex);
    if (!m_thread.joinable())
        return;
    const quint64 target = m_appended;
    m_wake.notify_one();
    m_flushed.wait(lock, [&] { return m_committed >= target || m_failed; });
}

void CaptureWriter::close()
{
    if (m_thread.joinable()) {
        {
            std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_wake.notify_one();
        m_thread.join();
    }
    for (sqlite3_stmt *statement : {m_insertFrame, m_insertEvent, m_upsertConnection, m_openConnection, m_closeConnection})
        sqlite3_finalize(statement);
    m_insertFrame = m_insertEvent = m_upsertConnection = m_openConnection = m_closeConnection = nullptr;
    if (m_db) {
        // Fold the WAL back so the capture is one self-contained file when shared.
        sqlite3_wal_checkpoint_v2(m_db, nullptr, SQLITE_CHECKPOINT_TRUNCATE, nullptr, nullptr);
        sqlite3_close(m_db);
        m_db = nullptr;
    }
}

QString CaptureWriter::errorString() const
{
    std::lock_guard lock(m_mutex);
    return m_error;
}

void CaptureWriter::run()
{
    std::vector<Event> batch;
    while (true) {
        bool stopping;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait_for(lock, std::chrono::milliseconds(kFlushIntervalMs), [&] {
                return m_stopping || m_queue.size() >= 8192 || m_committed < m_appended;
            });
            batch.swap(m_queue);
            stopping = m_stopping;
        }
        if (!batch.empty() && !m_failed) {
            if (!writeBatch(batch)) {
                std::lock_guard lock(m_mutex);
                m_queue.clear();
                m_pendingBytes = 0;
            }
        }
        qint64 batchCost = 0;
        for (const Event &event : batch)
            batchCost += queuedCost(event);
        {
            std::lock_guard lock(m_mutex);
            m_committed += batch.size();
            m_pendingBytes = std::max<qint64>(0, m_pendingBytes - batchCost);
        }
        m_flushed.notify_all();
        batch.clear();
        if (stopping) {
            std::lock_guard lock(m_mutex);
            if (m_queue.empty())
                return;
        }
    }
}

bool CaptureWriter::writeBatch(const std::vector<Event> &batch)
{
    if (!exec("BEGIN"))
        return false;
    for (const Event &event : batch) {
        const bool ok = event.kind == Event::Kind::Frame ? writeFrame(event) : writeEvent(event);
        if (!ok) {
            exec("ROLLBACK");
            return false;
        }
    }
    return exec("COMMIT");
}

bool CaptureWriter::writeFrame(const Event &event)
{
    const FrameHeader &f = event.frame;
    qint64 messageId = 0;
    if (!f.isControl()) {
        auto open = std::find_if(m_openMessages.begin(), m_openMessages.end(), [&](const OpenMessage &m) {
            return m.connectionId == event.connectionId && m.direction == event.direction;
        });
        if (f.opcode != 0 || open == m_openMessages.end()) {
            if (open == m_openMessages.end())
                open = m_openMessages.insert(m_openMessages.end(), {event.connectionId, event.direction, 0});
            open->messageId = ++m_messageCounter;
        }
        messageId = open->messageId;
    }
    sqlite3_stmt *s = m_insertFrame;
    sqlite3_bind_int64(s, 1, ++m_sequence);
    sqlite3_bind_int64(s, 2, event.timestampNs);
    sqlite3_bind_int64(s, 3, qint64(event.connectionId));
    sqlite3_bind_int(s, 4, int(event.direction));
    sqlite3_bind_int(s, 5, f.opcode);
    sqlite3_bind_int(s, 6, frameFlagsOf(event));
    if (f.masked)
        sqlite3_bind_blob(s, 7, f.maskKey.data(), 4, SQLITE_STATIC);
    else
        sqlite3_bind_null(s, 7);
    sqlite3_bind_int64(s, 8, qint64(f.payloadLength));
    sqlite3_bind_blob(s, 9, f.headerBytes.data(), f.headerSize, SQLITE_STATIC);
    if (messageId)
        sqlite3_bind_int64(s, 10, messageId);
    else
        sqlite3_bind_null(s, 10);
    bindBlob(s, 11, event.payload);
    if (event.compressed)
        bindBlob(s, 12, event.inflated);
    else
        sqlite3_bind_null(s, 12);
    const int rc = sqlite3_step(s);
    sqlite3_reset(s);
    if (rc != SQLITE_DONE) {
        fail(tr("recording stopped: cannot write to %1: %2").arg(m_path, QString::fromUtf8(sqlite3_errmsg(m_db))));
        return false;
    }
    ++m_framesWritten;
    return true;
}

bool CaptureWriter::writeEvent(const Event &event)
{
    auto step = [this](sqlite3_stmt *s) {
        const int rc = sqlite3_step(s);
        sqlite3_reset(s);
        if (rc == SQLITE_DONE)
            return true;
        fail(tr("recording stopped: cannot write to %1: %2").arg(m_path, QString::fromUtf8(sqlite3_errmsg(m_db))));
        return false;
    };
    if (event.kind == Event::Kind::Connecting || event.kind == Event::Kind::Listening
        || event.kind == Event::Kind::PeerConnected) {
        sqlite3_stmt *s = m_upsertConnection;
        sqlite3_bind_int64(s, 1, qint64(event.connectionId));
        if (event.serverId && event.serverId != event.connectionId)
            sqlite3_bind_int64(s, 2, qint64(event.serverId));
        else
            sqlite3_bind_null(s, 2);
        sqlite3_bind_text(s, 3, roleOf(event), -1, SQLITE_STATIC);
        bindText(s, 4, event.kind == Event::Kind::PeerConnected ? QString() : event.text);
        bindText(s, 5, event.kind == Event::Kind::PeerConnected ? event.text : QString());
        if (!step(s))
            return false;
    } else if (event.kind == Event::Kind::Opened) {
        sqlite3_stmt *s = m_openConnection;
        bindText(s, 1, event.text);
        bindText(s, 2, event.detail);
        sqlite3_bind_int64(s, 3, event.timestampNs);
        sqlite3_bind_int64(s, 4, event.timings.dnsUs);
        sqlite3_bind_int64(s, 5, event.timings.tcpConnectUs);
        sqlite3_bind_int64(s, 6, event.timings.tlsUs);
        sqlite3_bind_int64(s, 7, event.timings.upgradeUs);
        sqlite3_bind_int64(s, 8, qint64(event.connectionId));
        if (!step(s))
            return false;
    } else if (event.kind == Event::Kind::Closed) {
        sqlite3_stmt *s = m_closeConnection;
        sqlite3_bind_int64(s, 1, event.timestampNs);
        sqlite3_bind_int(s, 2, event.closeCode);
        bindText(s, 3, event.text);
        sqlite3_bind_int64(s, 4, qint64(event.connectionId));
        if (!step(s))
            return false;
    }
    sqlite3_stmt *s = m_insertEvent;
    sqlite3_bind_int64(s, 1, ++m_sequence);
    sqlite3_bind_int64(s, 2, event.timestampNs);
    sqlite3_bind_int64(s, 3, qint64(event.connectionId));
    if (event.serverId)
        sqlite3_bind_int64(s, 4, qint64(event.serverId));
    else
        sqlite3_bind_null(s, 4);
    sqlite3_bind_text(s, 5, eventKindName(event.kind), -1, SQLITE_STATIC);
    sqlite3_bind_int(s, 6, int(event.direction));
    sqlite3_bind_int(s, 7, event.statusCode);
    sqlite3_bind_int(s, 8, event.closeCode);
    bindText(s, 9, event.text);
    bindText(s, 10, event.detail);
    if (event.raw.isNull())
        sqlite3_bind_null(s, 11);
    else
        bindBlob(s, 11, event.raw);
    return step(s);
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
