// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messagediff.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Sockscope {

// A replay diff written out (CAP-4): as the lines `sockscope replay --diff` prints and the diff
// view exports as text, or as the JSON document the view exports (docs/replay-diff.md).
class DiffReport
{
    Q_DECLARE_TR_FUNCTIONS(Sockscope::DiffReport)

public:
    DiffReport(const MessageDiff &diff, const QList<RecordedMessage> &recorded, const QList<RecordedMessage> &replayed,
               const QStringList &ignorePatterns = {});

    // One line per aligned message, then the counts.
    QStringList lines() const;
    QString summary() const;
    QByteArray toJson() const;

private:
    QString line(const MessageDiff::Entry &entry) const;

    const MessageDiff &m_diff;
    const QList<RecordedMessage> &m_recorded;
    const QList<RecordedMessage> &m_replayed;
    QStringList m_ignorePatterns;
};

// Kind names as the JSON export and the CLI's machine-readable output spell them.
QString diffKindName(MessageDiff::Entry::Kind kind);

} // namespace Sockscope
