// SPDX-License-Identifier: GPL-3.0-or-later
// The sockscope binary end to end: `serve` and `connect` against each other and against Node's
// ws, their exit codes, their text and JSON Lines output (docs/jsonl-events.md).
#include "interopsupport.h"
#include "refusedport.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>

#include <csignal>

using namespace Sockscope;
using namespace SockscopeTest;

namespace {

constexpr int kRunTimeoutMs = 30000;

const QRegularExpression kListening(QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+)"));

struct Run
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;

    QStringList errLines() const { return QString::fromUtf8(err).split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
    QString describe() const
    {
        return QStringLiteral("exit %1 after %2 ms\n--- stdout\n%3--- stderr\n%4")
                .arg(finished ? QString::number(exitCode) : QStringLiteral("(timed out)"))
                .arg(elapsedMs)
                .arg(QString::fromUtf8(out.left(4000)), QString::fromUtf8(err.left(4000)));
    }
};

// Runs `sockscope ARGS` to its end (bounded). Waits with the event loop running, so the
// processes a test started earlier keep having their output drained.
Run runSockscope(const QStringList &arguments, int timeoutMs = kRunTimeoutMs,
                 const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setStandardInputFile(QProcess::nullDevice());
    QElapsedTimer clock;
    clock.start();
    process.start(sockscopeExecutable(), arguments);
    Run run;
    run.finished = QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, timeoutMs);
    if (!run.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    run.elapsedMs = clock.elapsed();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

bool startServe(PeerProcess &serve, const QStringList &arguments)
{
    return serve.start(sockscopeExecutable(), QStringList{QStringLiteral("serve")} + arguments, kListening);
}

QString wsUrl(quint16 port)
{
    return QStringLiteral("ws://127.0.0.1:%1/").arg(port);
}

// Parses JSON Lines; an empty list and `error` set when a line is not a JSON object.
QList<QJsonObject> parseJsonLines(const QByteArray &text, QString *error)
{
    QList<QJsonObject> objects;
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).isEmpty() && i == lines.size() - 1)
            break;
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(lines.at(i), &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            *error = QStringLiteral("line %1 is not a JSON object (%2): %3")
                             .arg(i + 1)
                             .arg(parseError.errorString(), QString::fromUtf8(lines.at(i).left(200)));
            return {};
        }
        objects.append(document.object());
    }
    return objects;
}

// The fields docs/jsonl-events.md promises; empty when `o` has them all with the right types.
QString missingJsonFields(const QJsonObject &o)
{
    auto need = [&](const char *key, QJsonValue::Type type) -> QString {
        const QJsonValue value = o.value(QLatin1String(key));
        return value.type() == type ? QString()
                                    : QStringLiteral("%1 missing or of the wrong type; ").arg(QLatin1String(key));
    };
    QString missing =
            need("event", QJsonValue::String) + need("ts_ns", QJsonValue::String) + need("conn", QJsonValue::Double);
    static const QRegularExpression digits(QStringLiteral("^\\d+$"));
    if (!digits.match(o.value(QLatin1String("ts_ns")).toString()).hasMatch())
        missing += QStringLiteral("ts_ns is not a decimal string; ");
    const QString event = o.value(QLatin1String("event")).toString();
    if (event == QLatin1String("frame")) {
        for (const char *key : {"fin", "rsv1", "rsv2", "rsv3", "masked", "compressed"})
            missing += need(key, QJsonValue::Bool);
        for (const char *key : {"opcode", "length", "length_bits"})
            missing += need(key, QJsonValue::Double);
        for (const char *key : {"dir", "opcode_name", "header_hex", "payload", "payload_encoding"})
            missing += need(key, QJsonValue::String);
        if (o.value(QLatin1String("masked")).toBool())
            missing += need("mask_key", QJsonValue::String);
        if (o.value(QLatin1String("compressed")).toBool())
            missing += need("inflated", QJsonValue::String) + need("inflated_encoding", QJsonValue::String);
    } else if (event == QLatin1String("open")) {
        missing += need("subprotocol", QJsonValue::String) + need("extensions", QJsonValue::String)
                + need("timings_us", QJsonValue::Object);
        const QJsonObject timings = o.value(QLatin1String("timings_us")).toObject();
        for (const char *key : {"dns", "tcp", "tls", "upgrade"}) {
            if (!timings.value(QLatin1String(key)).isDouble())
                missing += QStringLiteral("timings_us.%1 missing; ").arg(QLatin1String(key));
        }
    } else if (event == QLatin1String("closed")) {
        missing += need("code", QJsonValue::Double) + need("code_name", QJsonValue::String)
                + need("reason", QJsonValue::String) + need("detail", QJsonValue::String);
    } else if (event == QLatin1String("handshake_request") || event == QLatin1String("handshake_response")) {
        missing += need("raw", QJsonValue::String) + need("raw_encoding", QJsonValue::String);
    } else if (event == QLatin1String("failed") || event == QLatin1String("protocol_error")) {
        missing += need("error", QJsonValue::String);
    }
    return missing;
}

