// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recentpayloads.h"
#include "recordeddecoderchoice.h"
#include "sqlitestatement.h"
#include "store/event.h"
#include "walcheckpointer.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>
#include <unordered_map>
#include <utility>
#include <vector>

struct sqlite3;

namespace Sockscope {

// Records the event stream into a .wscap file (CAP-1). append() only queues the event
// (payloads are shared, not copied); a writer thread commits the queue in one transaction
// every kFlushIntervalMs, in WAL mode, so a killed process loses at most that fraction of a
// second and the file always opens without repair. A write error (disk full) stops
// recording with errorString() set; what was committed stays readable.
class CaptureWriter
{
    Q_DECLARE_TR_FUNCTIONS(Sockscope::CaptureWriter)

public:
    static constexpr int kFlushIntervalMs = 50;
    // The writer commits early once this many events are queued, so a burst is written in
    // batches of about this size instead of one huge transaction.
    static constexpr std::size_t kBatchEvents = 8192;
    static constexpr qint64 kDefaultMaxPendingBytes = 64ll << 20;
    // A burst may stay in the WAL up to an eighth of the disk's free space, at most 1 GiB,
    // before it is copied into the file while traffic goes on (WalLimits, in 64 KiB pages).
    static constexpr qint64 kLargestBurstBytes = 1ll << 30;
    static constexpr qint64 kSmallestBurstBytes = 8ll << 20;
    // What SQLite cuts the WAL file back to when it starts the WAL over after a burst.
    static constexpr qint64 kWalSizeAfterBurst = 64ll << 20;
    static constexpr int kPageShift = 16; // the capture's 64 KiB pages (PRAGMA page_size)
    static WalLimits walLimitsFor(qint64 bytesAvailable);
    static constexpr std::size_t kFramesPerInsert = 256;

    CaptureWriter();
    ~CaptureWriter();
    CaptureWriter(const CaptureWriter &) = delete;
    CaptureWriter &operator=(const CaptureWriter &) = delete;

    // Creates (or replaces) the file and starts the writer thread.
    bool open(const QString &path);
    // Thread-safe; returns false once recording has failed. Waits while more than
    // maxPendingBytes() are queued, so a slow disk slows the producer rather than filling memory.
    bool append(const Event &event);
    void setMaxPendingBytes(qint64 bytes) { m_maxPendingBytes = bytes; }
    // Before open(): fixed WAL limits instead of those for the disk's free space.
    void setWalLimits(const WalLimits &limits) { m_walLimits = limits; }
    qint64 maxPendingBytes() const { return m_maxPendingBytes; }
    // The most that was ever queued and not yet committed.
    qint64 peakPendingBytes() const { return m_peakPendingBytes; }
    // Thread-safe: records the user's "Decode as…" for one connection and sender with the next
    // commit (an automatic choice removes the row).
    bool setDecoderChoice(const RecordedDecoderChoice &choice);
    // Blocks until everything appended so far is committed.
    void flush();
    // Flushes, stops the thread and closes the file, its WAL copied back in.
    void close();
    // Stops recording and deletes the capture and its WAL without copying the WAL back first:
    // for a recording nobody keeps, so that ending it does not wait for a copy of a burst of
    // up to 2 GiB.
    void discard();

    bool isOpen() const { return m_db != nullptr; }
    bool hasFailed() const { return m_failed.load(); }
    QString errorString() const;
    QString path() const { return m_path; }
    // What close() still has to copy from the WAL into the file: the pages committed since the
    // last complete copy.
    qint64 uncopiedWalBytes() const;
    quint64 framesWritten() const { return m_framesWritten.load(); }

private:
    enum class Ending { KeepFile, DeleteFile };
    void stop(Ending ending);
    static void removeWithJournal(const QString &path);
    void run();
    bool writeBatch(const std::vector<Event> &batch, const std::vector<RecordedDecoderChoice> &choices);
    bool writeDecoderChoice(const RecordedDecoderChoice &choice);
    bool writeEvent(const Event &event);
    bool updateConnection(const Event &event);
    // A proxy's upstream leg: its row in proxy_pairs names the client leg.
    bool insertProxyPair(const Event &upstreamConnecting);
    // A frame of the batch being written, numbered, waiting for its multi-row INSERT.
    struct UnwrittenFrame
    {
        const Event *event;
        qint64 id;
        qint64 messageId;
        qint64 payloadFrom;
    };
    bool writeFrame(const Event &event);
    qint64 payloadSourceOf(const Event &frame);
    bool insertUnwrittenFrames();
    void bindFrame(SqliteStatement &statement, int row, const UnwrittenFrame &frame);
    qint64 messageIdOf(const Event &event);
    bool execute(SqliteStatement &statement);
    bool prepare();
    bool exec(const char *sql);
    void fail(const QString &error);
    static qint64 queuedCost(const Event &event);

    static std::optional<std::pair<quint64, quint64>> fileIdentity(const QString &path);

    QString m_path;
    std::optional<std::pair<quint64, quint64>> m_fileId; // of the file open() created
    sqlite3 *m_db = nullptr;
    SqliteStatement m_insertFrame;
    SqliteStatement m_insertFrames; // kFramesPerInsert rows at once
    SqliteStatement m_insertEvent;
    SqliteStatement m_upsertConnection;
    SqliteStatement m_openConnection;
    SqliteStatement m_closeConnection;
    SqliteStatement m_insertProxyPair;
    WalCheckpointer m_checkpointer;
    std::optional<WalLimits> m_walLimits;

    std::thread m_thread;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_flushed;
    std::vector<Event> m_queue;
    std::vector<RecordedDecoderChoice> m_choiceQueue; // guarded by m_mutex
    quint64 m_appended = 0;                           // guarded by m_mutex
    quint64 m_committed = 0;                          // guarded by m_mutex
    qint64 m_queueBytes = 0;                          // guarded by m_mutex: the cost of m_queue
    qint64 m_pendingBytes = 0;                        // guarded by m_mutex: queued or being written
    qint64 m_peakPendingBytes = 0;
    qint64 m_maxPendingBytes = kDefaultMaxPendingBytes;
    bool m_stopping = false;
    bool m_flushRequested = false; // guarded by m_mutex: flush() waits for the next commit
    std::atomic<bool> m_failed{false};
    std::atomic<quint64> m_framesWritten{0};
    QString m_error; // guarded by m_mutex

    // Writer-thread state: the one sequence shared by frames and events, and message ids.
    qint64 m_sequence = 0;
    qint64 m_messageCounter = 0;
    // The message each connection and direction is in: (connection id << 1 | direction) → id.
    std::unordered_map<quint64, qint64> m_openMessageIds;
    RecentPayloads m_recentPayloads;
    std::vector<UnwrittenFrame> m_unwrittenFrames;
};

} // namespace Sockscope
