// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/capturefailurewatch.h"
#include "capture/capturefiles.h"
#include "capture/capturereader.h"
#include "capture/capturesalvage.h"
#include "capture/capturewriter.h"
#include "capture/jsonlformat.h"
#include "peerprocess.h"
#include "protocol/frameencoder.h"
#include "websocketclient.h"
#include "websocketserver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <csignal>
#include <memory>
#include <sys/resource.h>
#include <unistd.h>

using namespace Sockscope;
using SockscopeTest::PeerProcess;

namespace {

struct Message
{
    Direction direction;
    int opcode;
    QByteArray data;
    bool operator==(const Message &) const = default;
};

// Reassembles the data messages of a capture, in order, from its frames.
QList<Message> messagesOf(CaptureReader &reader)
{
    QList<Message> messages;
    QHash<int, Message> partial;
    reader.readEvents([&](const Event &e) {
        if (e.kind != Event::Kind::Frame || e.frame.isControl())
            return true;
        Message &m = partial[int(e.direction)];
        if (e.frame.opcode != 0)
            m = {e.direction, e.frame.opcode, {}};
        m.data += e.compressed ? e.inflated : e.payload;
        if (e.frame.fin)
            messages.append(m);
        return true;
    });
    return messages;
}

QList<Message> messagesOf(const QString &path)
{
    CaptureReader reader;
    if (!reader.open(path))
        qWarning() << reader.errorString();
    return messagesOf(reader);
}

// A binary frame of connection 1, as the engine would record it.
Event binaryFrame(qint64 timestampNs, const QByteArray &payload)
{
    Event e;
    e.kind = Event::Kind::Frame;
    e.connectionId = 1;
    e.timestampNs = timestampNs;
    e.payload = payload;
    FrameSpec spec;
    spec.opcode = 2;
    e.frame = describeFrame(spec, std::uint64_t(payload.size()));
    return e;
}

QByteArray pattern(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char((i * 131) >> 3);
    return bytes;
}

} // namespace

class TestCapture : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void recordsRealSession();
    void roundTrip_data();
    void roundTrip();
    void jsonlKeepsEveryFrameExactly();
    void importsChromiumHar();
    void exportedHarLooksLikeChrome();
    void harKeepsTheCloseForOtherTools_data();
    void harKeepsTheCloseForOtherTools();
    void garbageFiles_data();
    void garbageFiles();
    void truncatedFileRecoversIntactFrames();
    void salvageRefusesHostileSizes_data();
    void salvageRefusesHostileSizes();
    void hugeJsonlLineIsRefusedBounded();
    void hugeHarIsRefusedUnread();
    void harTimesBeyondNanosecondsAreClamped();
    void failureAfterTheLastEventIsReported();
    void survivesSigkillWhileRecording();
    void cliShowAndConvert();
    void slowDiskSlowsTheProducerAndLosesNothing();
    void burstStaysInWalUntilTrafficIsQuiet();
    void walStaysBoundedUnderSustainedTraffic();
    void walBudgetFollowsFreeSpace();
    void discardDeletesWithoutCopyingTheWal();
    void uncopiedWalBytesFollowTheCopy();
    void exportReportsProgressAndCancels_data();
    void exportReportsProgressAndCancels();

private:
    QTemporaryDir m_dir;
    QString m_session; // a capture of a real loopback session, made once
    QList<Message> m_sent;
};

void TestCapture::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_session = m_dir.filePath(QStringLiteral("session.wscap"));
}

// Our client talks to our echo server over loopback with deflate on; the client's events
// are recorded. Every later test starts from this real capture.
void TestCapture::recordsRealSession()
{
    ServerOptions serverOptions;
    serverOptions.handshake.acceptDeflate = true;
    WebSocketServer server(serverOptions);
    QVERIFY2(server.listen(), qPrintable(server.errorString()));
    ClientOptions options;
    options.url = QUrl(QStringLiteral("ws://") + server.listenAddress() + QStringLiteral("/capture"));
    options.deflate = true;
    WebSocketClient client(options);
    CaptureWriter writer;
    QVERIFY2(writer.open(m_session), qPrintable(writer.errorString()));
    connect(&client, &WebSocketClient::eventOccurred, &client, [&writer](const Event &e) { writer.append(e); });
    QSignalSpy opened(&client, &WebSocketClient::opened);
    QSignalSpy received(&client, &WebSocketClient::messageReceived);
    client.open();
    QVERIFY(opened.wait(5000));

    m_sent = {{Direction::Outgoing, 1, "plain text"},
              {Direction::Outgoing, 2, QByteArray::fromHex("00ff7f80fe01")},
              {Direction::Outgoing, 1, ""},
              {Direction::Outgoing, 2, ""},
              {Direction::Outgoing, 1,
               "Gr\xc3\xbc\xc3\x9f"
               "e \xe4\xbd\xa0\xe5\xa5\xbd \xf0\x9f\x91\x8b"},
              {Direction::Outgoing, 2, pattern(1 << 20)}};
    for (const Message &m : std::as_const(m_sent))
        client.session()->sendMessage(Opcode(m.opcode), m.data);
    client.session()->sendMessage(Opcode::Text, "fragmented across several frames", 7);
    m_sent.append({Direction::Outgoing, 1, "fragmented across several frames"});
    client.session()->sendPing("are you there");
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), m_sent.size(), 10000);
    QSignalSpy closed(&client, &WebSocketClient::closed);
    client.close(4001, QStringLiteral("test over"));
    QVERIFY(closed.wait(5000));
    writer.close();
    QVERIFY2(!writer.hasFailed(), qPrintable(writer.errorString()));

    QList<Message> expected;
    for (const Message &m : std::as_const(m_sent)) {
        expected.append(m);
        expected.append({Direction::Incoming, m.opcode, m.data});
    }
    const QList<Message> recorded = messagesOf(m_session);
    QCOMPARE(recorded.size(), expected.size());
    // Echoes arrive in order, interleaved with sends; compare per direction.
    auto only = [](const QList<Message> &list, Direction d) {
        QList<Message> out;
        for (const Message &m : list)
            if (m.direction == d)
                out.append(m);
        return out;
    };
    QVERIFY(only(recorded, Direction::Outgoing) == only(expected, Direction::Outgoing));
    QVERIFY(only(recorded, Direction::Incoming) == only(expected, Direction::Incoming));

    CaptureReader reader;
    QVERIFY(reader.open(m_session));
    const QList<ConnectionInfo> connections = reader.connections();
    QCOMPARE(connections.size(), 1);
    QCOMPARE(connections[0].role, QStringLiteral("client"));
    QCOMPARE(connections[0].closeCode, 4001);
    QCOMPARE(connections[0].closeReason, QStringLiteral("test over"));
    QVERIFY(connections[0].extensions.startsWith(QLatin1String("permessage-deflate")));
    QVERIFY(connections[0].timings.upgradeUs >= 0);
    std::vector<LogRecord> index;
    QVERIFY(reader.readLogIndex(index));
    std::size_t frames = 0;
    int compressed = 0;
    for (const LogRecord &r : index) {
        frames += r.isFrame() ? 1 : 0;
        compressed += (r.isFrame() && (r.flags & FrameCompressed)) ? 1 : 0;
    }
    QVERIFY(frames > std::size_t(2 * m_sent.size()));
    QVERIFY(compressed > 0);
    QVERIFY(reader.damageReport().isEmpty());
}

