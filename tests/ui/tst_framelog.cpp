// SPDX-License-Identifier: GPL-3.0-or-later
// The frame log as a user works it: right-click a row to copy, resend or narrow the log; find
// without filtering; a filter bar that keeps every control readable and does not jump.
#include "framelog/filterbar.h"
#include "framelog/framelogdelegate.h"
#include "framelog/framelogview.h"
#include "hexview/framebytesview.h"
#include "hexview/hexview.h"
#include "models/framelogmodel.h"
#include "protocol/frameencoder.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>

using namespace Sockscope;

namespace {

Event frame(quint64 connection, std::uint8_t opcode, const QByteArray &payload)
{
    Event e;
    e.kind = Event::Kind::Frame;
    e.connectionId = connection;
    e.timestampNs = nowNs();
    FrameSpec spec;
    spec.opcode = opcode;
    e.frame = describeFrame(spec, std::uint64_t(payload.size()));
    e.payload = payload;
    return e;
}

QAction *actionNamed(QMenu &menu, const QString &prefix)
{
    for (QAction *action : menu.actions()) {
        if (action->text().startsWith(prefix))
            return action;
    }
    return nullptr;
}

struct ShownLog
{
    FrameLogModel model;
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
    FrameLogView view;

    ShownLog()
    {
        view.setLogModel(&model);
        model.appendEvent(frame(5, 0x1, "hello"));
        model.appendEvent(frame(5, 0x2, QByteArray::fromHex("00ff10")));
        model.appendEvent(frame(6, 0x9, "ping"));
        model.flush();
        view.resize(900, 300);
        view.show();
    }
};

} // namespace

class TestFrameLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contextMenuCopies();
    void contextMenuResendsAndNarrows();
    void findHighlightsWithoutFiltering();
    void filterBarWrapsWhenNarrow();
    void statusDoesNotShiftTheBar();
    void compressedFrameShowsInflatedBeside();
};

void TestFrameLog::contextMenuCopies()
{
    ShownLog log;
    QMenu menu;
    log.view.selectRow(1);
    log.view.fillContextMenu(menu, 1);
    actionNamed(menu, QStringLiteral("Copy payload as hex"))->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("00 ff 10"));
    actionNamed(menu, QStringLiteral("Copy payload as base64"))->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("AP8Q"));
    actionNamed(menu, QStringLiteral("Copy as JSON Lines"))->trigger();
    const QString line = QGuiApplication::clipboard()->text();
    QVERIFY2(line.startsWith(QLatin1Char('{')) && line.contains(QStringLiteral("\"binary\"")), qPrintable(line));
    actionNamed(menu, QStringLiteral("Copy as text"))->trigger();
    QVERIFY(QGuiApplication::clipboard()->text().contains(QStringLiteral("00 ff 10")));
}

void TestFrameLog::contextMenuResendsAndNarrows()
{
    ShownLog log;
    QSignalSpy resend(&log.view, &FrameLogView::resendRequested);
    QSignalSpy byConnection(&log.view, &FrameLogView::filterByConnectionRequested);
    QSignalSpy byOpcode(&log.view, &FrameLogView::filterByOpcodeRequested);
    QSignalSpy hex(&log.view, &FrameLogView::showInHexRequested);
    QMenu menu;
    log.view.fillContextMenu(menu, 0);
    actionNamed(menu, QStringLiteral("Resend"))->trigger();
    QCOMPARE(resend.count(), 1);
    QCOMPARE(resend.at(0).at(0).value<Opcode>(), Opcode::Text);
    QCOMPARE(resend.at(0).at(1).toByteArray(), QByteArray("hello"));
    actionNamed(menu, QStringLiteral("Filter by connection #5"))->trigger();
    QCOMPARE(byConnection.at(0).at(0).toUInt(), 5u);
    actionNamed(menu, QStringLiteral("Filter by opcode 1"))->trigger();
    QCOMPARE(byOpcode.at(0).at(0).toInt(), 1);
    actionNamed(menu, QStringLiteral("Show in the hex view"))->trigger();
    QCOMPARE(hex.at(0).at(0).toInt(), 0);

    QMenu pingMenu;
    log.view.fillContextMenu(pingMenu, 2);
    QVERIFY(!actionNamed(pingMenu, QStringLiteral("Resend"))->isEnabled()); // control frames are not messages

    FilterBar bar;
    QSignalSpy changed(&bar, &FilterBar::filterChanged);
    bar.setConnections({{5, QStringLiteral("ws://a")}, {6, QStringLiteral("ws://b")}});
    bar.setConnectionFilter(6);
    bar.setOpcodeFilter(9);
    QCOMPARE(bar.filter().connectionId, 6u);
    QCOMPARE(bar.filter().opcode, 9);
}

