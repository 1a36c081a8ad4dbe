// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "frameheader.h"

#include <cstddef>
#include <cstdint>

// The unmask implementations behind copyMasked(), each callable on its own so tests and
// benchmarks can run every path on any machine that has it.
namespace Sockscope::MaskPaths {

// 64-bit words; compilers turn them into SSE2 on x86-64.
void portable(std::uint8_t *dst, const std::uint8_t *src, std::size_t size, MaskKey key, std::size_t phase);

// 256-bit AVX2 registers; call only when avx2Available().
void avx2(std::uint8_t *dst, const std::uint8_t *src, std::size_t size, MaskKey key, std::size_t phase);

// Whether this CPU runs AVX2 (always false where there is no AVX2 path).
bool avx2Available();

} // namespace Sockscope::MaskPaths
