// SPDX-License-Identifier: GPL-3.0-or-later
#include "utf8validator.h"

#include <algorithm>
#include <array>
#include <cstring>

namespace Sockscope {
namespace {

// A shift-based DFA over the RFC 3629 grammar: each state is a 6-bit field offset, and the
// table row for a byte holds, in the field of every state, the offset of the state it moves
// to. One step is a load and a shift (`row >> state`), and the reject state (offset 0, all
// of whose fields lead back to 0) absorbs, so a run of bytes needs no check per byte.
enum State : std::uint8_t {
    Reject = 0,
    Accept = 6,
    Tail1 = 12,   // one continuation byte 80..BF to go
    Tail2 = 18,   // two
    Tail3 = 24,   // three
    AfterE0 = 30, // A0..BF next (no overlong 3-byte form)
    AfterED = 36, // 80..9F next (no surrogates)
    AfterF0 = 42, // 90..BF next (no overlong 4-byte form)
    AfterF4 = 48, // 80..8F next (nothing above U+10FFFF)
    Resync = 54,  // like Accept, but skips continuation bytes: for guessing a lane's start state
};

constexpr bool isContinuation(unsigned byte)
{
    return byte >= 0x80 && byte <= 0xBF;
}

constexpr State afterLead(unsigned byte)
{
    if (byte < 0x80)
        return Accept;
    if (byte >= 0xC2 && byte <= 0xDF)
        return Tail1;
    if (byte == 0xE0)
        return AfterE0;
    if (byte == 0xED)
        return AfterED;
    if (byte >= 0xE1 && byte <= 0xEF)
        return Tail2;
    if (byte == 0xF0)
        return AfterF0;
    if (byte >= 0xF1 && byte <= 0xF3)
        return Tail3;
    return byte == 0xF4 ? AfterF4 : Reject;
}

constexpr State nextState(State state, unsigned byte)
{
    const bool tail = isContinuation(byte);
    switch (state) {
    case Accept:
        return afterLead(byte);
    case Resync:
        return tail ? Resync : afterLead(byte);
    case Tail1:
        return tail ? Accept : Reject;
    case Tail2:
        return tail ? Tail1 : Reject;
    case Tail3:
        return tail ? Tail2 : Reject;
    case AfterE0:
        return byte >= 0xA0 && byte <= 0xBF ? Tail1 : Reject;
    case AfterED:
        return byte >= 0x80 && byte <= 0x9F ? Tail1 : Reject;
    case AfterF0:
        return byte >= 0x90 && byte <= 0xBF ? Tail2 : Reject;
    case AfterF4:
        return byte >= 0x80 && byte <= 0x8F ? Tail2 : Reject;
    case Reject:
        break;
    }
    return Reject;
}

constexpr std::array<std::uint64_t, 256> buildTable()
{
    constexpr State states[] = {Accept, Tail1, Tail2, Tail3, AfterE0, AfterED, AfterF0, AfterF4, Resync};
    std::array<std::uint64_t, 256> table{};
    for (unsigned byte = 0; byte < 256; ++byte) {
        for (const State state : states)
            table[byte] |= std::uint64_t(nextState(state, byte)) << state;
    }
    return table;
}

constexpr std::array<std::uint64_t, 256> kTable = buildTable();

// Only the low 6 bits of `state` count: x86 and ARM shifts ignore the rest, so they are
// never masked off inside a run.
inline std::uint64_t step(std::uint64_t state, std::uint8_t byte)
{
    return kTable[byte] >> (state & 63);
}

std::uint64_t runBytes(std::uint64_t state, const std::uint8_t *p, std::size_t n)
{
    for (std::size_t i = 0; i < n; ++i)
        state = step(state, p[i]);
    return state;
}

std::uint64_t word(const std::uint8_t *p)
{
    std::uint64_t w;
    std::memcpy(&w, p, sizeof w);
    return w;
}

constexpr std::uint64_t kHighBits = 0x8080808080808080ull;

const std::uint8_t *skipAscii(const std::uint8_t *p, const std::uint8_t *end)
{
    while (end - p >= 64) {
        const std::uint64_t any = word(p) | word(p + 8) | word(p + 16) | word(p + 24) | word(p + 32) | word(p + 40)
                | word(p + 48) | word(p + 56);
        if (any & kHighBits)
            break;
        p += 64;
    }
    while (end - p >= 8 && !(word(p) & kHighBits))
        p += 8;
    return p;
}

// A DFA is limited by the chain that carries its state from byte to byte, so a block runs as
// four lanes at once. UTF-8 resynchronises within 3 bytes: in valid text, the state at a lane's
// start follows from the 3 bytes before it (Resync skips continuation bytes until a lead).
// Each lane must end in the state the next one guessed; otherwise the text is invalid.
constexpr std::size_t kLane = 16;
constexpr std::size_t kBlock = 4 * kLane;

std::uint64_t guessedState(const std::uint8_t *lane)
{
    const std::uint64_t state = step(step(step(Resync, lane[-3]), lane[-2]), lane[-1]) & 63;
    return state == Resync ? std::uint64_t(Accept) : state;
}

std::uint64_t runLane(std::uint64_t state, const std::uint8_t *p)
{
#pragma GCC unroll 16
    for (std::size_t i = 0; i < kLane; ++i)
        state = step(state, p[i]);
    return state;
}

// The state after the block, or Reject when the lanes disagree.
std::uint64_t runBlock(std::uint64_t state, const std::uint8_t *p)
{
    const std::uint64_t start1 = guessedState(p + kLane);
    const std::uint64_t start2 = guessedState(p + 2 * kLane);
    const std::uint64_t start3 = guessedState(p + 3 * kLane);
    const std::uint64_t end0 = runLane(state, p) & 63;
    const std::uint64_t end1 = runLane(start1, p + kLane) & 63;
    const std::uint64_t end2 = runLane(start2, p + 2 * kLane) & 63;
    const std::uint64_t end3 = runLane(start3, p + 3 * kLane) & 63;
    const bool agree = (end0 == start1) & (end1 == start2) & (end2 == start3);
    return agree ? end3 : std::uint64_t(Reject);
}

} // namespace

bool Utf8Validator::feed(std::span<const std::uint8_t> bytes)
{
    static_assert(kReject == Reject && kAccept == Accept);
    if (hasFailed())
        return false;
    const std::uint8_t *p = bytes.data();
    const std::uint8_t *const end = p + bytes.size();
    std::uint64_t state = m_state;
    while (true) {
        if (state == Accept)
            p = skipAscii(p, end);
        if (end - p < std::ptrdiff_t(kBlock))
            break;
        const std::uint64_t next = runBlock(state, p);
        if (next == Reject)
            return fail(bytes.data(), p, state);
        state = next;
        p += kBlock;
    }
    const std::uint64_t last = runBytes(state, p, std::size_t(end - p)) & 63;
    if (last == Reject)
        return fail(bytes.data(), p, state);
    m_state = std::uint8_t(last);
    m_fed += bytes.size();
    return true;
}

// The run from `from` is invalid: step through it a byte at a time to find the byte that did it.
bool Utf8Validator::fail(const std::uint8_t *begin, const std::uint8_t *from, std::uint64_t state)
{
    const std::uint8_t *p = from;
    for (state = step(state, *p); (state & 63) != Reject; state = step(state, *p))
        ++p;
    m_fed += std::uint64_t(p - begin);
    m_state = kReject;
    return false;
}

bool Utf8Validator::isValid(std::span<const std::uint8_t> bytes)
{
    Utf8Validator validator;
    return validator.feed(bytes) && validator.isComplete();
}

} // namespace Sockscope
