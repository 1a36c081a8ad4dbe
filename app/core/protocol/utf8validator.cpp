// SPDX-License-Identifier: GPL-3.0-or-later
#include "utf8validator.h"

#include <cstring>

namespace Sockscope {

bool Utf8Validator::feed(std::span<const std::uint8_t> bytes)
{
    if (m_failed)
        return false;
    const std::uint8_t *p = bytes.data();
    const std::uint8_t *end = p + bytes.size();
    while (p < end) {
        if (m_pending == 0) {
            // Most text is ASCII: skip it 8 bytes at a time.
            while (end - p >= 8) {
                std::uint64_t word;
                std::memcpy(&word, p, 8);
                if (word & 0x8080808080808080ull)
                    break;
                p += 8;
            }
            if (p == end)
                break;
            const std::uint8_t lead = *p++;
            if (lead < 0x80)
                continue;
            m_low = 0x80;
            m_high = 0xBF;
            if (lead >= 0xC2 && lead <= 0xDF) {
                m_pending = 1;
            } else if (lead >= 0xE0 && lead <= 0xEF) {
                m_pending = 2;
                if (lead == 0xE0)
                    m_low = 0xA0; // overlong
                else if (lead == 0xED)
                    m_high = 0x9F; // surrogates
            } else if (lead >= 0xF0 && lead <= 0xF4) {
                m_pending = 3;
                if (lead == 0xF0)
                    m_low = 0x90; // overlong
                else if (lead == 0xF4)
                    m_high = 0x8F; // above U+10FFFF
            } else {
                m_failed = true;
                return false;
            }
        } else {
            const std::uint8_t byte = *p++;
            if (byte < m_low || byte > m_high) {
                m_failed = true;
                return false;
            }
            m_low = 0x80;
            m_high = 0xBF;
            --m_pending;
        }
    }
    return true;
}

bool Utf8Validator::isValid(std::span<const std::uint8_t> bytes)
{
    Utf8Validator validator;
    return validator.feed(bytes) && validator.isComplete();
}

} // namespace Sockscope
