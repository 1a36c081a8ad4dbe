// SPDX-License-Identifier: GPL-3.0-or-later
// One interface test for CaptureSource, run against every source: the SQLite file and the rows
// salvaged page by page. A capture is written once with CaptureWriter; each source must give
// back exactly what was written. CaptureReader is then checked on the whole file (SQLite) and
// on a copy cut short (salvaged), for what it adds: timings, damage report and keepGoing.
#include "capture/capturereader.h"
#include "capture/capturesalvage.h"
#include "capture/capturewriter.h"
#include "capture/salvagedcapturesource.h"
#include "capture/sqlitecapturesource.h"
#include "capturesql.h"
#include "protocol/frameencoder.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Sockscope;
using SockscopeTest::execSql;

namespace {

constexpr quint64 kClient = 1;
constexpr quint64 kServer = 2;
constexpr quint64 kPeer = 3;
// More than one keepGoing interval, so the reader asks at least once, even on a cut copy; and
// enough that the SQLite source reads the frames of the index in two halves at once.
constexpr int kFillerFrames = int(CaptureReader::kProgressInterval) + 16000;
static_assert(kFillerFrames > SqliteCaptureSource::kHalvedIndexRows);
constexpr ConnectionTimings kTimings{10, 20, 30, 40};
const QByteArray kEchoed = "echo: " + QByteArray("an echoed message long enough to be recorded once ").repeated(3);

Event makeFrame(quint64 connection, Direction direction, const FrameSpec &spec, const QByteArray &payload)
{
    Event e;
    e.connectionId = connection;
    e.direction = direction;
    e.payload = payload;
    e.frame = describeFrame(spec, std::uint64_t(payload.size()));
    return e;
}

FrameSpec spec(Opcode opcode, bool fin = true)
{
    FrameSpec s;
    s.opcode = std::uint8_t(opcode);
    s.fin = fin;
    return s;
}

// Each returns the event it appended, to be filled in before the next one is added.
Event &addEvent(std::vector<Event> &events, Event::Kind kind, quint64 connection, const QString &text = {})
{
    Event &e = events.emplace_back();
    e.kind = kind;
    e.connectionId = connection;
    e.text = text;
    return e;
}

Event &addFrame(std::vector<Event> &events, quint64 connection, Direction direction, const FrameSpec &spec,
                const QByteArray &payload)
{
    return events.emplace_back(makeFrame(connection, direction, spec, payload));
}

void addOpening(std::vector<Event> &events)
{
    using Kind = Event::Kind;
    auto add = [&events](Kind kind, quint64 connection, const QString &text = {}) -> Event & {
        return addEvent(events, kind, connection, text);
    };
    add(Kind::Listening, kServer, QStringLiteral("127.0.0.1:9001"));
    add(Kind::Connecting, kClient, QStringLiteral("ws://example.test/chat"));
    Event &request = add(Kind::HandshakeRequest, kClient);
    request.direction = Direction::Outgoing;
    request.raw = "GET /chat HTTP/1.1\r\nHost: example.test\r\nUpgrade: websocket\r\n\r\n";
    Event &response = add(Kind::HandshakeResponse, kClient);
    response.statusCode = 101;
    response.raw = "HTTP/1.1 101 Switching Protocols\r\nX-Greeting: Hello there\r\n\r\n";
    Event &opened = add(Kind::Opened, kClient, QStringLiteral("chat.v1"));
    opened.detail = QStringLiteral("permessage-deflate");
    opened.timings = kTimings;
    add(Kind::PeerConnected, kPeer, QStringLiteral("127.0.0.1:50000")).serverId = kServer;
}

// Frames of every kind, a protocol error, then the fillers.
void addFrames(std::vector<Event> &events)
{
    auto add = [&events](quint64 connection, Direction direction, const FrameSpec &spec,
                         const QByteArray &payload) -> Event & {
        return addFrame(events, connection, direction, spec, payload);
    };
    FrameSpec masked = spec(Opcode::Text);
    masked.masked = true;
    masked.maskKey = {1, 2, 3, 4};
    add(kClient, Direction::Outgoing, masked, "hello world");
    QByteArray binary;
    for (int i = 0; i < 256; ++i)
        binary.append(char(i));
    add(kClient, Direction::Incoming, spec(Opcode::Binary), binary);
    add(kClient, Direction::Incoming, spec(Opcode::Text, false), "part one, ");
    add(kClient, Direction::Incoming, spec(Opcode::Ping), "ping");
    add(kClient, Direction::Incoming, spec(Opcode::Continuation), "part two");
    FrameSpec deflated = spec(Opcode::Text);
    deflated.rsv1 = true;
    Event &compressed = add(kClient, Direction::Incoming, deflated, QByteArray("\xf2\x00\x11\x22\x33", 5));
    compressed.compressed = true;
    compressed.inflated = "Hello compressed";
    add(kPeer, Direction::Incoming, spec(Opcode::Text), "100%_done");
    add(kClient, Direction::Incoming, spec(Opcode::Text), QByteArray(""));
    addEvent(events, Event::Kind::ProtocolError, kPeer, QStringLiteral("bad frame")).closeCode = 1002;
    // An echo: the reply's payload is recorded once, as a reference to the received frame's.
    add(kPeer, Direction::Incoming, spec(Opcode::Text), kEchoed);
    add(kPeer, Direction::Outgoing, spec(Opcode::Text), kEchoed);

    for (int i = 0; i < kFillerFrames; ++i)
        add(kClient, Direction::Incoming, spec(Opcode::Binary), "filler " + QByteArray::number(i) + ';');
}

// Every kind of row a capture holds, in capture order; sequence i + 1 is row i.
std::vector<Event> sessionEvents()
{
    using Kind = Event::Kind;
    std::vector<Event> events;
    auto add = [&events](Kind kind, quint64 connection, const QString &text = {}) -> Event & {
        return addEvent(events, kind, connection, text);
    };
    addOpening(events);
    addFrames(events);
    Event &closed = add(Kind::Closed, kClient, QStringLiteral("bye"));
    closed.closeCode = 1000;
    closed.detail = QStringLiteral("clean close");
    Event &dropped = add(Kind::Closed, kPeer);
    dropped.closeCode = 1006;
    dropped.detail = QStringLiteral("dropped");
    add(Kind::Stopped, kServer);
    for (std::size_t i = 0; i < events.size(); ++i) {
        events[i].sequence = qint64(i + 1);
        events[i].timestampNs = 1'000'000 + qint64(i);
    }
    return events;
}

// The sequences of sessionEvents() that the search tests look for.
constexpr qint64 kHandshakeResponse = 4;
constexpr qint64 kOpened = 5;
constexpr qint64 kMaskedText = 7;
constexpr qint64 kFirstFragment = 9;
constexpr qint64 kLastFragment = 11;
constexpr qint64 kCompressed = 12;
constexpr qint64 kPercentUnderscore = 13;
constexpr qint64 kEchoReceived = 16;
constexpr qint64 kEchoSent = 17;
constexpr qint64 kFirstFiller = 18;
constexpr qint64 kClientClosed = kFirstFiller + kFillerFrames;

// Why two events differ, or an empty string when they are the same.
QString differences(const Event &a, const Event &b)
{
    QStringList why;
    auto check = [&why](bool same, const char *field) {
        if (!same)
            why.append(QLatin1String(field));
    };
    check(a.kind == b.kind, "kind");
    check(a.sequence == b.sequence, "sequence");
    check(a.connectionId == b.connectionId, "connectionId");
    check(a.serverId == b.serverId, "serverId");
    check(a.timestampNs == b.timestampNs, "timestampNs");
    check(a.direction == b.direction, "direction");
    check(a.payload == b.payload, "payload");
    check(a.inflated == b.inflated, "inflated");
    check(a.compressed == b.compressed, "compressed");
    check(a.synthesized == b.synthesized, "synthesized");
    check(a.closeCode == b.closeCode, "closeCode");
    check(a.statusCode == b.statusCode, "statusCode");
    check(a.text == b.text, "text");
    check(a.detail == b.detail, "detail");
    check(a.raw == b.raw, "raw");
    const FrameHeader &f = a.frame, &g = b.frame;
    check(f.fin == g.fin && f.rsv1 == g.rsv1 && f.rsv2 == g.rsv2 && f.rsv3 == g.rsv3, "fin/rsv");
    check(f.masked == g.masked && f.maskKey == g.maskKey, "mask");
    check(f.opcode == g.opcode, "opcode");
    check(f.payloadLength == g.payloadLength && f.lengthEncoding == g.lengthEncoding, "payloadLength");
    check(f.headerSize == g.headerSize && f.headerBytes == g.headerBytes, "header");
    check(a.timings.dnsUs == b.timings.dnsUs && a.timings.tcpConnectUs == b.timings.tcpConnectUs
                  && a.timings.tlsUs == b.timings.tlsUs && a.timings.upgradeUs == b.timings.upgradeUs,
          "timings");
    return why.isEmpty() ? QString() : QStringLiteral("sequence %1 differs in %2").arg(a.sequence).arg(why.join(u", "));
}

QString differences(const LogRecord &a, const LogRecord &b)
{
    const bool same = a.sequence == b.sequence && a.timestampNs == b.timestampNs && a.connectionId == b.connectionId
            && a.length == b.length && a.inflatedLength == b.inflatedLength && a.kind == b.kind && a.opcode == b.opcode
            && a.flags == b.flags && a.direction == b.direction && a.code == b.code;
    return same ? QString() : QStringLiteral("record %1 differs").arg(a.sequence);
}

// Sources store set-up timings with the connection, not with the Opened event.
Event withoutTimings(Event e)
{
    e.timings = {};
    return e;
}

} // namespace

class TestCaptureSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void connections_data() { sources(); }
    void connections();
    void everyEventIdentical_data() { sources(); }
    void everyEventIdentical();
    void eventBySequence_data() { sources(); }
    void eventBySequence();
    void logIndexRecords_data() { sources(); }
    void logIndexRecords();
    void payloadOnDemand_data() { sources(); }
    void payloadOnDemand();
    void textSearch_data();
    void textSearch();
    void sinkStops_data() { sources(); }
    void sinkStops();
    void damage_data() { sources(); }
    void damage();
    void sparseIdsAreSoughtNotStepped();
    void damageInTheLaterHalfOfTheIndexIsReported();
    void filesWithFourKibPagesReadTheSame();
    void echoIsStoredOnce();
    void versionTwoFilesReadTheSame_data() { sources(); }
    void versionTwoFilesReadTheSame();
    void salvageCountsPayloadsLostWithTheirSource();

    void readerRestoresTimings_data() { readers(); }
    void readerRestoresTimings();
    void readerKeepGoingCancels_data() { readers(); }
    void readerKeepGoingCancels();
    void readerSalvagesTheRowsOfACutCopy();

private:
    void sources();
    void readers();
    std::unique_ptr<CaptureSource> openSource();

    QTemporaryDir m_dir;
    QString m_path;
    QString m_cutPath;
    std::vector<Event> m_expected;
};

