// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <span>

namespace Sockscope {

// Incremental UTF-8 validator (RFC 3629): text messages arrive in fragments and frames arrive
// in pieces that may split a code point, and RFC 6455 wants invalid text rejected as soon as
// it is seen ("fail fast"). ASCII is skipped a block at a time; everything else runs through
// a table-driven DFA whose state carries over from one feed() to the next.
class Utf8Validator
{
public:
    // Returns false once the bytes seen so far can no longer be valid UTF-8.
    bool feed(std::span<const std::uint8_t> bytes);
    // True when everything fed so far ends on a code point boundary.
    bool isComplete() const { return m_state == kAccept; }
    bool hasFailed() const { return m_state == kReject; }
    // After a failure: the offset of the offending byte, counted over everything fed.
    std::uint64_t errorOffset() const { return m_fed; }
    void reset() { *this = {}; }

    static bool isValid(std::span<const std::uint8_t> bytes);

private:
    // DFA states are the bit offsets of their entries in the transition table (utf8validator.cpp).
    static constexpr std::uint8_t kReject = 0;
    static constexpr std::uint8_t kAccept = 6;

    bool fail(const std::uint8_t *begin, const std::uint8_t *from, std::uint64_t state);

    std::uint64_t m_fed = 0; // bytes fed before the current call; the error offset once failed
    std::uint8_t m_state = kAccept;
};

} // namespace Sockscope
