// SPDX-License-Identifier: GPL-3.0-or-later
#include "framelogmodel.h"

#include "decode/payloadpreview.h"
#include "protocol/closecode.h"
#include "protocol/frameanatomy.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPointer>
#include <QThreadPool>
#include <QtConcurrentFilter>

#include <algorithm>

namespace Sockscope {
namespace {

qint64 eventBytes(const Event &event)
{
    return event.payload.size() + event.inflated.size() + event.raw.size() + 256;
}

// Threads that decode for the text filter, apart from the global pool its scan runs in.
QThreadPool &decodingPool()
{
    static QThreadPool pool;
    return pool;
}

// The sequences (ascending) of the capture's rows that match the filter's text. Plain
// case-insensitive text is matched inside SQLite; expressions and decoded content need each
// event, decoded chunk by chunk on several threads. Stops early once `isCurrent` says no.
std::vector<qint64> sequencesMatching(const QString &path, const LogFilter &filter, const RecordDecoder &decoding,
                                      const std::function<bool()> &isCurrent)
{
    std::vector<qint64> matching;
    CaptureReader reader;
    if (path.isEmpty() || !reader.open(path))
        return matching;
    if (!filter.regex && filter.caseSensitivity == Qt::CaseInsensitive && !filter.searchDecoded)
        return reader.sequencesContaining(filter.text);
    constexpr std::size_t kChunk = 2048;
    const TextMatcher matcher(filter, &decoding);
    std::vector<Event> chunk;
    auto matchChunk = [&] {
        const std::vector<Event> hits = QtConcurrent::blockingFiltered(
                &decodingPool(), chunk, [&matcher](const Event &e) { return matcher.matches(e); });
        for (const Event &e : hits)
            matching.push_back(e.sequence);
        chunk.clear();
        return isCurrent();
    };
    const bool completed = reader.readEvents([&](const Event &e) {
        chunk.push_back(e);
        return chunk.size() < kChunk || matchChunk();
    });
    if (completed)
        matchChunk();
    return matching;
}

QString kindName(const LogRecord &r)
{
    if (r.isFrame())
        return QString::fromLatin1(opcodeName(r.opcode));
    return QString::fromLatin1(eventKindName(r.kind)).replace(QLatin1Char('_'), QLatin1Char(' '));
}

} // namespace

FrameLogModel::FrameLogModel(QObject *parent) : QAbstractTableModel(parent)
{
    m_flushTimer.setInterval(kFlushIntervalMs);
    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, &FrameLogModel::flush);
}

FrameLogModel::~FrameLogModel() = default;

// A proxy's marks (docs/capture-format.md, proxy_pairs) follow the frame's type.
QString FrameLogModel::withProxyMark(const LogRecord &r, const QString &type)
{
    if (r.flags & FrameEdited)
        return tr("%1, edited").arg(type);
    if (r.flags & FrameDropped)
        return tr("%1, dropped").arg(type);
    if (r.flags & FrameInjected)
        return tr("%1, injected").arg(type);
    return type;
}

int FrameLogModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(m_filtered ? m_visible.size() : m_records.size());
}

int FrameLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int FrameLogModel::recordIndex(int row) const
{
    return m_filtered ? int(m_visible[std::size_t(row)]) : row;
}

const LogRecord &FrameLogModel::record(int row) const
{
    return m_records[std::size_t(recordIndex(row))];
}

