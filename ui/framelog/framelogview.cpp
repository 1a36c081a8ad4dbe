// SPDX-License-Identifier: GPL-3.0-or-later
#include "framelogview.h"

#include "capture/jsonlformat.h"
#include "framelogdelegate.h"
#include "models/framelogmodel.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QMenu>
#include <QScrollBar>

#include <algorithm>
#include <utility>

namespace Sockscope {

FrameLogView::FrameLogView(QWidget *parent) : QTableView(parent)
{
    m_delegate = new FrameLogDelegate(this);
    setItemDelegate(m_delegate);
    setContextMenuPolicy(Qt::CustomContextMenu);
    connect(this, &QWidget::customContextMenuRequested, this, &FrameLogView::showContextMenu);
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
    m_logModel = model;
    // Wide enough for the values in digits, and for the title in the user's language.
    const int digit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    const std::pair<int, int> digitsPerColumn[] = {
            {FrameLogModel::TimeColumn, 17},      {FrameLogModel::RelativeTimeColumn, 12},
            {FrameLogModel::ConnectionColumn, 6}, {FrameLogModel::DirectionColumn, 5},
            {FrameLogModel::TypeColumn, 18},      {FrameLogModel::FlagsColumn, 10},
            {FrameLogModel::LengthColumn, 9},     {FrameLogModel::InflatedColumn, 9}};
    for (const auto &[column, digits] : digitsPerColumn)
        horizontalHeader()->resizeSection(column,
                                          std::max(digit * digits, horizontalHeader()->sectionSizeHint(column)));
    connect(model, &QAbstractItemModel::rowsInserted, this, &FrameLogView::onRowsInserted);
    connect(model, &QAbstractItemModel::modelReset, this, &FrameLogView::onRowsInserted);
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { Q_EMIT currentRowChanged(current.isValid() ? current.row() : -1); });
}

QList<int> FrameLogView::selectedRowNumbers() const
{
    QList<int> rows;
    for (const QModelIndex &index : selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

QString FrameLogView::selectedRowsText() const
{
    return selectedRowsAs(CopyFormat::Text);
}

QString FrameLogView::selectedRowsAs(CopyFormat format) const
{
    QStringList lines;
    for (const int row : selectedRowNumbers()) {
        if (format == CopyFormat::Text) {
            QStringList cells;
            for (int column = 0; column < model()->columnCount(); ++column)
                cells.append(model()->index(row, column).data().toString());
            lines.append(cells.join(QLatin1Char('\t')));
            continue;
        }
        const std::optional<Event> event = m_logModel->event(row);
        if (!event)
            continue;
        const QByteArray &payload = event->compressed ? event->inflated : event->payload;
        if (format == CopyFormat::Hex)
            lines.append(QString::fromLatin1(payload.toHex(' ')));
        else if (format == CopyFormat::Base64)
            lines.append(QString::fromLatin1(payload.toBase64()));
        else
            lines.append(QString::fromUtf8(QJsonDocument(JsonlFormat::toJson(*event)).toJson(QJsonDocument::Compact)));
    }
    return lines.join(QLatin1Char('\n'));
}

void FrameLogView::setHighlight(const QString &text, bool regex)
{
    m_delegate->setHighlight(text, regex);
    viewport()->update();
}

void FrameLogView::showContextMenu(const QPoint &position)
{
    const QModelIndex index = indexAt(position);
    if (!index.isValid())
        return;
    QMenu menu(this);
    fillContextMenu(menu, index.row());
    menu.exec(viewport()->mapToGlobal(position));
}

void FrameLogView::fillContextMenu(QMenu &menu, int row)
{
    if (!selectionModel()->isRowSelected(row, {}))
        selectRow(row);
    const LogRecord record = m_logModel->record(row);
    auto copy = [this](CopyFormat format) { QGuiApplication::clipboard()->setText(selectedRowsAs(format)); };
    menu.addAction(tr("Copy as text"), QKeySequence::Copy, this, [copy] { copy(CopyFormat::Text); });
    menu.addAction(tr("Copy payload as hex"), this, [copy] { copy(CopyFormat::Hex); })->setEnabled(record.isFrame());
    menu.addAction(tr("Copy payload as base64"), this, [copy] {
            copy(CopyFormat::Base64);
        })->setEnabled(record.isFrame());
    menu.addAction(tr("Copy as JSON Lines"), this, [copy] { copy(CopyFormat::JsonLines); });
    menu.addSeparator();
    const bool dataFrame = record.isFrame() && !record.isControl();
    menu.addAction(tr("Resend in the composer"), this, [this, row] {
            if (const auto event = m_logModel->event(row)) {
                const auto opcode = event->frame.opcode == 0 ? Opcode::Text : Opcode(event->frame.opcode);
                Q_EMIT resendRequested(opcode, event->compressed ? event->inflated : event->payload);
            }
        })->setEnabled(dataFrame);
    menu.addSeparator();
    const quint32 connection = record.connectionId;
    menu.addAction(tr("Filter by connection #%1").arg(connection), this,
                   [this, connection] { Q_EMIT filterByConnectionRequested(connection); });
    if (record.isFrame()) {
        const int opcode = record.opcode;
        menu.addAction(tr("Filter by opcode %1 (%2)").arg(opcode).arg(QString::fromLatin1(opcodeName(record.opcode))),
                       this, [this, opcode] { Q_EMIT filterByOpcodeRequested(opcode); });
    }
    menu.addSeparator();
    menu.addAction(tr("Show in the hex view"), this, [this, row] {
            Q_EMIT showInHexRequested(row);
        })->setEnabled(record.isFrame());
    menu.addAction(tr("Show the handshake"), this, [this, connection] { Q_EMIT showHandshakeRequested(connection); });
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
    // Turning it on resumes a pause too: at the end of the log, onScrolled() ends the pause.
    if (enabled)
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
