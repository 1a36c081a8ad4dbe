// SPDX-License-Identifier: GPL-3.0-or-later
#include "mask.h"

#include <cstring>

namespace Sockscope {
namespace {

// The key repeated over 8 bytes, rotated so that byte 0 of the word lines up with `phase`.
std::uint64_t wideKey(MaskKey key, std::size_t phase)
{
    std::uint8_t bytes[8];
    for (std::size_t i = 0; i < 8; ++i)
        bytes[i] = key[(phase + i) & 3];
    std::uint64_t wide;
    std::memcpy(&wide, bytes, sizeof wide);
    return wide;
}

} // namespace

// A byte loop runs at ~1.8 GB/s because GCC does not vectorise it; 64-bit words over
// 32-byte blocks let the compiler emit SIMD and reach memory speed.
void copyMasked(std::uint8_t *dst, const std::uint8_t *src, std::size_t size, MaskKey key, std::size_t phase)
{
    const std::uint64_t k = wideKey(key, phase);
    std::size_t i = 0;
    for (; i + 32 <= size; i += 32) {
        std::uint64_t w[4];
        std::memcpy(w, src + i, sizeof w);
        w[0] ^= k;
        w[1] ^= k;
        w[2] ^= k;
        w[3] ^= k;
        std::memcpy(dst + i, w, sizeof w);
    }
    for (; i + 8 <= size; i += 8) {
        std::uint64_t w;
        std::memcpy(&w, src + i, sizeof w);
        w ^= k;
        std::memcpy(dst + i, &w, sizeof w);
    }
    for (; i < size; ++i)
        dst[i] = src[i] ^ key[(phase + i) & 3];
}

void applyMask(std::uint8_t *data, std::size_t size, MaskKey key, std::size_t phase)
{
    copyMasked(data, data, size, key, phase);
}

} // namespace Sockscope
