// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <deque>
#include <optional>
#include <unordered_map>

namespace Sockscope {

// The payloads of the frames a recorder received last, so that a frame it then sends with the
// same bytes (an echo, a message a proxy relays to the other leg) is recorded as a reference to
// the received copy instead of a second copy (frames.payload_from, capture format version 3).
// Holds shared references, never copies, and forgets the oldest beyond kMaxEntries or
// kMaxBytes. Below kMinBytes a reference saves too little to be worth looking up.
class RecentPayloads
{
public:
    static constexpr qsizetype kMinBytes = 128;
    static constexpr std::size_t kMaxEntries = 4096;
    static constexpr qsizetype kMaxBytes = 32 << 20;

    void remember(qint64 frameId, const QByteArray &payload);
    // The id of a remembered frame whose payload has exactly these bytes.
    std::optional<qint64> find(const QByteArray &payload) const;
    void clear();

private:
    struct Entry
    {
        qint64 frameId;
        QByteArray payload;
    };
    static quint64 keyOf(const QByteArray &payload);
    void forgetOldest();

    std::unordered_map<quint64, Entry> m_byKey;
    std::deque<std::pair<quint64, qint64>> m_order; // key and frame id, oldest first
    qsizetype m_bytes = 0;
};

} // namespace Sockscope
