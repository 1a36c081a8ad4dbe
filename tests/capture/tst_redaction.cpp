// SPDX-License-Identifier: GPL-3.0-or-later
// Redaction on export: secret headers and payload matches are hidden in every format written
// (`sockscope convert --redact…`), and the capture they come from is left as it was.
#include "capture/capturereader.h"
#include "capture/capturewriter.h"
#include "capture/redaction.h"
#include "peerprocess.h"
#include "websocketclient.h"
#include "websocketserver.h"
#include "websocketsession.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Sockscope;

namespace {

const QByteArray kBearer = "Bearer eyJhbGciOiJIUzI1NiJ9.s3cr3t-bearer";
const QByteArray kCookie = "session=c00kie-value-42";
const QByteArray kApiKey = "k3y-0f-the-api";
const QByteArray kToken = "TOKEN-7731-ALPHA";

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int runSockscope(const QStringList &arguments, QByteArray *err)
{
    QProcess process;
    process.start(SockscopeTest::sockscopeExecutable(), arguments);
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished(5000);
        return -1;
    }
    *err = process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

} // namespace

class TestRedaction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void hidesHeaderValues_data();
    void hidesHeaderValues();
    void hidesPayloadMatches_data();
    void hidesPayloadMatches();
    void exportsHoldNoSecret_data();
    void exportsHoldNoSecret();
    void badPatternIsAUsageError();

private:
    QTemporaryDir m_dir;
    QString m_session;
};

// A real session over loopback with deflate: the client sends the secrets in its upgrade
// headers and in compressed text messages; the server echoes them.
void TestRedaction::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_session = m_dir.filePath(QStringLiteral("secrets.wscap"));
    ServerOptions serverOptions;
    serverOptions.handshake.acceptDeflate = true;
    WebSocketServer server(serverOptions);
    QVERIFY2(server.listen(), qPrintable(server.errorString()));
    ClientOptions options;
    options.url = QUrl(QStringLiteral("ws://") + server.listenAddress() + QStringLiteral("/private"));
    options.deflate = true;
    options.headers = {{"Authorization", kBearer}, {"Cookie", kCookie}, {"X-Api-Key", kApiKey}};
    WebSocketClient client(options);
    CaptureWriter writer;
    QVERIFY2(writer.open(m_session), qPrintable(writer.errorString()));
    connect(&client, &WebSocketClient::eventOccurred, &client, [&writer](const Event &e) { writer.append(e); });
    QSignalSpy opened(&client, &WebSocketClient::opened);
    QSignalSpy received(&client, &WebSocketClient::messageReceived);
    client.open();
    QVERIFY(opened.wait(5000));
    client.session()->sendMessage(Opcode::Text, "{\"token\":\"" + kToken + "\",\"text\":\"hello\"}");
    client.session()->sendMessage(Opcode::Binary, "bin:" + kToken);
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 2, 10000);
    QSignalSpy closed(&client, &WebSocketClient::closed);
    client.close(1000, QString());
    QVERIFY(closed.wait(5000));
    writer.close();
    QVERIFY(fileBytes(m_session).size() > 0);
}

void TestRedaction::hidesHeaderValues_data()
{
    QTest::addColumn<int>("style");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("keep length") << int(RedactionRules::Style::KeepLength)
                                 << QByteArray(
                                            "GET / HTTP/1.1\r\nHost: a\r\nauthorization: **********\r\nCookie:***\r\n"
                                            "X-Api-Key: *\r\nSet-Cookie: ***\r\n\r\nbody");
    QTest::newRow("placeholder") << int(RedactionRules::Style::Placeholder)
                                 << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nauthorization: [redacted]\r\n"
                                               "Cookie:[redacted]\r\nX-Api-Key: [redacted]\r\n"
                                               "Set-Cookie: [redacted]\r\n\r\nbody");
}

void TestRedaction::hidesHeaderValues()
{
    QFETCH(int, style);
    QFETCH(QByteArray, expected);
    RedactionRules rules;
    rules.headers.append(QStringLiteral("x-api-key"));
    rules.style = RedactionRules::Style(style);
    const QByteArray head = "GET / HTTP/1.1\r\nHost: a\r\nauthorization: Bearer abc\r\nCookie:x=1\r\n"
                            "X-Api-Key: k\r\nSet-Cookie: y=2\r\n\r\nbody";
    QCOMPARE(Redactor(rules).redactHead(head), expected);
}