QList<QJsonObject> framesOf(const QList<QJsonObject> &events, const QString &dir, const QString &opcodeName)
{
    QList<QJsonObject> frames;
    for (const QJsonObject &o : events) {
        if (o.value(QLatin1String("event")).toString() == QLatin1String("frame")
            && o.value(QLatin1String("dir")).toString() == dir
            && o.value(QLatin1String("opcode_name")).toString() == opcodeName)
            frames.append(o);
    }
    return frames;
}

QJsonObject lastEvent(const QList<QJsonObject> &events, const QString &name)
{
    for (auto it = events.crbegin(); it != events.crend(); ++it) {
        if (it->value(QLatin1String("event")).toString() == name)
            return *it;
    }
    return {};
}

} // namespace

class TestCliInterop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void connectToServeEcho();
    void jsonLines_data();
    void jsonLines();
    void countAgainstNode();
    void echoOverSeveralConnections();
    void echoAgainstNode_data();
    void echoAgainstNode();
    void peerClientAgainstServe_data();
    void peerClientAgainstServe();
    void topLevelWithoutDisplay_data();
    void topLevelWithoutDisplay();
    void usageErrors_data();
    void usageErrors();
    void connectionRefused_data();
    void connectionRefused();
    void serveExitsOnSigterm_data();
    void serveExitsOnSigterm();
    void secondSignalEndsServeAtOnce();
};

void TestCliInterop::initTestCase()
{
    QVERIFY2(QFileInfo(sockscopeExecutable()).isExecutable(), qPrintable(sockscopeExecutable()));
    for (const ThirdParty peer : {ThirdParty::Node, ThirdParty::Python}) {
        const QString unavailable = peerUnavailableReason(peer);
        QVERIFY2(unavailable.isEmpty(), qPrintable(unavailable));
    }
}

void TestCliInterop::connectToServeEcho()
{
    PeerProcess serve;
    QVERIFY2(startServe(serve, {QStringLiteral("--echo")}), qPrintable(serve.output()));
    const Run run = runSockscope({QStringLiteral("connect"), wsUrl(serve.port()), QStringLiteral("--send"),
                                  QStringLiteral("hello"), QStringLiteral("--no-stdin")});
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
    const QString out = QString::fromUtf8(run.out);
    // The text format: "> text F--- 5 byte(s) mask=...: hello" out, "< text F--- ...: hello" in.
    QVERIFY2(out.contains(QRegularExpression(QStringLiteral("^.* > text F--- .*: hello$"),
                                             QRegularExpression::MultilineOption)),
             qPrintable(run.describe()));
    QVERIFY2(out.contains(QRegularExpression(QStringLiteral("^.* < text F--- .*: hello$"),
                                             QRegularExpression::MultilineOption)),
             qPrintable(run.describe()));
    QVERIFY2(out.contains(
                     QRegularExpression(QStringLiteral("^.* closed 1000 .*$"), QRegularExpression::MultilineOption)),
             qPrintable(run.describe()));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.describe()));
    // The server printed the same exchange from its side.
    QVERIFY2(serve.waitForOutput(QRegularExpression(QStringLiteral("< text F--- .*: hello"))),
             qPrintable(serve.output()));
    QCOMPARE(serve.stop(), 0);
}

void TestCliInterop::jsonLines_data()
{
    QTest::addColumn<bool>("deflate");
    QTest::newRow("plain") << false;
    QTest::newRow("deflate") << true;
}