void TestCapture::roundTrip_data()
{
    QTest::addColumn<QString>("extension");
    QTest::newRow("HAR") << QStringLiteral("har");
    QTest::newRow("JSON Lines") << QStringLiteral("jsonl");
    QTest::newRow("wscap") << QStringLiteral("wscap");
}

void TestCapture::roundTrip()
{
    QFETCH(QString, extension);
    CaptureReader source;
    QVERIFY(source.open(m_session));
    const QString exported = m_dir.filePath(QStringLiteral("exported.") + extension);
    QString error;
    QVERIFY2(CaptureFiles::save(source, exported, &error), qPrintable(error));
    CaptureReader back;
    QVERIFY2(CaptureFiles::open(exported,
                                m_dir.filePath(QStringLiteral("back-") + extension + QStringLiteral(".wscap")), back,
                                &error),
             qPrintable(error));
    const QList<Message> original = messagesOf(m_session);
    const QList<Message> roundTripped = messagesOf(back);
    QCOMPARE(roundTripped.size(), original.size());
    for (qsizetype i = 0; i < original.size(); ++i) {
        QCOMPARE(roundTripped[i].direction, original[i].direction);
        QCOMPARE(roundTripped[i].opcode, original[i].opcode);
        QCOMPARE(roundTripped[i].data, original[i].data);
    }
    // Control frames and the close code survive too (in HAR through _sockscope fields).
    QCOMPARE(back.connections().value(0).closeCode, 4001);
    int pings = 0;
    back.readEvents([&pings](const Event &e) {
        pings += e.kind == Event::Kind::Frame && e.frame.opcode == 9;
        return true;
    });
    QCOMPARE(pings, 1);
}

void TestCapture::jsonlKeepsEveryFrameExactly()
{
    CaptureReader source;
    QVERIFY(source.open(m_session));
    const QString jsonl = m_dir.filePath(QStringLiteral("exact.jsonl"));
    QString error;
    QVERIFY(CaptureFiles::save(source, jsonl, &error));
    CaptureReader back;
    QVERIFY(CaptureFiles::open(jsonl, m_dir.filePath(QStringLiteral("exact.wscap")), back, &error));
    QList<Event> a, b;
    source.readEvents([&a](const Event &e) {
        a.append(e);
        return true;
    });
    back.readEvents([&b](const Event &e) {
        b.append(e);
        return true;
    });
    QCOMPARE(b.size(), a.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        QCOMPARE(b[i].kind, a[i].kind);
        QCOMPARE(b[i].timestampNs, a[i].timestampNs);
        QCOMPARE(b[i].payload, a[i].payload);
        QCOMPARE(b[i].raw, a[i].raw);
        QCOMPARE(b[i].frame.headerBytes, a[i].frame.headerBytes);
    }
}

