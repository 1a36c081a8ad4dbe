// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Edits a capture file behind the writer's back, as another tool (or damage) would.
// Tests including this link SQLite::SQLite3.
#include <QFile>
#include <QString>

#include <sqlite3.h>

namespace SockscopeTest {

inline bool execSql(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    const bool ok = sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK
            && sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

} // namespace SockscopeTest