void FrameLogModel::appendEvent(const Event &event)
{
    const qint64 sequence = m_nextSequence++;
    if (m_firstTimestampNs == 0)
        m_firstTimestampNs = event.timestampNs;
    m_pending.push_back(LogRecord::fromEvent(event, sequence));
    m_decoding.note(event, sequence);
    m_recent.push_back(event);
    m_recentBytes += eventBytes(event);
    while (m_recentBytes > kRecentCacheBytes && m_recent.size() > 1) {
        m_recentBytes -= eventBytes(m_recent.front());
        m_recent.pop_front();
        ++m_recentFirst;
    }
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void FrameLogModel::flush()
{
    if (m_pending.empty())
        return;
    const std::size_t firstNew = m_records.size();
    if (!m_filtered) {
        beginInsertRows({}, int(firstNew), int(firstNew + m_pending.size() - 1));
        m_records.insert(m_records.end(), m_pending.begin(), m_pending.end());
        endInsertRows();
    } else {
        std::vector<quint32> added;
        const TextMatcher matcher(m_filter, &m_decoding);
        for (std::size_t i = 0; i < m_pending.size(); ++i) {
            const LogRecord &r = m_pending[i];
            if (!isVisibleByRecord(r))
                continue;
            if (m_filter.hasText()) {
                const auto e = r.sequence >= m_recentFirst
                        ? std::optional<Event>(m_recent[std::size_t(r.sequence - m_recentFirst)])
                        : std::nullopt;
                if (!e || !matcher.matches(*e))
                    continue;
            }
            added.push_back(quint32(firstNew + i));
        }
        m_records.insert(m_records.end(), m_pending.begin(), m_pending.end());
        if (!added.empty()) {
            beginInsertRows({}, int(m_visible.size()), int(m_visible.size() + added.size() - 1));
            m_visible.insert(m_visible.end(), added.begin(), added.end());
            endInsertRows();
        }
    }
    m_pending.clear();
    applyRetention(false);
    Q_EMIT totalCountChanged(totalCount());
}

void FrameLogModel::setRetentionLimit(qint64 rows)
{
    m_retentionLimit = std::max<qint64>(0, rows);
    flush();
    applyRetention(true);
    Q_EMIT totalCountChanged(totalCount());
}

// Live rows are trimmed in steps of an eighth of the limit, so that the vector is not shifted on
// every flush; a new limit applies at once.
void FrameLogModel::applyRetention(bool now)
{
    if (m_retentionLimit <= 0)
        return;
    const auto limit = std::size_t(m_retentionLimit);
    const std::size_t slack = now ? 0 : std::max<std::size_t>(limit / 8, 1);
    if (m_records.size() <= limit + slack)
        return;
    const std::size_t count = m_records.size() - limit;
    dropOldest(count);
    setDroppedCount(m_droppedCount + qint64(count));
}

void FrameLogModel::clearRows()
{
    flush();
    dropOldest(m_records.size());
    Q_EMIT totalCountChanged(totalCount());
}

// Removes the first `count` records and the rows that show them; the visible rows after them
// move up by as many record indices.
void FrameLogModel::dropOldest(std::size_t count)
{
    if (count == 0)
        return;
    const auto firstKept = std::lower_bound(m_visible.begin(), m_visible.end(), quint32(count));
    const std::size_t rows = m_filtered ? std::size_t(firstKept - m_visible.begin()) : count;
    if (rows > 0)
        beginRemoveRows({}, 0, int(rows) - 1);
    m_records.erase(m_records.begin(), m_records.begin() + qsizetype(count));
    if (m_filtered) {
        m_visible.erase(m_visible.begin(), firstKept);
        for (quint32 &index : m_visible)
            index -= quint32(count);
    }
    if (rows > 0)
        endRemoveRows();
}

void FrameLogModel::setDroppedCount(qint64 count)
{
    if (count == m_droppedCount)
        return;
    m_droppedCount = count;
    Q_EMIT droppedCountChanged(count);
}

void FrameLogModel::setCaptureFile(const QString &path)
{
    m_capturePath = path;
    m_capture.reset();
}

bool FrameLogModel::loadCapture(const QString &path, QString *error, const std::function<bool(qint64)> &progress)
{
    auto reader = std::make_unique<CaptureReader>();
    if (!reader->open(path)) {
        *error = reader->errorString();
        return false;
    }
    std::vector<LogRecord> records;
    if (!reader->readLogIndex(records, progress)) {
        *error = tr("loading %1 was cancelled").arg(path);
        return false;
    }
    RecordDecoder decoding;
    decoding.loadConnections(reader->connections());
    decoding.setChoices(m_decoding.choices());
    learnFlows(decoding, *reader, records);
    beginResetModel();
    m_decoding = std::move(decoding);
    m_previewCache.clear();
    m_records = std::move(records);
    m_pending.clear();
    m_recent.clear();
    m_recentBytes = 0;
    m_nextSequence = m_records.empty() ? 1 : m_records.back().sequence + 1;
    m_recentFirst = m_nextSequence;
    m_firstTimestampNs = m_records.empty() ? 0 : m_records.front().timestampNs;
    m_capturePath = path;
    m_capture = std::move(reader);
    m_filtered = false;
    m_visible.clear();
    m_filter = {};
    endResetModel();
    setDroppedCount(0);
    *error = m_capture->damageReport();
    Q_EMIT totalCountChanged(totalCount());
    return true;
}

// A capture's flows come from the first messages of each connection, read by sequence.
void FrameLogModel::learnFlows(RecordDecoder &decoding, CaptureReader &reader, const std::vector<LogRecord> &records)
{
    for (const LogRecord &r : records) {
        if (!r.isFrame() || r.isControl() || r.opcode == 0 || !(r.flags & FrameFin)
            || !decoding.wantsFlow(r.connectionId))
            continue;
        if (const auto e = reader.event(r.sequence))
            decoding.note(*e, r.sequence);
    }
}

void FrameLogModel::clear()
{
    beginResetModel();
    m_records.clear();
    m_pending.clear();
    m_recent.clear();
    m_recentBytes = 0;
    m_nextSequence = 1;
    m_recentFirst = 1;
    m_firstTimestampNs = 0;
    m_visible.clear();
    m_filtered = false;
    m_filter = {};
    m_capture.reset();
    m_capturePath.clear();
    const DecoderChoiceMap choices = m_decoding.choices();
    m_decoding.clear();
    m_decoding.setChoices(choices);
    m_previewCache.clear();
    endResetModel();
    setDroppedCount(0);
    Q_EMIT totalCountChanged(0);
}

std::optional<Event> FrameLogModel::event(int row) const
{
    if (row < 0 || row >= rowCount())
        return std::nullopt;
    return eventAt(std::size_t(recordIndex(row)));
}

std::optional<Event> FrameLogModel::eventAt(std::size_t recordIndex) const
{
    const qint64 sequence = m_records[recordIndex].sequence;
    if (sequence >= m_recentFirst && sequence < m_recentFirst + qint64(m_recent.size()))
        return m_recent[std::size_t(sequence - m_recentFirst)];
    if (!m_capture && !m_capturePath.isEmpty()) {
        m_capture = std::make_unique<CaptureReader>();
        if (!m_capture->open(m_capturePath))
            m_capture.reset();
    }
    return m_capture ? m_capture->event(sequence) : std::nullopt;
}

int FrameLogModel::rowForSequence(qint64 sequence) const
{
    const auto it = std::lower_bound(m_records.begin(), m_records.end(), sequence,
                                     [](const LogRecord &r, qint64 s) { return r.sequence < s; });
    if (it == m_records.end() || it->sequence != sequence)
        return -1;
    const auto index = quint32(it - m_records.begin());
    if (!m_filtered)
        return int(index);
    const auto visible = std::lower_bound(m_visible.begin(), m_visible.end(), index);
    return visible != m_visible.end() && *visible == index ? int(visible - m_visible.begin()) : -1;
}

// The record indices of the data frames of the message the data frame at `at` belongs to (its
// frames on the same connection and direction, up to the one with FIN), in order.
std::vector<std::size_t> FrameLogModel::messageFrames(std::size_t at) const
{
    const LogRecord &frame = m_records[at];
    auto sameStream = [&frame](const LogRecord &r) {
        return r.isFrame() && !r.isControl() && r.connectionId == frame.connectionId && r.direction == frame.direction;
    };
    std::size_t first = at;
    for (std::size_t i = at; i-- > 0;) {
        if (!sameStream(m_records[i]))
            continue;
        if (m_records[i].flags & FrameFin)
            break; // the previous message ended there
        first = i;
    }
    std::vector<std::size_t> frames;
    for (std::size_t i = first; i < m_records.size(); ++i) {
        if (!sameStream(m_records[i]))
            continue;
        frames.push_back(i);
        if (m_records[i].flags & FrameFin)
            break;
    }
    return frames;
}

qint64 FrameLogModel::messageInflatedSize(int row) const
{
    if (row < 0 || row >= rowCount() || !(record(row).flags & FrameCompressed))
        return -1;
    qint64 total = 0;
    for (const std::size_t i : messageFrames(std::size_t(recordIndex(row))))
        total += m_records[i].inflatedLength;
    return total;
}

void FrameLogModel::setDecoderChoices(DecoderChoices *choices)
{
    if (m_choices)
        m_choices->disconnect(this);
    m_choices = choices;
    connect(choices, &DecoderChoices::choiceChanged, this, &FrameLogModel::onDecoderChoicesChanged);
    connect(choices, &DecoderChoices::choicesReset, this, &FrameLogModel::onDecoderChoicesChanged);
    onDecoderChoicesChanged();
}

// Previews follow at once; a filter that searches decoded content runs again.
void FrameLogModel::onDecoderChoicesChanged()
{
    m_decoding.setChoices(m_choices ? m_choices->map() : DecoderChoiceMap{});
    m_previewCache.clear();
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, PreviewColumn), index(rowCount() - 1, PreviewColumn), {Qt::DisplayRole});
    if (m_filter.hasText() && m_filter.searchDecoded)
        setFilter(m_filter);
    Q_EMIT decodingChanged();
}

