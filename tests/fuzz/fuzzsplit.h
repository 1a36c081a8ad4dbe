// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace SockscopeFuzz {

// Piece sizes for feeding an input in chunks. Seeded with a hash of the input, so every
// mutation tries new cut points while a reproducer replays exactly the same ones.
class Splitter
{
public:
    Splitter(const std::uint8_t *data, std::size_t size)
    {
        std::uint64_t h = 0xcbf29ce484222325ull; // FNV-1a
        for (std::size_t i = 0; i < size; ++i)
            h = (h ^ data[i]) * 0x100000001b3ull;
        m_state = h;
    }

    // Mostly tiny pieces (they cut headers and UTF-8 sequences), sometimes large ones.
    std::size_t next(std::size_t remaining)
    {
        const std::uint64_t r = mix();
        std::size_t n;
        switch (r & 3) {
        case 0:
            n = 1;
            break;
        case 1:
            n = 1 + (r >> 8) % 16;
            break;
        case 2:
            n = 1 + (r >> 8) % 512;
            break;
        default:
            n = remaining;
            break;
        }
        return std::min(n, remaining);
    }

private:
    std::uint64_t mix() // splitmix64
    {
        std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ull);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
        return z ^ (z >> 31);
    }

    std::uint64_t m_state;
};

// An invariant of the code under test does not hold: report it as a crash.
[[noreturn]] inline void fail(const char *what)
{
    std::fprintf(stderr, "fuzz invariant violated: %s\n", what);
    std::abort();
}

inline void check(bool condition, const char *what)
{
    if (!condition)
        fail(what);
}

} // namespace SockscopeFuzz