void TestCapture::importsChromiumHar()
{
    const QString har = SockscopeTest::testDataDirectory() + QStringLiteral("/chromium-devtools-echo.har");
    CaptureReader reader;
    QString error;
    QVERIFY2(CaptureFiles::open(har, m_dir.filePath(QStringLiteral("chrome.wscap")), reader, &error),
             qPrintable(error));
    const QList<ConnectionInfo> connections = reader.connections();
    QCOMPARE(connections.size(), 1); // the page and favicon entries are not WebSockets
    QCOMPARE(connections[0].url, QStringLiteral("ws://127.0.0.1:47321/echo"));
    const QList<Message> messages = messagesOf(reader);
    QCOMPARE(messages.size(), 8);
    QCOMPARE(messages[0], (Message{Direction::Outgoing, 1, "first message"}));
    QCOMPARE(messages[1], (Message{Direction::Incoming, 1, "first message"}));
    QCOMPARE(messages[4], (Message{Direction::Outgoing, 2, QByteArray::fromHex("deadbeef0001")}));
    QCOMPARE(QString::fromUtf8(messages[6].data), QStringLiteral("été 🌞"));
    QByteArray request;
    reader.readEvents([&request](const Event &e) {
        if (e.kind == Event::Kind::HandshakeRequest)
            request = e.raw;
        return true;
    });
    QVERIFY(request.startsWith("GET /echo HTTP/1.1\r\n"));
    QVERIFY(request.contains("Sec-WebSocket-Key: Sieqm1YxwBYcL5Z1VVFKQQ==\r\n"));
}

void TestCapture::exportedHarLooksLikeChrome()
{
    CaptureReader source;
    QVERIFY(source.open(m_session));
    const QString har = m_dir.filePath(QStringLiteral("chrome-like.har"));
    QString error;
    QVERIFY(CaptureFiles::save(source, har, &error));
    QFile file(har);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject log = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("log")).toObject();
    QCOMPARE(log.value(QLatin1String("version")).toString(), QStringLiteral("1.2"));
    const QJsonObject entry = log.value(QLatin1String("entries")).toArray().at(0).toObject();
    QCOMPARE(entry.value(QLatin1String("_resourceType")).toString(), QStringLiteral("websocket"));
    QCOMPARE(entry.value(QLatin1String("response")).toObject().value(QLatin1String("status")).toInt(), 101);
    const QJsonArray messages = entry.value(QLatin1String("_webSocketMessages")).toArray();
    QCOMPARE(messages.size(), 2 * m_sent.size());
    for (const QJsonValue &value : messages) {
        const QJsonObject m = value.toObject();
        QVERIFY(m.value(QLatin1String("type")).toString() == QLatin1String("send")
                || m.value(QLatin1String("type")).toString() == QLatin1String("receive"));
        const int opcode = m.value(QLatin1String("opcode")).toInt();
        QVERIFY(opcode == 1 || opcode == 2);
        // Seconds since the epoch, as Chrome writes them (not milliseconds).
        QVERIFY(m.value(QLatin1String("time")).toDouble() > 1.7e9 && m.value(QLatin1String("time")).toDouble() < 4e9);
    }
    QStringList binaryData;
    for (const QJsonValue &value : messages) {
        if (value.toObject().value(QLatin1String("opcode")).toInt() == 2)
            binaryData.append(value.toObject().value(QLatin1String("data")).toString());
    }
    QCOMPARE(binaryData.first(), QStringLiteral("AP9/gP4B")); // standard padded base64
}

void TestCapture::harKeepsTheCloseForOtherTools_data()
{
    QTest::addColumn<bool>("aborted");
    QTest::newRow("closing handshake") << false;
    QTest::newRow("aborted") << true;
}

// The close goes out as HTTP Toolkit's _webSocketClose too, and a HAR that has only that
// (as HTTP Toolkit writes it, without our _sockscopeClose) comes back with its code and reason.
void TestCapture::harKeepsTheCloseForOtherTools()
{
    QFETCH(bool, aborted);
    CaptureReader source;
    QVERIFY(source.open(m_session));
    const QString exported = m_dir.filePath(QStringLiteral("close.har"));
    QString error;
    QVERIFY2(CaptureFiles::save(source, exported, &error), qPrintable(error));
    QFile file(exported);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject har = QJsonDocument::fromJson(file.readAll()).object();
    QJsonObject log = har.value(QLatin1String("log")).toObject();
    QJsonArray entries = log.value(QLatin1String("entries")).toArray();
    QJsonObject entry = entries.at(0).toObject();
    const QJsonObject close = entry.value(QLatin1String("_webSocketClose")).toObject();
    QCOMPARE(close.value(QLatin1String("code")).toInt(), 4001);
    QCOMPARE(close.value(QLatin1String("reason")).toString(), QStringLiteral("test over"));
    const double closedAt = close.value(QLatin1String("timestamp")).toDouble();
    QVERIFY2(closedAt > 1.7e9 && closedAt < 4e9, "seconds since the epoch, as in _webSocketMessages");

    entry.remove(QLatin1String("_sockscopeClose"));
    if (aborted)
        entry.insert(QLatin1String("_webSocketClose"), QStringLiteral("aborted"));
    entries.replace(0, entry);
    log.insert(QLatin1String("entries"), entries);
    har.insert(QLatin1String("log"), log);
    const QString theirs = m_dir.filePath(QStringLiteral("their-close.har"));
    QFile out(theirs);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(har).toJson());
    out.close();

    CaptureReader reader;
    QVERIFY2(CaptureFiles::open(theirs, m_dir.filePath(QStringLiteral("their-close.wscap")), reader, &error),
             qPrintable(error));
    QList<Event> closes;
    qint64 lastNs = 0;
    reader.readEvents([&](const Event &e) {
        if (e.kind == Event::Kind::Closed)
            closes.append(e);
        else
            lastNs = qMax(lastNs, e.timestampNs);
        return true;
    });
    QCOMPARE(closes.size(), 1);
    if (aborted) {
        QCOMPARE(closes[0].closeCode, quint16(1006));
        QCOMPARE(closes[0].timestampNs, lastNs);
    } else {
        QCOMPARE(closes[0].closeCode, quint16(4001));
        QCOMPARE(closes[0].text, QStringLiteral("test over"));
        // A double of seconds keeps the time to well under a microsecond.
        QVERIFY(qAbs(closes[0].timestampNs - qint64(closedAt * 1e9)) < 1000);
    }
}