void TestFrameLog::findHighlightsWithoutFiltering()
{
    ShownLog log;
    FilterBar bar;
    QObject::connect(&bar, &FilterBar::findTextChanged, &log.view, &FrameLogView::setHighlight);
    QSignalSpy find(&bar, &FilterBar::findRequested);
    QSignalSpy filter(&bar, &FilterBar::filterChanged);
    bar.focusFind();
    auto *findEdit = bar.findChild<QLineEdit *>(QStringLiteral("findText"));
    QTest::keyClicks(findEdit, QStringLiteral("hel"));
    QTest::keyClick(findEdit, Qt::Key_Return);
    QCOMPARE(find.count(), 1);
    QCOMPARE(find.at(0).at(0).toString(), QStringLiteral("hel"));
    bar.requestFind(true);
    QCOMPARE(find.at(1).at(2).toBool(), true);
    QCOMPARE(log.model.rowCount(), 3); // nothing filtered out
    QVERIFY(!QTest::qWaitFor([&] { return !filter.isEmpty(); }, 400));
    auto *delegate = qobject_cast<FrameLogDelegate *>(log.view.itemDelegate());
    QVERIFY(delegate->isHighlighted(log.model.index(0, FrameLogModel::PreviewColumn)));
    QVERIFY(!delegate->isHighlighted(log.model.index(2, FrameLogModel::PreviewColumn)));
}

void TestFrameLog::filterBarWrapsWhenNarrow()
{
    for (const int width : {700, 890, 1500}) {
        FilterBar bar;
        bar.resize(width, bar.sizeHint().height());
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));
        bar.resize(width, bar.heightForWidth(width) > 0 ? bar.heightForWidth(width) : bar.sizeHint().height());
        QCoreApplication::processEvents();
        for (QWidget *child : bar.findChildren<QWidget *>()) {
            if (!child->isVisible() || child->parentWidget() != &bar)
                continue;
            QVERIFY2(bar.rect().contains(child->geometry()),
                     qPrintable(QStringLiteral("%1 at width %2").arg(child->objectName()).arg(width)));
            QVERIFY2(child->width() >= child->minimumSizeHint().width(),
                     qPrintable(QStringLiteral("%1 squeezed at width %2").arg(child->objectName()).arg(width)));
        }
        auto *text = bar.findChild<QLineEdit *>(QStringLiteral("filterText"));
        QVERIFY2(text->width() >= text->fontMetrics().horizontalAdvance(text->placeholderText()),
                 qPrintable(QStringLiteral("filter text %1 px at width %2").arg(text->width()).arg(width)));
    }
}

void TestFrameLog::statusDoesNotShiftTheBar()
{
    FilterBar bar;
    bar.resize(1500, bar.sizeHint().height());
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    auto *text = bar.findChild<QLineEdit *>(QStringLiteral("filterText"));
    auto *regex = bar.findChild<QCheckBox *>(QStringLiteral("filterRegex"));
    const QRect textBefore = text->geometry();
    const QRect regexBefore = regex->geometry();
    bar.setStatus(QStringLiteral("12 345 of 1 000 000 rows match the filter"));
    QCoreApplication::processEvents();
    QCOMPARE(text->geometry(), textBefore);
    QCOMPARE(regex->geometry(), regexBefore);
}

// A compressed message in three frames: the hex pane shows each frame's wire bytes with its
// inflated bytes beside them, and the message's inflated total.
void TestFrameLog::compressedFrameShowsInflatedBeside()
{
    FrameLogModel model;
    const QList<QPair<bool, QByteArray>> parts = {{false, "hello "}, {false, "compressed "}, {true, "world"}};
    for (int i = 0; i < parts.size(); ++i) {
        Event e = frame(9, i == 0 ? 0x1 : 0x0, QByteArray(4 + i, char(0x55)));
        e.frame.fin = parts[i].first;
        e.frame.rsv1 = i == 0;
        e.compressed = true;
        e.inflated = parts[i].second;
        model.appendEvent(e);
        model.appendEvent(frame(10, 0x1, "another connection in between"));
    }
    model.appendEvent(frame(9, 0x1, "plain"));
    model.flush();
    QCOMPARE(model.messageInflatedSize(2), qint64(22)); // the middle frame's message
    QCOMPARE(model.messageInflatedSize(0), qint64(22));
    QCOMPARE(model.messageInflatedSize(6), qint64(-1)); // not compressed

    FrameBytesView view;
    view.resize(1000, 300);
    view.show();
    const Event middle = *model.event(2);
    view.setFrame(middle, model.messageInflatedSize(2));
    QVERIFY(view.isShowingInflated());
    QCOMPARE(view.wireView()->layout().payload(), middle.payload);
    QCOMPARE(view.inflatedView()->layout().payload(), QByteArray("compressed "));
    const QString caption = view.findChild<QLabel *>(QStringLiteral("inflatedCaption"))->text();
    QVERIFY2(caption.contains(QStringLiteral("11 of this frame's 5 compressed bytes")), qPrintable(caption));
    QVERIFY2(caption.contains(QStringLiteral("inflates to 22 bytes")), qPrintable(caption));
    // Side by side, neither pane is narrower than its rows, whatever the width.
    const int bothRows = view.wireView()->sizeHint().width() + view.inflatedView()->sizeHint().width();
    for (const int spare : {40, 200, 900}) {
        view.resize(bothRows + spare, 300);
        QTRY_VERIFY(view.inflatedView()->isVisible());
        QCoreApplication::processEvents();
        QVERIFY2(view.wireView()->width() >= view.wireView()->sizeHint().width(),
                 qPrintable(QString::number(view.wireView()->width())));
        QVERIFY(view.inflatedView()->width() >= view.inflatedView()->sizeHint().width());
    }
    view.setFrame(*model.event(6));
    QVERIFY(!view.isShowingInflated());
}

QTEST_MAIN(TestFrameLog)
#include "tst_framelog.moc"
