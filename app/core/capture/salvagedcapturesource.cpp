// SPDX-License-Identifier: GPL-3.0-or-later
#include "salvagedcapturesource.h"

#include <QFile>

namespace Sockscope {

SalvagedCaptureSource::SalvagedCaptureSource(QFile &file)
{
    const uchar *mapped = file.map(0, file.size());
    const QByteArray contents = mapped ? QByteArray::fromRawData(reinterpret_cast<const char *>(mapped), file.size())
                                       : (file.seek(0), file.readAll());
    // The scan copies what it keeps, so the rows outlive the mapping.
    m_rows = CaptureSalvage::scan(contents);
    if (mapped)
        file.unmap(const_cast<uchar *>(mapped));
    m_damage = {qMax<qint64>(1, m_rows.unreadablePages),
                tr("the file is cut short; its %1 remaining pages were read one by one, %2 of them unreadable")
                        .arg(m_rows.pagesTotal)
                        .arg(m_rows.unreadablePages)};
    if (m_rows.lostPayloadSources > 0)
        m_damage.add({m_rows.lostPayloadSources,
                      tr("%n frame(s) lost the payload they shared with a frame on an unreadable page", nullptr,
                         int(m_rows.lostPayloadSources))});
}

QList<ConnectionInfo> SalvagedCaptureSource::connections()
{
    QList<ConnectionInfo> result;
    for (const auto &[id, connection] : m_rows.connections)
        result.append(connection);
    return result;
}

QByteArray SalvagedCaptureSource::payload(qint64 frameId, bool inflated)
{
    const auto it = m_rows.events.find(frameId);
    if (it == m_rows.events.end())
        return {};
    return inflated ? it->second.inflated : it->second.payload;
}

bool SalvagedCaptureSource::readLogIndex(const RecordSink &sink)
{
    for (const auto &[id, event] : m_rows.events) {
        if (!sink(LogRecord::fromEvent(event, id)))
            return false;
    }
    return true;
}

std::optional<Event> SalvagedCaptureSource::event(qint64 sequence)
{
    const auto it = m_rows.events.find(sequence);
    if (it == m_rows.events.end())
        return std::nullopt;
    return it->second;
}

std::vector<qint64> SalvagedCaptureSource::sequencesContaining(const QString &text)
{
    auto contains = [&text](const QString &haystack) { return haystack.contains(text, Qt::CaseInsensitive); };
    std::vector<qint64> found;
    for (const auto &[id, e] : m_rows.events) {
        const QByteArray &bytes = e.compressed ? e.inflated : e.payload;
        if (contains(QString::fromUtf8(bytes)) || contains(e.text) || contains(e.detail)
            || contains(QString::fromUtf8(e.raw)))
            found.push_back(id);
    }
    return found;
}

bool SalvagedCaptureSource::readEvents(const EventSink &sink)
{
    for (const auto &[id, event] : m_rows.events) {
        if (!sink(event))
            return false;
    }
    return true;
}

} // namespace Sockscope