void TestCliInterop::jsonLines()
{
    QFETCH(bool, deflate);
    QStringList serveArguments{QStringLiteral("--echo"), QStringLiteral("--jsonl")};
    QStringList connectArguments{QStringLiteral("--send"),     QStringLiteral("hello"),
                                 QStringLiteral("--send"),     QStringLiteral("second message ✓"),
                                 QStringLiteral("--no-stdin"), QStringLiteral("--linger"),
                                 QStringLiteral("0.5"),        QStringLiteral("--jsonl")};
    if (deflate) {
        serveArguments << QStringLiteral("--deflate");
        connectArguments << QStringLiteral("--deflate");
    }

    // With --jsonl the listening line goes to stderr, so stdout stays pure JSON Lines.
    QProcess serve;
    serve.start(sockscopeExecutable(), QStringList{QStringLiteral("serve")} + serveArguments);
    QByteArray serveErr;
    QVERIFY(QTest::qWaitFor(
            [&] {
                serveErr += serve.readAllStandardError();
                return kListening.match(QString::fromUtf8(serveErr)).hasMatch()
                        || serve.state() == QProcess::NotRunning;
            },
            kRunTimeoutMs));
    const auto listening = kListening.match(QString::fromUtf8(serveErr));
    QVERIFY2(listening.hasMatch(), serveErr.constData());
    const quint16 port = quint16(listening.captured(1).toUInt());

    const Run run = runSockscope(QStringList{QStringLiteral("connect"), wsUrl(port)} + connectArguments);
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
    QString error;
    const QList<QJsonObject> events = parseJsonLines(run.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(events.size() >= 8);
    for (const QJsonObject &o : events) {
        const QString missing = missingJsonFields(o);
        QVERIFY2(missing.isEmpty(),
                 qPrintable(missing + QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact))));
        QVERIFY2(!o.contains(QLatin1String("server")), "a client's events have no server id");
    }
    QCOMPARE(events.first().value(QLatin1String("event")).toString(), QStringLiteral("connecting"));
    QCOMPARE(events.first().value(QLatin1String("text")).toString(), wsUrl(port));
    QCOMPARE(lastEvent(events, QStringLiteral("handshake_response")).value(QLatin1String("status")).toInt(), 101);
    const QJsonObject open = lastEvent(events, QStringLiteral("open"));
    QCOMPARE(open.value(QLatin1String("extensions")).toString().contains(QLatin1String("permessage-deflate")), deflate);

    const QStringList messages{QStringLiteral("hello"), QStringLiteral("second message ✓")};
    for (const QString &dir : {QStringLiteral("out"), QStringLiteral("in")}) {
        const QList<QJsonObject> texts = framesOf(events, dir, QStringLiteral("text"));
        QCOMPARE(texts.size(), 2);
        for (int i = 0; i < 2; ++i) {
            const QJsonObject &frame = texts.at(i);
            QCOMPARE(frame.value(QLatin1String("masked")).toBool(), dir == QLatin1String("out"));
            QCOMPARE(frame.value(QLatin1String("rsv1")).toBool(), deflate);
            QCOMPARE(frame.value(QLatin1String("compressed")).toBool(), deflate);
            const QString shown = deflate ? QStringLiteral("inflated") : QStringLiteral("payload");
            QCOMPARE(frame.value(shown).toString(), messages.at(i));
            QCOMPARE(frame.value(shown + QStringLiteral("_encoding")).toString(), QStringLiteral("utf8"));
            if (!deflate)
                QCOMPARE(frame.value(QLatin1String("length")).toInt(), int(messages.at(i).toUtf8().size()));
        }
    }
    const QJsonObject closed = events.last();
    QCOMPARE(closed.value(QLatin1String("event")).toString(), QStringLiteral("closed"));
    QCOMPARE(closed.value(QLatin1String("code")).toInt(), 1000);

    // The server's stdout: JSON Lines too, its peer's events carrying the server id.
    serve.terminate();
    QVERIFY(QTest::qWaitFor([&] { return serve.state() == QProcess::NotRunning; }, kRunTimeoutMs));
    QCOMPARE(serve.exitStatus(), QProcess::NormalExit);
    QCOMPARE(serve.exitCode(), 0);
    const QList<QJsonObject> served = parseJsonLines(serve.readAllStandardOutput(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!served.isEmpty());
    for (const QJsonObject &o : served) {
        const QString missing = missingJsonFields(o);
        QVERIFY2(missing.isEmpty(), qPrintable(missing));
    }
    const QList<QJsonObject> servedIn = framesOf(served, QStringLiteral("in"), QStringLiteral("text"));
    QCOMPARE(servedIn.size(), 2);
    QVERIFY(servedIn.first().value(QLatin1String("server")).isDouble());
    QCOMPARE(lastEvent(served, QStringLiteral("closed")).value(QLatin1String("code")).toInt(), 1000);
}

