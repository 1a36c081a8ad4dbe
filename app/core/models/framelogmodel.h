// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capture/capturereader.h"
#include "logfilter.h"
#include "recorddecoder.h"
#include "store/logrecord.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QPointer>
#include <QTimer>

#include <atomic>
#include <deque>
#include <functional>
#include <memory>
#include <vector>

namespace Sockscope {

// A frame's whole message, as the decoder pane shows it.
struct DecodedMessage
{
    QByteArray payload; // the message's bytes (inflated), put together from its frames
    quint64 connectionId = 0;
    DecodeContext::Sender sender = DecodeContext::Sender::Unknown;
    DecodedRecord decoded;
};

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
    // Decoded previews kept for the rows last shown: a repaint does not decode again.
    static constexpr int kPreviewCacheRows = 4096;
    // A message is put together from its frames for the decoder pane up to this size;
    // beyond it the pane decodes the selected frame alone.
    static constexpr qint64 kMaxAssembledMessage = 32ll << 20;

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
    // Live: drops every row so far from the log (Clear); the capture keeps them.
    void clearRows();

    // Live: the most rows the log keeps (0: every row, the default). Older rows are dropped
    // once the log holds an eighth more than the limit (at once when the limit is set), and
    // counted (UI-2: no silent cap).
    void setRetentionLimit(qint64 rows);
    qint64 retentionLimit() const { return m_retentionLimit; }
    // Rows dropped by the retention limit since the log was last cleared or loaded.
    qint64 droppedCount() const { return m_droppedCount; }

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

    // The "Decode as…" choices the preview column and decoded search follow (not owned).
    void setDecoderChoices(DecoderChoices *choices);
    // What the views decode with: roles and subprotocols of the connections, and the choices.
    const RecordDecoder &recordDecoder() const { return m_decoding; }
    // Who sent the frame at `row` (a frame row), as the choices are keyed.
    DecodeContext::Sender senderOf(int row) const;
    // The whole message of the frame at `row`, put together from its frames, decoded; nullopt
    // for a row that is not a frame or whose payload is not available.
    std::optional<DecodedMessage> decodedMessage(int row) const;

    void setFilter(const LogFilter &filter);
    const LogFilter &filter() const { return m_filter; }
    bool isFiltering() const { return m_filterGeneration != m_appliedGeneration; }
    // Next row (after `from`, or before it when `backwards`) whose content matches; -1 if none.
    int find(int from, const QString &text, bool regex, bool backwards) const;

Q_SIGNALS:
    void filterFinished();
    void totalCountChanged(qint64 count);
    void droppedCountChanged(qint64 count);
    // The choices changed: previews are redone, and so must any other decoded view.
    void decodingChanged();

private:
    static QString withProxyMark(const LogRecord &r, const QString &type);
    bool isVisibleByRecord(const LogRecord &record) const;
    int recordIndex(int row) const;
    QString preview(const LogRecord &record, const std::optional<Event> &event) const;
    QString framePreview(const LogRecord &record, const Event &event) const;
    std::optional<Event> eventAt(std::size_t recordIndex) const;
    std::vector<std::size_t> messageFrames(std::size_t recordIndex) const;
    void onDecoderChoicesChanged();
    static void learnFlows(RecordDecoder &decoding, CaptureReader &reader, const std::vector<LogRecord> &records);
    void applyTextMatches(quint64 generation, qint64 scannedUpTo, const std::vector<qint64> &matching);
    void applyFilterResult(quint64 generation, std::vector<quint32> visible);
    void applyRetention(bool now);
    void dropOldest(std::size_t count);
    void setDroppedCount(qint64 count);

    std::vector<LogRecord> m_records;
    qint64 m_retentionLimit = 0;
    qint64 m_droppedCount = 0;
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
    RecordDecoder m_decoding;
    QPointer<DecoderChoices> m_choices;
    mutable QCache<qint64, QString> m_previewCache{kPreviewCacheRows}; // by sequence

    LogFilter m_filter;
    bool m_filtered = false;
    std::vector<quint32> m_visible; // record indices, when m_filtered
    quint64 m_filterGeneration = 0;
    quint64 m_appliedGeneration = 0;
    // The generation a text scan must still be for; a worker stops once it moves on.
    std::shared_ptr<std::atomic<quint64>> m_currentFilter = std::make_shared<std::atomic<quint64>>(0);
};

} // namespace Sockscope
