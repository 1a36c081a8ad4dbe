// SPDX-License-Identifier: GPL-3.0-or-later
// "Decode as…" (UI-5) kept with the capture and followed by the frame log: the writer stores
// each choice, the reader gives them back (and nothing from files older than the table), Save
// copies them; the log's preview column and its decoded-content search use the choice of
// exactly one connection and sender.
#include "capture/capturefiles.h"
#include "capture/capturereader.h"
#include "capture/captureschema.h"
#include "capture/capturewriter.h"
#include "capturesql.h"
#include "models/decoderchoices.h"
#include "models/framelogmodel.h"
#include "peerprocess.h"
#include "protocol/frameencoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Sockscope;
using SockscopeTest::execSql;
using Sender = DecodeContext::Sender;

namespace {

constexpr quint64 kClient = 1;
constexpr quint64 kOtherClient = 2;
constexpr quint64 kPeer = 3; // a peer of our local server

Event frame(quint64 connection, Direction direction, const QByteArray &payload, Opcode opcode = Opcode::Text)
{
    Event e;
    e.connectionId = connection;
    e.direction = direction;
    e.payload = payload;
    FrameSpec spec;
    spec.opcode = std::uint8_t(opcode);
    e.frame = describeFrame(spec, std::uint64_t(payload.size()));
    return e;
}

Event peerConnected()
{
    Event e;
    e.kind = Event::Kind::PeerConnected;
    e.connectionId = kPeer;
    e.serverId = 10;
    e.text = QStringLiteral("127.0.0.1:50000");
    return e;
}

DecoderChoice choiceOf(const char *decoderId, const QString &schemaType = {}, const QStringList &files = {})
{
    DecoderChoice choice;
    choice.decoderId = decoderId;
    choice.schemaType = schemaType;
    choice.schemaFiles = files;
    return choice;
}

const QByteArray kAlice = R"({"name":"alice","tags":["a","b"]})";
const QByteArray kGraphQlNext = R"({"id":"1","type":"next","payload":{"data":{"price":101.25}}})";

Event opened(quint64 connection, const QString &subprotocol)
{
    Event e;
    e.kind = Event::Kind::Opened;
    e.connectionId = connection;
    e.text = subprotocol;
    return e;
}

// Runs the real CLI; its standard output, or a null array when it did not exit 0.
QByteArray runSockscope(const QStringList &arguments)
{
    QProcess process;
    process.start(SockscopeTest::sockscopeExecutable(), arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return {};
    return process.readAllStandardOutput();
}

QList<QJsonObject> frameObjects(const QByteArray &jsonLines)
{
    QList<QJsonObject> frames;
    for (const QByteArray &line : jsonLines.trimmed().split('\n')) {
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        if (object.value(QStringLiteral("event")).toString() == QLatin1String("frame"))
            frames.append(object);
    }
    return frames;
}
const QByteArray kBob = R"({"name":"bob"})";

} // namespace

class TestDecoderChoices : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writerStoresChoicesReaderReadsThem();
    void olderCaptureOpensWithoutChoices();
    void unreadableRowsAreLeftOut();
    void saveKeepsTheChoices();
    void previewFollowsOneConnectionAndSender();
    void controlFramesIgnoreTheChoice();
    void senderFollowsTheConnectionsRole();
    void decodedSearchFindsWhatOnlyTheDecodedFormHolds();
    void decodedSearchFindsMessagePackStrings();
    void cliShowDecodesWithTheCapturesChoices();
    void schemaChoiceLoadsItsProtoFiles();
    void cliConnectDecodesLive();

private:
    QString writeCapture(const QString &name, const std::vector<Event> &events,
                         const QList<RecordedDecoderChoice> &choices);
    QTemporaryDir m_dir;
};

QString TestDecoderChoices::writeCapture(const QString &name, const std::vector<Event> &events,
                                         const QList<RecordedDecoderChoice> &choices)
{
    const QString path = m_dir.filePath(name);
    CaptureWriter writer;
    if (!writer.open(path))
        return {};
    for (const Event &e : events)
        writer.append(e);
    for (const RecordedDecoderChoice &choice : choices)
        writer.setDecoderChoice(choice);
    writer.close();
    return writer.hasFailed() ? QString() : path;
}

