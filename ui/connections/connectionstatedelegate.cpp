// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionstatedelegate.h"

#include "models/connectiontreemodel.h"

#include <QApplication>
#include <QStyle>

namespace Sockscope {

void ConnectionStateDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() != ConnectionTreeModel::NameColumn)
        return;
    QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxQuestion;
    switch (ConnectionTreeModel::State(index.data(ConnectionTreeModel::StateRole).toInt())) {
    case ConnectionTreeModel::State::Connecting:
        pixmap = QStyle::SP_BrowserReload;
        break;
    case ConnectionTreeModel::State::Open:
        pixmap = QStyle::SP_DialogApplyButton;
        break;
    case ConnectionTreeModel::State::Closed:
        pixmap = QStyle::SP_MediaStop;
        break;
    case ConnectionTreeModel::State::Failed:
        pixmap = QStyle::SP_MessageBoxCritical;
        break;
    case ConnectionTreeModel::State::Listening:
        pixmap = QStyle::SP_DriveNetIcon;
        break;
    case ConnectionTreeModel::State::Stopped:
        pixmap = QStyle::SP_MediaStop;
        break;
    case ConnectionTreeModel::State::Ended:
        pixmap = QStyle::SP_MediaPause;
        break;
    }
    const QStyle *style = option->widget ? option->widget->style() : QApplication::style();
    option->icon = style->standardIcon(pixmap, option, option->widget);
    option->features |= QStyleOptionViewItem::HasDecoration;
}

} // namespace Sockscope
