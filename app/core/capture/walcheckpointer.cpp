// SPDX-License-Identifier: GPL-3.0-or-later
#include "walcheckpointer.h"

#include <sqlite3.h>

#include <chrono>

namespace Sockscope {
namespace {

constexpr std::chrono::seconds kLongestWait{1};

bool isInWalMode(sqlite3 *db)
{
    sqlite3_stmt *statement = nullptr;
    bool wal = false;
    if (sqlite3_prepare_v2(db, "PRAGMA journal_mode", -1, &statement, nullptr) == SQLITE_OK
        && sqlite3_step(statement) == SQLITE_ROW)
        wal = qstrcmp(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)), "wal") == 0;
    sqlite3_finalize(statement);
    return wal;
}

} // namespace

WalCheckpointer::WalCheckpointer(const WalLimits &limits) : m_limits(limits) { }

void WalCheckpointer::setLimits(const WalLimits &limits)
{
    std::lock_guard lock(m_mutex);
    m_limits = limits;
}

WalCheckpointer::~WalCheckpointer()
{
    stop();
}

bool WalCheckpointer::start(sqlite3 *writer, const QByteArray &path, std::function<bool()> writerIsBusy)
{
    stop();
    // A connection sees the WAL only once it has read the file; until then it checkpoints nothing.
    if (sqlite3_open_v2(path.constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK
        || !isInWalMode(m_db)) {
        sqlite3_close(m_db);
        m_db = nullptr;
        return false;
    }
    m_writer = writer;
    m_writerIsBusy = std::move(writerIsBusy);
    {
        // A new recording: nothing of the last one's counts or errors carries over.
        std::lock_guard lock(m_mutex);
        m_stopping = false;
        m_commits = m_copiedUpTo = 0;
        m_walFrames = 0;
        m_errorCode = 0;
        m_error.clear();
    }
    // Replaces SQLite's automatic checkpoint, which is a commit hook of its own.
    sqlite3_wal_hook(writer, &WalCheckpointer::onCommit, this);
    m_thread = std::thread([this] { run(); });
    return true;
}

void WalCheckpointer::stop(CopyUnderWay copy)
{
    if (!m_thread.joinable())
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    if (copy == CopyUnderWay::Interrupt)
        sqlite3_interrupt(m_db); // thread-safe; a copy checks for it between pages
    m_wake.notify_one();
    m_copied.notify_all();
    m_thread.join();
    sqlite3_wal_hook(m_writer, nullptr, nullptr);
    sqlite3_close_v2(m_db);
    m_db = nullptr;
    m_writer = nullptr;
}

QString WalCheckpointer::errorString() const
{
    std::lock_guard lock(m_mutex);
    return m_error;
}

int WalCheckpointer::uncopiedFrames() const
{
    if (!m_db)
        return 0;
    std::lock_guard lock(m_mutex);
    return m_copiedUpTo >= m_commits ? 0 : m_walFrames;
}

int WalCheckpointer::onCommit(void *self, sqlite3 *, const char *, int frames)
{
    return static_cast<WalCheckpointer *>(self)->committed(frames);
}

// In the writer's thread, after the commit, its write lock released.
int WalCheckpointer::committed(int frames)
{
    std::unique_lock lock(m_mutex);
    const quint64 commit = ++m_commits;
    m_walFrames = frames;
    if (frames >= m_limits.quietFrames)
        m_wake.notify_one();
    // Not for ever: a reader holding old pages keeps them in the WAL, and recording must go on;
    // the WAL then grows as it would with SQLite's own checkpoint.
    if (frames > m_limits.boundFrames)
        m_copied.wait_for(lock, kLongestWait, [&] { return m_copiedUpTo >= commit || m_stopping || m_errorCode != 0; });
    return m_errorCode;
}

void WalCheckpointer::run()
{
    std::unique_lock lock(m_mutex);
    while (!m_stopping && m_errorCode == 0) {
        m_wake.wait(lock,
                    [&] { return m_stopping || (m_commits > m_copiedUpTo && m_walFrames >= m_limits.quietFrames); });
        if (m_stopping || !shouldCopyNow(lock))
            continue;
        if (!checkpointOnce(lock)) {
            // A reader still on old pages keeps them from being copied: try again shortly.
            m_wake.wait_for(lock, std::chrono::milliseconds(2), [&] { return m_stopping; });
        }
    }
}

// Watches the WAL for one window: copy when it grew by less than a trickle and nothing waits
// to be written, or when it is past the size a burst may take.
bool WalCheckpointer::shouldCopyNow(std::unique_lock<std::mutex> &lock)
{
    if (m_walFrames >= m_limits.busyFrames)
        return true;
    const int before = m_walFrames;
    m_wake.wait_for(lock, std::chrono::milliseconds(kQuietWindowMs),
                    [&] { return m_stopping || m_walFrames >= m_limits.busyFrames; });
    if (m_stopping)
        return false;
    if (m_walFrames >= m_limits.busyFrames)
        return true;
    if (m_walFrames - before >= kQuietGrowthFrames)
        return false;
    // Not under our lock: the writer's own lock is taken, and its thread takes ours in a commit.
    lock.unlock();
    const bool busy = m_writerIsBusy && m_writerIsBusy();
    lock.lock();
    return !busy;
}

// Copies what the WAL holds; true when all of it reached the database file.
bool WalCheckpointer::checkpointOnce(std::unique_lock<std::mutex> &lock)
{
    const quint64 commits = m_commits;
    lock.unlock();
    int walFrames = 0;
    int copiedFrames = 0;
    const int status = sqlite3_wal_checkpoint_v2(m_db, nullptr, SQLITE_CHECKPOINT_PASSIVE, &walFrames, &copiedFrames);
    lock.lock();
    if (m_stopping)
        return false; // an interrupted copy is no error
    if (status != SQLITE_OK && status != SQLITE_BUSY && status != SQLITE_LOCKED) {
        m_errorCode = status;
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        m_copied.notify_all();
        return false;
    }
    if (status != SQLITE_OK || walFrames < 0 || copiedFrames < walFrames)
        return false;
    m_copiedUpTo = commits;
    m_copied.notify_all();
    return true;
}

} // namespace Sockscope
