// SPDX-License-Identifier: GPL-3.0-or-later
// pcap/pcapng import and pcapng export (CAP-6): Chromium's own session against its HAR and
// tshark's dissection, sessions between real peers captured on lo by dumpcap, the export
// read back by tshark and by the import, and edited pcaps with the damage real captures have.
#include "capture/capturefiles.h"
#include "capture/capturereader.h"
#include "peerprocess.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <map>

using namespace Sockscope;

namespace {

struct Message
{
    Direction direction;
    int opcode;
    QByteArray data;
    bool operator==(const Message &) const = default;
};

// One frame's header fields as tshark prints them: fin, rsv, opcode, mask, key, length.
using FrameFields = QStringList;

QList<Event> eventsOf(const QString &wscap)
{
    QList<Event> events;
    CaptureReader reader;
    if (!reader.open(wscap))
        return events;
    reader.readEvents([&events](const Event &e) {
        events.append(e);
        return true;
    });
    return events;
}

// Imports `path` into a .wscap in `dir` and returns its events; empty with `error` on failure.
QList<Event> importEvents(const QString &path, const QTemporaryDir &dir, QString *error)
{
    const QString wscap = dir.filePath(QFileInfo(path).fileName() + QStringLiteral(".wscap"));
    QFile::remove(wscap);
    const auto format = CaptureFiles::formatOf(path, error);
    if (!format || !CaptureFiles::import(path, *format, wscap, error))
        return {};
    return eventsOf(wscap);
}

// The data messages of each connection, in order, reassembled from the frames.
std::map<quint64, QList<Message>> messagesOf(const QList<Event> &events)
{
    std::map<quint64, QList<Message>> messages;
    std::map<std::pair<quint64, Direction>, Message> partial;
    for (const Event &e : events) {
        if (e.kind != Event::Kind::Frame || e.frame.isControl())
            continue;
        Message &m = partial[{e.connectionId, e.direction}];
        if (e.frame.opcode != 0)
            m = Message{e.direction, e.frame.opcode, {}};
        m.data += e.compressed ? e.inflated : e.payload;
        if (e.frame.fin)
            messages[e.connectionId].append(m);
    }
    return messages;
}

QList<Event> framesOf(const QList<Event> &events)
{
    QList<Event> frames;
    for (const Event &e : events) {
        if (e.kind == Event::Kind::Frame)
            frames.append(e);
    }
    return frames;
}

QList<Event> ofKind(const QList<Event> &events, Event::Kind kind)
{
    QList<Event> found;
    for (const Event &e : events) {
        if (e.kind == kind)
            found.append(e);
    }
    return found;
}

FrameFields fieldsOf(const FrameHeader &h)
{
    const int rsv = (h.rsv1 ? 4 : 0) | (h.rsv2 ? 2 : 0) | (h.rsv3 ? 1 : 0);
    const QByteArray key(reinterpret_cast<const char *>(h.maskKey.data()), 4);
    return {h.fin ? QStringLiteral("1") : QStringLiteral("0"),
            QString::number(rsv),
            QString::number(h.opcode),
            h.masked ? QStringLiteral("1") : QStringLiteral("0"),
            h.masked ? QString::fromLatin1(key.toHex()) : QString(),
            QString::number(h.payloadLength)};
}

QList<FrameFields> fieldsOf(const QList<Event> &events)
{
    QList<FrameFields> fields;
    for (const Event &e : framesOf(events))
        fields.append(fieldsOf(e.frame));
    return fields;
}

QString tsharkExecutable()
{
    return QStandardPaths::findExecutable(QStringLiteral("tshark"));
}

// tshark's own dissection: one entry per WebSocket frame, frames of one packet in order.
// Unmasked frames have no key; rsv is printed as hex.
QList<FrameFields> tsharkFrames(const QString &path, QString *error)
{
    QProcess tshark;
    tshark.start(tsharkExecutable(), {QStringLiteral("-r"), path,
                                      QStringLiteral("-Y"), QStringLiteral("websocket"),
                                      QStringLiteral("-T"), QStringLiteral("fields"),
                                      QStringLiteral("-E"), QStringLiteral("occurrence=a"),
                                      QStringLiteral("-E"), QStringLiteral("aggregator=/"),
                                      QStringLiteral("-e"), QStringLiteral("websocket.fin"),
                                      QStringLiteral("-e"), QStringLiteral("websocket.rsv"),
                                      QStringLiteral("-e"), QStringLiteral("websocket.opcode"),
                                      QStringLiteral("-e"), QStringLiteral("websocket.mask"),
                                      QStringLiteral("-e"), QStringLiteral("websocket.masking_key"),
                                      QStringLiteral("-e"), QStringLiteral("websocket.payload_length"),
                                      QStringLiteral("-e"), QStringLiteral("websocket.payload_length_ext_16"),
                                      QStringLiteral("-e"), QStringLiteral("websocket.payload_length_ext_64")});
    if (!tshark.waitForFinished(120000) || tshark.exitCode() != 0) {
        tshark.kill();
        *error = QString::fromUtf8(tshark.readAllStandardError());
        return {};
    }
    QList<FrameFields> frames;
    for (const QByteArray &line : tshark.readAllStandardOutput().split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        QList<QStringList> columns;
        for (const QByteArray &column : line.split('\t'))
            columns.append(QString::fromLatin1(column).split(QLatin1Char('/')));
        if (columns.size() < 8)
            continue;
        auto flag = [](const QString &v) {
            return v == QLatin1String("1") || v == QLatin1String("True") ? QStringLiteral("1") : QStringLiteral("0");
        };
        qsizetype key = 0, ext16 = 0, ext64 = 0;
        for (qsizetype i = 0; i < columns[0].size(); ++i) {
            // The 7-bit length says 126 or 127 when the real one follows in 16 or 64 bits.
            QString length = columns[5].value(i);
            if (length == QLatin1String("126"))
                length = columns[6].value(ext16++);
            else if (length == QLatin1String("127"))
                length = columns[7].value(ext64++);
            const QString masked = flag(columns[3].value(i));
            const QString maskKey =
                    masked == QLatin1String("1") ? columns[4].value(key++).remove(QLatin1Char(':')) : QString();
            frames.append({flag(columns[0].value(i)), QString::number(columns[1].value(i).toInt(nullptr, 16)),
                           columns[2].value(i), masked, maskKey, length});
        }
    }
    return frames;
}

QString peer(const QString &name)
{
    return QDir(SockscopeTest::peersDirectory()).filePath(name);
}

QString editedPcap(const QString &name)
{
    return QDir(SockscopeTest::testDataDirectory()).filePath(QStringLiteral("pcap/") + name);
}

} // namespace

class TestPcapImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_livePcap; // made by initTestCase, empty when dumpcap could not capture
    QString m_liveSkipReason;

    bool captureLiveSessions();
    static void framesAfterTheGapKeepTheirCaptureTime(const QList<Event> &edited, const QList<Event> &clean);

private Q_SLOTS:
    void initTestCase();
    void chromiumMatchesHar();
    void chromiumFramesMatchTshark();
    void liveSessionsDecode();
    void liveFramesMatchTshark();
    void exportReadByTshark();
    void exportReadBackByImport();
    void reorderedAndRetransmittedSegments_data();
    void reorderedAndRetransmittedSegments();
    void missingSegmentIsReported();
    void lostHalfFrameIsReported();
    void captureWithoutHandshake();
    void captureStartingWithTheServer();
    void truncatedCaptureKeepsFramesBefore();
    void damagedPcapngKeepsFramesBefore_data();
    void damagedPcapngKeepsFramesBefore();
    void tlsIsListedNotDecoded();
    void unreadableFilesFailWithOneLine_data();
    void unreadableFilesFailWithOneLine();
    void timeBeyondWhatFitsIsKeptAtTheLatest();
    void cliShowsAndConverts();
};

void TestPcapImport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (!captureLiveSessions())
        qWarning("%s", qPrintable(m_liveSkipReason));
}