void TestCaptureSource::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("session.wscap"));
    m_expected = sessionEvents();
    CaptureWriter writer;
    QVERIFY2(writer.open(m_path), qPrintable(writer.errorString()));
    for (const Event &e : m_expected)
        QVERIFY(writer.append(e));
    writer.close();
    QVERIFY2(!writer.hasFailed(), qPrintable(writer.errorString()));

    // A copy without its last pages: SQLite can no longer walk it, the reader salvages it.
    m_cutPath = m_dir.filePath(QStringLiteral("cut.wscap"));
    QVERIFY(QFile::copy(m_path, m_cutPath));
    QFile cut(m_cutPath);
    QVERIFY(cut.resize(cut.size() * 9 / 10));
}

void TestCaptureSource::sources()
{
    QTest::addColumn<bool>("salvaged");
    QTest::newRow("SQLite file") << false;
    QTest::newRow("salvaged pages") << true;
}

// The salvaged source reads the whole file page by page, so both sources have every row.
std::unique_ptr<CaptureSource> TestCaptureSource::openSource()
{
    QFETCH(bool, salvaged);
    if (!salvaged) {
        QString error;
        auto source = SqliteCaptureSource::open(m_path, &error);
        if (!source)
            qWarning() << error;
        return source;
    }
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return nullptr;
    return std::make_unique<SalvagedCaptureSource>(file);
}

