// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

struct sqlite3;

namespace Sockscope {

// When the WAL is copied back (in pages; a capture's page is 64 KiB). A copy writes every page a
// second time, so while traffic flows it waits until the WAL holds a burst's worth: a burst is
// then recorded at one disk write per byte, and copied once it is over.
struct WalLimits
{
    int quietFrames = 128;   // copied once traffic is quiet (WalCheckpointer::kQuietWindowMs)
    int busyFrames = 16384;  // copied even while traffic goes on
    int boundFrames = 32768; // a commit that leaves more waits (up to a second) for the copy
};

// Copies the pages a WAL-mode writer commits back into the database file on a thread and a
// connection of its own, so the writer goes on committing meanwhile instead of stopping for
// every checkpoint (SQLite's automatic checkpoint runs inside the commit that crosses it).
// After a complete copy SQLite starts the WAL over.
class WalCheckpointer
{
public:
    // Traffic is quiet when a window adds fewer pages than this (1 MiB in 100 ms).
    static constexpr int kQuietGrowthFrames = 16;
    static constexpr int kQuietWindowMs = 100;

    explicit WalCheckpointer(const WalLimits &limits = {});
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    void setLimits(const WalLimits &limits);

    // Opens a second connection to `path`, turns the writer's automatic checkpoint off and
    // hooks its commits. False (nothing changed) when the connection cannot be opened.
    // `writerIsBusy` (called on the checkpointer's thread) tells whether events wait to be
    // written: then traffic is not quiet, even when a slow disk or a busy CPU kept the WAL
    // from growing for a while.
    bool start(sqlite3 *writer, const QByteArray &path, std::function<bool()> writerIsBusy);
    enum class CopyUnderWay { Finish, Interrupt };
    // Stops the thread; the writer's commits are no longer hooked. A copy under way finishes,
    // or stops where it is for a capture about to be deleted (the WAL keeps what it held).
    void stop(CopyUnderWay copy = CopyUnderWay::Finish);
    // The first error a checkpoint met (a full disk), empty if none. It is also returned from
    // the commit that waited or came after, so the writer's COMMIT fails with it.
    QString errorString() const;
    // The WAL's pages at the last commit, or none when a copy has taken everything since
    // (or when the checkpointer is not running).
    int uncopiedFrames() const;

private:
    static int onCommit(void *self, sqlite3 *db, const char *schema, int frames);
    int committed(int frames);
    void run();
    bool checkpointOnce(std::unique_lock<std::mutex> &lock);
    bool shouldCopyNow(std::unique_lock<std::mutex> &lock);

    WalLimits m_limits;
    std::function<bool()> m_writerIsBusy;
    sqlite3 *m_writer = nullptr;
    sqlite3 *m_db = nullptr;
    std::thread m_thread;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;   // the checkpointer: frames to copy, or stop
    std::condition_variable m_copied; // a commit waiting for the WAL to empty
    quint64 m_commits = 0;            // commits hooked so far
    quint64 m_copiedUpTo = 0;         // every commit up to this one is in the database file
    int m_walFrames = 0;              // the WAL's size after the last commit
    bool m_stopping = false;
    int m_errorCode = 0;
    QString m_error;
};

} // namespace Sockscope
