// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <span>

namespace Sockscope {

// Incremental UTF-8 validator (RFC 3629): text messages arrive in fragments that may split
// a code point, and RFC 6455 wants invalid text rejected as soon as it is seen ("fail fast").
class Utf8Validator
{
public:
    // Returns false once the bytes seen so far can no longer be valid UTF-8.
    bool feed(std::span<const std::uint8_t> bytes);
    // True when everything fed so far ends on a code point boundary.
    bool isComplete() const { return !m_failed && m_pending == 0; }
    bool hasFailed() const { return m_failed; }
    void reset() { *this = {}; }

    static bool isValid(std::span<const std::uint8_t> bytes);

private:
    std::uint8_t m_pending = 0; // continuation bytes still expected
    std::uint8_t m_low = 0x80;  // allowed range for the next continuation byte
    std::uint8_t m_high = 0xBF;
    bool m_failed = false;
};

} // namespace Sockscope
