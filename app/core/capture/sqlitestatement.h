// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace Sockscope {

// One prepared SQLite statement: prepare, bind, step, read columns, finalize on destruction.
// Every failure (prepare or step) is kept as errorString(), the first one winning, so a caller
// can run a sequence of calls and report what went wrong first.
class SqliteStatement
{
public:
    enum class Lifetime {
        Once,      // run a few times and dropped
        Persistent // kept for the life of the connection (SQLITE_PREPARE_PERSISTENT)
    };

    SqliteStatement() = default;
    SqliteStatement(sqlite3 *db, QByteArrayView sql, Lifetime lifetime = Lifetime::Once);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // Finalizes any earlier statement first; false with errorString() when SQLite refuses it.
    bool prepare(sqlite3 *db, QByteArrayView sql, Lifetime lifetime = Lifetime::Once);
    void finalize();
    bool isValid() const { return m_statement != nullptr; }
    explicit operator bool() const { return isValid(); }

    // Parameters are numbered from 1, as in SQLite. Blobs and static texts are bound without
    // a copy: their bytes must stay alive until the statement has been stepped.
    void bindNull(int parameter);
    void bindInteger(int parameter, qint64 value);
    // Ids start at 1, so 0 means "none" and is stored as NULL.
    void bindIdOrNull(int parameter, qint64 id);
    // An empty array is a zero-length blob, not NULL, so NOT NULL columns hold it.
    void bindBlob(int parameter, QByteArrayView bytes);
    void bindBlobOrNull(int parameter, const QByteArray &bytes);
    void bindText(int parameter, const QString &text); // a null QString is NULL; copied
    void bindStaticText(int parameter, const char *text);

    // Steps once: true while a row is there. False at the end or on an error (see isDone()).
    bool next();
    // True when the last step reached the end of the rows rather than failing.
    bool isDone() const { return m_lastResult == kDone; }
    // Steps a statement that returns no rows, then resets it for the next run.
    bool execute();
    void reset();

    bool isNull(int column) const;
    qint64 integer(int column, qint64 ifNull = 0) const;
    QByteArray blob(int column) const; // NULL is a null array, an empty blob an empty one
    QString text(int column) const;    // NULL is a null string

    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }

private:
    static constexpr int kDone = 101; // SQLITE_DONE, without pulling sqlite3.h into every user

    int step();
    void noteError(sqlite3 *db);

    sqlite3_stmt *m_statement = nullptr;
    int m_lastResult = 0;
    QString m_error;
};

// Holds one read transaction for its lifetime, unless one is already open: each statement
// would otherwise take and drop the file's shared lock (an fcntl call each way) itself, which
// was most of the time to read a damaged capture, whose chunks are split down to single rows.
class SqliteReadTransaction
{
public:
    explicit SqliteReadTransaction(sqlite3 *db);
    ~SqliteReadTransaction();
    SqliteReadTransaction(const SqliteReadTransaction &) = delete;
    SqliteReadTransaction &operator=(const SqliteReadTransaction &) = delete;

private:
    sqlite3 *m_db;
    bool m_began;
};

} // namespace Sockscope