void TestCliInterop::countAgainstNode()
{
    PeerProcess node;
    QVERIFY2(startPeerServer(node, ThirdParty::Node), qPrintable(node.output()));
    // Without --count the long linger would keep the client for 30 s.
    const Run run = runSockscope({QStringLiteral("connect"), wsUrl(node.port()) + QStringLiteral("count"),
                                  QStringLiteral("--send"), QStringLiteral("one"), QStringLiteral("--send"),
                                  QStringLiteral("two"), QStringLiteral("--send"), QStringLiteral("three"),
                                  QStringLiteral("--count"), QStringLiteral("2"), QStringLiteral("--no-stdin"),
                                  QStringLiteral("--linger"), QStringLiteral("30"), QStringLiteral("--jsonl")});
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(run.elapsedMs < 15000, qPrintable(run.describe()));
    QString error;
    const QList<QJsonObject> events = parseJsonLines(run.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(framesOf(events, QStringLiteral("out"), QStringLiteral("text")).size(), 3);
    const QList<QJsonObject> in = framesOf(events, QStringLiteral("in"), QStringLiteral("text"));
    QVERIFY2(in.size() >= 2, qPrintable(run.describe()));
    QCOMPARE(in.at(0).value(QLatin1String("payload")).toString(), QStringLiteral("one"));
    QCOMPARE(in.at(1).value(QLatin1String("payload")).toString(), QStringLiteral("two"));
    QCOMPARE(lastEvent(events, QStringLiteral("closed")).value(QLatin1String("code")).toInt(), 1000);
    QVERIFY2(node.waitForOutput(
                     QRegularExpression(QStringLiteral("^close \\d+ 1000 $"), QRegularExpression::MultilineOption)),
             qPrintable(node.output()));
}

// A load test: five connections at once, each echoing until it has received three messages,
// quietly; the Node server saw all five open and close normally.
void TestCliInterop::echoOverSeveralConnections()
{
    PeerProcess node;
    QVERIFY2(startPeerServer(node, ThirdParty::Node), qPrintable(node.output()));
    const Run run = runSockscope({QStringLiteral("connect"), wsUrl(node.port()) + QStringLiteral("load"),
                                  QStringLiteral("--echo"), QStringLiteral("--connections"), QStringLiteral("5"),
                                  QStringLiteral("--send"), QStringLiteral("hello"), QStringLiteral("--count"),
                                  QStringLiteral("3"), QStringLiteral("--quiet")});
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(run.out, QByteArray()); // quiet
    QVERIFY2(QTest::qWaitFor([&] {
                 return matchingLines(collectedOutput(node), QStringLiteral("close \\d+ 1000 ")).size() == 5;
             }),
             qPrintable(node.output()));
    QCOMPARE(matchingLines(collectedOutput(node), QStringLiteral("open \\d+ path=/load .*")).size(), 5);
}

void TestCliInterop::echoAgainstNode_data()
{
    QTest::addColumn<bool>("deflate");
    QTest::newRow("plain") << false;
    QTest::newRow("deflate") << true;
}

void TestCliInterop::echoAgainstNode()
{
    QFETCH(bool, deflate);
    PeerProcess node;
    QVERIFY2(startPeerServer(node, ThirdParty::Node), qPrintable(node.output()));
    const QString path = deflate ? QStringLiteral("echo-deflate") : QStringLiteral("echo-plain");
    // Node echoes "hello", we echo it back, and so on until we have received three.
    QStringList arguments{QStringLiteral("connect"), wsUrl(node.port()) + path, QStringLiteral("--echo"),
                          QStringLiteral("--send"),  QStringLiteral("hello"),   QStringLiteral("--count"),
                          QStringLiteral("3"),       QStringLiteral("--jsonl")};
    if (deflate)
        arguments << QStringLiteral("--deflate");
    const Run run = runSockscope(arguments);
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
    QString error;
    const QList<QJsonObject> events = parseJsonLines(run.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(lastEvent(events, QStringLiteral("open"))
                     .value(QLatin1String("extensions"))
                     .toString()
                     .contains(QLatin1String("permessage-deflate")),
             deflate);
    const QList<QJsonObject> out = framesOf(events, QStringLiteral("out"), QStringLiteral("text"));
    QCOMPARE(out.size(), 4); // the --send, then one echo per message received
    for (const QJsonObject &frame : out) {
        QCOMPARE(frame.value(deflate ? QLatin1String("inflated") : QLatin1String("payload")).toString(),
                 QStringLiteral("hello"));
        QCOMPARE(frame.value(QLatin1String("rsv1")).toBool(), deflate);
    }
    QVERIFY(framesOf(events, QStringLiteral("in"), QStringLiteral("text")).size() >= 3);
    QCOMPARE(lastEvent(events, QStringLiteral("closed")).value(QLatin1String("code")).toInt(), 1000);

    // Node received the message and our three echoes, and our close.
    const QString opened =
            matchingLines(collectedOutput(node), QStringLiteral("open \\d+ path=/") + path + QStringLiteral(" .*"))
                    .value(0);
    QVERIFY2(!opened.isEmpty(), qPrintable(node.output()));
    const QString id = opened.split(QLatin1Char(' ')).at(1);
    const QRegularExpression closed(QStringLiteral("^close %1 1000 $").arg(id), QRegularExpression::MultilineOption);
    QVERIFY2(node.waitForOutput(closed), qPrintable(node.output()));
    QCOMPARE(matchingLines(node.output(), QStringLiteral("message %1 text 5").arg(id)).size(), 4);
}

void TestCliInterop::peerClientAgainstServe_data()
{
    QTest::addColumn<ThirdParty>("peer");
    QTest::newRow("node") << ThirdParty::Node;
    QTest::newRow("python") << ThirdParty::Python;
}

void TestCliInterop::peerClientAgainstServe()
{
    QFETCH(ThirdParty, peer);
    PeerProcess serve;
    QVERIFY2(startServe(serve,
                        {QStringLiteral("--echo"), QStringLiteral("--deflate"), QStringLiteral("--subprotocol"),
                         QStringLiteral("sockscope.v1"), QStringLiteral("--quiet")}),
             qPrintable(serve.output()));
    QProcess client;
    client.setProcessChannelMode(QProcess::MergedChannels);
    client.start(peerInterpreter(peer),
                 {peerClientScript(peer), wsUrl(serve.port()), QStringLiteral("--case"), QStringLiteral("all"),
                  QStringLiteral("--expect-deflate"), QStringLiteral("--protocol"), QStringLiteral("sockscope.v1"),
                  QStringLiteral("--expect-protocol"), QStringLiteral("sockscope.v1")});
    QVERIFY(QTest::qWaitFor([&] { return client.state() == QProcess::NotRunning; }, 60000));
    const QString output = QString::fromUtf8(client.readAll()).trimmed();
    QVERIFY2(client.exitStatus() == QProcess::NormalExit && client.exitCode() == 0, qPrintable(output));
    QVERIFY2(output.startsWith(QLatin1String("PASS case=all protocol=sockscope.v1")), qPrintable(output));
    QCOMPARE(serve.stop(), 0);
}

namespace {

// A machine without a display: no X11, no Wayland, and no offscreen platform chosen for it.
QProcessEnvironment withoutDisplay()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(QString::fromLatin1(name));
    return environment;
}

} // namespace

void TestCliInterop::topLevelWithoutDisplay_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected"); // on stdout for exit 0, the one stderr line otherwise
    QTest::newRow("help") << QStringList{QStringLiteral("--help")} << 0
                          << QStringLiteral("connect, serve, proxy, replay, convert, show");
    QTest::newRow("version") << QStringList{QStringLiteral("--version")} << 0 << QStringLiteral("sockscope 0.1");
    QTest::newRow("mistyped subcommand") << QStringList{QStringLiteral("conect")} << 2
                                         << QStringLiteral("'conect' is neither a subcommand");
    QTest::newRow("missing capture") << QStringList{QStringLiteral("/nonexistent/session.wscap")} << 2
                                     << QStringLiteral("cannot open '/nonexistent/session.wscap': no such file");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--bogus")} << 2 << QStringLiteral("bogus");
    QTest::newRow("two captures") << QStringList{QStringLiteral("a.wscap"), QStringLiteral("b.wscap")} << 2
                                  << QStringLiteral("only one capture file");
}

