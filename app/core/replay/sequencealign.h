// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include <functional>

namespace Sockscope {

// One step of an alignment of two sequences: an element found in both, or in one only.
struct AlignStep
{
    enum class Kind { Same, LeftOnly, RightOnly };
    Kind kind;
    int left = -1;  // index into the left sequence, -1 for RightOnly
    int right = -1; // index into the right sequence, -1 for LeftOnly
};

// Aligns two sequences of `leftCount` and `rightCount` elements on their longest common
// subsequence, in order. The replay diff aligns messages with it, the diff view lines and
// characters. Common ends are matched first; when what is left in the middle would need a table
// of more than `maxCells` entries, the middle is compared position by position instead, so a
// hostile size never allocates what it claims.
QList<AlignStep> alignSequences(int leftCount, int rightCount, const std::function<bool(int, int)> &equal,
                                qsizetype maxCells = 4 * 1024 * 1024);

} // namespace Sockscope
