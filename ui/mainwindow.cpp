// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "demosession.h"
#include "events/eventprinter.h"
#include "protocol/closecode.h"

#include <QApplication>
#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStatusBar>
#include <QTreeWidget>

namespace Sockscope {
namespace {

enum Column { TimeColumn, ConnectionColumn, DirectionColumn, KindColumn, FlagsColumn, LengthColumn, PreviewColumn };

QString hexDump(const QByteArray &bytes)
{
    QString out;
    for (qsizetype offset = 0; offset < bytes.size(); offset += 16) {
        const QByteArray line = bytes.mid(offset, 16);
        QString ascii;
        for (char c : line)
            ascii += (c >= 0x20 && c < 0x7F) ? QLatin1Char(c) : QLatin1Char('.');
        out += QStringLiteral("%1  %2  %3\n")
                       .arg(offset, 8, 16, QLatin1Char('0'))
                       .arg(QString::fromLatin1(line.toHex(' ')), -47)
                       .arg(ascii);
    }
    return out;
}

} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Sockscope"));
    resize(1100, 700);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Sockscope"), this, [this] {
        QMessageBox::about(this, tr("About Sockscope"),
                           tr("<b>Sockscope %1</b><p>A desktop WebSocket inspector.</p>"
                              "<p>Licensed under the GNU GPL, version 3 or later.</p>")
                                   .arg(QStringLiteral(SOCKSCOPE_VERSION)));
    });

    m_log = new QTreeWidget;
    m_log->setRootIsDecorated(false);
    m_log->setUniformRowHeights(true);
    m_log->setAlternatingRowColors(true);
    m_log->setHeaderLabels({tr("Time"), tr("Conn"), tr("Dir"), tr("Kind"), tr("FIN/RSV"), tr("Length"), tr("Preview")});
    m_log->header()->resizeSection(TimeColumn, 110);
    m_log->header()->resizeSection(ConnectionColumn, 50);
    m_log->header()->resizeSection(DirectionColumn, 40);
    m_log->header()->resizeSection(KindColumn, 130);
    m_log->header()->resizeSection(FlagsColumn, 70);
    m_log->header()->resizeSection(LengthColumn, 70);
    m_details = new QPlainTextEdit;
    m_details->setReadOnly(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_log);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    setCentralWidget(splitter);
    m_status = new QLabel;
    statusBar()->addWidget(m_status);
    connect(m_log, &QTreeWidget::currentItemChanged, this, &MainWindow::showDetails);
}

MainWindow::~MainWindow() = default;

void MainWindow::startDemo()
{
    m_demo = new DemoSession(this);
    connect(m_demo, &DemoSession::eventOccurred, this, &MainWindow::appendEvent);
    if (!m_demo->start())
        m_status->setText(tr("Demo server could not start: %1").arg(m_demo->errorString()));
}

int MainWindow::eventCount() const
{
    return int(m_events.size());
}

void MainWindow::appendEvent(const Event &event)
{
    m_events.append(event);
    auto *item = new QTreeWidgetItem;
    item->setText(TimeColumn, QDateTime::fromMSecsSinceEpoch(event.timestampNs / 1000000).toString(QStringLiteral("HH:mm:ss.zzz")));
    item->setText(ConnectionColumn, QString::number(event.connectionId));
    const bool incoming = event.direction == Direction::Incoming;
    item->setText(DirectionColumn, incoming ? QStringLiteral("←") : QStringLiteral("→"));
    if (event.kind == Event::Kind::Frame) {
        const FrameHeader &f = event.frame;
        item->setText(KindColumn, QString::fromLatin1(opcodeName(f.opcode)));
        item->setText(FlagsColumn, QStringLiteral("%1 %2%3%4").arg(f.fin ? 1 : 0).arg(f.rsv1 ? 1 : 0).arg(f.rsv2 ? 1 : 0).arg(f.rsv3 ? 1 : 0));
        item->setText(LengthColumn, QString::number(f.payloadLength));
        item->setText(PreviewColumn, QString::fromUtf8((event.compressed ? event.inflated : event.payload).left(200)));
        item->setForeground(DirectionColumn, incoming ? QColor(0x2e7d32) : QColor(0x1565c0));
    } else {
        item->setText(DirectionColumn, QString());
        item->setText(KindColumn, QString::fromLatin1(eventKindName(event.kind)));
        item->setText(PreviewColumn, EventPrinter::toText(event).section(QLatin1Char(' '), 2));
    }
    item->setData(TimeColumn, Qt::UserRole, int(m_events.size() - 1));
    m_log->addTopLevelItem(item);
    m_log->scrollToBottom();
    m_status->setText(tr("Events: %1").arg(m_events.size()));
}

void MainWindow::showDetails()
{
    const QTreeWidgetItem *item = m_log->currentItem();
    if (!item)
        return;
    const Event &event = m_events.at(item->data(TimeColumn, Qt::UserRole).toInt());
    QString text = EventPrinter::toText(event) + QStringLiteral("\n\n");
    if (event.kind == Event::Kind::Frame) {
        const FrameHeader &f = event.frame;
        text += tr("Header: %1\n\n").arg(QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(f.headerBytes.data()), f.headerSize).toHex(' ')));
        text += hexDump(event.payload);
    } else if (!event.raw.isEmpty()) {
        text += QString::fromUtf8(event.raw);
    }
    m_details->setPlainText(text);
}

} // namespace Sockscope