void TestCapture::garbageFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("errorPart");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("text") << QByteArray("this is not a capture\n").repeated(100)
                          << QStringLiteral("not a Sockscope capture");
    QTest::newRow("random") << pattern(8192) << QStringLiteral("not a Sockscope capture");
}

void TestCapture::garbageFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, errorPart);
    const QString path = m_dir.filePath(QStringLiteral("garbage.wscap"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
    file.close();
    CaptureReader reader;
    QVERIFY(!reader.open(path));
    QVERIFY2(reader.errorString().contains(errorPart), qPrintable(reader.errorString()));
    QCOMPARE(QFile(path).size(), content.size()); // nothing was written into it
}

void TestCapture::truncatedFileRecoversIntactFrames()
{
    const QString path = m_dir.filePath(QStringLiteral("truncated.wscap"));
    constexpr int kFrames = 20000;
    {
        CaptureWriter writer;
        QVERIFY(writer.open(path));
        for (int i = 0; i < kFrames; ++i) {
            Event e;
            e.kind = Event::Kind::Frame;
            e.connectionId = 1;
            e.timestampNs = 1000 + i;
            e.payload = QByteArray::number(i).repeated(20);
            FrameSpec spec;
            spec.opcode = 1;
            e.frame = describeFrame(spec, std::uint64_t(e.payload.size()));
            writer.append(e);
        }
        writer.close();
    }
    QFile file(path);
    const qint64 fullSize = file.size();
    QVERIFY(file.resize(fullSize * 6 / 10));

    CaptureReader reader;
    QVERIFY2(reader.open(path), qPrintable(reader.errorString()));
    int recovered = 0;
    bool intact = true;
    reader.readEvents([&](const Event &e) {
        ++recovered;
        const QByteArray number = e.payload.left(e.payload.size() / 20);
        intact = intact && e.payload == number.repeated(20) && number.toLongLong() == e.timestampNs - 1000;
        return true;
    });
    QVERIFY(intact);
    QVERIFY2(recovered > kFrames / 3, qPrintable(QString::number(recovered)));
    QVERIFY(recovered < kFrames);
    QVERIFY2(reader.damageReport().contains(QLatin1String("damaged")), qPrintable(reader.damageReport()));
}

// Pages whose sizes lie (found by fuzz_captures): the salvage scan compares sizes instead of
// forming pointers past the page, and walks no page layout SQLite itself would refuse. Under
// the sanitizer suite each case was undefined behaviour before.
void TestCapture::salvageRefusesHostileSizes_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<qint64>("unreadablePages");
    // Page size 512, no reserved bytes; page 2 a table leaf with one cell at `cellOffset`.
    auto file = [](quint16 pageSize, quint16 cellCount, quint16 cellOffset, const QByteArray &cell) {
        QByteArray bytes(1024, '\0');
        bytes.replace(0, 15, "SQLite format 3");
        qToBigEndian<quint16>(pageSize, bytes.data() + 16);
        uchar *leaf = reinterpret_cast<uchar *>(bytes.data()) + 512;
        leaf[0] = 0x0D;
        qToBigEndian<quint16>(cellCount, leaf + 3);
        qToBigEndian<quint16>(cellOffset, leaf + 8);
        bytes.replace(512 + (cellOffset % 512), cell.size(), cell);
        return bytes.left(1024);
    };
    const QByteArray rowid1 = QByteArray::fromHex("01");
    QTest::newRow("payload of 2^63 - 1 bytes")
            << file(512, 1, 100, QByteArray::fromHex("ffffffffffffffff7f") + rowid1) << qint64(1);
    QTest::newRow("payload larger than the file")
            << file(512, 1, 100, QByteArray::fromHex("8180808000") + rowid1) << qint64(1);
    QTest::newRow("cell pointer past the page") << file(512, 1, 60000, rowid1 + rowid1) << qint64(1);
    // Found by fuzz_imports: a serial type of 2^64 - 1 once made a negative blob size.
    QTest::newRow("blob of serial type 2^64 - 1") << file(512, 1, 100,
                                                          QByteArray::fromHex("0c01"
                                                                              "0affffffffffffffffff"
                                                                              "4142"))
                                                  << qint64(1);
    QTest::newRow("65535 cell pointers") << file(512, 65535, 100, rowid1 + rowid1) << qint64(1);
    QTest::newRow("page size 2") << file(2, 1, 100, rowid1 + rowid1) << qint64(0);
    QTest::newRow("page size 768") << file(768, 1, 100, rowid1 + rowid1) << qint64(0);
}

void TestCapture::salvageRefusesHostileSizes()
{
    QFETCH(QByteArray, file);
    QFETCH(qint64, unreadablePages);
    const CaptureSalvage::Result result = CaptureSalvage::scan(file);
    QVERIFY(result.events.empty());
    QCOMPARE(result.unreadablePages, unreadablePages);
}

namespace {

qint64 peakResidentBytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return qint64(usage.ru_maxrss) * 1024;
}

// A file of `head` followed by zero bytes up to `size`: sparse, so it costs no disk.
bool writeSparse(const QString &path, const QByteArray &head, qint64 size)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(head) == head.size()
            && file.resize(size);
}

} // namespace

