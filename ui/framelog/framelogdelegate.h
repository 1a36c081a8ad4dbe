// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Sockscope {

// Colours frame log rows from the model's semantic roles: received and sent frames in two
// hues derived from the palette (so dark themes work), control frames muted, errors marked.
class FrameLogDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace Sockscope
