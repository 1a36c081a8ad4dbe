// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "conversation.h"

#include <QList>
#include <QRegularExpression>

namespace Sockscope {

// Compares the messages a server sent in a recording with what it sends on replay (CAP-4).
// Messages are aligned on their longest common subsequence, so one extra or missing message
// does not turn everything after it into "changed". Ignore patterns blank out volatile parts
// of text messages (timestamps, ids) before comparing.
class MessageDiff
{
public:
    struct Entry
    {
        enum class Kind { Same, Changed, Missing, Extra };
        Kind kind;
        int recordedIndex = -1; // into the recorded list, -1 for Extra
        int replayedIndex = -1; // into the replayed list, -1 for Missing
    };

    MessageDiff(const QList<RecordedMessage> &recorded, const QList<RecordedMessage> &replayed,
                const QList<QRegularExpression> &ignore = {});

    const QList<Entry> &entries() const { return m_entries; }
    int count(Entry::Kind kind) const;
    bool isSame() const { return count(Entry::Kind::Same) == m_entries.size(); }

private:
    QByteArray normalized(const RecordedMessage &message) const;

    QList<QRegularExpression> m_ignore;
    QList<Entry> m_entries;
};

} // namespace Sockscope