// A JSON Lines file whose second line runs on for 1 GiB: the import names that line and the
// limit, reads no more of it than the limit, and keeps the event of the first line.
void TestCapture::hugeJsonlLineIsRefusedBounded()
{
    const QString path = m_dir.filePath(QStringLiteral("huge-line.jsonl"));
    Event connecting;
    connecting.kind = Event::Kind::Connecting;
    connecting.connectionId = 1;
    connecting.timestampNs = 1000;
    connecting.text = QStringLiteral("ws://first.test/");
    const QByteArray first = QJsonDocument(JsonlFormat::toJson(connecting)).toJson(QJsonDocument::Compact) + '\n';
    const QByteArray endless = "{\"event\":\"frame\",\"connection\":1,\"payload\":\"";
    QVERIFY(writeSparse(path, first + endless, qint64(1) << 30));
    const QString wscap = m_dir.filePath(QStringLiteral("huge-line.wscap"));
    const qint64 peakBefore = peakResidentBytes();
    QString error;
    QVERIFY(!CaptureFiles::import(path, CaptureFormat::Jsonl, wscap, &error));
    QVERIFY2(error.contains(QStringLiteral(":2: the line is longer than 400 MiB")), qPrintable(error));
    // The limit's worth of the line was read (its buffer may have doubled once), not the GiB.
    QVERIFY2(peakResidentBytes() - peakBefore < qint64(900) << 20,
             qPrintable(QStringLiteral("peak grew by %1 MiB").arg((peakResidentBytes() - peakBefore) >> 20)));
    CaptureReader reader;
    QVERIFY2(reader.open(wscap), qPrintable(reader.errorString()));
    const QList<ConnectionInfo> connections = reader.connections();
    QCOMPARE(connections.size(), 1);
    QCOMPARE(connections.first().url, QStringLiteral("ws://first.test/"));
}

// A HAR of 4 GiB is refused before a byte of it is parsed.
void TestCapture::hugeHarIsRefusedUnread()
{
    const QString path = m_dir.filePath(QStringLiteral("huge.har"));
    const QByteArray head = "{\"log\":{\"entries\":[{\"_webSocketMessages\":[{\"type\":\"send\",\"data\":\"";
    QVERIFY(writeSparse(path, head, qint64(4) << 30));
    const qint64 peakBefore = peakResidentBytes();
    QString error;
    QVERIFY(!CaptureFiles::import(path, CaptureFormat::Har, m_dir.filePath(QStringLiteral("huge-har.wscap")), &error));
    QVERIFY2(error.contains(QStringLiteral("is 4096 MiB; HAR files of up to 1024 MiB can be imported")),
             qPrintable(error));
    QVERIFY(peakResidentBytes() - peakBefore < qint64(64) << 20);
}

// A HAR from a fuzzer: a connection started in the year 650 and a message 1e300 s after 1970.
// Nanoseconds since 1970 hold neither (the product overflowed); both are clamped, in order.
void TestCapture::harTimesBeyondNanosecondsAreClamped()
{
    const QString path = m_dir.filePath(QStringLiteral("ancient.har"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"log":{"entries":[{"startedDateTime":"0650-11-24T20:13:35.391Z",
        "request":{"url":"ws://127.0.0.1:1/old"},"response":{"status":101},
        "_webSocketMessages":[{"type":"send","time":1e300,"opcode":1,"data":"late"}]}]}})");
    file.close();
    CaptureReader reader;
    QString error;
    QVERIFY2(CaptureFiles::open(path, m_dir.filePath(QStringLiteral("ancient.wscap")), reader, &error),
             qPrintable(error));
    qint64 connectingNs = 0;
    qint64 messageNs = 0;
    reader.readEvents([&](const Event &e) {
        if (e.kind == Event::Kind::Connecting)
            connectingNs = e.timestampNs;
        else if (e.kind == Event::Kind::Frame)
            messageNs = e.timestampNs;
        return true;
    });
    QVERIFY2(connectingNs < -9'000'000'000'000'000'000ll, qPrintable(QString::number(connectingNs)));
    QVERIFY2(messageNs > 9'000'000'000'000'000'000ll, qPrintable(QString::number(messageNs)));
}

// The writer thread fails on a batch after the last event (its folder was removed): append()
// still said yes, no event follows, and the watch reports the failure anyway, once (the CLI's
// `--record` only said it at exit before, as tst_load's captureFolderRemovedIsSaid met in CI).
void TestCapture::failureAfterTheLastEventIsReported()
{
    const QString folder = m_dir.filePath(QStringLiteral("watched"));
    QVERIFY(QDir().mkpath(folder));
    CaptureWriter writer;
    QVERIFY(writer.open(folder + QStringLiteral("/watched.wscap")));
    QStringList reports;
    CaptureFailureWatch watch;
    watch.watch(&writer, [&reports](const QString &error) { reports.append(error); });
    Event connecting;
    connecting.kind = Event::Kind::Connecting;
    connecting.connectionId = 1;
    connecting.text = QStringLiteral("ws://watched.test/");
    QVERIFY(writer.append(connecting));
    writer.flush();
    QVERIFY(QDir(folder).removeRecursively());
    connecting.connectionId = 2;
    QVERIFY(writer.append(connecting)); // the writer has not met the removal yet
    QTRY_COMPARE_WITH_TIMEOUT(reports.size(), 1, 40 * CaptureWriter::kFlushIntervalMs);
    QVERIFY2(reports.first().contains(QStringLiteral("removed or replaced")), qPrintable(reports.first()));
    watch.check();
    QTest::qWait(600);
    QCOMPARE(reports.size(), 1);
}

