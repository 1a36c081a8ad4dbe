// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "frameheader.h"

#include <cstddef>
#include <cstdint>

namespace Sockscope {

// XORs data with the mask key in place; `phase` is the offset of data[0] within the payload,
// so a payload can be unmasked in pieces.
void applyMask(std::uint8_t *data, std::size_t size, MaskKey key, std::size_t phase = 0);

// Copies and masks in one pass: dst[i] = src[i] ^ key[(phase + i) % 4].
void copyMasked(std::uint8_t *dst, const std::uint8_t *src, std::size_t size, MaskKey key, std::size_t phase = 0);

} // namespace Sockscope
