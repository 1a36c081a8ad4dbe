// SPDX-License-Identifier: GPL-3.0-or-later
#include "framelogview.h"

#include "framelogdelegate.h"
#include "models/framelogmodel.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QScrollBar>

namespace Sockscope {

FrameLogView::FrameLogView(QWidget *parent) : QTableView(parent)
{
    setItemDelegate(new FrameLogDelegate(this));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setShowGrid(false);
    setWordWrap(false);
    setAlternatingRowColors(true);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    // Fixed heights: a million rows must not be measured.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 4);
    verticalHeader()->hide();
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setStretchLastSection(true);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &FrameLogView::onScrolled);
}

void FrameLogView::setLogModel(FrameLogModel *model)
{
    setModel(model);
    const int digit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    horizontalHeader()->resizeSection(FrameLogModel::TimeColumn, digit * 17);
    horizontalHeader()->resizeSection(FrameLogModel::RelativeTimeColumn, digit * 12);
    horizontalHeader()->resizeSection(FrameLogModel::ConnectionColumn, digit * 6);
    horizontalHeader()->resizeSection(FrameLogModel::DirectionColumn, digit * 5);
    horizontalHeader()->resizeSection(FrameLogModel::TypeColumn, digit * 18);
    horizontalHeader()->resizeSection(FrameLogModel::FlagsColumn, digit * 10);
    horizontalHeader()->resizeSection(FrameLogModel::LengthColumn, digit * 9);
    horizontalHeader()->resizeSection(FrameLogModel::InflatedColumn, digit * 9);
    connect(model, &QAbstractItemModel::rowsInserted, this, &FrameLogView::onRowsInserted);
    connect(model, &QAbstractItemModel::modelReset, this, &FrameLogView::onRowsInserted);
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { Q_EMIT currentRowChanged(current.isValid() ? current.row() : -1); });
}

QString FrameLogView::selectedRowsText() const
{
    QModelIndexList rows = selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList lines;
    for (const QModelIndex &row : std::as_const(rows)) {
        QStringList cells;
        for (int column = 0; column < model()->columnCount(); ++column)
            cells.append(model()->index(row.row(), column).data().toString());
        lines.append(cells.join(QLatin1Char('\t')));
    }
    return lines.join(QLatin1Char('\n'));
}

void FrameLogView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        QGuiApplication::clipboard()->setText(selectedRowsText());
        return;
    }
    QTableView::keyPressEvent(event);
}

void FrameLogView::setAutoscrollEnabled(bool enabled)
{
    m_autoscrollEnabled = enabled;
    if (enabled && !m_autoscrollPaused)
        scrollToBottom();
}

void FrameLogView::onScrolled(int value)
{
    if (m_scrollingProgrammatically)
        return;
    const bool atBottom = value >= verticalScrollBar()->maximum();
    if (m_autoscrollPaused == !atBottom)
        return;
    m_autoscrollPaused = !atBottom;
    Q_EMIT autoscrollPausedChanged(m_autoscrollPaused);
}

void FrameLogView::onRowsInserted()
{
    if (!m_autoscrollEnabled || m_autoscrollPaused)
        return;
    m_scrollingProgrammatically = true;
    scrollToBottom();
    m_scrollingProgrammatically = false;
}

} // namespace Sockscope