DecodeContext::Sender FrameLogModel::senderOf(int row) const
{
    const LogRecord &r = record(row);
    return m_decoding.sender(r.connectionId, r.direction);
}

std::optional<DecodedMessage> FrameLogModel::decodedMessage(int row) const
{
    if (row < 0 || row >= rowCount() || !record(row).isFrame())
        return std::nullopt;
    const std::size_t at = std::size_t(recordIndex(row));
    const LogRecord &frame = m_records[at];
    std::vector<std::size_t> frames = frame.isControl() ? std::vector<std::size_t>{at} : messageFrames(at);
    qint64 size = 0;
    for (const std::size_t i : frames)
        size += (m_records[i].flags & FrameCompressed) ? m_records[i].inflatedLength : m_records[i].length;
    if (size > kMaxAssembledMessage)
        frames = {at};
    QByteArray message;
    for (const std::size_t i : frames) {
        const auto e = eventAt(i);
        if (!e)
            return std::nullopt;
        message += e->compressed ? e->inflated : e->payload;
    }
    const LogRecord &first = m_records[frames.front()];
    return DecodedMessage{message, first.connectionId, m_decoding.sender(first.connectionId, first.direction),
                          m_decoding.decode(first, message)};
}

QString FrameLogModel::preview(const LogRecord &r, const std::optional<Event> &event) const
{
    if (!event)
        return tr("(payload not available)");
    if (!r.isFrame()) {
        switch (r.kind) {
        case Event::Kind::HandshakeRequest:
        case Event::Kind::HandshakeResponse:
            return QString::fromLatin1(event->raw.left(event->raw.indexOf('\r')));
        case Event::Kind::Opened:
            return tr("subprotocol: %1; extensions: %2")
                    .arg(event->text.isEmpty() ? tr("none") : event->text,
                         event->detail.isEmpty() ? tr("none") : event->detail);
        case Event::Kind::Closed:
            return tr("%1 %2 \"%3\" (%4)")
                    .arg(event->closeCode)
                    .arg(closeCodeDisplayName(event->closeCode), event->text, event->detail);
        case Event::Kind::ProtocolError:
            return tr("closing with %1: %2").arg(event->closeCode).arg(event->text);
        default:
            return event->text;
        }
    }
    return framePreview(r, *event);
}

