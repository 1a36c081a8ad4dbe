// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionsview.h"

#include "connectionstatedelegate.h"

#include <QHeaderView>
#include <QMenu>
#include <QTimer>

#include <algorithm>

namespace Sockscope {

ConnectionsView::ConnectionsView(QWidget *parent) : QTreeView(parent)
{
    setContextMenuPolicy(Qt::CustomContextMenu);
    setItemDelegate(new ConnectionStateDelegate(this));
    setUniformRowHeights(true);
    // URLs share their scheme and host; the path and port at the end tell connections apart.
    setTextElideMode(Qt::ElideMiddle);
    setAlternatingRowColors(true);
    connect(this, &QWidget::customContextMenuRequested, this, &ConnectionsView::showContextMenu);
}

void ConnectionsView::setTreeModel(ConnectionTreeModel *model)
{
    setModel(model);
    header()->setSectionResizeMode(ConnectionTreeModel::NameColumn, QHeaderView::Stretch);
    header()->setStretchLastSection(false);
    // The state column is fixed and compact, so a growing state text never squeezes the name;
    // the counters take what their digits need (fitCounterColumns).
    const QFontMetrics metrics(font());
    header()->setSectionResizeMode(ConnectionTreeModel::StateColumn, QHeaderView::Fixed);
    header()->resizeSection(
            ConnectionTreeModel::StateColumn,
            std::max(metrics.horizontalAdvance(tr("connecting")), metrics.horizontalAdvance(tr("closed 1000")))
                    + 2 * metrics.averageCharWidth());
    for (int column = ConnectionTreeModel::FramesInColumn; column < ConnectionTreeModel::ColumnCount; ++column)
        header()->setSectionResizeMode(column, QHeaderView::Fixed);
    connect(model, &QAbstractItemModel::dataChanged, this, &ConnectionsView::scheduleCounterFit);
    connect(model, &QAbstractItemModel::modelReset, this, &ConnectionsView::scheduleCounterFit);
    fitCounterColumns();
    connect(model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent) { expand(parent); });
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { Q_EMIT currentConnectionChanged(currentConnection()); });
    connect(model, &QAbstractItemModel::dataChanged, this, &ConnectionsView::currentStateChanged);
    connect(model, &QAbstractItemModel::modelReset, this, &ConnectionsView::currentStateChanged);
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
    QMenu menu(this);
    fillContextMenu(menu, index);
    menu.exec(viewport()->mapToGlobal(position));
}

void ConnectionsView::fillContextMenu(QMenu &menu, const QModelIndex &index)
{
    const quint64 id = index.data(ConnectionTreeModel::ConnectionIdRole).toULongLong();
    const auto kind = ConnectionTreeModel::NodeKind(index.data(ConnectionTreeModel::NodeKindRole).toInt());
    const auto state = ConnectionTreeModel::State(index.data(ConnectionTreeModel::StateRole).toInt());
    menu.setToolTipsVisible(true);
    if (index.data(ConnectionTreeModel::RecordedRole).toBool()) {
        addRecordedActions(menu, id, kind);
        return;
    }
    if (kind == ConnectionTreeModel::NodeKind::Server) {
        menu.addAction(tr("Stop server"), this, [this, id] {
                Q_EMIT stopServerRequested(id);
            })->setEnabled(state == ConnectionTreeModel::State::Listening);
        return;
    }
    const bool open = state == ConnectionTreeModel::State::Open;
    if (kind == ConnectionTreeModel::NodeKind::Client) {
        menu.addAction(open ? tr("Reconnect") : tr("Connect"), this, [this, id] { Q_EMIT reconnectRequested(id); });
        menu.addAction(tr("Duplicate"), this, [this, id] { Q_EMIT duplicateRequested(id); });
    }
    addReplayActions(menu, id);
    menu.addAction(tr("Disconnect"), this, [this, id] { Q_EMIT disconnectRequested(id); })->setEnabled(open);
    menu.addAction(tr("Close with code…"), this, [this, id] { Q_EMIT closeWithCodeRequested(id); })->setEnabled(open);
}

// A recorded connection cannot be driven; it can be opened again as a new live connection.
void ConnectionsView::addRecordedActions(QMenu &menu, quint64 id, ConnectionTreeModel::NodeKind kind)
{
    if (kind == ConnectionTreeModel::NodeKind::Client) {
        menu.addAction(tr("Connect again (new live connection)"), this, [this, id] {
                Q_EMIT duplicateRequested(id);
            })->setToolTip(tr("Opens a new live connection with the recorded URL"));
    }
    if (kind != ConnectionTreeModel::NodeKind::Server)
        addReplayActions(menu, id);
    const QString why = tr("This connection was read from the opened capture; it is not live");
    for (const QString &text : {tr("Disconnect"), tr("Close with code…")}) {
        QAction *action = menu.addAction(text);
        action->setEnabled(false);
        action->setToolTip(why);
    }
}

// Both work on what the connection recorded so far, live or from the opened capture.
void ConnectionsView::addReplayActions(QMenu &menu, quint64 id)
{
    menu.addAction(tr("Replay…"), this, [this, id] { Q_EMIT replayRequested(id); })
            ->setToolTip(tr("Sends this connection's recorded client messages to a server again and compares its "
                            "answers with the recorded ones"));
    menu.addAction(tr("Serve as mock server…"), this, [this, id] { Q_EMIT serveAsMockServerRequested(id); })
            ->setToolTip(tr("Starts a local server that answers each client with this connection's recorded server "
                            "messages"));
}

void ConnectionsView::scheduleCounterFit()
{
    if (std::exchange(m_counterFitPending, true))
        return;
    QTimer::singleShot(0, this, [this] {
        m_counterFitPending = false;
        fitCounterColumns();
    });
}

// The counter columns as wide as their widest text, from the model's peaks: counts only grow,
// so the largest number is the widest, and a byte count may read wider in a smaller unit
// ("1023.9 KiB" beside "1.2 MiB"). Sized to contents by the header instead, every refresh
// measured every row again: with 1 000 live peers the window froze for seconds.
void ConnectionsView::fitCounterColumns()
{
    const auto *tree = qobject_cast<const ConnectionTreeModel *>(model());
    if (!tree)
        return;
    const QFontMetrics metrics(font());
    for (int column = ConnectionTreeModel::FramesInColumn; column < ConnectionTreeModel::ColumnCount; ++column) {
        const quint64 peak = tree->counterPeak(column);
        int width = std::max(metrics.horizontalAdvance(tree->headerData(column, Qt::Horizontal).toString()),
                             metrics.horizontalAdvance(ConnectionTreeModel::counterText(column, peak)));
        for (quint64 unit = 1; column == ConnectionTreeModel::BytesColumn && unit <= peak && unit < (1ull << 60);
             unit *= 1024)
            width = std::max(width, metrics.horizontalAdvance(
                                            ConnectionTreeModel::counterText(column, unit * 1023 + unit * 9 / 10)));
        width += 2 * metrics.averageCharWidth();
        if (header()->sectionSize(column) != width)
            header()->resizeSection(column, width);
    }
}

} // namespace Sockscope