void TestCliInterop::topLevelWithoutDisplay()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);
    const Run run = runSockscope(arguments, 10000, withoutDisplay());
    QVERIFY2(run.finished && run.exitCode == exitCode, qPrintable(run.describe()));
    if (exitCode == 0) {
        QVERIFY2(QString::fromUtf8(run.out).contains(expected), qPrintable(run.describe()));
        QVERIFY2(run.err.isEmpty(), qPrintable(run.describe()));
        return;
    }
    QVERIFY2(run.errLines().size() == 1 && run.errLines().first().startsWith(QLatin1String("sockscope: ")),
             qPrintable(run.describe()));
    QVERIFY2(run.errLines().first().contains(expected), qPrintable(run.describe()));
    QVERIFY2(run.out.isEmpty(), qPrintable(run.describe()));
}

void TestCliInterop::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    // Nothing listens on port 9 (discard); none of these gets as far as connecting.
    const char *lines[] = {
            "connect",
            "connect ws://127.0.0.1:9/ ws://127.0.0.1:9/",
            "connect http://127.0.0.1:9/",
            "connect ws://127.0.0.1:9/#fragment",
            "connect --bogus ws://127.0.0.1:9/",
            "connect ws://127.0.0.1:9/ --count 0",
            "connect ws://127.0.0.1:9/ --header novalue",
            "connect ws://127.0.0.1:9/ --connect-timeout soon",
            "connect ws://127.0.0.1:9/ --proxy ftp://127.0.0.1:21",
            "connect ws://127.0.0.1:9/ --max-message 0",
            "connect ws://127.0.0.1:9/ --connections 2",
            "connect ws://127.0.0.1:9/ --echo --connections none",
            "serve --echo --broadcast",
            "serve --listen nowhere",
            "serve extra",
            "serve --tls-cert /nonexistent/cert.pem",
    };
    for (const char *line : lines)
        QTest::newRow(line) << QString::fromLatin1(line).split(QLatin1Char(' '));
}