void TestCapture::survivesSigkillWhileRecording()
{
    PeerProcess server;
    QVERIFY(server.start(SockscopeTest::sockscopeExecutable(),
                         {QStringLiteral("serve"), QStringLiteral("--echo"), QStringLiteral("--quiet")},
                         QRegularExpression(QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+)"))));
    const QString path = m_dir.filePath(QStringLiteral("killed.wscap"));
    PeerProcess client;
    QVERIFY(client.start(SockscopeTest::sockscopeExecutable(),
                         {QStringLiteral("connect"), QStringLiteral("ws://127.0.0.1:%1/").arg(server.port()),
                          QStringLiteral("--record"), path},
                         QRegularExpression(QStringLiteral("open \\("))));
    constexpr int kLines = 300;
    for (int i = 0; i < kLines; ++i)
        client.process().write(QByteArray("line ") + QByteArray::number(i) + '\n');
    QVERIFY(client.waitForOutput(QRegularExpression(QStringLiteral("< text F--- \\d+ B: line %1\\n").arg(kLines - 1))));
    // Once the writer has committed every message (it flushes every kFlushIntervalMs), kill
    // without any chance to clean up: what was committed must survive.
    QTRY_COMPARE_WITH_TIMEOUT(messagesOf(path).size(), 2 * kLines, 40 * CaptureWriter::kFlushIntervalMs);
    ::kill(pid_t(client.process().processId()), SIGKILL);
    QVERIFY(client.waitForExit(5000));
    QCOMPARE(client.process().exitStatus(), QProcess::CrashExit);

    CaptureReader reader;
    QVERIFY2(reader.open(path), qPrintable(reader.errorString()));
    const QList<Message> messages = messagesOf(reader);
    QVERIFY(reader.damageReport().isEmpty());
    int sent = 0, echoed = 0;
    for (const Message &m : messages) {
        (m.direction == Direction::Outgoing ? sent : echoed) += 1;
    }
    QCOMPARE(sent, kLines);
    QCOMPARE(echoed, kLines);
}

void TestCapture::cliShowAndConvert()
{
    auto run = [](const QStringList &arguments, QByteArray *out, QByteArray *err) {
        QProcess p;
        p.start(SockscopeTest::sockscopeExecutable(), arguments);
        p.waitForFinished(30000);
        *out = p.readAllStandardOutput();
        *err = p.readAllStandardError();
        return p.exitCode();
    };
    QByteArray out, err;
    QCOMPARE(run({QStringLiteral("show"), m_session}, &out, &err), 0);
    QVERIFY(out.contains("closed 4001"));
    QCOMPARE(run({QStringLiteral("show"), m_session, QStringLiteral("--jsonl")}, &out, &err), 0);
    for (const QByteArray &line : out.trimmed().split('\n'))
        QVERIFY(QJsonDocument::fromJson(line).isObject());
    const QString har = m_dir.filePath(QStringLiteral("cli.har"));
    QCOMPARE(run({QStringLiteral("convert"), m_session, har}, &out, &err), 0);
    QVERIFY(QFile::exists(har));
    QCOMPARE(run({QStringLiteral("convert"), m_session, m_dir.filePath(QStringLiteral("x.txt"))}, &out, &err), 2);
    QVERIFY(err.contains("unknown capture format"));
    QCOMPARE(err.count('\n'), 1);
    QCOMPARE(run({QStringLiteral("show"), m_dir.filePath(QStringLiteral("missing.wscap"))}, &out, &err), 1);
    QVERIFY(err.contains("does not exist"));
    QCOMPARE(run({QStringLiteral("convert"), m_session}, &out, &err), 2);
}

void TestCapture::slowDiskSlowsTheProducerAndLosesNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("bounded.wscap"));
    CaptureWriter writer;
    QVERIFY(writer.open(path));
    constexpr qint64 kLimit = 1 << 20;
    writer.setMaxPendingBytes(kLimit);
    constexpr int kFrames = 200;
    for (int i = 0; i < kFrames; ++i)
        QVERIFY(writer.append(binaryFrame(i, QByteArray(256 * 1024, char(i)))));
    // 50 MiB went through a queue that never held much more than 1 MiB.
    QVERIFY2(writer.peakPendingBytes() <= kLimit + 256 * 1024 + qint64(sizeof(Event)),
             qPrintable(QString::number(writer.peakPendingBytes())));
    writer.close();
    CaptureReader reader;
    QVERIFY(reader.open(path));
    int count = 0;
    bool intact = true;
    reader.readEvents([&](const Event &e) {
        intact = intact && e.payload == QByteArray(256 * 1024, char(count));
        ++count;
        return true;
    });
    QCOMPARE(count, kFrames);
    QVERIFY(intact);
}

