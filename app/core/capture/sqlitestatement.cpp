// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitestatement.h"

#include <sqlite3.h>

namespace Sockscope {

SqliteStatement::SqliteStatement(sqlite3 *db, QByteArrayView sql, Lifetime lifetime)
{
    prepare(db, sql, lifetime);
}

SqliteStatement::~SqliteStatement()
{
    finalize();
}

bool SqliteStatement::prepare(sqlite3 *db, QByteArrayView sql, Lifetime lifetime)
{
    static_assert(kDone == SQLITE_DONE);
    finalize();
    const unsigned int flags = lifetime == Lifetime::Persistent ? SQLITE_PREPARE_PERSISTENT : 0;
    if (sqlite3_prepare_v3(db, sql.data(), int(sql.size()), flags, &m_statement, nullptr) == SQLITE_OK && m_statement)
        return true;
    noteError(db);
    finalize();
    return false;
}

void SqliteStatement::finalize()
{
    sqlite3_finalize(m_statement);
    m_statement = nullptr;
}

void SqliteStatement::bindNull(int parameter)
{
    sqlite3_bind_null(m_statement, parameter);
}

void SqliteStatement::bindInteger(int parameter, qint64 value)
{
    sqlite3_bind_int64(m_statement, parameter, value);
}

void SqliteStatement::bindIdOrNull(int parameter, qint64 id)
{
    if (id)
        bindInteger(parameter, id);
    else
        bindNull(parameter);
}

void SqliteStatement::bindBlob(int parameter, QByteArrayView bytes)
{
    sqlite3_bind_blob(m_statement, parameter, bytes.isEmpty() ? "" : bytes.data(), int(bytes.size()), SQLITE_STATIC);
}

void SqliteStatement::bindBlobOrNull(int parameter, const QByteArray &bytes)
{
    if (bytes.isNull())
        bindNull(parameter);
    else
        bindBlob(parameter, bytes);
}

void SqliteStatement::bindText(int parameter, const QString &text)
{
    if (text.isNull()) {
        bindNull(parameter);
        return;
    }
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(m_statement, parameter, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bindStaticText(int parameter, const char *text)
{
    sqlite3_bind_text(m_statement, parameter, text, -1, SQLITE_STATIC);
}

int SqliteStatement::step()
{
    m_lastResult = m_statement ? sqlite3_step(m_statement) : SQLITE_MISUSE;
    if (m_lastResult != SQLITE_ROW && m_lastResult != SQLITE_DONE && m_statement)
        noteError(sqlite3_db_handle(m_statement));
    return m_lastResult;
}

bool SqliteStatement::next()
{
    return step() == SQLITE_ROW;
}

bool SqliteStatement::execute()
{
    const bool done = step() == SQLITE_DONE;
    reset();
    return done;
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 SqliteStatement::integer(int column, qint64 ifNull) const
{
    // SQLite reads NULL as 0, so the type is asked only when NULL must read otherwise.
    if (ifNull != 0 && isNull(column))
        return ifNull;
    return sqlite3_column_int64(m_statement, column);
}

QByteArray SqliteStatement::blob(int column) const
{
    // The type first: reading the blob may convert the value, after which the type is undefined.
    if (isNull(column))
        return {};
    const void *data = sqlite3_column_blob(m_statement, column);
    const int size = sqlite3_column_bytes(m_statement, column);
    return size ? QByteArray(static_cast<const char *>(data), size) : QByteArray("");
}

QString SqliteStatement::text(int column) const
{
    if (isNull(column))
        return {};
    const auto *utf8 = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QString::fromUtf8(utf8, sqlite3_column_bytes(m_statement, column));
}

void SqliteStatement::noteError(sqlite3 *db)
{
    if (m_error.isEmpty())
        m_error = QString::fromUtf8(sqlite3_errmsg(db));
}

SqliteReadTransaction::SqliteReadTransaction(sqlite3 *db)
    : m_db(db), m_began(sqlite3_get_autocommit(db) && sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr) == SQLITE_OK)
{ }

SqliteReadTransaction::~SqliteReadTransaction()
{
    // SQLite may have ended the transaction itself after an I/O error.
    if (m_began && !sqlite3_get_autocommit(m_db))
        sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr);
}

} // namespace Sockscope
