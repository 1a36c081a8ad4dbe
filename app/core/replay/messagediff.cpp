// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagediff.h"

#include "sequencealign.h"

#include <algorithm>

namespace Sockscope {

MessageDiff::MessageDiff(const QList<RecordedMessage> &recorded, const QList<RecordedMessage> &replayed,
                         const QList<QRegularExpression> &ignore)
    : m_ignore(ignore)
{
    QList<QByteArray> a, b;
    for (const RecordedMessage &r : recorded)
        a.append(normalized(r));
    for (const RecordedMessage &r : replayed)
        b.append(normalized(r));
    const QList<AlignStep> steps = alignSequences(int(a.size()), int(b.size()), [&](int i, int j) {
        return a[i] == b[j] && recorded[i].opcode == replayed[j].opcode;
    });

    // Unmatched messages between two matches pair up as "changed".
    QList<int> gapRecorded, gapReplayed;
    auto flushGap = [&] {
        const qsizetype paired = std::min(gapRecorded.size(), gapReplayed.size());
        for (qsizetype k = 0; k < paired; ++k)
            m_entries.append({Entry::Kind::Changed, gapRecorded[k], gapReplayed[k]});
        for (qsizetype k = paired; k < gapRecorded.size(); ++k)
            m_entries.append({Entry::Kind::Missing, gapRecorded[k], -1});
        for (qsizetype k = paired; k < gapReplayed.size(); ++k)
            m_entries.append({Entry::Kind::Extra, -1, gapReplayed[k]});
        gapRecorded.clear();
        gapReplayed.clear();
    };
    for (const AlignStep &step : steps) {
        switch (step.kind) {
        case AlignStep::Kind::Same:
            flushGap();
            m_entries.append({Entry::Kind::Same, step.left, step.right});
            break;
        case AlignStep::Kind::LeftOnly:
            gapRecorded.append(step.left);
            break;
        case AlignStep::Kind::RightOnly:
            gapReplayed.append(step.right);
            break;
        }
    }
    flushGap();
}

QByteArray MessageDiff::normalized(const RecordedMessage &message) const
{
    if (m_ignore.isEmpty() || message.opcode != 1)
        return message.data;
    QString text = QString::fromUtf8(message.data);
    for (const QRegularExpression &pattern : m_ignore)
        text.replace(pattern, QStringLiteral("\u2026"));
    return text.toUtf8();
}

int MessageDiff::count(Entry::Kind kind) const
{
    return int(std::count_if(m_entries.begin(), m_entries.end(), [kind](const Entry &e) { return e.kind == kind; }));
}

} // namespace Sockscope