void TestDecoderChoices::writerStoresChoicesReaderReadsThem()
{
    const RecordedDecoderChoice hex{kClient, Sender::Client, choiceOf("hex")};
    const RecordedDecoderChoice schema{
            kClient, Sender::Server,
            choiceOf("protobuf-schema", QStringLiteral("chat.Reply"), {QStringLiteral("/tmp/a b.proto")})};
    const RecordedDecoderChoice later{kOtherClient, Sender::Client, choiceOf("json")};
    // The later choice for the same stream replaces the first; an automatic one removes it.
    const QString path = writeCapture(QStringLiteral("choices.wscap"), {frame(kClient, Direction::Outgoing, kAlice)},
                                      {hex,
                                       schema,
                                       later,
                                       {kOtherClient, Sender::Client, DecoderChoice{}},
                                       {kClient, Sender::Client, choiceOf("text")}});
    QVERIFY(!path.isEmpty());
    CaptureReader reader;
    QVERIFY2(reader.open(path), qPrintable(reader.errorString()));
    QCOMPARE(reader.schemaVersion(), kCaptureSchemaVersion);
    const RecordedDecoderChoice text{kClient, Sender::Client, choiceOf("text")};
    QCOMPARE(reader.decoderChoices(), (QList<RecordedDecoderChoice>{text, schema}));
    QVERIFY(reader.damageReport().isEmpty());
}

// A version-1 file has no decoder_choices table: it opens, its frames read, no choices.
void TestDecoderChoices::olderCaptureOpensWithoutChoices()
{
    const QString path = writeCapture(QStringLiteral("v1.wscap"), {frame(kClient, Direction::Outgoing, kAlice)}, {});
    QVERIFY(execSql(path, "DROP TABLE decoder_choices; PRAGMA user_version=1;"));
    CaptureReader reader;
    QVERIFY2(reader.open(path), qPrintable(reader.errorString()));
    QCOMPARE(reader.schemaVersion(), 1);
    QVERIFY(reader.decoderChoices().isEmpty());
    QCOMPARE(reader.event(1)->payload, kAlice);
    QVERIFY(reader.damageReport().isEmpty());
}

// A sender this version does not know is left out; schema files that are not a JSON array
// read as none.
void TestDecoderChoices::unreadableRowsAreLeftOut()
{
    const QString path = writeCapture(QStringLiteral("odd.wscap"), {frame(kClient, Direction::Outgoing, kAlice)}, {});
    QVERIFY(execSql(path,
                    "INSERT INTO decoder_choices VALUES (1, 'middle', 'hex', NULL, NULL);"
                    "INSERT INTO decoder_choices VALUES (1, 'client', 'protobuf-schema', 'a.B', 'not json');"));
    CaptureReader reader;
    QVERIFY(reader.open(path));
    const QList<RecordedDecoderChoice> choices = reader.decoderChoices();
    QCOMPARE(choices.size(), 1);
    QCOMPARE(choices.first().choice, choiceOf("protobuf-schema", QStringLiteral("a.B")));
}

void TestDecoderChoices::saveKeepsTheChoices()
{
    const RecordedDecoderChoice hex{kClient, Sender::Client, choiceOf("hex")};
    const QString path =
            writeCapture(QStringLiteral("source.wscap"), {frame(kClient, Direction::Outgoing, kAlice)}, {hex});
    CaptureReader reader;
    QVERIFY(reader.open(path));
    QString error;
    const QString copy = m_dir.filePath(QStringLiteral("copy.wscap"));
    QVERIFY2(CaptureFiles::save(reader, copy, &error), qPrintable(error));
    // What an opened, read-only capture holds in memory is saved in place of the file's.
    const RecordedDecoderChoice json{kClient, Sender::Server, choiceOf("json")};
    const QString edited = m_dir.filePath(QStringLiteral("edited.wscap"));
    QVERIFY2(CaptureFiles::save(reader, edited, &error, {}, QList<RecordedDecoderChoice>{json}), qPrintable(error));
    for (const auto &[file, expected] : {std::pair{copy, hex}, std::pair{edited, json}}) {
        CaptureReader saved;
        QVERIFY(saved.open(file));
        QCOMPARE(saved.decoderChoices(), QList<RecordedDecoderChoice>{expected});
        QCOMPARE(saved.event(1)->payload, kAlice);
    }
}

