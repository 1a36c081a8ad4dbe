// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/event.h"

#include <cstdint>

namespace Sockscope {

// The one packing of a frame's header bits and storage marks into 16 bits: the frame log's
// records and the capture's frames.flags column (docs/capture-format.md) use the same bits.
enum FrameFlag : std::uint16_t {
    FrameFin = 1 << 0,
    FrameRsv1 = 1 << 1,
    FrameRsv2 = 1 << 2,
    FrameRsv3 = 1 << 3,
    FrameMasked = 1 << 4,
    FrameCompressed = 1 << 5,  // belongs to a permessage-deflate message
    FrameSynthesized = 1 << 6, // imported from a format without wire headers (HAR): header rebuilt
    FrameEdited = 1 << 7,      // proxy: sent changed by a rule or the user
    FrameDropped = 1 << 8,     // proxy: the final frame of a message that was not forwarded
    FrameInjected = 1 << 9,    // proxy: sent on a leg by the user, not relayed from a peer
};

inline std::uint16_t frameFlagsOf(const Event &event)
{
    const FrameHeader &f = event.frame;
    return std::uint16_t((f.fin ? FrameFin : 0) | (f.rsv1 ? FrameRsv1 : 0) | (f.rsv2 ? FrameRsv2 : 0)
                         | (f.rsv3 ? FrameRsv3 : 0) | (f.masked ? FrameMasked : 0)
                         | (event.compressed ? FrameCompressed : 0) | (event.synthesized ? FrameSynthesized : 0)
                         | (event.edited ? FrameEdited : 0) | (event.dropped ? FrameDropped : 0)
                         | (event.injected ? FrameInjected : 0));
}

} // namespace Sockscope