void TestCaptureSource::connections()
{
    const auto source = openSource();
    QVERIFY(source);
    const QList<ConnectionInfo> connections = source->connections();
    QCOMPARE(connections.size(), 3);
    const ConnectionInfo &client = connections[0];
    QCOMPARE(client.id, kClient);
    QCOMPARE(client.role, QStringLiteral("client"));
    QCOMPARE(client.url, QStringLiteral("ws://example.test/chat"));
    QCOMPARE(client.subprotocol, QStringLiteral("chat.v1"));
    QCOMPARE(client.extensions, QStringLiteral("permessage-deflate"));
    QCOMPARE(client.openedNs, m_expected[kOpened - 1].timestampNs);
    QCOMPARE(client.closedNs, m_expected[kClientClosed - 1].timestampNs);
    QCOMPARE(client.closeCode, 1000);
    QCOMPARE(client.closeReason, QStringLiteral("bye"));
    QCOMPARE(client.timings.dnsUs, kTimings.dnsUs);
    QCOMPARE(client.timings.upgradeUs, kTimings.upgradeUs);
    const ConnectionInfo &server = connections[1];
    QCOMPARE(server.id, kServer);
    QCOMPARE(server.role, QStringLiteral("listener"));
    QCOMPARE(server.url, QStringLiteral("127.0.0.1:9001"));
    QCOMPARE(server.timings.dnsUs, -1); // never opened: no phase happened
    const ConnectionInfo &peer = connections[2];
    QCOMPARE(peer.id, kPeer);
    QCOMPARE(peer.serverId, kServer);
    QCOMPARE(peer.role, QStringLiteral("server"));
    QCOMPARE(peer.peerAddress, QStringLiteral("127.0.0.1:50000"));
    QCOMPARE(peer.closeCode, 1006);
}

void TestCaptureSource::everyEventIdentical()
{
    const auto source = openSource();
    QVERIFY(source);
    std::size_t index = 0;
    QString firstDifference;
    QVERIFY(source->readEvents([&](const Event &e) {
        if (firstDifference.isEmpty())
            firstDifference = index < m_expected.size() ? differences(e, withoutTimings(m_expected[index]))
                                                        : QStringLiteral("more events than written");
        ++index;
        return true;
    }));
    QVERIFY2(firstDifference.isEmpty(), qPrintable(firstDifference));
    QCOMPARE(index, m_expected.size());
}

void TestCaptureSource::eventBySequence()
{
    const auto source = openSource();
    QVERIFY(source);
    // Every row that is not a filler, and fillers at both ends.
    for (qint64 sequence = 1; sequence <= qint64(m_expected.size()); ++sequence) {
        if (sequence == kFirstFiller + 2)
            sequence = kClientClosed - 2;
        const std::optional<Event> e = source->event(sequence);
        QVERIFY2(e, qPrintable(QString::number(sequence)));
        const QString why = differences(*e, withoutTimings(m_expected[sequence - 1]));
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }
    QVERIFY(!source->event(0));
    QVERIFY(!source->event(qint64(m_expected.size()) + 1));
}

void TestCaptureSource::logIndexRecords()
{
    const auto source = openSource();
    QVERIFY(source);
    std::vector<LogRecord> records;
    QVERIFY(source->readLogIndex([&records](const LogRecord &r) {
        records.push_back(r);
        return true;
    }));
    QCOMPARE(records.size(), m_expected.size());
    for (std::size_t i = 0; i < records.size(); ++i) {
        const QString why = differences(records[i], LogRecord::fromEvent(m_expected[i], m_expected[i].sequence));
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }
    QCOMPARE(records[kCompressed - 1].flags & FrameCompressed, int(FrameCompressed));
    QCOMPARE(records[kCompressed - 1].inflatedLength, quint32(m_expected[kCompressed - 1].inflated.size()));
    QCOMPARE(records[kHandshakeResponse - 1].code, quint16(101));
}

