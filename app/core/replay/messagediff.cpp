// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagediff.h"

#include <vector>

namespace Sockscope {

MessageDiff::MessageDiff(const QList<RecordedMessage> &recorded, const QList<RecordedMessage> &replayed,
                         const QList<QRegularExpression> &ignore)
    : m_ignore(ignore)
{
    const qsizetype n = recorded.size();
    const qsizetype m = replayed.size();
    QList<QByteArray> a, b;
    for (const RecordedMessage &r : recorded)
        a.append(normalized(r));
    for (const RecordedMessage &r : replayed)
        b.append(normalized(r));

    // Longest common subsequence table, filled from the end.
    std::vector<std::vector<int>> lcs(std::size_t(n + 1), std::vector<int>(std::size_t(m + 1), 0));
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j) {
            lcs[i][j] = a[i] == b[j] && recorded[i].opcode == replayed[j].opcode
                    ? lcs[i + 1][j + 1] + 1
                    : std::max(lcs[i + 1][j], lcs[i][j + 1]);
        }
    }
    // Walk it; unmatched messages between two matches pair up as "changed".
    qsizetype i = 0, j = 0;
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
    while (i < n || j < m) {
        if (i < n && j < m && a[i] == b[j] && recorded[i].opcode == replayed[j].opcode) {
            flushGap();
            m_entries.append({Entry::Kind::Same, int(i++), int(j++)});
        } else if (j >= m || (i < n && lcs[i + 1][j] >= lcs[i][j + 1])) {
            gapRecorded.append(int(i++));
        } else {
            gapReplayed.append(int(j++));
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
