// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capturesalvage.h"
#include "capturesource.h"

#include <QCoreApplication>

class QFile;

namespace Sockscope {

// A capture read without SQLite's b-tree: every table-leaf page still in the file is decoded
// (CaptureSalvage), so a file that was cut short still gives every row it holds. All rows are
// in memory once constructed; damage() always reports the file as cut short.
class SalvagedCaptureSource final : public CaptureSource
{
    Q_DECLARE_TR_FUNCTIONS(Sockscope::SalvagedCaptureSource)

public:
    // `file` is open for reading; it is mapped (or read) for the scan and not kept.
    explicit SalvagedCaptureSource(QFile &file);

    QList<ConnectionInfo> connections() override;
    QByteArray payload(qint64 frameId, bool inflated) override;
    bool readLogIndex(const RecordSink &sink) override;
    std::optional<Event> event(qint64 sequence) override;
    std::vector<qint64> sequencesContaining(const QString &text) override;
    bool readEvents(const EventSink &sink) override;
    CaptureDamage damage() const override { return m_damage; }

private:
    CaptureSalvage::Result m_rows;
    CaptureDamage m_damage;
};

} // namespace Sockscope