// The decoded summary, or the text-or-hex preview when the decoder cannot read the frame
// (a fragment of a message, a wrong "Decode as…").
QString FrameLogModel::framePreview(const LogRecord &r, const Event &event) const
{
    const QByteArray &bytes = (r.flags & FrameCompressed) ? event.inflated : event.payload;
    const DecodedRecord decoded = m_decoding.decode(r, bytes);
    auto *preview = new QString(decoded.payload.isValid()
                                        ? decoded.payload.summary
                                        : payloadPreview(bytes, DecodeContext::ofOpcode(r.opcode), PreviewStyle::Log));
    m_previewCache.insert(r.sequence, preview);
    return *preview;
}

QVariant FrameLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const LogRecord &r = record(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    case Qt::TextAlignmentRole:
        return index.column() == LengthColumn || index.column() == InflatedColumn || index.column() == ConnectionColumn
                ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                : QVariant();
    case SequenceRole:
        return r.sequence;
    case DirectionRole:
        return int(r.direction);
    case KindRole:
        return int(r.kind);
    case OpcodeRole:
        return r.isFrame() ? QVariant(int(r.opcode)) : QVariant();
    case ConnectionRole:
        return r.connectionId;
    case IsControlRole:
        return r.isControl();
    case IsErrorRole:
        return r.kind == Event::Kind::ProtocolError || r.kind == Event::Kind::Failed
                || (r.kind == Event::Kind::Closed && r.code != 1000 && r.code != 1001 && r.code != 1005)
                || (r.isFrame() && isReservedOpcode(r.opcode));
    default:
        return {};
    }
    switch (index.column()) {
    case TimeColumn: {
        const QDateTime time = QDateTime::fromMSecsSinceEpoch(r.timestampNs / 1000000);
        return QString(time.toString(QStringLiteral("HH:mm:ss.zzz"))
                       + QStringLiteral("%1").arg((r.timestampNs / 1000) % 1000, 3, 10, QLatin1Char('0')));
    }
    case RelativeTimeColumn:
        return QStringLiteral("+%1").arg(double(r.timestampNs - m_firstTimestampNs) / 1e9, 0, 'f', 6);
    case ConnectionColumn:
        return r.connectionId;
    case DirectionColumn:
        if (!r.isFrame() && r.kind != Event::Kind::HandshakeRequest && r.kind != Event::Kind::HandshakeResponse)
            return QString();
        return r.direction == Direction::Incoming ? tr("in") : tr("out");
    case TypeColumn:
        return withProxyMark(r, kindName(r));
    case FlagsColumn: {
        if (!r.isFrame())
            return r.code ? QVariant(r.code) : QVariant();
        const QString bits = FrameAnatomy::bitsText(r.flags & FrameFin, r.flags & FrameRsv1, r.flags & FrameRsv2,
                                                    r.flags & FrameRsv3);
        return QString(bits.left(1) + QLatin1Char(' ') + bits.mid(1) + QLatin1Char(' ')
                       + QLatin1Char(r.flags & FrameMasked ? 'M' : ' '));
    }
    case LengthColumn:
        return r.length;
    case InflatedColumn:
        return (r.flags & FrameCompressed) ? QVariant(r.inflatedLength) : QVariant();
    case PreviewColumn:
        if (const QString *cached = r.isFrame() ? m_previewCache.object(r.sequence) : nullptr)
            return *cached;
        return preview(r, event(index.row()));
    default:
        return {};
    }
}

