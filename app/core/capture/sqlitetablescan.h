// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqlitestatement.h"

#include <QByteArray>
#include <QFileInfo>
#include <QString>

#include <algorithm>
#include <functional>
#include <limits>
#include <optional>
#include <vector>

namespace Sockscope {

// Reads a table in id order, in chunks; a chunk that fails is split in halves down to single
// rows, so damage costs only the rows that are really unreadable.
template<typename Row>
class SqliteTableScan
{
public:
    using Convert = std::function<Row(const SqliteStatement &)>;
    using Sink = std::function<bool(Row &&)>;
    using Damage = std::function<void(qint64 id, const QString &error)>;

    // Rows are read this many ids at a time: big enough to be fast, small enough that a
    // damaged chunk is split in few steps.
    static constexpr qint64 kChunkRows = 8192;
    // No row takes fewer bytes on disk: bounds the ids a file could hold.
    static constexpr qint64 kMinimumRowBytes = 8;

    SqliteTableScan(sqlite3 *db, const char *table, const char *columns, const QString &path, Convert convert)
        : m_db(db),
          m_convert(std::move(convert)),
          m_statement(db,
                      QByteArray(QByteArray("SELECT ") + columns + " FROM " + table
                                 + " WHERE id BETWEEN ?1 AND ?2 ORDER BY id")),
          m_nextId(db, QByteArray(QByteArray("SELECT min(id) FROM ") + table + " WHERE id > ?1")),
          m_blindIdBudget(QFileInfo(path).size() / kMinimumRowBytes + kChunkRows)
    {
        SqliteStatement maxId(db, QByteArray(QByteArray("SELECT max(id) FROM ") + table));
        if (maxId.next()) {
            m_maxId = maxId.integer(0);
        } else {
            // The b-tree's last page may be gone: bound the scan by what the file could hold.
            m_maxId = m_blindIdBudget;
        }
    }

    // The highest id the table holds (or, where its last page is gone, could hold).
    qint64 maxId() const { return m_maxId; }

    // Delivers the rows with ids from `firstId` to `lastId` (default: the whole table) in order.
    bool run(const Sink &sink, const Damage &damage, qint64 firstId = 1,
             qint64 lastId = std::numeric_limits<qint64>::max())
    {
        const qint64 last = std::min(lastId, m_maxId);
        const SqliteReadTransaction transaction(m_db);
        for (qint64 from = firstId; from <= last;) {
            const qint64 to = last - from < kChunkRows ? last : from + kChunkRows - 1;
            if (!readRange(from, to, sink, damage))
                return false;
            if (to == last)
                break;
            const std::optional<qint64> next = nextIdAfter(to);
            if (!next || *next > last)
                break;
            from = *next;
        }
        return true;
    }

private:
    // Ids may be sparse (a damaged or hand-edited file can claim an id near 2^63), so the scan
    // seeks the next existing id instead of stepping through empty ranges. Where damage hides
    // it, the scan steps blindly, but never through more ids than the file could hold rows.
    std::optional<qint64> nextIdAfter(qint64 id)
    {
        m_nextId.reset();
        m_nextId.bindInteger(1, id);
        if (m_nextId.next())
            return m_nextId.isNull(0) ? std::nullopt : std::optional<qint64>(m_nextId.integer(0));
        m_blindIdBudget -= kChunkRows;
        if (m_blindIdBudget < 0)
            return std::nullopt;
        return id + 1;
    }

    bool readRange(qint64 from, qint64 to, const Sink &sink, const Damage &damage)
    {
        // Rows are delivered only once the whole range has read, so a range split after an
        // error never delivers a row twice.
        std::vector<Row> rows;
        m_statement.reset();
        m_statement.bindInteger(1, from);
        m_statement.bindInteger(2, to);
        while (m_statement.next())
            rows.push_back(m_convert(m_statement));
        if (!m_statement.isDone()) {
            if (from == to) {
                // The statement keeps its first error; only the first damaged row is described.
                damage(from, m_statement.errorString());
                return true;
            }
            const qint64 middle = from + (to - from) / 2;
            return readRange(from, middle, sink, damage) && readRange(middle + 1, to, sink, damage);
        }
        for (Row &row : rows) {
            if (!sink(std::move(row)))
                return false;
        }
        return true;
    }

    sqlite3 *m_db;
    Convert m_convert;
    SqliteStatement m_statement; // prepared once, rebound per range
    SqliteStatement m_nextId;
    qint64 m_blindIdBudget;
    qint64 m_maxId = 0;
};

} // namespace Sockscope