void TestRedaction::hidesPayloadMatches_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("text") << QByteArray("a token=abc1 b token=zz") << QStringLiteral("token=\\w+")
                          << QByteArray("a ********** b ********");
    // One * per byte, so the frame keeps its length: "geheim" after two-byte characters.
    QTest::newRow("utf-8") << QByteArray("\xc3\xa4\xc3\xb6 geheim!") << QStringLiteral("geheim")
                           << QByteArray("\xc3\xa4\xc3\xb6 ******!");
    QTest::newRow("non-ascii pattern") << QByteArray("pass: gr\xc3\xbcn") << QStringLiteral("gr\u00fcn")
                                       << QByteArray("pass: *****");
    QTest::newRow("binary") << QByteArray("\x00\xffkey=K1\x00", 9) << QStringLiteral("key=\\w+")
                            << QByteArray("\x00\xff******\x00", 9);
    QTest::newRow("overlapping patterns")
            << QByteArray("abcdef") << QStringLiteral("abcd|cdef") << QByteArray("****ef");
    // Several matches after multi-byte characters: each offset counted on from the one before.
    QTest::newRow("utf-8, several") << QByteArray("\xc3\xa4 k=1 \xe4\xbd\xa0 k=22 \xf0\x9f\x91\x8b k=3")
                                    << QStringLiteral("k=\\d+")
                                    << QByteArray("\xc3\xa4 *** \xe4\xbd\xa0 **** \xf0\x9f\x91\x8b ***");
    QTest::newRow("no match") << QByteArray("nothing here") << QStringLiteral("secret") << QByteArray("nothing here");
}

void TestRedaction::hidesPayloadMatches()
{
    QFETCH(QByteArray, payload);
    QFETCH(QString, pattern);
    QFETCH(QByteArray, expected);
    RedactionRules rules;
    rules.payloadPatterns = {QRegularExpression(pattern)};
    QCOMPARE(Redactor(rules).redactPayload(payload), expected);
}

void TestRedaction::exportsHoldNoSecret_data()
{
    QTest::addColumn<QString>("extension");
    QTest::newRow("wscap") << QStringLiteral("wscap");
    QTest::newRow("har") << QStringLiteral("har");
    QTest::newRow("jsonl") << QStringLiteral("jsonl");
    QTest::newRow("pcapng") << QStringLiteral("pcapng");
}

void TestRedaction::exportsHoldNoSecret()
{
    QFETCH(QString, extension);
    const QByteArray before = fileHash(m_session);
    const QString plain = m_dir.filePath(QStringLiteral("plain.") + extension);
    const QString redacted = m_dir.filePath(QStringLiteral("redacted.") + extension);
    QByteArray err;
    QCOMPARE(runSockscope({QStringLiteral("convert"), m_session, plain}, &err), 0);
    QCOMPARE(runSockscope({QStringLiteral("convert"), m_session, redacted, QStringLiteral("--redact-header"),
                           QStringLiteral("X-Api-Key"), QStringLiteral("--redact-regex"),
                           QStringLiteral("TOKEN-\\d+-\\w+")},
                          &err),
             0);
    // Without redaction the secrets are there (as text, or base64 for binary in HAR), so the
    // search below can find them.
    const QByteArray plainBytes = fileBytes(plain);
    QVERIFY(plainBytes.contains(kBearer) && plainBytes.contains(kCookie) && plainBytes.contains(kApiKey));

    const QByteArray bytes = fileBytes(redacted);
    QVERIFY(!bytes.isEmpty());
    for (const QByteArray &secret : {kBearer, kCookie, kApiKey, kToken}) {
        QVERIFY2(!bytes.contains(secret), secret.constData());
        QVERIFY2(!bytes.contains(secret.toBase64()), secret.constData());
    }
    QVERIFY(!bytes.contains(QByteArray("bin:" + kToken).toBase64()));
    // The rest is kept: the non-secret message text and the header names.
    QVERIFY(bytes.contains("hello"));
    QVERIFY(bytes.contains("X-Api-Key"));
    QCOMPARE(fileHash(m_session), before);

    if (extension != QLatin1String("wscap"))
        return;
    // The redacted capture still reads as one: every message, with the secret's bytes as '*'.
    CaptureReader reader;
    QVERIFY2(reader.open(redacted), qPrintable(reader.errorString()));
    QList<QByteArray> texts;
    reader.readEvents([&texts](const Event &e) {
        if (e.kind == Event::Kind::Frame && e.frame.opcode == 1)
            texts.append(e.compressed ? e.inflated : e.payload);
        return true;
    });
    const QByteArray expected = "{\"token\":\"" + QByteArray(kToken.size(), '*') + "\",\"text\":\"hello\"}";
    QCOMPARE(texts, (QList<QByteArray>{expected, expected})); // sent and echoed
}

void TestRedaction::badPatternIsAUsageError()
{
    QByteArray err;
    const QString out = m_dir.filePath(QStringLiteral("never.har"));
    QCOMPARE(runSockscope({QStringLiteral("convert"), m_session, out, QStringLiteral("--redact-regex"),
                           QStringLiteral("(unclosed")},
                          &err),
             2);
    QVERIFY2(err.startsWith("sockscope: invalid --redact-regex '(unclosed'"), err.constData());
    QCOMPARE(err.count('\n'), 1);
    QVERIFY(!QFile::exists(out));
}

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
