// SPDX-License-Identifier: GPL-3.0-or-later
// Recording and indexing throughput of .wscap captures (CAP-1, CAP-2, PERF), each against a
// reference measured in the same run: a bare SQLite prepared-insert loop in one transaction
// (what any recorder on SQLite pays at least) and, for indexing, a bare `SELECT` scan; 1 MiB
// frames also against `dd` writing as many bytes to the same folder (the disk's sequential
// rate), and the bytes a small frame takes on disk.
//   bench_capture [DIR] [SMALL_FRAMES] [INDEX_FRAMES]
#include "capture/capturereader.h"
#include "capture/capturewriter.h"
#include "protocol/frameencoder.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <cstdio>

using namespace Sockscope;

namespace {

Event smallFrame(qint64 i, const QByteArray &payload)
{
    Event e;
    e.kind = Event::Kind::Frame;
    e.connectionId = 1;
    e.direction = i % 2 ? Direction::Incoming : Direction::Outgoing;
    e.timestampNs = 1'700'000'000'000'000'000 + i;
    FrameSpec spec;
    spec.opcode = 2;
    spec.masked = e.direction == Direction::Outgoing;
    spec.maskKey = {1, 2, 3, 4};
    e.frame = describeFrame(spec, std::uint64_t(payload.size()));
    e.payload = payload;
    return e;
}

double recordFrames(const QString &path, qint64 count, const QByteArray &payload)
{
    CaptureWriter writer;
    if (!writer.open(path))
        qFatal("%s", qPrintable(writer.errorString()));
    QElapsedTimer timer;
    timer.start();
    for (qint64 i = 0; i < count; ++i)
        writer.append(smallFrame(i, payload));
    writer.close();
    return double(timer.nsecsElapsed()) / 1e9;
}

// The disk's sequential write rate: dd writing `megabytes` MiB and syncing them once at the
// end, as the recorder's closing checkpoint does.
double ddSeconds(const QString &path, qint64 megabytes)
{
    QElapsedTimer timer;
    timer.start();
    const int status = QProcess::execute(QStringLiteral("dd"),
                                         {QStringLiteral("if=/dev/zero"), QStringLiteral("of=") + path,
                                          QStringLiteral("bs=1M"), QStringLiteral("count=%1").arg(megabytes),
                                          QStringLiteral("conv=fdatasync"), QStringLiteral("status=none")});
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    QFile::remove(path);
    if (status != 0)
        qFatal("dd failed with status %d", status);
    return seconds;
}

// The floor: the same rows through one prepared statement in one transaction, no queue, no thread,
// in pages of the size captures have.
double bareSqlite(const QString &path, qint64 count, const QByteArray &payload)
{
    QFile::remove(path);
    sqlite3 *db = nullptr;
    sqlite3_open(QFile::encodeName(path).constData(), &db);
    sqlite3_exec(
            db,
            "PRAGMA page_size=65536; PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
            "CREATE TABLE frames(id INTEGER PRIMARY KEY, "
            "ts_ns INTEGER, connection_id INTEGER, direction INTEGER, opcode INTEGER, flags INTEGER, mask_key BLOB, "
            "payload_length INTEGER, header BLOB, message_id INTEGER, payload BLOB, inflated BLOB);",
            nullptr, nullptr, nullptr);
    sqlite3_stmt *s = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO frames VALUES (?,?,?,?,?,?,?,?,?,?,?,NULL)", -1, &s, nullptr);
    const std::uint8_t header[6] = {0x82, 0x90, 1, 2, 3, 4};
    QElapsedTimer timer;
    timer.start();
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    for (qint64 i = 0; i < count; ++i) {
        sqlite3_bind_int64(s, 1, i + 1);
        sqlite3_bind_int64(s, 2, 1'700'000'000'000'000'000 + i);
        sqlite3_bind_int64(s, 3, 1);
        sqlite3_bind_int(s, 4, int(i % 2));
        sqlite3_bind_int(s, 5, 2);
        sqlite3_bind_int(s, 6, 1);
        sqlite3_bind_blob(s, 7, header + 2, 4, SQLITE_STATIC);
        sqlite3_bind_int64(s, 8, payload.size());
        sqlite3_bind_blob(s, 9, header, 6, SQLITE_STATIC);
        sqlite3_bind_int64(s, 10, i + 1);
        sqlite3_bind_blob(s, 11, payload.constData(), int(payload.size()), SQLITE_STATIC);
        sqlite3_step(s);
        sqlite3_reset(s);
    }
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    sqlite3_finalize(s);
    sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_TRUNCATE, nullptr, nullptr);
    sqlite3_close(db);
    return double(timer.nsecsElapsed()) / 1e9;
}