namespace {

qint64 walSizeOf(const QString &capture)
{
    return QFileInfo(capture + QStringLiteral("-wal")).size();
}

void appendMiBFrames(CaptureWriter &writer, int count)
{
    const QByteArray payload(1 << 20, 'w');
    for (int i = 0; i < count; ++i)
        QVERIFY(writer.append(binaryFrame(i, payload)));
}

// A folder in memory for the WAL tests (tmpfs), or none when /dev/shm is missing or small (as in
// a container's default 64 MiB).
std::unique_ptr<QTemporaryDir> roomInMemory()
{
    const QString shm = QStringLiteral("/dev/shm");
    if (QStorageInfo(shm).bytesAvailable() < (qint64(512) << 20))
        return nullptr;
    auto dir = std::make_unique<QTemporaryDir>(shm + QStringLiteral("/sockscope-XXXXXX"));
    return dir->isValid() ? std::move(dir) : nullptr;
}

// A writer with a fixed burst budget (its bound twice that, as walLimitsFor sets it) and queue;
// `quietFrames` as high as the budget keeps even a quiet WAL uncopied.
bool openWithBudget(CaptureWriter &writer, const QString &path, int busyFrames, qint64 maxPendingBytes,
                    int quietFrames = WalLimits{}.quietFrames)
{
    WalLimits limits;
    limits.quietFrames = quietFrames;
    limits.busyFrames = busyFrames;
    limits.boundFrames = 2 * busyFrames;
    writer.setWalLimits(limits);
    writer.setMaxPendingBytes(maxPendingBytes);
    return writer.open(path);
}

void verifyFrameCount(const QString &capture, int frames)
{
    CaptureReader reader;
    QVERIFY(reader.open(capture));
    std::vector<LogRecord> records;
    QVERIFY(reader.readLogIndex(records));
    QCOMPARE(records.size(), std::size_t(frames));
}

} // namespace

// A burst is written once (into the WAL) while it lasts, and the WAL copied into the file by a
// thread of its own when traffic is quiet, before the capture is closed. In memory (tmpfs),
// where a copy is quick (the copy that ran as the WAL grew had 90 of this burst's 96 MiB in
// the file by its end), and these tests do not load the disk the other tests share.
void TestCapture::burstStaysInWalUntilTrafficIsQuiet()
{
    const auto memory = roomInMemory();
    if (!memory)
        QSKIP("needs 512 MiB free in /dev/shm");
    const QString path = memory->filePath(QStringLiteral("burst.wscap"));
    CaptureWriter writer;
    // A 128 MiB burst budget, and a commit every 4 MiB (not one for a 64 MiB queue).
    QVERIFY(openWithBudget(writer, path, 2048, 4 << 20));
    constexpr int kFrames = 96; // 96 MiB without a pause: the writer commits all along
    appendMiBFrames(writer, kFrames);
    // Nothing copied yet: the file holds its first pages only.
    const qint64 copiedDuringBurst = QFileInfo(path).size();
    QVERIFY2(copiedDuringBurst < (8 << 20), qPrintable(QString::number(copiedDuringBurst)));
    writer.flush();
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(path).size() >= qint64(kFrames) << 20, 20000);
    // A commit after the copy has finished starts the WAL over and cuts its file back.
    int commitsAfter = 0;
    for (; commitsAfter < 100 && walSizeOf(path) > CaptureWriter::kWalSizeAfterBurst; ++commitsAfter) {
        QVERIFY(writer.append(binaryFrame(kFrames + commitsAfter, "after")));
        writer.flush();
        QTest::qWait(100);
    }
    QVERIFY2(walSizeOf(path) <= CaptureWriter::kWalSizeAfterBurst, qPrintable(QString::number(walSizeOf(path))));
    writer.close();
    QVERIFY(!writer.hasFailed());
    verifyFrameCount(path, kFrames + commitsAfter);
}

// However much is written without a pause, the WAL stays under its bound: the copy runs while
// traffic goes on once the WAL holds a burst's worth, and a commit past the bound waits for it.
void TestCapture::walStaysBoundedUnderSustainedTraffic()
{
    const auto memory = roomInMemory();
    if (!memory)
        QSKIP("needs 512 MiB free in /dev/shm");
    const QString path = memory->filePath(QStringLiteral("sustained.wscap"));
    constexpr int kBudgetFrames = 128; // 8 MiB, so the bound is 16 MiB
    CaptureWriter writer;
    QVERIFY(openWithBudget(writer, path, kBudgetFrames, 8 << 20));
    constexpr int kFrames = 96; // six times the bound
    appendMiBFrames(writer, kFrames);
    writer.flush();
    // One batch (at most the 8 MiB queue) may pass the bound before its commit waits.
    constexpr qint64 kPageInWal = 65536 + 24;
    const qint64 walLimit = (2 * kBudgetFrames + (writer.maxPendingBytes() >> 16) + 64) * kPageInWal;
    QVERIFY2(walSizeOf(path) > 0 && walSizeOf(path) <= walLimit, qPrintable(QString::number(walSizeOf(path))));
    QVERIFY2(QFileInfo(path).size() >= (qint64(kFrames) << 20) - walSizeOf(path),
             qPrintable(QString::number(QFileInfo(path).size())));
    writer.close();
    QVERIFY(!writer.hasFailed());
    verifyFrameCount(path, kFrames);
}

void TestCapture::walBudgetFollowsFreeSpace()
{
    constexpr qint64 kMiB = 1 << 20;
    const WalLimits roomy = CaptureWriter::walLimitsFor(100ll << 30);
    QCOMPARE(roomy.busyFrames, 16384); // 1 GiB, the most
    QCOMPARE(roomy.boundFrames, 2 * roomy.busyFrames);
    QCOMPARE(CaptureWriter::walLimitsFor(800 * kMiB).busyFrames, 1600); // an eighth: 100 MiB
    const WalLimits tight = CaptureWriter::walLimitsFor(4 * kMiB);
    QCOMPARE(tight.busyFrames, 128); // 8 MiB, the least
    QVERIFY(tight.quietFrames <= tight.busyFrames);
    QCOMPARE(CaptureWriter::walLimitsFor(-1).busyFrames, 128); // free space unknown
}