void TestCliInterop::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Run run = runSockscope(arguments, 10000);
    QVERIFY2(run.finished && run.exitCode == 2, qPrintable(run.describe()));
    QVERIFY2(run.errLines().size() == 1, qPrintable(run.describe()));
    QVERIFY2(run.errLines().first().startsWith(QLatin1String("sockscope: ")), qPrintable(run.describe()));
    QVERIFY2(run.out.isEmpty(), qPrintable(run.describe()));
}

void TestCliInterop::connectionRefused_data()
{
    QTest::addColumn<bool>("jsonl");
    QTest::newRow("text") << false;
    QTest::newRow("jsonl") << true;
}

void TestCliInterop::connectionRefused()
{
    QFETCH(bool, jsonl);
    const SockscopeTest::RefusedPort refused;
    QVERIFY(refused.isValid());
    const quint16 port = refused.port();
    QStringList arguments{QStringLiteral("connect"), wsUrl(port), QStringLiteral("--no-stdin")};
    if (jsonl)
        arguments << QStringLiteral("--jsonl");
    const Run run = runSockscope(arguments);
    QVERIFY2(run.finished && run.exitCode == 1, qPrintable(run.describe()));
    QVERIFY2(run.errLines().size() == 1 && run.errLines().first().startsWith(QLatin1String("sockscope: ")),
             qPrintable(run.describe()));
    if (jsonl) {
        QString error;
        const QList<QJsonObject> events = parseJsonLines(run.out, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QJsonObject failed = lastEvent(events, QStringLiteral("failed"));
        QVERIFY2(!failed.isEmpty(), qPrintable(run.describe()));
        QVERIFY(missingJsonFields(failed).isEmpty());
    } else {
        QVERIFY2(run.out.contains("failed"), qPrintable(run.describe()));
    }
}

void TestCliInterop::serveExitsOnSigterm_data()
{
    QTest::addColumn<bool>("withPeer");
    QTest::addColumn<int>("rounds");
    // Scripts send SIGTERM as soon as they have read the listening line; a few rounds make a
    // window between that line and the signal handler show reliably.
    QTest::newRow("idle, right after the listening line") << false << 5;
    QTest::newRow("with a connected peer") << true << 1;
}

void TestCliInterop::serveExitsOnSigterm()
{
    QFETCH(bool, withPeer);
    QFETCH(int, rounds);
    for (int round = 0; round < rounds; ++round) {
        PeerProcess serve;
        QVERIFY2(startServe(serve, {QStringLiteral("--echo")}), qPrintable(serve.output()));
        PeerProcess client;
        if (withPeer) {
            // A client that would stay for 30 s: the server's going-away close must end it.
            QVERIFY2(client.start(sockscopeExecutable(),
                                  {QStringLiteral("connect"), wsUrl(serve.port()), QStringLiteral("--no-stdin"),
                                   QStringLiteral("--linger"), QStringLiteral("30")},
                                  QRegularExpression(QStringLiteral(" open \\("))),
                     qPrintable(client.output()));
            QVERIFY2(serve.waitForOutput(QRegularExpression(QStringLiteral(" open \\("))), qPrintable(serve.output()));
        }
        const int exitCode = serve.stop(5000);
        QVERIFY2(exitCode == 0,
                 qPrintable(QStringLiteral("round %1: serve ended with %2 (%3)\n%4")
                                    .arg(round + 1)
                                    .arg(exitCode)
                                    .arg(serve.process().exitStatus() == QProcess::CrashExit
                                                 ? QStringLiteral("killed by the signal")
                                                 : QStringLiteral("normal exit"),
                                         serve.output())));
        if (withPeer) {
            QVERIFY2(client.waitForExit(10000), qPrintable(client.output()));
            QCOMPARE(client.process().exitStatus(), QProcess::NormalExit);
            QCOMPARE(client.process().exitCode(), 0);
            QVERIFY2(client.output().contains(QLatin1String("closed 1001")), qPrintable(client.output()));
            QVERIFY2(serve.output().contains(QLatin1String("server stopped")), qPrintable(serve.output()));
        }
    }
}

// While serve waits for its peers to answer the going-away close (up to 2 s), a second SIGTERM
// (or Ctrl+C) ends it at once, as it would a program without a handler. The peer here completed
// its upgrade and then never answers, so the first shutdown waits.
void TestCliInterop::secondSignalEndsServeAtOnce()
{
    PeerProcess serve;
    QVERIFY2(startServe(serve, {QStringLiteral("--echo")}), qPrintable(serve.output()));
    QTcpSocket silent;
    silent.connectToHost(QHostAddress::LocalHost, serve.port());
    QVERIFY(silent.waitForConnected(5000));
    silent.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                 "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n");
    QVERIFY(silent.waitForBytesWritten(5000));
    QVERIFY2(serve.waitForOutput(QRegularExpression(QStringLiteral(" open \\("))), qPrintable(serve.output()));
    const auto pid = pid_t(serve.process().processId());
    QCOMPARE(::kill(pid, SIGTERM), 0);
    // The 101 and then the close frame (0x88: FIN and opcode 8; the 101 is ASCII).
    QVERIFY(QTest::qWaitFor([&] { return silent.peek(silent.bytesAvailable()).contains(char(0x88)); }, 5000));
    QVERIFY2(serve.process().state() == QProcess::Running, qPrintable(serve.output()));
    QCOMPARE(::kill(pid, SIGTERM), 0);
    QVERIFY(serve.waitForExit(10000));
    QCOMPARE(serve.process().exitStatus(), QProcess::CrashExit); // ended by the signal itself
}

QTEST_GUILESS_MAIN(TestCliInterop)
#include "tst_cliinterop.moc"
