// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Sockscope {

// A run of characters in a string, by QString index.
struct TextRange
{
    qsizetype start = 0;
    qsizetype length = 0;
    bool operator==(const TextRange &) const = default;
};

// What the diff view highlights on each side: the parts of the recorded text that the replayed
// one lacks (left) and the parts it adds (right).
struct TextDifferences
{
    QList<TextRange> left;
    QList<TextRange> right;
};

enum class DiffUnit { Lines, Characters };

// Aligns the two texts by lines (pretty-printed JSON, where each field has its line) or by
// characters (any other text) and returns the unmatched runs, adjacent runs merged.
TextDifferences textDifferences(const QString &left, const QString &right, DiffUnit unit);

} // namespace Sockscope