void TestDecoderChoices::previewFollowsOneConnectionAndSender()
{
    FrameLogModel model;
    DecoderChoices choices;
    model.setDecoderChoices(&choices);
    for (const Event &e : {frame(kClient, Direction::Outgoing, kAlice), frame(kClient, Direction::Incoming, kAlice),
                           frame(kOtherClient, Direction::Outgoing, kAlice)})
        model.appendEvent(e);
    model.flush();
    auto preview = [&model](int row) { return model.index(row, FrameLogModel::PreviewColumn).data().toString(); };
    const QString json = preview(0);
    QCOMPARE(json, QString::fromUtf8(kAlice));
    QSignalSpy changed(&model, &FrameLogModel::dataChanged);
    choices.setChoice(kClient, Sender::Client, choiceOf("hex"));
    QVERIFY(!changed.isEmpty());
    QCOMPARE(preview(0), QString::fromLatin1(kAlice.left(160).toHex(' ')));
    QCOMPARE(preview(1), json); // what the server sent on the same connection
    QCOMPARE(preview(2), json); // another connection
    QCOMPARE(model.decodedMessage(0)->decoded.decoder->id(), QByteArray("hex"));
    QCOMPARE(model.decodedMessage(1)->decoded.decoder->id(), QByteArray("json"));
    choices.setChoice(kClient, Sender::Client, {});
    QCOMPARE(preview(0), json);
}

void TestDecoderChoices::controlFramesIgnoreTheChoice()
{
    FrameLogModel model;
    DecoderChoices choices;
    model.setDecoderChoices(&choices);
    choices.setChoice(kClient, Sender::Client, choiceOf("json"));
    model.appendEvent(frame(kClient, Direction::Outgoing, QByteArray("\x03\xe8", 2) + "bye", Opcode::Close));
    model.flush();
    QCOMPARE(model.decodedMessage(0)->decoded.decoder->id(), QByteArray("close"));
}

// We sent as the client on our own connections, as the server to our server's peers.
void TestDecoderChoices::senderFollowsTheConnectionsRole()
{
    FrameLogModel model;
    model.appendEvent(peerConnected());
    for (const Event &e : {frame(kPeer, Direction::Outgoing, kBob), frame(kPeer, Direction::Incoming, kBob),
                           frame(kClient, Direction::Outgoing, kBob), frame(kClient, Direction::Incoming, kBob)})
        model.appendEvent(e);
    model.flush();
    QCOMPARE(model.senderOf(1), Sender::Server);
    QCOMPARE(model.senderOf(2), Sender::Client);
    QCOMPARE(model.senderOf(3), Sender::Client);
    QCOMPARE(model.senderOf(4), Sender::Server);
    QCOMPARE(model.decodedMessage(1)->sender, Sender::Server);
}

// The payload holds "name":"alice"; the decoded (pretty) form "name": "alice". Only a search
// inside decoded content finds the latter, for plain text and expressions alike.
void TestDecoderChoices::decodedSearchFindsWhatOnlyTheDecodedFormHolds()
{
    const std::vector<Event> events{frame(kClient, Direction::Outgoing, kAlice),
                                    frame(kClient, Direction::Incoming, kBob)};
    const QString path = writeCapture(QStringLiteral("search.wscap"), events, {});
    FrameLogModel model;
    QString error;
    QVERIFY2(model.loadCapture(path, &error), qPrintable(error));
    auto rowsMatching = [&model](const QString &text, bool regex, bool decoded) {
        LogFilter filter;
        filter.text = text;
        filter.regex = regex;
        filter.searchDecoded = decoded;
        QSignalSpy finished(&model, &FrameLogModel::filterFinished);
        model.setFilter(filter);
        return finished.wait(10000) ? model.rowCount() : -1;
    };
    const QString spaced = QStringLiteral("\"name\": \"alice\"");
    QCOMPARE(rowsMatching(spaced, false, false), 0);
    QCOMPARE(rowsMatching(spaced, false, true), 1);
    QCOMPARE(model.record(0).sequence, 1);
    QCOMPARE(rowsMatching(QStringLiteral("\"name\": \"(alice|bob)\""), true, false), 0);
    QCOMPARE(rowsMatching(QStringLiteral("\"name\": \"(alice|bob)\""), true, true), 2);
    // Decoded as hex, the payload's text is a hex listing: the JSON spelling is gone from it.
    DecoderChoices choices;
    model.setDecoderChoices(&choices);
    QSignalSpy refiltered(&model, &FrameLogModel::filterFinished);
    choices.setChoice(kClient, Sender::Client, choiceOf("hex"));
    QVERIFY(refiltered.wait(10000));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.record(0).sequence, 2);
}

