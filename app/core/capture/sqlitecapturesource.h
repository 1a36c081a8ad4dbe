// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capturesource.h"

#include <QByteArray>
#include <QCoreApplication>

#include <memory>

struct sqlite3;

namespace Sockscope {
class SqliteStatement;
} // namespace Sockscope

namespace Sockscope {

// A capture read through SQLite: tables scanned in id order and in chunks, so rows SQLite
// cannot read cost only themselves (noted in damage()), payloads and search done by queries.
class SqliteCaptureSource final : public CaptureSource
{
    Q_DECLARE_TR_FUNCTIONS(Sockscope::SqliteCaptureSource)

public:
    // Indexes of at least this many frames are read in two halves at once.
    static constexpr qint64 kHalvedIndexRows = 1 << 16;

    // Null with `error` set when the file is missing, not SQLite, not a capture, or of a
    // version this build does not read.
    static std::unique_ptr<SqliteCaptureSource> open(const QString &path, QString *error);
    ~SqliteCaptureSource() override;
    SqliteCaptureSource(const SqliteCaptureSource &) = delete;
    SqliteCaptureSource &operator=(const SqliteCaptureSource &) = delete;

    int schemaVersion() const { return m_version; }

    QList<ConnectionInfo> connections() override;
    QByteArray payload(qint64 frameId, bool inflated) override;
    bool readLogIndex(const RecordSink &sink) override;
    std::optional<Event> event(qint64 sequence) override;
    std::vector<qint64> sequencesContaining(const QString &text) override;
    bool readEvents(const EventSink &sink) override;
    QList<RecordedDecoderChoice> decoderChoices() override;
    CaptureDamage damage() const override { return m_damage; }

private:
    SqliteCaptureSource(sqlite3 *db, const QString &path);
    static sqlite3 *openDatabase(const QString &path, QString *error);
    bool checkIsCapture(QString *error);
    void addProxyPairs(QList<ConnectionInfo> &connections);
    template<typename Row>
    using Convert = Row (*)(const SqliteStatement &);
    template<typename Row>
    using RowSink = std::function<bool(Row &&)>;
    template<typename Row>
    bool scan(const char *table, const char *columns, Convert<Row> convert, const RowSink<Row> &sink);
    std::function<void(qint64, const QString &)> damageNoter(const char *table);
    template<typename Row>
    bool readTimeline(const char *eventColumns, Convert<Row> eventRow,
                      const std::function<bool(const RowSink<Row> &)> &readFrames,
                      const std::function<bool(const Row &)> &sink);
    bool readIndexFramesInHalves(const RowSink<LogRecord> &deliver);
    // The payload column, or in version 3 the expression that follows payload_from.
    const char *resolvedPayload() const;

    sqlite3 *m_db;
    QString m_path;
    int m_version = 0;
    QByteArray m_frameColumns; // what readEvents() and event() select from frames
    CaptureDamage m_damage;
};

} // namespace Sockscope
