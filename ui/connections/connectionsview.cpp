// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionsview.h"

#include "connectionstatedelegate.h"

#include <QHeaderView>
#include <QMenu>

namespace Sockscope {

ConnectionsView::ConnectionsView(QWidget *parent) : QTreeView(parent)
{
    setContextMenuPolicy(Qt::CustomContextMenu);
    setItemDelegate(new ConnectionStateDelegate(this));
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    connect(this, &QWidget::customContextMenuRequested, this, &ConnectionsView::showContextMenu);
}

void ConnectionsView::setTreeModel(ConnectionTreeModel *model)
{
    setModel(model);
    header()->setSectionResizeMode(ConnectionTreeModel::NameColumn, QHeaderView::Stretch);
    header()->setStretchLastSection(false);
    for (int column = ConnectionTreeModel::StateColumn; column < ConnectionTreeModel::ColumnCount; ++column)
        header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    connect(model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent) { expand(parent); });
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { Q_EMIT currentConnectionChanged(currentConnection()); });
}

quint64 ConnectionsView::currentConnection() const
{
    return currentIndex().data(ConnectionTreeModel::ConnectionIdRole).toULongLong();
}

void ConnectionsView::showContextMenu(const QPoint &position)
{
    const QModelIndex index = indexAt(position);
    if (!index.isValid())
        return;
    const quint64 id = index.data(ConnectionTreeModel::ConnectionIdRole).toULongLong();
    const auto kind = ConnectionTreeModel::NodeKind(index.data(ConnectionTreeModel::NodeKindRole).toInt());
    const auto state = ConnectionTreeModel::State(index.data(ConnectionTreeModel::StateRole).toInt());
    QMenu menu(this);
    if (kind == ConnectionTreeModel::NodeKind::Server) {
        menu.addAction(tr("Stop server"), this, [this, id] { Q_EMIT stopServerRequested(id); })
                ->setEnabled(state == ConnectionTreeModel::State::Listening);
    } else {
        const bool open = state == ConnectionTreeModel::State::Open;
        if (kind == ConnectionTreeModel::NodeKind::Client) {
            menu.addAction(open ? tr("Reconnect") : tr("Connect"), this, [this, id] { Q_EMIT reconnectRequested(id); });
            menu.addAction(tr("Duplicate"), this, [this, id] { Q_EMIT duplicateRequested(id); });
        }
        menu.addAction(tr("Disconnect"), this, [this, id] { Q_EMIT disconnectRequested(id); })->setEnabled(open);
        menu.addAction(tr("Close with code…"), this, [this, id] { Q_EMIT closeWithCodeRequested(id); })->setEnabled(open);
    }
    menu.exec(viewport()->mapToGlobal(position));
}

} // namespace Sockscope