// {"user":"bob"} as MessagePack holds the bytes of bob, but not the quoted string "bob" that
// its decoded form shows.
void TestDecoderChoices::decodedSearchFindsMessagePackStrings()
{
    const QByteArray packed = QByteArray::fromHex("81a475736572a3626f62");
    const QString path = writeCapture(QStringLiteral("msgpack.wscap"),
                                      {frame(kClient, Direction::Incoming, packed, Opcode::Binary)}, {});
    FrameLogModel model;
    QString error;
    QVERIFY2(model.loadCapture(path, &error), qPrintable(error));
    QCOMPARE(model.decodedMessage(0)->decoded.decoder->id(), QByteArray("msgpack"));
    for (const bool decoded : {false, true}) {
        LogFilter filter;
        filter.text = QStringLiteral("\"bob\"");
        filter.searchDecoded = decoded;
        QSignalSpy finished(&model, &FrameLogModel::filterFinished);
        model.setFilter(filter);
        QVERIFY(finished.wait(10000));
        QCOMPARE(model.rowCount(), decoded ? 1 : 0);
    }
}

// A GraphQL connection (by its subprotocol) whose client side the user chose to read as hex,
// and a stream forced to JSON that is not JSON.
void TestDecoderChoices::cliShowDecodesWithTheCapturesChoices()
{
    const std::vector<Event> events{
            opened(kClient, QStringLiteral("graphql-transport-ws")), frame(kClient, Direction::Outgoing, kAlice),
            frame(kClient, Direction::Incoming, kGraphQlNext), frame(kOtherClient, Direction::Outgoing, "plain words")};
    const QString path = writeCapture(
            QStringLiteral("cli.wscap"), events,
            {{kClient, Sender::Client, choiceOf("hex")}, {kOtherClient, Sender::Client, choiceOf("json")}});
    const QByteArray raw = runSockscope({QStringLiteral("show"), path});
    QVERIFY(raw.contains(": {\"name\":\"alice\""));
    QVERIFY(!raw.contains("graphql next"));
    const QByteArray decoded = runSockscope({QStringLiteral("show"), path, QStringLiteral("--decode")});
    QVERIFY2(decoded.contains("graphql next id=1"), decoded.constData());
    QVERIFY2(decoded.contains(": 7b 22 6e 61"), decoded.constData()); // the choice: hex
    QVERIFY(decoded.contains(": plain words"));                       // JSON cannot read it: the raw preview stays
    const QList<QJsonObject> frames = frameObjects(
            runSockscope({QStringLiteral("show"), path, QStringLiteral("--decode"), QStringLiteral("--jsonl")}));
    QCOMPARE(frames.size(), 3);
    auto decodedOf = [&frames](int i) { return frames[i].value(QStringLiteral("decoded")).toObject(); };
    QCOMPARE(decodedOf(0).value(QStringLiteral("decoder")).toString(), QStringLiteral("hex"));
    QCOMPARE(decodedOf(1).value(QStringLiteral("decoder")).toString(), QStringLiteral("graphql"));
    QVERIFY(decodedOf(1).value(QStringLiteral("summary")).toString().startsWith(QLatin1String("graphql next id=1")));
    QVERIFY(decodedOf(1).value(QStringLiteral("text")).toString().contains(QLatin1String("101.25")));
    QCOMPARE(decodedOf(2).value(QStringLiteral("decoder")).toString(), QStringLiteral("json"));
    QVERIFY(decodedOf(2).value(QStringLiteral("error")).toString().startsWith(QLatin1String("cannot decode: ")));
    QVERIFY(!decodedOf(2).contains(QStringLiteral("text")));
    // Without --decode the objects are as before.
    const QList<QJsonObject> plain =
            frameObjects(runSockscope({QStringLiteral("show"), path, QStringLiteral("--jsonl")}));
    QCOMPARE(plain.size(), 3);
    QVERIFY(!plain[1].contains(QStringLiteral("decoded")));
}

