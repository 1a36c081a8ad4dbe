// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRegularExpression>
#include <QStyledItemDelegate>

namespace Sockscope {

// Colours frame log rows from the model's semantic roles: received and sent frames in two
// hues derived from the palette (so dark themes work), control frames muted, errors marked.
class FrameLogDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // Preview cells matching `text` (a regular expression if `regex`) are highlighted; an empty
    // text or an invalid expression highlights nothing.
    void setHighlight(const QString &text, bool regex);
    bool isHighlighted(const QModelIndex &index) const;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    QRegularExpression m_highlight;
};

} // namespace Sockscope