double bareScan(const QString &path)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *s = nullptr;
    sqlite3_prepare_v2(db, "SELECT id, ts_ns, connection_id, direction, opcode, flags, payload_length FROM frames", -1,
                       &s, nullptr);
    QElapsedTimer timer;
    timer.start();
    qint64 sum = 0;
    while (sqlite3_step(s) == SQLITE_ROW)
        sum += sqlite3_column_int64(s, 6);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    sqlite3_finalize(s);
    sqlite3_close(db);
    std::fprintf(stderr, "(scan checksum %lld)\n", static_cast<long long>(sum));
    return seconds;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTemporaryDir scratch;
    const QString dir = args.value(1, scratch.path());
    QDir().mkpath(dir);
    const qint64 smallCount = args.value(2, QStringLiteral("2000000")).toLongLong();
    const qint64 indexCount = args.value(3, QStringLiteral("10000000")).toLongLong();
    const QByteArray small(16, 'x');
    const QByteArray large(1 << 20, 'y');

    std::printf("| measurement | Sockscope | reference | ratio |\n|---|---:|---:|---:|\n");
    const double ours = recordFrames(dir + QStringLiteral("/small.wscap"), smallCount, small);
    const double bare = bareSqlite(dir + QStringLiteral("/bare.sqlite"), smallCount, small);
    std::printf("| record %lld frames of 16 B | %.0f frames/s | %.0f frames/s (bare SQLite insert loop) | %.2f |\n",
                static_cast<long long>(smallCount), double(smallCount) / ours, double(smallCount) / bare, bare / ours);
    const double smallBytes = double(QFileInfo(dir + QStringLiteral("/small.wscap")).size());
    const double bareBytes = double(QFileInfo(dir + QStringLiteral("/bare.sqlite")).size());
    std::printf("| bytes on disk per 16 B frame | %.1f B | %.1f B (bare SQLite rows) | %.2f |\n",
                smallBytes / double(smallCount), bareBytes / double(smallCount), bareBytes / smallBytes);

    const qint64 largeCount = 1024;
    const double oursLarge = recordFrames(dir + QStringLiteral("/large.wscap"), largeCount, large);
    const double bareLarge = bareSqlite(dir + QStringLiteral("/bare-large.sqlite"), largeCount, large);
    std::printf("| record %lld frames of 1 MiB | %.0f MB/s | %.0f MB/s (bare SQLite insert loop) | %.2f |\n",
                static_cast<long long>(largeCount), double(largeCount) * 1.048576 / oursLarge,
                double(largeCount) * 1.048576 / bareLarge, bareLarge / oursLarge);
    const double dd = ddSeconds(dir + QStringLiteral("/dd.bin"), largeCount);
    std::printf("| record %lld frames of 1 MiB against the disk | %.0f MB/s | %.0f MB/s (dd bs=1M conv=fdatasync) | "
                "%.2f |\n",
                static_cast<long long>(largeCount), double(largeCount) * 1.048576 / oursLarge,
                double(largeCount) * 1.048576 / dd, dd / oursLarge);
    QFile::remove(dir + QStringLiteral("/large.wscap"));
    QFile::remove(dir + QStringLiteral("/bare-large.sqlite"));

    const QString indexPath = dir + QStringLiteral("/index.wscap");
    recordFrames(indexPath, indexCount, small);
    CaptureReader reader;
    if (!reader.open(indexPath))
        qFatal("%s", qPrintable(reader.errorString()));
    std::vector<LogRecord> records;
    records.reserve(std::size_t(indexCount));
    QElapsedTimer timer;
    timer.start();
    reader.readLogIndex(records);
    const double indexSeconds = double(timer.nsecsElapsed()) / 1e9;
    const double scanSeconds = bareScan(indexPath);
    std::printf("| index %lld frames | %.2f s | %.2f s (bare SELECT scan) | %.2f |\n",
                static_cast<long long>(indexCount), indexSeconds, scanSeconds, scanSeconds / indexSeconds);
    std::printf("| index memory | %zu bytes per frame (LogRecord) | | |\n", sizeof(LogRecord));
    return records.size() == std::size_t(indexCount) ? 0 : 1;
}
