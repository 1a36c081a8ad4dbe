// SPDX-License-Identifier: GPL-3.0-or-later
#include "treetext.h"

#include "payloaddecoder.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace Sockscope {
namespace {

// The summary shows far less; a little more than that is kept so its cut marker is right.
constexpr qsizetype kMaxCompact = 400;
// Bytes shown as hex at most, so one huge byte string cannot fill the text alone.
constexpr qsizetype kMaxHexBytes = PayloadDecoder::kMaxOutput / 4;

} // namespace

void TreeText::open(const QString &opening, QChar closing, Kind kind)
{
    beginItem();
    append(opening, opening);
    m_levels.append({closing, kind});
}

void TreeText::close()
{
    if (m_levels.isEmpty())
        return;
    const Level level = m_levels.takeLast();
    const QString closing(level.closing);
    if (level.kind != Kind::Tag && level.items > 0)
        append(QLatin1Char('\n') + indentation() + closing, closing);
    else
        append(closing, closing);
}

void TreeText::scalar(const QString &text)
{
    beginItem();
    append(text, text);
}

// Writes what comes before an item: nothing at the top or in a tag, a separator and a new line
// before a map's key or an array's element, ": " between a key and its value.
void TreeText::beginItem()
{
    if (m_levels.isEmpty() || m_levels.last().kind == Kind::Tag)
        return;
    Level &level = m_levels.last();
    const bool isMapValue = level.kind == Kind::Map && level.items % 2 == 1;
    const bool first = level.items == 0;
    ++level.items;
    if (isMapValue) {
        append(QStringLiteral(": "), QStringLiteral(":"));
        return;
    }
    const QString comma = first ? QString() : QStringLiteral(",");
    append(comma + QLatin1Char('\n') + indentation(), comma);
}

void TreeText::append(const QString &indented, const QString &compact)
{
    if (m_compact.size() < kMaxCompact)
        m_compact += compact;
    if (m_textCut)
        return;
    if (m_text.size() + indented.size() > PayloadDecoder::kMaxOutput) {
        m_textCut = true;
        return;
    }
    m_text += indented;
}

// A tag's content sits where the tag does.
QString TreeText::indentation() const
{
    const auto nesting =
            std::count_if(m_levels.begin(), m_levels.end(), [](const Level &level) { return level.kind != Kind::Tag; });
    return QString(4 * nesting, QLatin1Char(' '));
}

QString TreeText::text() const
{
    return m_textCut ? m_text + QStringLiteral(" …") : m_text;
}

QString TreeText::quoted(const QString &text)
{
    QString result;
    result.reserve(text.size() + 2);
    result += QLatin1Char('"');
    for (const QChar c : text) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            result += QLatin1Char('\\') + QString(c);
        else if (c == QLatin1Char('\n'))
            result += QStringLiteral("\\n");
        else if (c.unicode() < 0x20)
            result += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            result += c;
    }
    return result + QLatin1Char('"');
}

QString TreeText::hexBytes(QByteArrayView bytes)
{
    const QByteArrayView shown = bytes.first(std::min(bytes.size(), kMaxHexBytes));
    const QString hex = QString::fromLatin1(shown.toByteArray().toHex());
    return QStringLiteral("h'") + hex + (shown.size() < bytes.size() ? QStringLiteral("…'") : QStringLiteral("'"));
}

QString TreeText::floatText(double value)
{
    if (std::isnan(value))
        return QStringLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("Infinity") : QStringLiteral("-Infinity");
    QString text = QString::number(value, 'g', QLocale::FloatingPointShortest);
    if (!text.contains(QLatin1Char('.')) && !text.contains(QLatin1Char('e')))
        text += QStringLiteral(".0");
    return text;
}

} // namespace Sockscope
