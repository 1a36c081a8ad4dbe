// SPDX-License-Identifier: GPL-3.0-or-later
#include "framelogdelegate.h"

#include "models/framelogmodel.h"

#include <QPalette>

namespace Sockscope {
namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

} // namespace

void FrameLogDelegate::setHighlight(const QString &text, bool regex)
{
    m_highlight = text.isEmpty() ? QRegularExpression()
                                 : QRegularExpression(regex ? text : QRegularExpression::escape(text),
                                                      QRegularExpression::CaseInsensitiveOption);
}

bool FrameLogDelegate::isHighlighted(const QModelIndex &index) const
{
    return index.column() == FrameLogModel::PreviewColumn && !m_highlight.pattern().isEmpty() && m_highlight.isValid()
            && index.data().toString().contains(m_highlight);
}

void FrameLogDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (isHighlighted(index))
        option->backgroundBrush =
                option->palette.color(QPalette::Highlight).lighter(isDark(option->palette) ? 80 : 170);
    const bool dark = isDark(option->palette);
    const auto kind = Event::Kind(index.data(FrameLogModel::KindRole).toInt());
    if (index.data(FrameLogModel::IsErrorRole).toBool()) {
        option->backgroundBrush = dark ? QColor(0x5c, 0x1f, 0x1f) : QColor(0xfd, 0xe2, 0xe2);
        option->palette.setColor(QPalette::Text, dark ? QColor(0xff, 0xb4, 0xb4) : QColor(0x9b, 0x1c, 0x1c));
        return;
    }
    if (kind != Event::Kind::Frame) {
        option->font.setItalic(true);
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
        return;
    }
    const bool incoming = Direction(index.data(FrameLogModel::DirectionRole).toInt()) == Direction::Incoming;
    QColor color = incoming ? (dark ? QColor(0x7e, 0xe0, 0x8f) : QColor(0x1b, 0x6e, 0x2a))
                            : (dark ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x17, 0x4e, 0xa6));
    if (index.data(FrameLogModel::IsControlRole).toBool()) {
        color.setAlphaF(0.75f);
        option->font.setItalic(true);
    }
    option->palette.setColor(QPalette::Text, color);
}

} // namespace Sockscope