// dumpcap on lo while real peers talk: Node ws (permessage-deflate with context takeover)
// with Python clients (deflate across messages; fragments with a ping between; two connections
// at once, interleaved), pings, closes with a code, and a Python server and client on ::1.
bool TestPcapImport::captureLiveSessions()
{
    const QString dumpcap = QStandardPaths::findExecutable(QStringLiteral("dumpcap"));
    if (dumpcap.isEmpty()) {
        m_liveSkipReason = QStringLiteral("dumpcap is not installed");
        return false;
    }
    SockscopeTest::PeerProcess nodeServer;
    if (!nodeServer.start(SockscopeTest::nodeExecutable(), {peer(QStringLiteral("ws_server.js"))},
                          QRegularExpression(QStringLiteral("listening on 127.0.0.1:(\\d+)")))) {
        m_liveSkipReason = QStringLiteral("ws_server.js did not start: ") + nodeServer.output();
        return false;
    }
    SockscopeTest::PeerProcess v6Server;
    if (!v6Server.start(SockscopeTest::pythonExecutable(),
                        {peer(QStringLiteral("py_server.py")), QStringLiteral("--host"), QStringLiteral("::1")},
                        QRegularExpression(QStringLiteral("listening on \\[::1\\]:(\\d+)")))) {
        m_liveSkipReason = QStringLiteral("py_server.py on ::1 did not start: ") + v6Server.output();
        return false;
    }
    const QString pcap = m_dir.filePath(QStringLiteral("live.pcapng"));
    SockscopeTest::PeerProcess capture;
    if (!capture.start(dumpcap,
                       {QStringLiteral("-i"), QStringLiteral("lo"), QStringLiteral("-w"), pcap, QStringLiteral("-f"),
                        QStringLiteral("tcp port %1 or tcp port %2").arg(nodeServer.port()).arg(v6Server.port())},
                       QRegularExpression(QStringLiteral("File: ")))) {
        m_liveSkipReason = QStringLiteral("dumpcap cannot capture on lo (permission?): ") + capture.output();
        return false;
    }
    const QString v4 = QStringLiteral("ws://127.0.0.1:%1/").arg(nodeServer.port());
    auto client = [](const QString &url, const QString &name) {
        auto process = std::make_unique<QProcess>();
        process->start(SockscopeTest::pythonExecutable(),
                       {peer(QStringLiteral("py_client.py")), url, QStringLiteral("--case"), name});
        return process;
    };
    auto passed = [this](QProcess &done) {
        done.waitForFinished(60000);
        const QByteArray output = done.readAllStandardOutput();
        if (output.startsWith("PASS"))
            return true;
        m_liveSkipReason = QStringLiteral("a client failed: ") + QString::fromUtf8(output);
        return false;
    };
    for (const QString &name : {QStringLiteral("window"), QStringLiteral("fragmented")}) {
        if (!passed(*client(v4, name)))
            return false;
    }
    // Two connections at once, messages alternating: interleaved in the capture.
    QProcess twoClients;
    twoClients.start(SockscopeTest::pythonExecutable(),
                     {peer(QStringLiteral("py_two_clients.py")), v4, QStringLiteral("6")});
    if (!passed(twoClients))
        return false;
    for (const auto &[url, name] :
         {std::pair{v4, QStringLiteral("ping")},
          std::pair{QStringLiteral("ws://[::1]:%1/").arg(v6Server.port()), QStringLiteral("text")}}) {
        if (!passed(*client(url, name)))
            return false;
    }
    QTest::qWait(500); // the last FIN/ACKs reach the capture
    capture.stop();
    m_livePcap = pcap;
    return true;
}