QVariant FrameLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case RelativeTimeColumn:
        return tr("Relative (s)");
    case ConnectionColumn:
        return tr("Conn");
    case DirectionColumn:
        return tr("Dir");
    case TypeColumn:
        return tr("Type");
    case FlagsColumn:
        return tr("FIN RSV M");
    case LengthColumn:
        return tr("Length");
    case InflatedColumn:
        return tr("Inflated");
    case PreviewColumn:
        return tr("Preview");
    default:
        return {};
    }
}

bool FrameLogModel::isVisibleByRecord(const LogRecord &record) const
{
    return m_filter.matchesRecord(record);
}

void FrameLogModel::setFilter(const LogFilter &filter)
{
    flush();
    m_filter = filter;
    const quint64 generation = ++m_filterGeneration;
    m_currentFilter->store(generation); // a scan still running for an older filter stops
    if (filter.isEmpty()) {
        applyFilterResult(generation, {});
        return;
    }
    if (!filter.hasText()) {
        std::vector<quint32> visible;
        for (std::size_t i = 0; i < m_records.size(); ++i) {
            if (filter.matchesRecord(m_records[i]))
                visible.push_back(quint32(i));
        }
        applyFilterResult(generation, std::move(visible));
        return;
    }
    // Text needs payloads: a worker scans the capture, committed up to now, with its own
    // connection and returns the matching sequences; rows are picked here from those.
    if (m_beforeScan)
        m_beforeScan();
    const QString path = m_capturePath;
    const qint64 scannedUpTo = path.isEmpty() ? 0 : m_nextSequence - 1;
    QPointer<FrameLogModel> self(this);
    QThreadPool::globalInstance()->start(
            [self, generation, filter, path, scannedUpTo, decoding = m_decoding, current = m_currentFilter] {
                const std::vector<qint64> matching =
                        sequencesMatching(path, filter, decoding, [&] { return current->load() == generation; });
                QMetaObject::invokeMethod(
                        QCoreApplication::instance(),
                        [self, generation, scannedUpTo, matching = std::move(matching)] {
                            if (self)
                                self->applyTextMatches(generation, scannedUpTo, matching);
                        },
                        Qt::QueuedConnection);
            });
}