// A capture remembers a protobuf message type and its .proto file; reopened, the file is
// compiled again and the message reads by its field names, in the GUI's model and the CLI.
void TestDecoderChoices::schemaChoiceLoadsItsProtoFiles()
{
    const QString proto = m_dir.filePath(QStringLiteral("reply.proto"));
    QFile file(proto);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("syntax = \"proto3\";\npackage chat;\nmessage Reply { string words = 1; int32 count = 2; }\n");
    file.close();
    const QByteArray reply = QByteArray::fromHex("0a026869") + QByteArray::fromHex("1007"); // words "hi", count 7
    const QString path = writeCapture(
            QStringLiteral("schema.wscap"), {frame(kClient, Direction::Incoming, reply, Opcode::Binary)},
            {{kClient, Sender::Server, choiceOf("protobuf-schema", QStringLiteral("chat.Reply"), {proto})}});
    FrameLogModel model;
    QString error;
    QVERIFY2(model.loadCapture(path, &error), qPrintable(error));
    CaptureReader reader;
    QVERIFY(reader.open(path));
    DecoderChoices choices;
    model.setDecoderChoices(&choices);
    choices.load(reader.decoderChoices());
    const DecodedRecord decoded = model.decodedMessage(0)->decoded;
    QCOMPARE(decoded.decoder->id(), QByteArray("protobuf-schema"));
    QVERIFY2(decoded.payload.text.contains(QLatin1String("words: \"hi\"")),
             qPrintable(decoded.payload.text + decoded.payload.error));
    const QByteArray shown = runSockscope({QStringLiteral("show"), path, QStringLiteral("--decode")});
    QVERIFY2(shown.contains("words"), shown.constData());
}

// Our client against our echo server: what it sends and gets back, decoded as it arrives.
void TestDecoderChoices::cliConnectDecodesLive()
{
    SockscopeTest::PeerProcess server;
    QVERIFY(server.start(SockscopeTest::sockscopeExecutable(),
                         {QStringLiteral("serve"), QStringLiteral("--echo"), QStringLiteral("--listen"),
                          QStringLiteral("127.0.0.1:0")},
                         QRegularExpression(QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+)"))));
    const QString url = QStringLiteral("ws://127.0.0.1:%1/").arg(server.port());
    const QByteArray out = runSockscope({QStringLiteral("connect"), url, QStringLiteral("--send"),
                                         QString::fromUtf8(R"(42["chat","hi"])"), QStringLiteral("--no-stdin"),
                                         QStringLiteral("--decode"), QStringLiteral("--count"), QStringLiteral("1"),
                                         QStringLiteral("--linger"), QStringLiteral("30")});
    QVERIFY2(out.count("socket.io EVENT \"chat\" [\"hi\"]") == 2, out.constData()); // sent and echoed
    const QList<QJsonObject> frames = frameObjects(runSockscope(
            {QStringLiteral("connect"), url, QStringLiteral("--send"), QStringLiteral("plain"),
             QStringLiteral("--no-stdin"), QStringLiteral("--decode"), QStringLiteral("--jsonl"),
             QStringLiteral("--count"), QStringLiteral("1"), QStringLiteral("--linger"), QStringLiteral("30")}));
    QVERIFY(frames.size() >= 2);
    QCOMPARE(frames[0].value(QStringLiteral("decoded")).toObject().value(QStringLiteral("decoder")).toString(),
             QStringLiteral("text"));
    server.stop();
}

QTEST_GUILESS_MAIN(TestDecoderChoices)

#include "tst_decoderchoices.moc"
