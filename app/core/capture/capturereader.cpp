// SPDX-License-Identifier: GPL-3.0-or-later
#include "capturereader.h"

#include "capturesalvage.h"
#include "salvagedcapturesource.h"
#include "sqlitecapturesource.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>

namespace Sockscope {

CaptureReader::CaptureReader() = default;

CaptureReader::~CaptureReader() = default;

bool CaptureReader::open(const QString &path)
{
    close();
    m_path = path;
    std::unique_ptr<SqliteCaptureSource> database = SqliteCaptureSource::open(path, &m_error);
    if (!database)
        return false;
    m_version = database->schemaVersion();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = tr("cannot read capture %1: %2").arg(path, file.errorString());
        return false;
    }
    // SQLite moves interior pages to the end of the file as tables grow, so a cut file loses
    // the b-tree paths to rows that are still on disk: read its pages one by one instead. A
    // file shorter than its header says is not cut when its write-ahead log holds the rest: a
    // checkpoint that ran out of disk wrote the header first (SQLite reads the pages from the log).
    const bool logHoldsPages = QFileInfo(path + QStringLiteral("-wal")).size() > 0;
    if (!logHoldsPages && CaptureSalvage::isTruncated(file.read(CaptureSalvage::kFileHeaderSize), file.size()))
        m_source = std::make_unique<SalvagedCaptureSource>(file);
    else
        m_source = std::move(database);
    return true;
}

void CaptureReader::close()
{
    m_source.reset();
    m_version = 0;
}

QString CaptureReader::damageReport() const
{
    const CaptureDamage damage = m_source ? m_source->damage() : CaptureDamage{};
    if (damage.isEmpty())
        return {};
    return tr("capture %1 is damaged: %n row(s) could not be read (first: %2); every intact row was recovered", nullptr,
              int(damage.unreadable))
            .arg(m_path, damage.first);
}

QList<ConnectionInfo> CaptureReader::connections()
{
    return m_source ? m_source->connections() : QList<ConnectionInfo>();
}

QByteArray CaptureReader::payload(qint64 frameId, bool inflated)
{
    return m_source ? m_source->payload(frameId, inflated) : QByteArray();
}

bool CaptureReader::readLogIndex(std::vector<LogRecord> &out, const std::function<bool(qint64)> &keepGoing)
{
    if (!m_source)
        return false;
    qint64 count = 0;
    return m_source->readLogIndex([&](const LogRecord &record) {
        out.push_back(record);
        return !keepGoing || ++count % kProgressInterval != 0 || keepGoing(count);
    });
}

std::optional<Event> CaptureReader::event(qint64 sequence)
{
    return m_source ? m_source->event(sequence) : std::nullopt;
}

std::vector<qint64> CaptureReader::sequencesContaining(const QString &text)
{
    return m_source ? m_source->sequencesContaining(text) : std::vector<qint64>();
}

QList<RecordedDecoderChoice> CaptureReader::decoderChoices()
{
    return m_source ? m_source->decoderChoices() : QList<RecordedDecoderChoice>();
}

bool CaptureReader::readEvents(const std::function<bool(const Event &)> &sink)
{
    if (!m_source)
        return false;
    // The set-up timings and a proxy's pairs are stored with the connections; an Opened event
    // carries the timings, an upstream leg's Connecting event the client leg it serves.
    QHash<quint64, ConnectionTimings> timings;
    QHash<quint64, quint64> clientLegOf;
    for (const ConnectionInfo &c : m_source->connections()) {
        timings.insert(c.id, c.timings);
        if (c.pairedId)
            clientLegOf.insert(c.id, c.pairedId);
    }
    return m_source->readEvents([&](const Event &event) {
        const bool pairedLeg = event.kind == Event::Kind::Connecting && clientLegOf.contains(event.connectionId);
        if (event.kind != Event::Kind::Opened && !pairedLeg && !m_transform)
            return sink(event);
        Event copy = event;
        if (copy.kind == Event::Kind::Opened)
            copy.timings = timings.value(event.connectionId);
        if (pairedLeg)
            copy.pairedId = clientLegOf.value(event.connectionId);
        if (m_transform)
            m_transform(copy);
        return sink(copy);
    });
}

} // namespace Sockscope
