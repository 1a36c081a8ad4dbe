// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capture/capturereader.h"
#include "logfilter.h"
#include "store/logrecord.h"

#include <QAbstractTableModel>
#include <QTimer>

#include <deque>
#include <functional>
#include <memory>
#include <vector>

namespace Sockscope {

// The frame log (UI-2): one row per frame, plus handshake, open, close and error rows.
// Rows are small records; display strings are built in data() for the rows on screen, and
// payloads come from a bounded cache of recent events or from the capture file on demand.
// Live events are appended in batches (one beginInsertRows per flush), and filters work on a
// vector of visible rows; a text filter scans payloads on a worker thread.
class FrameLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        RelativeTimeColumn,
        ConnectionColumn,
        DirectionColumn,
        TypeColumn,
        FlagsColumn,
        LengthColumn,
        InflatedColumn,
        PreviewColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SequenceRole = Qt::UserRole + 1, // qint64, id in the capture
        DirectionRole,                   // int(Direction)
        KindRole,                        // int(Event::Kind)
        OpcodeRole,                      // int, frames only
        ConnectionRole,                  // quint32
        IsControlRole,                   // bool
        IsErrorRole,                     // bool: protocol error, failure, close with an error code
    };
    Q_ENUM(Role)

    static constexpr int kFlushIntervalMs = 25;
    static constexpr qint64 kRecentCacheBytes = 64ll << 20;

    explicit FrameLogModel(QObject *parent = nullptr);
    ~FrameLogModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Live: appends the event; rows appear at the next flush. Sequences count from 1 in
    // append order, as CaptureWriter numbers the same events.
    void appendEvent(const Event &event);
    // The capture that holds older payloads (the live recording or an opened file).
    void setCaptureFile(const QString &path);
    // Called before a worker scans the capture, so live rows are committed first.
    void setBeforeScan(std::function<void()> beforeScan) { m_beforeScan = std::move(beforeScan); }
    // Replaces the rows with a capture's; false with `error` when it cannot be read.
    bool loadCapture(const QString &path, QString *error, const std::function<bool(qint64)> &progress = {});
    void clear();
    void flush();

    qint64 totalCount() const { return qint64(m_records.size() + m_pending.size()); }
    const LogRecord &record(int row) const;
    // Every record in capture order, filtered or not.
    const std::vector<LogRecord> &records() const { return m_records; }
    // The whole frame or event of a row, payload included.
    std::optional<Event> event(int row) const;
    int rowForSequence(qint64 sequence) const;
    // The inflated size of the whole message the frame at `row` belongs to (its data frames on
    // the same connection and direction, up to the one with FIN); -1 if not compressed.
    qint64 messageInflatedSize(int row) const;

    void setFilter(const LogFilter &filter);
    const LogFilter &filter() const { return m_filter; }
    bool isFiltering() const { return m_filterGeneration != m_appliedGeneration; }
    // Next row (after `from`, or before it when `backwards`) whose content matches; -1 if none.
    int find(int from, const QString &text, bool regex, bool backwards) const;

Q_SIGNALS:
    void filterFinished();
    void totalCountChanged(qint64 count);

private:
    bool isVisibleByRecord(const LogRecord &record) const;
    int recordIndex(int row) const;
    QString preview(const LogRecord &record, const std::optional<Event> &event) const;
    void applyTextMatches(quint64 generation, qint64 scannedUpTo, const std::vector<qint64> &matching);
    void applyFilterResult(quint64 generation, std::vector<quint32> visible);

    std::vector<LogRecord> m_records;
    std::vector<LogRecord> m_pending;
    std::vector<Event> m_pendingEvents;
    std::deque<Event> m_recent; // events of the last sequences, for payloads not committed yet
    qint64 m_recentFirst = 1;   // sequence of m_recent.front()
    qint64 m_recentBytes = 0;
    qint64 m_nextSequence = 1;
    qint64 m_firstTimestampNs = 0;
    mutable std::unique_ptr<CaptureReader> m_capture;
    QString m_capturePath;
    std::function<void()> m_beforeScan;
    QTimer m_flushTimer;

    LogFilter m_filter;
    bool m_filtered = false;
    std::vector<quint32> m_visible; // record indices, when m_filtered
    quint64 m_filterGeneration = 0;
    quint64 m_appliedGeneration = 0;
};

} // namespace Sockscope
