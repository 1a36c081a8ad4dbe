// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/capturewriter.h"
#include "models/framelogmodel.h"
#include "protocol/frameencoder.h"
#include "testedmodel.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Sockscope;

namespace {

using TestedLog = SockscopeTest::TestedModel<FrameLogModel>;

Event frame(quint64 connection, Direction direction, Opcode opcode, const QByteArray &payload, qint64 ns)
{
    Event e;
    e.kind = Event::Kind::Frame;
    e.connectionId = connection;
    e.direction = direction;
    e.timestampNs = ns;
    FrameSpec spec;
    spec.opcode = std::uint8_t(opcode);
    spec.masked = direction == Direction::Outgoing;
    spec.maskKey = {1, 2, 3, 4};
    e.frame = describeFrame(spec, std::uint64_t(payload.size()));
    e.payload = payload;
    return e;
}

Event closed(quint64 connection, quint16 code, qint64 ns)
{
    Event e;
    e.kind = Event::Kind::Closed;
    e.connectionId = connection;
    e.closeCode = code;
    e.text = QStringLiteral("bye");
    e.timestampNs = ns;
    return e;
}

// 1000 frames on two connections, both ways, text and binary, then a close.
QList<Event> session()
{
    QList<Event> events;
    for (int i = 0; i < 1000; ++i) {
        const Direction d = i % 2 ? Direction::Incoming : Direction::Outgoing;
        const QByteArray payload =
                i % 10 == 3 ? QByteArray::fromHex("00ff10") : QByteArray("message ") + QByteArray::number(i);
        events.append(frame(1 + i % 3 / 2, d, i % 10 == 3 ? Opcode::Binary : Opcode::Text, payload,
                            1'000'000'000 + i * 1000));
    }
    events.append(closed(1, 1000, 2'000'000'000));
    return events;
}

} // namespace

class TestFrameLogModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appendsInBatches();
    void columns();
    void filtersByRecord();
    void filtersTextOffThread();
    void payloadsFromCaptureWhenEvicted();
    void loadsCapture();
    void findNextAndPrevious();
    void retentionDropsOldestAndCounts();
    void retentionKeepsFilteredRowsRight();
    void clearRowsKeepsCounting();
};

void TestFrameLogModel::appendsInBatches()
{
    TestedLog tested;
    FrameLogModel &model = tested.model;
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    for (const Event &e : session())
        model.appendEvent(e);
    QCOMPARE(model.rowCount(), 0); // nothing until the flush
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 1001, 2000);
    QCOMPARE(inserted.size(), 1); // one beginInsertRows for the whole batch
    QCOMPARE(inserted[0][1].toInt(), 0);
    QCOMPARE(inserted[0][2].toInt(), 1000);
    QCOMPARE(model.record(0).sequence, 1);
    QCOMPARE(model.record(1000).kind, Event::Kind::Closed);
}

void TestFrameLogModel::columns()
{
    TestedLog tested;
    FrameLogModel &model = tested.model;
    for (const Event &e : session())
        model.appendEvent(e);
    model.flush();
    auto text = [&model](int row, int column) { return model.index(row, column).data().toString(); };
    QCOMPARE(text(0, FrameLogModel::DirectionColumn), QStringLiteral("out"));
    QCOMPARE(text(0, FrameLogModel::TypeColumn), QStringLiteral("text"));
    QCOMPARE(text(0, FrameLogModel::FlagsColumn), QStringLiteral("F --- M"));
    QCOMPARE(text(0, FrameLogModel::LengthColumn), QStringLiteral("9"));
    QCOMPARE(text(0, FrameLogModel::PreviewColumn), QStringLiteral("message 0"));
    QCOMPARE(text(3, FrameLogModel::PreviewColumn), QStringLiteral("00 ff 10")); // binary shown as hex
    QCOMPARE(text(2, FrameLogModel::RelativeTimeColumn), QStringLiteral("+0.000002"));
    QCOMPARE(text(1000, FrameLogModel::TypeColumn), QStringLiteral("closed"));
    QVERIFY(text(1000, FrameLogModel::PreviewColumn).startsWith(QLatin1String("1000 Normal Closure \"bye\"")));
    QCOMPARE(model.index(1, 0).data(FrameLogModel::DirectionRole).toInt(), int(Direction::Incoming));
    QCOMPARE(model.index(3, 0).data(FrameLogModel::OpcodeRole).toInt(), 2);
}

void TestFrameLogModel::filtersByRecord()
{
    TestedLog tested;
    FrameLogModel &model = tested.model;
    for (const Event &e : session())
        model.appendEvent(e);
    model.flush();
    LogFilter incoming;
    incoming.direction = Direction::Incoming;
    incoming.kinds = LogFilter::DataFrames;
    model.setFilter(incoming);
    QCOMPARE(model.rowCount(), 500);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.record(row).direction, Direction::Incoming);
    LogFilter binary;
    binary.opcode = 2;
    model.setFilter(binary);
    QCOMPARE(model.rowCount(), 100);
    // Live rows that match keep arriving under an active filter.
    model.appendEvent(frame(1, Direction::Incoming, Opcode::Binary, "x", 3'000'000'000));
    model.appendEvent(frame(1, Direction::Incoming, Opcode::Text, "y", 3'000'000'001));
    model.flush();
    QCOMPARE(model.rowCount(), 101);
    model.setFilter({});
    QCOMPARE(model.rowCount(), 1003);
}

void TestFrameLogModel::filtersTextOffThread()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("live.wscap"));
    CaptureWriter writer;
    QVERIFY(writer.open(path));
    TestedLog tested;
    FrameLogModel &model = tested.model;
    model.setCaptureFile(path);
    model.setBeforeScan([&writer] { writer.flush(); });
    for (const Event &e : session()) {
        writer.append(e);
        model.appendEvent(e);
    }
    model.flush();
    LogFilter filter;
    filter.text = QStringLiteral("message 9\\d\\d$");
    filter.regex = true;
    QSignalSpy finished(&model, &FrameLogModel::filterFinished);
    model.setFilter(filter);
    QVERIFY(finished.wait(10000));
    QCOMPARE(model.rowCount(), 90); // 900..999 minus the ten binary ones
    QCOMPARE(model.index(0, FrameLogModel::PreviewColumn).data().toString(), QStringLiteral("message 900"));

    // Plain text is matched inside SQLite, case-insensitively.
    LogFilter plain;
    plain.text = QStringLiteral("MESSAGE 99");
    model.setFilter(plain);
    // A row that arrives while the worker scans is judged when its result comes back.
    const Event late = frame(1, Direction::Incoming, Opcode::Text, "message 99, late", 3'000'000'000);
    writer.append(late);
    model.appendEvent(late);
    model.flush();
    QVERIFY(finished.wait(10000));
    QCOMPARE(model.rowCount(), 11); // 99, 990..999 without the binary 993, and the late one
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(model.index(row, FrameLogModel::PreviewColumn)
                        .data()
                        .toString()
                        .startsWith(QLatin1String("message 99")));
    QCOMPARE(model.record(10).timestampNs, 3'000'000'000);
}

void TestFrameLogModel::payloadsFromCaptureWhenEvicted()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.wscap"));
    CaptureWriter writer;
    QVERIFY(writer.open(path));
    TestedLog tested;
    FrameLogModel &model = tested.model;
    model.setCaptureFile(path);
    // 80 frames of 1 MiB overflow the 64 MiB cache of recent payloads.
    for (int i = 0; i < 80; ++i) {
        const Event e = frame(1, Direction::Incoming, Opcode::Binary, QByteArray(1 << 20, char(i)), i);
        writer.append(e);
        model.appendEvent(e);
    }
    model.flush();
    writer.flush();
    const auto first = model.event(0);
    QVERIFY(first.has_value());
    QCOMPARE(first->payload, QByteArray(1 << 20, char(0)));
    QCOMPARE(model.event(79)->payload.at(5), char(79));
}

void TestFrameLogModel::loadsCapture()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("saved.wscap"));
    {
        CaptureWriter writer;
        QVERIFY(writer.open(path));
        for (const Event &e : session())
            writer.append(e);
    }
    TestedLog tested;
    FrameLogModel &model = tested.model;
    QString error;
    QVERIFY2(model.loadCapture(path, &error), qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(model.rowCount(), 1001);
    QCOMPARE(model.index(5, FrameLogModel::PreviewColumn).data().toString(), QStringLiteral("message 5"));
    QCOMPARE(model.rowForSequence(1001), 1000);
    // An opened capture has no recent events in memory: the text filter runs in SQLite.
    LogFilter plain;
    plain.text = QStringLiteral("MESSAGE 99");
    QSignalSpy finished(&model, &FrameLogModel::filterFinished);
    model.setFilter(plain);
    QVERIFY(finished.wait(10000));
    QCOMPARE(model.rowCount(), 10);
    model.setFilter({});
    QVERIFY(!model.loadCapture(dir.filePath(QStringLiteral("missing.wscap")), &error));
    QVERIFY(error.contains(QLatin1String("does not exist")));
    QCOMPARE(model.rowCount(), 1001); // a failed open keeps what was shown
}

void TestFrameLogModel::findNextAndPrevious()
{
    TestedLog tested;
    FrameLogModel &model = tested.model;
    for (const Event &e : session())
        model.appendEvent(e);
    model.flush();
    QCOMPARE(model.find(-1, QStringLiteral("message 42"), false, false), 42);
    QCOMPARE(model.find(42, QStringLiteral("message 42"), false, false), 420);
    QCOMPARE(model.find(420, QStringLiteral("message 42"), false, true), 42);
    QCOMPARE(model.find(-1, QStringLiteral("nothing like this"), false, false), -1);
}

// UI-2: with a retention limit the log keeps the newest rows, and says how many it dropped.
void TestFrameLogModel::retentionDropsOldestAndCounts()
{
    TestedLog tested;
    FrameLogModel &model = tested.model;
    QSignalSpy dropped(&model, &FrameLogModel::droppedCountChanged);
    model.setRetentionLimit(400);
    const QList<Event> events = session();
    for (const Event &e : events)
        model.appendEvent(e);
    model.flush();
    QCOMPARE(model.rowCount(), 400);
    QCOMPARE(model.droppedCount(), 601);
    QCOMPARE(dropped.last().at(0).toLongLong(), 601);
    QCOMPARE(model.record(0).sequence, 602); // the newest 400 of 1001
    QCOMPARE(model.record(399).kind, Event::Kind::Closed);
    QCOMPARE(model.event(0)->payload, events[601].payload);
    QCOMPARE(model.rowForSequence(602), 0);
    QCOMPARE(model.rowForSequence(601), -1);
    // Between trims the log may run past the limit by an eighth, never further.
    for (int i = 0; i < 50; ++i) {
        model.appendEvent(frame(1, Direction::Incoming, Opcode::Text, "more", 3'000'000'000 + i));
        model.flush();
        QVERIFY(model.rowCount() <= 450);
        QCOMPARE(model.droppedCount() + model.rowCount(), 1001 + i + 1);
    }
    model.setRetentionLimit(0); // every row from now on; the dropped ones stay counted
    for (const Event &e : events)
        model.appendEvent(e);
    model.flush();
    QCOMPARE(model.rowCount() + model.droppedCount(), 2052);
    model.clear();
    QCOMPARE(model.droppedCount(), 0);
}

void TestFrameLogModel::retentionKeepsFilteredRowsRight()
{
    TestedLog tested;
    FrameLogModel &model = tested.model;
    const QList<Event> events = session();
    for (const Event &e : events)
        model.appendEvent(e);
    model.flush();
    LogFilter binary;
    binary.opcode = 2;
    model.setFilter(binary);
    QCOMPARE(model.rowCount(), 100);
    model.setRetentionLimit(500); // sequences 502..1001 stay, binary frames 504, 514, … 994 among them
    QCOMPARE(model.rowCount(), 50);
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.record(row).opcode, 2);
        QCOMPARE(model.record(row).sequence, 504 + 10 * row);
        QCOMPARE(model.event(row)->payload, QByteArray::fromHex("00ff10"));
    }
    model.setFilter({});
    QCOMPARE(model.rowCount(), 500);
    QCOMPARE(model.record(0).sequence, 502);
}

// Clear empties the log without counting the rows as dropped; new rows arrive as before.
void TestFrameLogModel::clearRowsKeepsCounting()
{
    TestedLog tested;
    FrameLogModel &model = tested.model;
    for (const Event &e : session())
        model.appendEvent(e);
    model.clearRows();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.droppedCount(), 0);
    model.appendEvent(frame(1, Direction::Incoming, Opcode::Text, "after", 3'000'000'000));
    model.flush();
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.record(0).sequence, 1002);
    QCOMPARE(model.event(0)->payload, QByteArray("after"));
}

QTEST_GUILESS_MAIN(TestFrameLogModel)
#include "tst_framelogmodel.moc"