void TestCaptureSource::payloadOnDemand()
{
    const auto source = openSource();
    QVERIFY(source);
    for (qint64 sequence :
         {kMaskedText, kFirstFragment, kLastFragment, kPercentUnderscore, kEchoReceived, kEchoSent, kFirstFiller})
        QCOMPARE(source->payload(sequence, false), m_expected[sequence - 1].payload);
    QCOMPARE(source->payload(kCompressed, false), m_expected[kCompressed - 1].payload);
    QCOMPARE(source->payload(kCompressed, true), QByteArray("Hello compressed"));
    QVERIFY(source->payload(kMaskedText, true).isEmpty()); // not compressed: nothing inflated
    QVERIFY(source->payload(qint64(m_expected.size()) + 1, false).isEmpty());
}

void TestCaptureSource::textSearch_data()
{
    QTest::addColumn<bool>("salvaged");
    QTest::addColumn<QString>("text");
    QTest::addColumn<std::vector<qint64>>("expected");
    for (const bool salvaged : {false, true}) {
        const char *source = salvaged ? "salvaged" : "SQLite";
        // Payloads, inflated bytes and raw handshakes, whatever the case.
        QTest::addRow("%s: hello", source) << salvaged << QStringLiteral("HeLLo")
                                           << std::vector<qint64>{kHandshakeResponse, kMaskedText, kCompressed};
        QTest::addRow("%s: fragments", source)
                << salvaged << QStringLiteral("part") << std::vector<qint64>{kFirstFragment, kLastFragment};
        // LIKE's wildcards are searched for as they are.
        QTest::addRow("%s: wildcards", source)
                << salvaged << QStringLiteral("%_") << std::vector<qint64>{kPercentUnderscore};
        QTest::addRow("%s: event text", source)
                << salvaged << QStringLiteral("chat.v1") << std::vector<qint64>{kOpened};
        QTest::addRow("%s: detail", source)
                << salvaged << QStringLiteral("clean close") << std::vector<qint64>{kClientClosed};
        QTest::addRow("%s: echo", source)
                << salvaged << QStringLiteral("echo: an echoed") << std::vector<qint64>{kEchoReceived, kEchoSent};
        QTest::addRow("%s: nothing", source) << salvaged << QStringLiteral("absent") << std::vector<qint64>{};
        QTest::addRow("%s: one filler", source)
                << salvaged << QStringLiteral("filler 1234;") << std::vector<qint64>{kFirstFiller + 1234};
    }
}

void TestCaptureSource::textSearch()
{
    QFETCH(QString, text);
    QFETCH(std::vector<qint64>, expected);
    const auto source = openSource();
    QVERIFY(source);
    QCOMPARE(source->sequencesContaining(text), expected);
}

void TestCaptureSource::sinkStops()
{
    const auto source = openSource();
    QVERIFY(source);
    constexpr int kWanted = 10;
    int events = 0;
    QVERIFY(!source->readEvents([&events](const Event &) { return ++events < kWanted; }));
    QCOMPARE(events, kWanted);
    int records = 0;
    QVERIFY(!source->readLogIndex([&records](const LogRecord &) { return ++records < kWanted; }));
    QCOMPARE(records, kWanted);
}

void TestCaptureSource::damage()
{
    QFETCH(bool, salvaged);
    const auto source = openSource();
    QVERIFY(source);
    source->readEvents([](const Event &) { return true; });
    const CaptureDamage damage = source->damage();
    // The salvaged source is only used for files that were cut short, and says so.
    QCOMPARE(damage.isEmpty(), !salvaged);
    if (salvaged)
        QVERIFY2(damage.first.contains(QLatin1String("cut short")), qPrintable(damage.first));
}

// A last row with an id near 2^63 (found by fuzz_captures): the scan once stepped through the
// empty ids between in chunks, for years.
void TestCaptureSource::sparseIdsAreSoughtNotStepped()
{
    const QString path = m_dir.filePath(QStringLiteral("sparse.wscap"));
    QVERIFY(QFile::copy(m_path, path));
    QVERIFY(execSql(path,
                    "UPDATE events SET id = 4611686018427387904 WHERE id = (SELECT max(id) FROM events);"
                    "UPDATE frames SET id = 4611686018427387903 WHERE id = (SELECT max(id) FROM frames);"));
    QString error;
    const auto source = SqliteCaptureSource::open(path, &error);
    QVERIFY2(source, qPrintable(error));
    qsizetype events = 0;
    QVERIFY(source->readEvents([&events](const Event &) { return ++events, true; }));
    QCOMPARE(events, qsizetype(m_expected.size()));
    qsizetype records = 0;
    QVERIFY(source->readLogIndex([&records](const LogRecord &) { return ++records, true; }));
    QCOMPARE(records, events);
    QVERIFY(source->damage().isEmpty());
}

