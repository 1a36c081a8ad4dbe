// SPDX-License-Identifier: GPL-3.0-or-later
// The plots pane (UI-7) as a user reads it: the series plotted for known traffic, live and from
// a capture; a range dragged over the plot filters the frame log to exactly its frames, a click
// selects the nearest frame, frames selected in the log are marked; screenshots under Xvfb.
#include "capture/capturewriter.h"
#include "connections/connectionsview.h"
#include "framelog/framelogview.h"
#include "mainwindow.h"
#include "models/connectiontreemodel.h"
#include "models/framelogmodel.h"
#include "plots/plotspane.h"
#include "plots/trafficchart.h"
#include "protocol/frameencoder.h"
#include "websocketclient.h"
#include "websocketserver.h"
#include "workspace.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QMouseEvent>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>

using namespace Sockscope;

namespace {

constexpr qint64 kSecond = 1'000'000'000;
constexpr qint64 kT0 = 1'700'000'000 * kSecond;
constexpr double kT0Seconds = 1'700'000'000;

Event frame(Direction direction, std::uint8_t opcode, const QByteArray &payload, qint64 ns)
{
    Event e;
    e.kind = Event::Kind::Frame;
    e.connectionId = 1;
    e.direction = direction;
    e.timestampNs = ns;
    FrameSpec spec;
    spec.opcode = opcode;
    spec.masked = direction == Direction::Outgoing;
    spec.maskKey = {1, 2, 3, 4};
    e.frame = describeFrame(spec, std::uint64_t(payload.size()));
    e.payload = payload;
    return e;
}

// Second 0: three messages in (10, 100, 1000 bytes) and one out (5 bytes); second 1: a ping
// out and its pong 40 ms later; second 2: two messages out of 300 bytes.
QList<Event> knownTraffic()
{
    const Direction in = Direction::Incoming;
    const Direction out = Direction::Outgoing;
    return {frame(in, 0x1, QByteArray(10, 'a'), kT0 + 100'000'000),
            frame(in, 0x1, QByteArray(100, 'b'), kT0 + 200'000'000),
            frame(in, 0x2, QByteArray(1000, 'c'), kT0 + 300'000'000),
            frame(out, 0x1, "hello", kT0 + 400'000'000),
            frame(out, 0x9, "p1", kT0 + 1'100'000'000),
            frame(in, 0xA, "p1", kT0 + 1'140'000'000),
            frame(out, 0x1, QByteArray(300, 'd'), kT0 + 2'200'000'000),
            frame(out, 0x1, QByteArray(300, 'e'), kT0 + 2'700'000'000)};
}

// One text frame in per second, for ten seconds.
QList<Event> tenSeconds()
{
    QList<Event> events;
    for (int i = 0; i < 10; ++i)
        events.append(frame(Direction::Incoming, 0x1, QByteArray("tick ") + QByteArray::number(i), kT0 + i * kSecond));
    return events;
}

QString writeCapture(const QTemporaryDir &dir, const QString &name, const QList<Event> &events)
{
    const QString path = dir.filePath(name);
    CaptureWriter writer;
    if (!writer.open(path))
        return {};
    for (const Event &e : events)
        writer.append(e);
    return path;
}

QList<QPointF> points(std::initializer_list<std::pair<double, double>> values)
{
    QList<QPointF> list;
    for (const auto &[x, y] : values)
        list.append({kT0Seconds + x, y});
    return list;
}

double histogramValue(const TrafficChart *chart, Direction direction, int bin)
{
    return chart->plottedPoints(direction).value(bin).y();
}

void sendMouse(QWidget *widget, QEvent::Type type, QPoint at, Qt::MouseButtons buttons)
{
    const Qt::MouseButton button = type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton;
    QMouseEvent event(type, at, widget->mapToGlobal(at), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(widget, &event);
}

void drag(QWidget *widget, int fromX, int toX)
{
    const int y = widget->height() / 2;
    sendMouse(widget, QEvent::MouseButtonPress, {fromX, y}, Qt::LeftButton);
    sendMouse(widget, QEvent::MouseMove, {(fromX + toX) / 2, y}, Qt::LeftButton);
    sendMouse(widget, QEvent::MouseMove, {toX, y}, Qt::LeftButton);
    sendMouse(widget, QEvent::MouseButtonRelease, {toX, y}, Qt::NoButton);
}

void click(QWidget *widget, int x)
{
    const int y = widget->height() / 2;
    sendMouse(widget, QEvent::MouseButtonPress, {x, y}, Qt::LeftButton);
    sendMouse(widget, QEvent::MouseButtonRelease, {x, y}, Qt::NoButton);
}

} // namespace

class TestPlots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void liveSeriesOfKnownTraffic();
    void histogramAndRoundTripOfKnownTraffic();
    void seriesOfCapture();
    void dragOverRangeFiltersTheLog();
    void clickSelectsNearestFrame();
    void selectedFramesMarkedInPlot();
    void exportsCsvAndPng();
    void hoverShowsExactValues();
    void coloursFollowPalette();
    void screenshots_data();
    void screenshots();

private:
    QString screenshotDirectory() const;
    // A window with the plots dock open on a capture of tenSeconds(), counted.
    void openTenSeconds(MainWindow &window);
    QTemporaryDir m_dir;
};

void TestPlots::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SockscopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("sockscope-tst-plots"));
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)).removeRecursively();
    QSettings().clear();
}

void TestPlots::liveSeriesOfKnownTraffic()
{
    PlotsPane pane;
    pane.setLive(false); // fixed times: the axis must not follow the clock
    pane.show();
    for (const Event &e : knownTraffic())
        pane.addEvent(e);
    const TrafficChart *chart = pane.chart();
    // Steps: one point per second, and the end of the last second.
    QTRY_COMPARE(chart->plottedPoints(Direction::Incoming), points({{0, 3}, {1, 0}, {2, 0}, {3, 0}}));
    QCOMPARE(chart->plottedPoints(Direction::Outgoing), points({{0, 1}, {1, 0}, {2, 2}, {3, 2}}));
    pane.setPlot(TrafficPlot::WireByteRate);
    QTRY_COMPARE(chart->plottedPoints(Direction::Incoming), points({{0, 1110}, {1, 2}, {2, 0}, {3, 0}}));
    QCOMPARE(chart->plottedPoints(Direction::Outgoing), points({{0, 5}, {1, 2}, {2, 600}, {3, 600}}));
    pane.setPlot(TrafficPlot::FrameRate);
    QTRY_COMPARE(chart->plottedPoints(Direction::Outgoing), points({{0, 1}, {1, 1}, {2, 2}, {3, 2}}));
}

void TestPlots::histogramAndRoundTripOfKnownTraffic()
{
    PlotsPane pane;
    pane.setLive(false);
    pane.show();
    for (const Event &e : knownTraffic())
        pane.addEvent(e);
    pane.setPlot(TrafficPlot::MessageSizes);
    const TrafficChart *chart = pane.chart();
    QTRY_COMPARE(chart->plotShown(), TrafficPlot::MessageSizes);
    QCOMPARE(chart->plottedPoints(Direction::Incoming).size(), TrafficStats::kHistogramBins);
    QCOMPARE(histogramValue(chart, Direction::Incoming, 4), 1.0);  // 10 B: 8–15
    QCOMPARE(histogramValue(chart, Direction::Incoming, 7), 1.0);  // 100 B: 64–127
    QCOMPARE(histogramValue(chart, Direction::Incoming, 10), 1.0); // 1000 B: 512–1023
    QCOMPARE(histogramValue(chart, Direction::Outgoing, 3), 1.0);  // 5 B: 4–7
    QCOMPARE(histogramValue(chart, Direction::Outgoing, 9), 2.0);  // 300 B: 256–511
    QCOMPARE(histogramValue(chart, Direction::Incoming, 9), 0.0);
    pane.setPlot(TrafficPlot::PingRtt);
    QTRY_COMPARE(chart->plotShown(), TrafficPlot::PingRtt);
    QCOMPARE(chart->plottedRtt(), points({{1.14, 40}}));
}

void TestPlots::seriesOfCapture()
{
    const QString path = writeCapture(m_dir, QStringLiteral("known.wscap"), knownTraffic());
    QVERIFY(!path.isEmpty());
    FrameLogModel log;
    QString error;
    QVERIFY2(log.loadCapture(path, &error), qPrintable(error));
    PlotsPane pane;
    pane.setSources(&log, nullptr);
    pane.setCaptureFile(path);
    pane.setLive(false);
    pane.show();
    QSignalSpy counted(&pane, &PlotsPane::countFinished);
    pane.recount();
    QVERIFY(counted.wait(10000));
    const TrafficChart *chart = pane.chart();
    QTRY_COMPARE(chart->plottedPoints(Direction::Incoming), points({{0, 3}, {1, 0}, {2, 0}, {3, 0}}));
    pane.setPlot(TrafficPlot::PingRtt);
    QTRY_COMPARE(chart->plottedRtt(), points({{1.14, 40}})); // matched by the payload read back
    pane.setPlot(TrafficPlot::MessageSizes);
    QTRY_COMPARE(chart->plotShown(), TrafficPlot::MessageSizes);
    QCOMPARE(histogramValue(chart, Direction::Outgoing, 9), 2.0);
}

void TestPlots::openTenSeconds(MainWindow &window)
{
    const QString path = writeCapture(m_dir, QStringLiteral("ten.wscap"), tenSeconds());
    window.resize(1366, 728);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.findChild<QDockWidget *>(QStringLiteral("plotsDock"))->show();
    QSignalSpy counted(window.plotsPane(), &PlotsPane::countFinished);
    QVERIFY(window.openCapture(path));
    QVERIFY(counted.wait(10000));
    window.plotsPane()->setPlot(TrafficPlot::FrameRate);
    QTRY_COMPARE_WITH_TIMEOUT(window.plotsPane()->chart()->plottedPoints(Direction::Incoming).size(), 11, 5000);
    QCoreApplication::processEvents();
}

void TestPlots::dragOverRangeFiltersTheLog()
{
    MainWindow window;
    openTenSeconds(window);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(window.logModel()->rowCount(), 10);
    const TrafficChart *chart = window.plotsPane()->chart();
    QWidget *plot = chart->findChild<QWidget *>(QStringLiteral("trafficPlot"));
    QVERIFY(plot);
    // From 2.5 s to 5.5 s: the frames of seconds 3, 4 and 5, and no other.
    drag(plot, chart->pixelOfTime(kT0 + 2'500'000'000), chart->pixelOfTime(kT0 + 5'500'000'000));
    QTRY_COMPARE(window.logModel()->rowCount(), 3);
    for (int row = 0; row < 3; ++row)
        QCOMPARE(window.logModel()->record(row).timestampNs, kT0 + (3 + row) * kSecond);
    // Clearing the range (the pane's signal, as a double-click sends it) shows every frame again.
    Q_EMIT window.plotsPane()->timeRangeCleared();
    QTRY_COMPARE(window.logModel()->rowCount(), 10);
    window.workspace()->markSaved();
}

void TestPlots::clickSelectsNearestFrame()
{
    MainWindow window;
    openTenSeconds(window);
    if (QTest::currentTestFailed())
        return;
    const TrafficChart *chart = window.plotsPane()->chart();
    QWidget *plot = chart->findChild<QWidget *>(QStringLiteral("trafficPlot"));
    click(plot, chart->pixelOfTime(kT0 + 6'800'000'000));
    QTRY_VERIFY(window.logView()->currentIndex().isValid());
    QCOMPARE(window.logModel()->record(window.logView()->currentIndex().row()).timestampNs, kT0 + 7 * kSecond);
}

void TestPlots::selectedFramesMarkedInPlot()
{
    MainWindow window;
    openTenSeconds(window);
    if (QTest::currentTestFailed())
        return;
    const TrafficChart *chart = window.plotsPane()->chart();
    QVERIFY(!chart->isMarkVisible());
    window.logView()->selectRow(4);
    QVERIFY(chart->isMarkVisible());
    QCOMPARE(chart->markedSpan(), std::make_pair(kT0 + 4 * kSecond, kT0 + 4 * kSecond));
    window.logView()->selectionModel()->select(
            QItemSelection(window.logModel()->index(2, 0), window.logModel()->index(6, 0)),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(chart->markedSpan(), std::make_pair(kT0 + 2 * kSecond, kT0 + 6 * kSecond));
    window.logView()->clearSelection();
    QVERIFY(!chart->isMarkVisible());
}

void TestPlots::exportsCsvAndPng()
{
    PlotsPane pane;
    pane.setLive(false);
    pane.resize(800, 300);
    pane.show();
    for (const Event &e : knownTraffic())
        pane.addEvent(e);
    pane.setPlot(TrafficPlot::MessageRate);
    QTRY_COMPARE(pane.chart()->plottedPoints(Direction::Incoming).size(), 4);
    QString error;
    const QString csvPath = m_dir.filePath(QStringLiteral("plot.csv"));
    QVERIFY2(pane.exportCsv(csvPath, &error), qPrintable(error));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(csv.readLine(), QByteArray("time,incoming_per_s,outgoing_per_s\n"));
    QCOMPARE(csv.readLine(), QByteArray("2023-11-14T22:13:20.000Z,3,1\n"));
    const QString pngPath = m_dir.filePath(QStringLiteral("plot.png"));
    QVERIFY(pane.exportPng(pngPath));
    QVERIFY(!QImage(pngPath).isNull());
    QVERIFY(!pane.exportCsv(m_dir.filePath(QStringLiteral("missing/dir/plot.csv")), &error));
    QVERIFY(error.startsWith(QStringLiteral("cannot write")));
}

void TestPlots::hoverShowsExactValues()
{
    PlotsPane pane;
    pane.setLive(false);
    pane.resize(800, 300);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    for (const Event &e : knownTraffic())
        pane.addEvent(e);
    pane.setPlot(TrafficPlot::WireByteRate);
    QTRY_COMPARE(pane.chart()->plottedPoints(Direction::Incoming).size(), 4);
    QWidget *plot = pane.chart()->findChild<QWidget *>(QStringLiteral("trafficPlot"));
    sendMouse(plot, QEvent::MouseMove, {pane.chart()->pixelOfTime(kT0 + 2'500'000'000), plot->height() / 2},
              Qt::NoButton);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().endsWith(QStringLiteral("Incoming: 0 B/s\nOutgoing: 600 B/s")),
             qPrintable(QToolTip::text()));
}

// Dark and light palettes: the series stay readable on the plot's background, and follow a change.
void TestPlots::coloursFollowPalette()
{
    PlotsPane pane;
    pane.setLive(false);
    pane.resize(600, 300);
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Window, QColor(0x2d, 0x2d, 0x2d));
    dark.setColor(QPalette::WindowText, Qt::white);
    dark.setColor(QPalette::Link, QColor(0x30, 0x8c, 0xc6));
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::WindowText, Qt::black);
    light.setColor(QPalette::Link, Qt::blue);
    pane.setPalette(light);
    pane.show();
    const TrafficChart *chart = pane.chart();
    for (const Direction d : {Direction::Incoming, Direction::Outgoing})
        QVERIFY(chart->seriesColor(d).lightness() <= 100);
    pane.setPalette(dark);
    for (const Direction d : {Direction::Incoming, Direction::Outgoing})
        QVERIFY(chart->seriesColor(d).lightness() >= 150);
    QVERIFY(chart->seriesColor(Direction::Incoming) != chart->seriesColor(Direction::Outgoing));
    QWidget *plot = chart->findChild<QWidget *>(QStringLiteral("trafficPlot"));
    QTRY_COMPARE(plot->grab().toImage().pixelColor(plot->width() - 3, 3), QColor(0x1e, 0x1e, 0x1e));
}

void TestPlots::screenshots_data()
{
    QTest::addColumn<QSize>("screen");
    QTest::newRow("1366x768") << QSize(1366, 768);
    QTest::newRow("1920x1080") << QSize(1920, 1080);
}

// Live: a server that broadcasts to its two peers, one of which sends messages of growing size
// and pings every 200 ms; plotted for the server and its peers. Then the same session opened as
// a capture, a range dragged over and a frame selected.
void TestPlots::screenshots()
{
    QFETCH(QSize, screen);
    QSettings().clear();
    const QString size = QStringLiteral("%1x%2").arg(screen.width()).arg(screen.height());
    MainWindow window;
    window.resize(screen.width(), screen.height() - 40);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.findChild<QDockWidget *>(QStringLiteral("plotsDock"))->show();
    PlotsPane *plots = window.plotsPane();
    plots->setWindowSeconds(10);
    plots->setPlot(TrafficPlot::WireByteRate);
    ServerOptions serverOptions;
    serverOptions.behaviour = ServerBehaviour::Broadcast;
    QString error;
    WebSocketServer *server = window.workspace()->addServer(serverOptions, {}, &error);
    QVERIFY2(server, qPrintable(error));
    ClientOptions clientOptions;
    clientOptions.url = QUrl(QStringLiteral("ws://%1/").arg(server->listenAddress()));
    clientOptions.session.pingIntervalMs = 200;
    WebSocketClient *sender = window.workspace()->addClient(clientOptions);
    window.workspace()->addClient(clientOptions);
    QTRY_COMPARE_WITH_TIMEOUT(server->sessions().size(), 2, 5000);
    window.connectionsView()->setCurrentIndex(window.treeModel()->indexForConnection(server->serverId()));
    plots->setScopeChoice(PlotsPane::ScopeChoice::SelectedConnection);
    QTRY_COMPARE(plots->stats().scope().kind, TrafficScope::Kind::ServerWithPeers); // counted again
    for (int i = 0; i < 80; ++i) {
        window.workspace()->sendMessage(sender->connectionId(), Opcode::Text, QByteArray(40 * (1 + i % 25), 'x'), 0);
        QTest::qWait(50);
    }
    QTest::qWait(300);
    QVERIFY(window.grab().save(screenshotDirectory() + QStringLiteral("/plots-live-%1.png").arg(size)));

    const QString saved = m_dir.filePath(QStringLiteral("live-%1.wscap").arg(size));
    QVERIFY(window.saveTo(saved));
    QSignalSpy counted(plots, &PlotsPane::countFinished);
    QVERIFY(window.openCapture(saved));
    QVERIFY(counted.wait(10000));
    plots->setPlot(TrafficPlot::MessageRate);
    QTest::qWait(300);
    QWidget *plot = plots->chart()->findChild<QWidget *>(QStringLiteral("trafficPlot"));
    drag(plot, plot->width() * 2 / 5, plot->width() * 3 / 5);
    QTRY_VERIFY(window.logModel()->rowCount() < window.logModel()->totalCount());
    window.logView()->selectRow(window.logModel()->rowCount() / 2);
    QTest::qWait(300);
    QVERIFY(window.grab().save(screenshotDirectory() + QStringLiteral("/plots-capture-%1.png").arg(size)));
    plots->setPlot(TrafficPlot::MessageSizes);
    QTRY_COMPARE(plots->chart()->plotShown(), TrafficPlot::MessageSizes);
    QTest::qWait(200);
    QVERIFY(plots->grab().save(screenshotDirectory() + QStringLiteral("/plots-sizes-%1.png").arg(size)));
    plots->setPlot(TrafficPlot::PingRtt);
    QTRY_COMPARE(plots->chart()->plotShown(), TrafficPlot::PingRtt);
    QTest::qWait(200);
    QVERIFY(plots->grab().save(screenshotDirectory() + QStringLiteral("/plots-rtt-%1.png").arg(size)));
}

QString TestPlots::screenshotDirectory() const
{
    const QString dir = qEnvironmentVariableIsSet("SOCKSCOPE_SCREENSHOT_DIR")
            ? qEnvironmentVariable("SOCKSCOPE_SCREENSHOT_DIR")
            : QStringLiteral(SOCKSCOPE_SCREENSHOT_DIR);
    QDir().mkpath(dir);
    return dir;
}

int main(int argc, char **argv)
{
    // Under Xvfb (DISPLAY set) the screenshots are a real X11 rendering; otherwise offscreen.
    if (!qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "xcb");
    QApplication app(argc, argv);
    TestPlots test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_plots.moc"
