// SPDX-License-Identifier: GPL-3.0-or-later
#include "textdiff.h"

#include "sequencealign.h"

namespace Sockscope {

namespace {

// The units of a text as ranges: each line with its newline, or each character.
QList<TextRange> unitsOf(const QString &text, DiffUnit unit)
{
    QList<TextRange> units;
    if (unit == DiffUnit::Characters) {
        units.reserve(text.size());
        for (qsizetype i = 0; i < text.size(); ++i)
            units.append({i, 1});
        return units;
    }
    qsizetype start = 0;
    while (start < text.size()) {
        const qsizetype newline = text.indexOf(QLatin1Char('\n'), start);
        const qsizetype end = newline < 0 ? text.size() : newline + 1;
        units.append({start, end - start});
        start = end;
    }
    return units;
}

void appendMerged(QList<TextRange> &ranges, const TextRange &range)
{
    if (!ranges.isEmpty() && ranges.last().start + ranges.last().length == range.start)
        ranges.last().length += range.length;
    else
        ranges.append(range);
}

} // namespace

TextDifferences textDifferences(const QString &left, const QString &right, DiffUnit unit)
{
    const QList<TextRange> a = unitsOf(left, unit);
    const QList<TextRange> b = unitsOf(right, unit);
    // Lines compare without their newline, so a last line without one still matches.
    auto content = [](const QString &text, const TextRange &range) {
        QStringView view = QStringView(text).mid(range.start, range.length);
        return view.endsWith(QLatin1Char('\n')) ? view.chopped(1) : view;
    };
    const QList<AlignStep> steps = alignSequences(int(a.size()), int(b.size()), [&](int i, int j) {
        return content(left, a[i]) == content(right, b[j]);
    });
    TextDifferences differences;
    for (const AlignStep &step : steps) {
        if (step.kind == AlignStep::Kind::LeftOnly)
            appendMerged(differences.left, a[step.left]);
        else if (step.kind == AlignStep::Kind::RightOnly)
            appendMerged(differences.right, b[step.right]);
    }
    return differences;
}

} // namespace Sockscope