void TestPcapImport::chromiumMatchesHar()
{
    QString error;
    const QString data = SockscopeTest::testDataDirectory();
    const auto fromPcap = messagesOf(importEvents(data + QStringLiteral("/chromium-echo.pcapng"), m_dir, &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const auto fromHar = messagesOf(importEvents(data + QStringLiteral("/chromium-devtools-echo.har"), m_dir, &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(fromPcap.size(), fromHar.size());
    QCOMPARE(fromPcap.size(), size_t(1));
    QCOMPARE(fromPcap.begin()->second.size(), 8);
    QVERIFY(fromPcap.begin()->second == fromHar.begin()->second);
}

void TestPcapImport::chromiumFramesMatchTshark()
{
    if (tsharkExecutable().isEmpty())
        QSKIP("tshark is not installed");
    const QString pcap = SockscopeTest::testDataDirectory() + QStringLiteral("/chromium-echo.pcapng");
    QString error;
    const QList<Event> events = importEvents(pcap, m_dir, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QList<FrameFields> theirs = tsharkFrames(pcap, &error);
    QVERIFY2(!theirs.isEmpty(), qPrintable(error));
    QCOMPARE(fieldsOf(events), theirs);
    // Every frame keeps its capture time: within the capture, in order.
    const QList<Event> frames = framesOf(events);
    for (qsizetype i = 1; i < frames.size(); ++i)
        QVERIFY(frames[i].timestampNs >= frames[i - 1].timestampNs);
    QCOMPARE(frames.first().timestampNs / 1000000000,
             qint64(QDateTime::fromString(QStringLiteral("2026-11-24T20:13:35Z"), Qt::ISODate).toSecsSinceEpoch()));
}

void TestPcapImport::liveSessionsDecode()
{
    if (m_livePcap.isEmpty())
        QSKIP(qPrintable(m_liveSkipReason));
    QString error;
    const QList<Event> events = importEvents(m_livePcap, m_dir, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QList<Event> connecting = ofKind(events, Event::Kind::Connecting);
    QCOMPARE(connecting.size(), 6);
    QVERIFY(connecting.last().text.startsWith(QLatin1String("ws://[::1]:")));
    QVERIFY(connecting.last().detail.contains(QLatin1String("[::1]:")));
    // The echo servers answer every message with the same message: both directions agree
    // after inflating, which needs the negotiated context takeover and window bits.
    const auto messages = messagesOf(events);
    QCOMPARE(messages.size(), size_t(5)); // the ping connection has no data message
    for (const auto &[id, list] : messages) {
        QList<Message> sent, echoed;
        for (const Message &m : list)
            (m.direction == Direction::Outgoing ? sent : echoed).append(m);
        QVERIFY(!sent.isEmpty());
        for (Message &m : echoed)
            m.direction = Direction::Outgoing;
        QVERIFY2(sent == echoed, qPrintable(QString::number(id)));
    }
    const QList<Event> frames = framesOf(events);
    auto any = [&frames](auto predicate) { return std::any_of(frames.begin(), frames.end(), predicate); };
    QVERIFY(any([](const Event &e) { return e.frame.rsv1 && e.compressed && !e.inflated.isEmpty(); }));
    QVERIFY(any([](const Event &e) { return !e.frame.fin && e.frame.opcode == 1; }));
    QVERIFY(any([](const Event &e) { return e.frame.opcode == 9 && e.payload == "mid-fragment"; }));
    QVERIFY(any([](const Event &e) { return e.frame.opcode == 10 && e.payload == "mid-fragment"; }));
    QVERIFY(any([](const Event &e) { return e.frame.opcode == 9 && e.payload == "sockscope-ping"; }));
    // py_two_clients.py's connections alternate: their frames interleave.
    // A connection's frames resume after another's: the two were open at once.
    bool interleaved = false;
    QSet<quint64> leftOff;
    for (qsizetype i = 1; i < frames.size(); ++i) {
        if (frames[i].connectionId == frames[i - 1].connectionId)
            continue;
        leftOff.insert(frames[i - 1].connectionId);
        interleaved = interleaved || leftOff.contains(frames[i].connectionId);
    }
    QVERIFY(interleaved);
    const QList<Event> closed = ofKind(events, Event::Kind::Closed);
    QVERIFY(std::any_of(closed.begin(), closed.end(),
                        [](const Event &e) { return e.closeCode == 4001 && e.text == QLatin1String("client bye"); }));
    QVERIFY(ofKind(events, Event::Kind::ProtocolError).isEmpty());
}

void TestPcapImport::liveFramesMatchTshark()
{
    if (m_livePcap.isEmpty())
        QSKIP(qPrintable(m_liveSkipReason));
    if (tsharkExecutable().isEmpty())
        QSKIP("tshark is not installed");
    QString error;
    const QList<FrameFields> ours = fieldsOf(importEvents(m_livePcap, m_dir, &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QList<FrameFields> theirs = tsharkFrames(m_livePcap, &error);
    QVERIFY2(!theirs.isEmpty(), qPrintable(error));
    QCOMPARE(ours.size(), theirs.size());
    QCOMPARE(ours, theirs);
}

void TestPcapImport::exportReadByTshark()
{
    if (m_livePcap.isEmpty())
        QSKIP(qPrintable(m_liveSkipReason));
    if (tsharkExecutable().isEmpty())
        QSKIP("tshark is not installed");
    QString error;
    const QString imported = m_dir.filePath(QStringLiteral("export-source.wscap"));
    QVERIFY2(CaptureFiles::import(m_livePcap, CaptureFormat::Pcap, imported, &error), qPrintable(error));
    const QString exported = m_dir.filePath(QStringLiteral("exported.pcapng"));
    CaptureReader reader;
    QVERIFY(reader.open(imported));
    QVERIFY2(CaptureFiles::save(reader, exported, &error), qPrintable(error));
    const QList<FrameFields> theirs = tsharkFrames(exported, &error);
    QVERIFY2(!theirs.isEmpty(), qPrintable(error));
    QCOMPARE(theirs, fieldsOf(eventsOf(imported)));
}

void TestPcapImport::exportReadBackByImport()
{
    if (m_livePcap.isEmpty())
        QSKIP(qPrintable(m_liveSkipReason));
    QString error;
    const QString imported = m_dir.filePath(QStringLiteral("roundtrip-source.wscap"));
    QVERIFY2(CaptureFiles::import(m_livePcap, CaptureFormat::Pcap, imported, &error), qPrintable(error));
    const QString exported = m_dir.filePath(QStringLiteral("roundtrip.pcapng"));
    CaptureReader reader;
    QVERIFY(reader.open(imported));
    QVERIFY2(CaptureFiles::save(reader, exported, &error), qPrintable(error));
    const QList<Event> before = eventsOf(imported);
    const QList<Event> after = importEvents(exported, m_dir, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    auto significant = [](const QList<Event> &events) {
        QList<Event> kept;
        for (const Event &e : events) {
            if (e.kind != Event::Kind::Connecting) // the endpoints are synthetic
                kept.append(e);
        }
        return kept;
    };
    const QList<Event> a = significant(before), b = significant(after);
    QCOMPARE(b.size(), a.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        QCOMPARE(int(b[i].kind), int(a[i].kind));
        QCOMPARE(b[i].timestampNs, a[i].timestampNs);
        QCOMPARE(b[i].connectionId, a[i].connectionId);
        QCOMPARE(int(b[i].direction), int(a[i].direction));
        QCOMPARE(b[i].raw, a[i].raw);
        QCOMPARE(b[i].payload, a[i].payload);
        QCOMPARE(b[i].inflated, a[i].inflated);
        QCOMPARE(fieldsOf(b[i].frame), fieldsOf(a[i].frame));
        QCOMPARE(b[i].closeCode, a[i].closeCode);
        QCOMPARE(b[i].text, a[i].text);
    }
}

void TestPcapImport::reorderedAndRetransmittedSegments_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("out of order") << QStringLiteral("reordered.pcap");
    QTest::newRow("retransmitted") << QStringLiteral("retransmitted.pcap");
    QTest::newRow("overlapping") << QStringLiteral("overlapping.pcap");
    QTest::newRow("Linux cooked v2") << QStringLiteral("clean-sll2.pcap");
    QTest::newRow("raw IP") << QStringLiteral("clean-raw.pcap");
}

// The edited captures hold the same session as clean.pcap, with its segments moved, sent twice,
// cut differently or on another link type: the same messages and frames come out.
void TestPcapImport::reorderedAndRetransmittedSegments()
{
    QFETCH(QString, file);
    QString error;
    const QList<Event> clean = importEvents(editedPcap(QStringLiteral("clean.pcap")), m_dir, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QList<Event> edited = importEvents(editedPcap(file), m_dir, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(messagesOf(clean).begin()->second.size(), 6);
    QVERIFY(messagesOf(edited) == messagesOf(clean));
    QCOMPARE(fieldsOf(edited), fieldsOf(clean));
    QVERIFY(ofKind(edited, Event::Kind::ProtocolError).isEmpty());
}

void TestPcapImport::missingSegmentIsReported()
{
    QString error;
    const QList<Event> events = importEvents(editedPcap(QStringLiteral("missing-segment.pcap")), m_dir, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QList<Event> gaps = ofKind(events, Event::Kind::ProtocolError);
    QCOMPARE(gaps.size(), 1);
    QVERIFY2(gaps[0].text.contains(QLatin1String("gap in the capture")), qPrintable(gaps[0].text));
    QCOMPARE(int(gaps[0].direction), int(Direction::Outgoing));
    // The lost message is missing; the ones after it are decoded again.
    const QList<Message> messages = messagesOf(events).begin()->second;
    const QList<Event> clean = importEvents(editedPcap(QStringLiteral("clean.pcap")), m_dir, &error);
    const QList<Message> complete = messagesOf(clean).begin()->second;
    QVERIFY(messages.size() < complete.size());
    QCOMPARE(messages.last(), complete.last());
    QVERIFY(gaps[0].timestampNs > framesOf(events).first().timestampNs);
    framesAfterTheGapKeepTheirCaptureTime(events, clean);
}

// The edited pcap lacks one packet of clean.pcap, whose packets are 100 ms apart: each frame
// after the gap was captured 100 ms earlier than its twin in clean.pcap, including those libtins
// held back behind the hole until an acknowledgement showed it would never be filled.
void TestPcapImport::framesAfterTheGapKeepTheirCaptureTime(const QList<Event> &edited, const QList<Event> &clean)
{
    const auto gap = std::find_if(edited.begin(), edited.end(),
                                  [](const Event &e) { return e.kind == Event::Kind::ProtocolError; });
    QVERIFY(gap != edited.end());
    const QList<Event> after = framesOf(QList<Event>(gap, edited.end()));
    const QList<Event> cleanFrames = framesOf(clean);
    QVERIFY(!after.isEmpty());
    QCOMPARE(gap->timestampNs, after.first().timestampNs);
    constexpr qint64 kPacketSpacingNs = 100'000'000;
    for (qsizetype k = 1; k <= after.size(); ++k) {
        const Event &frame = after[after.size() - k];
        const Event &twin = cleanFrames[cleanFrames.size() - k];
        QCOMPARE(frame.frame.opcode, twin.frame.opcode);
        QCOMPARE(twin.timestampNs - frame.timestampNs, kPacketSpacingNs);
    }
}

// The second segment of the server's 200-byte binary frame is lost: the gap names the frame it
// breaks, and the server's Close after it is decoded again.
void TestPcapImport::lostHalfFrameIsReported()
{
    QString error;
    const QList<Event> events = importEvents(editedPcap(QStringLiteral("missing-mid-frame.pcap")), m_dir, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QList<Event> gaps = ofKind(events, Event::Kind::ProtocolError);
    QCOMPARE(gaps.size(), 1);
    QCOMPARE(gaps[0].direction, Direction::Incoming);
    QVERIFY2(gaps[0].text.contains(QLatin1String("frame in progress (96 of 200 payload bytes seen) is lost")),
             qPrintable(gaps[0].text));
    const QList<Event> frames = framesOf(events);
    QVERIFY(std::none_of(frames.begin(), frames.end(),
                         [](const Event &e) { return e.direction == Direction::Incoming && e.frame.opcode == 2; }));
    QCOMPARE(frames.last().direction, Direction::Incoming);
    QCOMPARE(frames.last().frame.opcode, quint8(8));
    QCOMPARE(ofKind(events, Event::Kind::Closed).value(0).closeCode, quint16(1000));
}

void TestPcapImport::captureWithoutHandshake()
{
    QString error;
    const QList<Event> events = importEvents(editedPcap(QStringLiteral("no-handshake.pcap")), m_dir, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QList<Event> connecting = ofKind(events, Event::Kind::Connecting);
    QCOMPARE(connecting.size(), 1);
    QVERIFY2(connecting[0].detail.contains(QLatin1String("heuristic")), qPrintable(connecting[0].detail));
    QVERIFY(ofKind(events, Event::Kind::HandshakeRequest).isEmpty());
    const QList<Message> messages = messagesOf(events).begin()->second;
    QVERIFY(!messages.isEmpty());
    QCOMPARE(messages.first().direction, Direction::Outgoing); // the masked side is the client
}

// TCP's first sender in the capture is the server: the masked side is still taken for the client.
void TestPcapImport::captureStartingWithTheServer()
{
    QString error;
    const QList<Event> events = importEvents(editedPcap(QStringLiteral("server-first.pcap")), m_dir, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QList<Event> connecting = ofKind(events, Event::Kind::Connecting);
    QCOMPARE(connecting.size(), 1);
    QCOMPARE(connecting[0].text, QStringLiteral("ws://127.0.0.1:8080/"));
    const QList<Event> frames = framesOf(events);
    QVERIFY(frames.size() > 4);
    QCOMPARE(frames.first().direction, Direction::Incoming);
    for (const Event &frame : frames)
        QCOMPARE(frame.frame.masked, frame.direction == Direction::Outgoing);
    // The server's messages inflate: its deflate context starts with the capture.
    QCOMPARE(frames.first().inflated, QByteArray("hello sockscope, hello again and again"));
}

void TestPcapImport::truncatedCaptureKeepsFramesBefore()
{
    QString error;
    const QList<Event> events = importEvents(editedPcap(QStringLiteral("truncated.pcap")), m_dir, &error);
    QVERIFY2(error.contains(QLatin1String("truncated")), qPrintable(error)); // imported up to the damage
    const QList<Event> failed = ofKind(events, Event::Kind::Failed);
    QCOMPARE(failed.size(), 1);
    QVERIFY2(failed[0].text.contains(QLatin1String("truncated")), qPrintable(failed[0].text));
    QVERIFY(!failed[0].text.contains(QLatin1Char('\n')));
    QVERIFY(framesOf(events).size() >= 2);
    QCOMPARE(events.last().kind, Event::Kind::Failed);
}

void TestPcapImport::damagedPcapngKeepsFramesBefore_data()
{
    QTest::addColumn<bool>("cut");
    QTest::newRow("cut short") << true;
    QTest::newRow("corrupt block length") << false;
}

// Chromium's capture damaged after its 12th block (the 8th packet, the first data frame): the
// frames before stay, the connection ends with the one-line error.
void TestPcapImport::damagedPcapngKeepsFramesBefore()
{
    QFETCH(bool, cut);
    QFile fixture(SockscopeTest::testDataDirectory() + QStringLiteral("/chromium-echo.pcapng"));
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    QByteArray bytes = fixture.readAll();
    qsizetype at = 0;
    for (int block = 0; block < 12; ++block)
        at += qFromLittleEndian<quint32>(bytes.constData() + at + 4);
    if (cut)
        bytes.truncate(at + 20);
    else
        qToLittleEndian<quint32>(7, bytes.data() + at + 4); // shorter than any block can be
    const QString path = m_dir.filePath(QStringLiteral("damaged.pcapng"));
    QFile damaged(path);
    QVERIFY(damaged.open(QIODevice::WriteOnly | QIODevice::Truncate));
    damaged.write(bytes);
    damaged.close();
    QString error;
    const QList<Event> events = importEvents(path, m_dir, &error);
    QVERIFY2(error.startsWith(QLatin1String("cannot decode")), qPrintable(error)); // imported up to the damage
    const QList<Event> failed = ofKind(events, Event::Kind::Failed);
    QCOMPARE(failed.size(), 1);
    QVERIFY2(failed[0].text.startsWith(QLatin1String("cannot decode")), qPrintable(failed[0].text));
    QVERIFY(!failed[0].text.contains(QLatin1Char('\n')));
    QVERIFY(!framesOf(events).isEmpty());
    QVERIFY(framesOf(events).size() < 10);
    QCOMPARE(events.last().kind, Event::Kind::Failed);
}

void TestPcapImport::tlsIsListedNotDecoded()
{
    QString error;
    const QList<Event> events = importEvents(editedPcap(QStringLiteral("tls.pcap")), m_dir, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QList<Event> connecting = ofKind(events, Event::Kind::Connecting);
    QCOMPARE(connecting.size(), 1);
    QVERIFY(connecting[0].text.startsWith(QLatin1String("wss://")));
    const QList<Event> failed = ofKind(events, Event::Kind::Failed);
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed[0].text.startsWith(QLatin1String("cannot decode: TLS")));
    QVERIFY(framesOf(events).isEmpty());
}

void TestPcapImport::unreadableFilesFailWithOneLine_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("pcap magic, then garbage") << QByteArray::fromHex("d4c3b2a1ffff") << QStringLiteral("cannot read");
    QTest::newRow("pcapng magic, bad block")
            << QByteArray::fromHex("0a0d0d0a0c000000") + QByteArray(8, 'x') << QStringLiteral("cannot read");
    QByteArray header = QByteArray::fromHex("d4c3b2a1020004000000000000000000ffff0000");
    QTest::newRow("unsupported link type") << header + QByteArray::fromHex("69000000") // 802.11
                                           << QStringLiteral("link type");
    QTest::newRow("header only, then half a record")
            << header + QByteArray::fromHex("01000000") + QByteArray::fromHex("00000000000000004000000040")
            << QStringLiteral("cannot decode");
}

void TestPcapImport::unreadableFilesFailWithOneLine()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const QString path = m_dir.filePath(QStringLiteral("bad.pcap"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
    file.close();
    QString error;
    const auto format = CaptureFiles::formatOf(path, &error);
    QCOMPARE(format, std::optional(CaptureFormat::Pcap));
    QVERIFY(!CaptureFiles::import(path, *format, m_dir.filePath(QStringLiteral("bad.wscap")), &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY(!error.contains(QLatin1Char('\n')));
}

// A pcapng's 64-bit timestamp beyond year 2262 (found by fuzz_captures) overflowed the
// conversion to nanoseconds, undefined behaviour the sanitizer suite reports; the packet keeps
// the latest time there is and the file imports.
void TestPcapImport::timeBeyondWhatFitsIsKeptAtTheLatest()
{
    auto block = [](quint32 type, const QByteArray &body) {
        QByteArray out;
        const quint32 length = quint32(12 + body.size());
        out.append(reinterpret_cast<const char *>(&type), 4);
        out.append(reinterpret_cast<const char *>(&length), 4);
        out.append(body);
        out.append(reinterpret_cast<const char *>(&length), 4);
        return out;
    };
    const QByteArray section = QByteArray::fromHex("4d3c2b1a01000000ffffffffffffffff");
    const QByteArray interface = QByteArray::fromHex("01000000ffff0000"); // Ethernet, µs resolution
    QByteArray packet = QByteArray::fromHex("00000000"
                                            "ffffff7f"
                                            "ffffffff"
                                            "3c000000"
                                            "3c000000");
    packet.append(QByteArray(60, '\0'));
    const QString path = m_dir.filePath(QStringLiteral("far-future.pcapng"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(block(0x0A0D0D0A, section) + block(1, interface) + block(6, packet));
    file.close();
    QString error;
    QVERIFY2(CaptureFiles::import(path, CaptureFormat::Pcap, m_dir.filePath(QStringLiteral("far.wscap")), &error),
             qPrintable(error));
}

// `sockscope show x.pcap`, `convert x.pcap y.wscap` and `convert y.wscap z.pcapng`.
void TestPcapImport::cliShowsAndConverts()
{
    auto run = [](const QStringList &arguments, QByteArray *out) {
        QProcess sockscope;
        sockscope.start(SockscopeTest::sockscopeExecutable(), arguments);
        if (!sockscope.waitForFinished(60000)) {
            sockscope.kill();
            sockscope.waitForFinished(5000);
            return -1;
        }
        *out = sockscope.readAllStandardOutput() + sockscope.readAllStandardError();
        return sockscope.exitCode();
    };
    QByteArray out;
    QCOMPARE(run({QStringLiteral("show"), editedPcap(QStringLiteral("truncated.pcap"))}, &out), 1);
    QVERIFY2(out.contains("> binary") || out.contains("< text"), out.constData());
    QVERIFY2(out.trimmed().split('\n').last().contains("truncated"), out.constData());
    const QString wscap = m_dir.filePath(QStringLiteral("cli.wscap"));
    const QString pcapng = m_dir.filePath(QStringLiteral("cli.pcapng"));
    QCOMPARE(run({QStringLiteral("convert"), editedPcap(QStringLiteral("clean.pcap")), wscap}, &out), 0);
    QCOMPARE(run({QStringLiteral("convert"), wscap, pcapng}, &out), 0);
    QString error;
    QCOMPARE(fieldsOf(importEvents(pcapng, m_dir, &error)), fieldsOf(eventsOf(wscap)));
    QVERIFY(!fieldsOf(eventsOf(wscap)).isEmpty());
    // A damaged capture converts up to the damage, then says where in one line and exits 1.
    const QString partial = m_dir.filePath(QStringLiteral("partial.wscap"));
    QCOMPARE(run({QStringLiteral("convert"), editedPcap(QStringLiteral("truncated.pcap")), partial}, &out), 1);
    QCOMPARE(out.trimmed().count('\n'), 0);
    QVERIFY2(out.contains("truncated"), out.constData());
    QVERIFY(framesOf(eventsOf(partial)).size() >= 2);
    QCOMPARE(run({QStringLiteral("convert"), wscap, m_dir.filePath(QStringLiteral("classic.pcap"))}, &out), 1);
    QVERIFY2(out.contains("pcapng"), out.constData());
}

QTEST_GUILESS_MAIN(TestPcapImport)
#include "tst_pcapimport.moc"