// Rows the worker scanned match by its result; rows that arrived since, by the recent cache.
void FrameLogModel::applyTextMatches(quint64 generation, qint64 scannedUpTo, const std::vector<qint64> &matching)
{
    if (generation != m_filterGeneration)
        return;
    const TextMatcher matcher(m_filter, &m_decoding);
    std::vector<quint32> visible;
    for (std::size_t i = 0; i < m_records.size(); ++i) {
        const LogRecord &r = m_records[i];
        if (!m_filter.matchesRecord(r))
            continue;
        const bool hit = r.sequence <= scannedUpTo
                ? std::binary_search(matching.begin(), matching.end(), r.sequence)
                : r.sequence >= m_recentFirst && matcher.matches(m_recent[std::size_t(r.sequence - m_recentFirst)]);
        if (hit)
            visible.push_back(quint32(i));
    }
    applyFilterResult(generation, std::move(visible));
}

void FrameLogModel::applyFilterResult(quint64 generation, std::vector<quint32> visible)
{
    if (generation != m_filterGeneration)
        return; // a newer filter superseded this one
    beginResetModel();
    m_filtered = !m_filter.isEmpty();
    m_visible = std::move(visible);
    m_appliedGeneration = generation;
    endResetModel();
    Q_EMIT filterFinished();
}

int FrameLogModel::find(int from, const QString &text, bool regex, bool backwards) const
{
    LogFilter criterion;
    criterion.text = text;
    criterion.regex = regex;
    const TextMatcher matcher(criterion);
    const int step = backwards ? -1 : 1;
    for (int row = from + step; row >= 0 && row < rowCount(); row += step) {
        const auto e = event(row);
        if (e && matcher.matches(*e))
            return row;
    }
    return -1;
}

} // namespace Sockscope
