// SPDX-License-Identifier: GPL-3.0-or-later
#include "sequencealign.h"

#include <vector>

namespace Sockscope {

namespace {

void alignByPosition(int from, int leftEnd, int rightEnd, const std::function<bool(int, int)> &equal,
                     QList<AlignStep> &steps)
{
    int left = from;
    int right = from;
    for (; left < leftEnd && right < rightEnd; ++left, ++right) {
        if (equal(left, right)) {
            steps.append({AlignStep::Kind::Same, left, right});
        } else {
            steps.append({AlignStep::Kind::LeftOnly, left, -1});
            steps.append({AlignStep::Kind::RightOnly, -1, right});
        }
    }
    for (; left < leftEnd; ++left)
        steps.append({AlignStep::Kind::LeftOnly, left, -1});
    for (; right < rightEnd; ++right)
        steps.append({AlignStep::Kind::RightOnly, -1, right});
}

// Classic LCS over left[l0, l1) and right[r0, r1): the table is filled from the end, then walked.
void alignByLcs(int l0, int l1, int r0, int r1, const std::function<bool(int, int)> &equal, QList<AlignStep> &steps)
{
    const int n = l1 - l0;
    const int m = r1 - r0;
    std::vector<int> lcs(std::size_t(n + 1) * std::size_t(m + 1), 0);
    auto at = [&lcs, m](int i, int j) -> int & { return lcs[std::size_t(i) * std::size_t(m + 1) + std::size_t(j)]; };
    for (int i = n - 1; i >= 0; --i) {
        for (int j = m - 1; j >= 0; --j)
            at(i, j) = equal(l0 + i, r0 + j) ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
    }
    int i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && equal(l0 + i, r0 + j)) {
            steps.append({AlignStep::Kind::Same, l0 + i++, r0 + j++});
        } else if (j >= m || (i < n && at(i + 1, j) >= at(i, j + 1))) {
            steps.append({AlignStep::Kind::LeftOnly, l0 + i++, -1});
        } else {
            steps.append({AlignStep::Kind::RightOnly, -1, r0 + j++});
        }
    }
}

} // namespace

QList<AlignStep> alignSequences(int leftCount, int rightCount, const std::function<bool(int, int)> &equal,
                                qsizetype maxCells)
{
    QList<AlignStep> steps;
    int prefix = 0;
    for (; prefix < leftCount && prefix < rightCount && equal(prefix, prefix); ++prefix)
        steps.append({AlignStep::Kind::Same, prefix, prefix});
    int leftEnd = leftCount;
    int rightEnd = rightCount;
    for (; leftEnd > prefix && rightEnd > prefix && equal(leftEnd - 1, rightEnd - 1); --leftEnd)
        --rightEnd;

    const qsizetype cells = qsizetype(leftEnd - prefix + 1) * qsizetype(rightEnd - prefix + 1);
    if (cells <= maxCells)
        alignByLcs(prefix, leftEnd, prefix, rightEnd, equal, steps);
    else
        alignByPosition(prefix, leftEnd, rightEnd, equal, steps);

    for (int k = 0; leftEnd + k < leftCount; ++k)
        steps.append({AlignStep::Kind::Same, leftEnd + k, rightEnd + k});
    return steps;
}

} // namespace Sockscope