// The later half of the index is read on a second connection: what it cannot read is still
// told, and the rows around the damage still come, in order.
void TestCaptureSource::damageInTheLaterHalfOfTheIndexIsReported()
{
    const QString path = m_dir.filePath(QStringLiteral("damaged.wscap"));
    QVERIFY(QFile::copy(m_path, path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const QByteArray header = file.read(100);
    // The file header's page size, big-endian at offset 16 (SQLite file format §1.3.2).
    const int declaredPageSize = quint8(header[16]) << 8 | quint8(header[17]);
    const qint64 pageSize = declaredPageSize == 1 ? 65536 : declaredPageSize; // 1 stands for 65536
    QVERIFY(file.seek(file.size() * 4 / 5 / pageSize * pageSize));
    file.write(QByteArray(pageSize, '\xA5'));
    file.close();

    QString error;
    const auto source = SqliteCaptureSource::open(path, &error);
    QVERIFY2(source, qPrintable(error));
    std::vector<qint64> sequences;
    QVERIFY(source->readLogIndex([&sequences](const LogRecord &r) { return sequences.push_back(r.sequence), true; }));
    const CaptureDamage damage = source->damage();
    QVERIFY(!damage.isEmpty());
    const QString firstDamage = damage.first;
    QVERIFY2(firstDamage.startsWith(QLatin1String("frames row ")), qPrintable(firstDamage));
    const qint64 firstDamagedId = firstDamage.section(QLatin1Char(' '), 2, 2).chopped(1).toLongLong();
    QVERIFY2(firstDamagedId > kClientClosed / 2, qPrintable(firstDamage));
    QCOMPARE(qint64(sequences.size()) + damage.unreadable, qint64(m_expected.size()));
    QVERIFY(std::is_sorted(sequences.begin(), sequences.end()));
    QCOMPARE(sequences.back(), qint64(m_expected.size()));
}

// Captures written before 64 KiB pages have SQLite's default of 4 KiB; they read the same.
void TestCaptureSource::filesWithFourKibPagesReadTheSame()
{
    const QString path = m_dir.filePath(QStringLiteral("small-pages.wscap"));
    QVERIFY(QFile::copy(m_path, path));
    QVERIFY(execSql(path, "PRAGMA journal_mode=DELETE; PRAGMA page_size=4096; VACUUM;"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(18).mid(16), QByteArray("\x10\x00", 2)); // the header's page size: 4096
    file.close();
    QString error;
    const auto source = SqliteCaptureSource::open(path, &error);
    QVERIFY2(source, qPrintable(error));
    std::vector<Event> events;
    QVERIFY(source->readEvents([&events](const Event &e) { return events.push_back(e), true; }));
    QCOMPARE(events.size(), m_expected.size());
    for (std::size_t i = 0; i < events.size(); ++i)
        QVERIFY2(events[i].payload == m_expected[i].payload && events[i].kind == m_expected[i].kind,
                 qPrintable(QString::number(i)));
    QVERIFY(source->damage().isEmpty());
}

// Version 3 records an echo's payload once: the sent frame names the received one.
void TestCaptureSource::echoIsStoredOnce()
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open_v2(QFile::encodeName(m_path).constData(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
    const auto integer = [db](const char *sql) {
        sqlite3_stmt *statement = nullptr;
        sqlite3_prepare_v2(db, sql, -1, &statement, nullptr);
        const qint64 value = sqlite3_step(statement) == SQLITE_ROW ? sqlite3_column_int64(statement, 0) : -1;
        sqlite3_finalize(statement);
        return value;
    };
    QCOMPARE(integer("PRAGMA user_version"), qint64(3));
    QCOMPARE(integer("SELECT count(*) FROM frames WHERE payload_from IS NOT NULL"), qint64(1));
    const QByteArray sent = "SELECT payload_from FROM frames WHERE id = " + QByteArray::number(kEchoSent);
    QCOMPARE(integer(sent.constData()), kEchoReceived);
    const QByteArray ownBytes = "SELECT length(payload) FROM frames WHERE id = " + QByteArray::number(kEchoSent);
    QCOMPARE(integer(ownBytes.constData()), qint64(0));
    // The view gives every frame its payload, as the format doc shows.
    QCOMPARE(integer("SELECT count(*) FROM frames f JOIN frame_payloads p USING (id) "
                     "WHERE length(p.payload) != f.payload_length"),
             qint64(0));
    sqlite3_close(db);
}

// A version-2 file (no payload_from, every payload stored) reads as the same session.
void TestCaptureSource::versionTwoFilesReadTheSame()
{
    QFETCH(bool, salvaged);
    const QString path = m_dir.filePath(QStringLiteral("version2-%1.wscap").arg(salvaged));
    QFile::remove(path);
    QVERIFY(QFile::copy(m_path, path));
    QVERIFY(execSql(path,
                    "UPDATE frames SET payload = (SELECT source.payload FROM frames source "
                    "WHERE source.id = frames.payload_from) WHERE payload_from IS NOT NULL;"
                    "DROP VIEW frame_payloads; ALTER TABLE frames DROP COLUMN payload_from;"
                    "PRAGMA user_version=2; PRAGMA journal_mode=DELETE;"));
    std::unique_ptr<CaptureSource> source;
    QFile file(path);
    QString error;
    if (salvaged) {
        QVERIFY(file.open(QIODevice::ReadOnly));
        source = std::make_unique<SalvagedCaptureSource>(file);
    } else {
        auto sqlite = SqliteCaptureSource::open(path, &error);
        QVERIFY2(sqlite, qPrintable(error));
        QCOMPARE(sqlite->schemaVersion(), 2);
        source = std::move(sqlite);
    }
    std::size_t index = 0;
    QString firstDifference;
    QVERIFY(source->readEvents([&](const Event &e) {
        if (firstDifference.isEmpty() && index < m_expected.size())
            firstDifference = differences(e, withoutTimings(m_expected[index]));
        return ++index, true;
    }));
    QVERIFY2(firstDifference.isEmpty(), qPrintable(firstDifference));
    QCOMPARE(index, m_expected.size());
    QCOMPARE(source->payload(kEchoSent, false), kEchoed);
    QCOMPARE(source->sequencesContaining(QStringLiteral("echo: an echoed")),
             (std::vector<qint64>{kEchoReceived, kEchoSent}));
}

// Page by page, a reference whose source frame sat on an unreadable page has no payload to
// give: it is counted, and every other frame keeps its bytes.
void TestCaptureSource::salvageCountsPayloadsLostWithTheirSource()
{
    const QString path = m_dir.filePath(QStringLiteral("lost-sources.wscap"));
    constexpr int kEchoes = 600;
    const auto payloadOf = [](int i) {
        return QByteArray("source %1 ").replace("%1", QByteArray::number(i)).repeated(40);
    };
    {
        CaptureWriter writer;
        QVERIFY(writer.open(path));
        for (const Direction direction : {Direction::Incoming, Direction::Outgoing}) {
            for (int i = 0; i < kEchoes; ++i)
                QVERIFY(writer.append(makeFrame(kPeer, direction, spec(Opcode::Text), payloadOf(i))));
        }
        writer.close();
        QVERIFY(!writer.hasFailed());
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray contents = file.readAll();
    file.close();
    // The page that holds the first received payload becomes unreadable (not a table leaf).
    constexpr qsizetype kPageSize = 65536;
    const qsizetype at = contents.indexOf(payloadOf(0));
    QVERIFY(at > 0);
    const qsizetype page = at / kPageSize * kPageSize;
    contents.replace(page, kPageSize, QByteArray(kPageSize, '\0'));

    const CaptureSalvage::Result rows = CaptureSalvage::scan(contents);
    QVERIFY(rows.lostPayloadSources > 0);
    int sent = 0, sentWithoutPayload = 0;
    for (const auto &[id, e] : rows.events) {
        if (e.direction == Direction::Outgoing) {
            ++sent;
            sentWithoutPayload += e.payload.isEmpty() ? 1 : 0;
        }
        const int i = int((id - 1) % kEchoes);
        QVERIFY2(e.payload.isEmpty() || e.payload == payloadOf(i), qPrintable(QString::number(id)));
    }
    QCOMPARE(sent, kEchoes);
    QCOMPARE(qint64(sentWithoutPayload), rows.lostPayloadSources);
    // The reader's damage report counts them with the unreadable pages.
    QFile damaged(m_dir.filePath(QStringLiteral("lost-sources-damaged.wscap")));
    QVERIFY(damaged.open(QIODevice::ReadWrite | QIODevice::Truncate));
    damaged.write(contents);
    QVERIFY(damaged.seek(0));
    const SalvagedCaptureSource source(damaged);
    QCOMPARE(source.damage().unreadable, std::max<qint64>(1, rows.unreadablePages) + rows.lostPayloadSources);
}

void TestCaptureSource::readers()
{
    QTest::addColumn<bool>("cut");
    QTest::newRow("whole file (SQLite)") << false;
    QTest::newRow("cut copy (salvaged)") << true;
}

void TestCaptureSource::readerRestoresTimings()
{
    QFETCH(bool, cut);
    CaptureReader reader;
    QVERIFY2(reader.open(cut ? m_cutPath : m_path), qPrintable(reader.errorString()));
    QCOMPARE(reader.damageReport().isEmpty(), !cut);
    QList<Event> opened;
    reader.readEvents([&opened](const Event &e) {
        if (e.kind == Event::Kind::Opened)
            opened.append(e);
        return true;
    });
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened[0].timings.tcpConnectUs, kTimings.tcpConnectUs);
    QCOMPARE(opened[0].timings.tlsUs, kTimings.tlsUs);
}

void TestCaptureSource::readerKeepGoingCancels()
{
    QFETCH(bool, cut);
    CaptureReader reader;
    QVERIFY2(reader.open(cut ? m_cutPath : m_path), qPrintable(reader.errorString()));
    QList<qint64> asked;
    std::vector<LogRecord> records;
    QVERIFY(!reader.readLogIndex(records, [&asked](qint64 done) {
        asked.append(done);
        return false; // cancelled at the first question
    }));
    QCOMPARE(asked, QList<qint64>{CaptureReader::kProgressInterval});
    asked.clear();
    records.clear();
    QVERIFY(reader.readLogIndex(records, [&asked](qint64 done) {
        asked.append(done);
        return true;
    }));
    QCOMPARE(asked, QList<qint64>{CaptureReader::kProgressInterval});
    QVERIFY(records.size() > std::size_t(CaptureReader::kProgressInterval));
}

void TestCaptureSource::readerSalvagesTheRowsOfACutCopy()
{
    CaptureReader reader;
    QVERIFY2(reader.open(m_cutPath), qPrintable(reader.errorString()));
    QVERIFY2(reader.damageReport().contains(QLatin1String("cut short")), qPrintable(reader.damageReport()));
    // Only the rows still in the file come back, each as it was written, in order.
    std::size_t recovered = 0;
    qint64 previous = 0;
    QString firstDifference;
    reader.readEvents([&](const Event &e) {
        ++recovered;
        if (firstDifference.isEmpty() && (e.sequence <= previous || e.sequence > qint64(m_expected.size())))
            firstDifference = QStringLiteral("sequence %1 out of order").arg(e.sequence);
        else if (firstDifference.isEmpty())
            firstDifference = differences(e, m_expected[e.sequence - 1]);
        previous = e.sequence;
        return true;
    });
    QVERIFY2(firstDifference.isEmpty(), qPrintable(firstDifference));
    QVERIFY2(recovered > m_expected.size() / 2, qPrintable(QString::number(recovered)));
    QVERIFY(recovered < m_expected.size());
    std::vector<LogRecord> records;
    QVERIFY(reader.readLogIndex(records));
    QCOMPARE(records.size(), recovered);
}

QTEST_GUILESS_MAIN(TestCaptureSource)
#include "tst_capturesource.moc"