// A recording nobody keeps goes without its WAL being copied into it first: a second name for
// the file (a hard link) sees the file exactly as it was before, where close() would have
// copied the whole burst into it.
void TestCapture::discardDeletesWithoutCopyingTheWal()
{
    const auto memory = roomInMemory();
    if (!memory)
        QSKIP("needs 512 MiB free in /dev/shm");
    const QString path = memory->filePath(QStringLiteral("discarded.wscap"));
    const QString sameFile = memory->filePath(QStringLiteral("same-file.wscap"));
    CaptureWriter writer;
    // 128 MiB, even when quiet: all of the burst stays in the WAL.
    QVERIFY(openWithBudget(writer, path, 2048, 4 << 20, 2048));
    constexpr int kFrames = 48;
    appendMiBFrames(writer, kFrames);
    writer.flush();
    QVERIFY(::link(QFile::encodeName(path).constData(), QFile::encodeName(sameFile).constData()) == 0);
    const qint64 before = QFileInfo(sameFile).size();
    QVERIFY2(walSizeOf(path) >= qint64(kFrames) << 20, qPrintable(QString::number(walSizeOf(path))));
    // A reader still open on it (the frame log's, for rows older than its cache) closes last.
    // SQLite's last connection copies the WAL on close, but not into a file deleted meanwhile.
    auto reader = std::make_unique<CaptureReader>();
    QVERIFY(reader->open(path));
    QVERIFY(reader->event(1).has_value());
    writer.discard();
    QVERIFY(!writer.isOpen());
    QVERIFY(!writer.hasFailed());
    for (const char *suffix : {"", "-wal", "-shm"})
        QVERIFY2(!QFile::exists(path + QLatin1String(suffix)), suffix);
    QCOMPARE(QFileInfo(sameFile).size(), before);
    reader.reset();
    QCOMPARE(QFileInfo(sameFile).size(), before);
    writer.discard(); // and again, or after close(): nothing left to do
}

// What close() would still copy (the CLI says so when it is much): the burst until the quiet
// copy has taken it, nothing after.
void TestCapture::uncopiedWalBytesFollowTheCopy()
{
    const auto memory = roomInMemory();
    if (!memory)
        QSKIP("needs 512 MiB free in /dev/shm");
    const QString path = memory->filePath(QStringLiteral("uncopied.wscap"));
    CaptureWriter writer;
    QVERIFY(openWithBudget(writer, path, 2048, 4 << 20)); // copied when quiet, at 8 MiB or more
    QCOMPARE(writer.uncopiedWalBytes(), 0);
    constexpr int kFrames = 24;
    appendMiBFrames(writer, kFrames);
    // Still in the burst (no quiet window yet): all but the 4 MiB queue and a batch committed.
    const qint64 inBurst = writer.uncopiedWalBytes();
    QVERIFY2(inBurst >= qint64(kFrames - 8) << 20, qPrintable(QString::number(inBurst)));
    writer.flush();
    QTRY_COMPARE_WITH_TIMEOUT(writer.uncopiedWalBytes(), 0, 20000);
    QVERIFY(QFileInfo(path).size() >= qint64(kFrames) << 20);
    writer.close();
    QCOMPARE(writer.uncopiedWalBytes(), 0);
}

void TestCapture::exportReportsProgressAndCancels_data()
{
    QTest::addColumn<QString>("extension");
    QTest::newRow("wscap") << QStringLiteral("wscap");
    QTest::newRow("har") << QStringLiteral("har");
    QTest::newRow("jsonl") << QStringLiteral("jsonl");
}

void TestCapture::exportReportsProgressAndCancels()
{
    QFETCH(QString, extension);
    const QString source = m_dir.filePath(QStringLiteral("many.wscap"));
    if (!QFile::exists(source)) {
        CaptureWriter writer;
        QVERIFY(writer.open(source));
        for (int i = 0; i < 10000; ++i) {
            Event e;
            e.kind = Event::Kind::Frame;
            e.connectionId = 1;
            e.timestampNs = i;
            e.payload = QByteArray::number(i);
            FrameSpec spec;
            e.frame = describeFrame(spec, std::uint64_t(e.payload.size()));
            writer.append(e);
        }
    }
    CaptureReader reader;
    QVERIFY(reader.open(source));
    const QString target = m_dir.filePath(QStringLiteral("cancelled.") + extension);
    QList<qint64> reported;
    QString error;
    QVERIFY(!CaptureFiles::save(reader, target, &error, [&reported](qint64 events) {
        reported.append(events);
        return false; // the user pressed Cancel at the first report
    }));
    QCOMPARE(reported, QList<qint64>{4096});
    QVERIFY2(error.contains(QLatin1String("cancelled")), qPrintable(error));
    QVERIFY(!QFile::exists(target));
    // Not cancelled, every report arrives and the file is written.
    reported.clear();
    QVERIFY(CaptureFiles::save(reader, target, &error, [&reported](qint64 events) {
        reported.append(events);
        return true;
    }));
    QCOMPARE(reported, (QList<qint64>{4096, 8192}));
    QVERIFY(QFile::exists(target));
}

QTEST_GUILESS_MAIN(TestCapture)
#include "tst_capture.moc"
