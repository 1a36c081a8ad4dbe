// SPDX-License-Identifier: GPL-3.0-or-later
#include "recentpayloads.h"

#include <QHashFunctions>

#include <cstring>

namespace Sockscope {

// Size and a sample of the bytes (start, middle, end): enough to tell payloads apart without
// hashing megabytes; find() compares the whole payload before trusting a match.
quint64 RecentPayloads::keyOf(const QByteArray &payload)
{
    constexpr qsizetype kSample = 16;
    const qsizetype size = payload.size();
    const char *bytes = payload.constData();
    size_t seed = qHash(size);
    for (const qsizetype at : {qsizetype(0), (size - kSample) / 2, size - kSample})
        seed = qHash(QByteArrayView(bytes + at, kSample), seed);
    return quint64(seed);
}

void RecentPayloads::remember(qint64 frameId, const QByteArray &payload)
{
    if (payload.size() < kMinBytes)
        return;
    const quint64 key = keyOf(payload);
    Entry &entry = m_byKey[key];
    m_bytes += payload.size() - entry.payload.size();
    entry = {frameId, payload};
    m_order.emplace_back(key, frameId);
    while (m_order.size() > kMaxEntries || m_bytes > kMaxBytes)
        forgetOldest();
}

void RecentPayloads::forgetOldest()
{
    const auto [key, frameId] = m_order.front();
    m_order.pop_front();
    const auto it = m_byKey.find(key);
    // A later frame with the same key replaced this one: the entry is the later frame's.
    if (it == m_byKey.end() || it->second.frameId != frameId)
        return;
    m_bytes -= it->second.payload.size();
    m_byKey.erase(it);
}

std::optional<qint64> RecentPayloads::find(const QByteArray &payload) const
{
    if (payload.size() < kMinBytes)
        return std::nullopt;
    const auto it = m_byKey.find(keyOf(payload));
    if (it == m_byKey.end() || it->second.payload.size() != payload.size())
        return std::nullopt;
    const Entry &entry = it->second;
    if (entry.payload.constData() != payload.constData()
        && std::memcmp(entry.payload.constData(), payload.constData(), std::size_t(payload.size())) != 0)
        return std::nullopt;
    return entry.frameId;
}

void RecentPayloads::clear()
{
    m_byKey.clear();
    m_order.clear();
    m_bytes = 0;
}

} // namespace Sockscope
