// SPDX-License-Identifier: GPL-3.0-or-later
#include "handshakesamples.h"
#include "protocol/handshake.h"

#include <QTest>

using namespace Sockscope;
using SockscopeTest::kRfcRequest;

namespace {

HttpParser::Result feedBytewise(HttpParser &parser, const QByteArray &bytes, qsizetype *consumedTotal)
{
    *consumedTotal = 0;
    HttpParser::Result result = HttpParser::Result::NeedMoreData;
    for (qsizetype i = 0; i < bytes.size() && result == HttpParser::Result::NeedMoreData; ++i) {
        qsizetype consumed = 0;
        result = parser.feed(QByteArrayView(bytes).sliced(i, 1), &consumed);
        *consumedTotal += consumed;
    }
    return result;
}

} // namespace

class TestHandshake : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rfcAcceptKey();
    void parsesRequestInAnySplit();
    void keepsBytesAfterTheHead();
    void answersValidRequest();
    void refusesInvalidRequests_data();
    void refusesInvalidRequests();
    void buildsClientRequest();
    void checksServerResponse_data();
    void checksServerResponse();
    void recordsFailedUpgradeWithBody();
    void bodyUntilClose();
    void chunkedBodies_data();
    void chunkedBodies();
    void rejectsOversizeHead();
    void malformedStatusLine();
};

void TestHandshake::rfcAcceptKey()
{
    QCOMPARE(Handshake::acceptKey("dGhlIHNhbXBsZSBub25jZQ=="), QByteArray("s3pPLMBiTxaQ9kYGzzhZRbK+xOo="));
    QCOMPARE(QByteArray::fromBase64(Handshake::generateKey()).size(), 16);
    QVERIFY(Handshake::generateKey() != Handshake::generateKey());
}

void TestHandshake::parsesRequestInAnySplit()
{
    HttpParser parser(HttpParser::Kind::Request);
    qsizetype consumed = 0;
    QCOMPARE(feedBytewise(parser, kRfcRequest, &consumed), HttpParser::Result::Complete);
    QCOMPARE(consumed, kRfcRequest.size());
    const HttpMessage &m = parser.message();
    QCOMPARE(m.method, QByteArray("GET"));
    QCOMPARE(m.target, QByteArray("/chat"));
    QCOMPARE(m.raw, kRfcRequest);
    QCOMPARE(m.headers.size(), 11);
    QCOMPARE(m.headers[0].name, QByteArray("Host"));
    QCOMPARE(m.headerValues("x-dup"), (QList<QByteArray>{"one", "two"}));
    QCOMPARE(m.headers[10].name, QByteArray("x-dup")); // wire spelling and order kept
    QCOMPARE(m.headerElements("Sec-WebSocket-Protocol"), (QList<QByteArray>{"chat", "superchat"}));
}

void TestHandshake::keepsBytesAfterTheHead()
{
    const QByteArray response = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n\r\n";
    const QByteArray frame = QByteArray::fromHex("810548656c6c6f");
    HttpParser parser(HttpParser::Kind::Response);
    qsizetype consumed = 0;
    QCOMPARE(parser.feed(QByteArray(response + frame), &consumed), HttpParser::Result::Complete);
    QCOMPARE(consumed, response.size());
    QCOMPARE(parser.message().statusCode, 101);
    QCOMPARE(parser.message().reason, QByteArray("Switching Protocols"));
}

void TestHandshake::answersValidRequest()
{
    HttpParser parser(HttpParser::Kind::Request);
    qsizetype consumed = 0;
    QCOMPARE(parser.feed(kRfcRequest, &consumed), HttpParser::Result::Complete);
    ServerHandshakePolicy policy;
    policy.subprotocols = {"superchat", "chat"};
    const ServerHandshakeResult result = Handshake::answerRequest(parser.message(), policy);
    QVERIFY2(result.accepted(), qPrintable(result.error));
    QCOMPARE(result.outcome.subprotocol, QByteArray("superchat"));
    QCOMPARE(result.response.header("Sec-WebSocket-Accept"), QByteArray("s3pPLMBiTxaQ9kYGzzhZRbK+xOo="));
    QVERIFY(result.response.raw.startsWith("HTTP/1.1 101 Switching Protocols\r\n"));
    QVERIFY(result.response.raw.endsWith("\r\n\r\n"));
}

void TestHandshake::refusesInvalidRequests_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::newRow("POST") << QByteArray(kRfcRequest).replace("GET ", "POST ") << 405;
    QTest::newRow("HTTP/1.0") << QByteArray(kRfcRequest).replace("HTTP/1.1", "HTTP/1.0") << 400;
    QTest::newRow("no upgrade") << QByteArray(kRfcRequest).replace("Upgrade: websocket\r\n", "") << 426;
    QTest::newRow("version 8") << QByteArray(kRfcRequest).replace("Version: 13", "Version: 8") << 426;
    QTest::newRow("short key") << QByteArray(kRfcRequest).replace("dGhlIHNhbXBsZSBub25jZQ==", "c2hvcnQ=") << 400;
}

void TestHandshake::refusesInvalidRequests()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    HttpParser parser(HttpParser::Kind::Request);
    qsizetype consumed = 0;
    QCOMPARE(parser.feed(request, &consumed), HttpParser::Result::Complete);
    const ServerHandshakeResult result = Handshake::answerRequest(parser.message(), {});
    QVERIFY(!result.accepted());
    QCOMPARE(result.response.statusCode, status);
    QVERIFY(!result.error.isEmpty());
    // The refusal is a complete HTTP response a client can parse, body included.
    HttpParser reparse(HttpParser::Kind::Response);
    QCOMPARE(reparse.feed(result.response.raw, &consumed), HttpParser::Result::Complete);
    QCOMPARE(reparse.message().statusCode, status);
    QCOMPARE(reparse.message().body, result.error.toUtf8() + '\n');
}

void TestHandshake::buildsClientRequest()
{
    ClientHandshakeSpec spec;
    spec.host = "example.com:8080";
    spec.resource = "/ws?token=1";
    spec.subprotocols = {"a", "b"};
    spec.origin = "https://example.com";
    spec.offerDeflate = true;
    spec.extraHeaders = {{"Authorization", "Bearer x"}, {"X-Dup", "1"}, {"X-Dup", "2"}};
    const HttpMessage request = Handshake::buildRequest(spec);
    QVERIFY(!spec.key.isEmpty());
    QVERIFY(request.raw.startsWith("GET /ws?token=1 HTTP/1.1\r\nHost: example.com:8080\r\n"));
    QVERIFY(request.raw.contains("Sec-WebSocket-Protocol: a, b\r\n"));
    QVERIFY(request.raw.contains("Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits\r\n"));
    QVERIFY(request.raw.contains("X-Dup: 1\r\nX-Dup: 2\r\n"));
    // What we build, our own server accepts.
    HttpParser parser(HttpParser::Kind::Request);
    qsizetype consumed = 0;
    QCOMPARE(parser.feed(request.raw, &consumed), HttpParser::Result::Complete);
    ServerHandshakePolicy policy;
    policy.subprotocols = {"b"};
    policy.acceptDeflate = true;
    const ServerHandshakeResult answer = Handshake::answerRequest(parser.message(), policy);
    QVERIFY(answer.accepted());
    QString error;
    const auto outcome = Handshake::checkResponse(spec, answer.response, &error);
    QVERIFY2(outcome, qPrintable(error));
    QCOMPARE(outcome->subprotocol, QByteArray("b"));
    QVERIFY(outcome->deflate.has_value());
}

void TestHandshake::checksServerResponse_data()
{
    QTest::addColumn<QByteArray>("response");
    QTest::addColumn<QString>("errorPart");
    const QByteArray accept = "Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n";
    const QByteArray base = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n";
    QTest::newRow("ok") << base + accept + "\r\n" << QString();
    QTest::newRow("wrong accept") << base + "Sec-WebSocket-Accept: AAAA\r\n\r\n"
                                  << QStringLiteral("Sec-WebSocket-Accept");
    QTest::newRow("no upgrade") << QByteArray("HTTP/1.1 101 OK\r\nConnection: Upgrade\r\n") + accept + "\r\n"
                                << QStringLiteral("Upgrade");
    QTest::newRow("unoffered protocol") << base + accept + "Sec-WebSocket-Protocol: evil\r\n\r\n"
                                        << QStringLiteral("subprotocol");
    QTest::newRow("unoffered extension") << base + accept + "Sec-WebSocket-Extensions: permessage-deflate\r\n\r\n"
                                         << QStringLiteral("extensions");
    QTest::newRow("401") << QByteArray("HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\n\r\n")
                         << QStringLiteral("401");
}

void TestHandshake::checksServerResponse()
{
    QFETCH(QByteArray, response);
    QFETCH(QString, errorPart);
    ClientHandshakeSpec spec;
    spec.key = "dGhlIHNhbXBsZSBub25jZQ==";
    spec.subprotocols = {"chat"};
    HttpParser parser(HttpParser::Kind::Response);
    qsizetype consumed = 0;
    QCOMPARE(parser.feed(response, &consumed), HttpParser::Result::Complete);
    QString error;
    const auto outcome = Handshake::checkResponse(spec, parser.message(), &error);
    QCOMPARE(outcome.has_value(), errorPart.isEmpty());
    QVERIFY2(error.contains(errorPart), qPrintable(error));
}

void TestHandshake::recordsFailedUpgradeWithBody()
{
    const QByteArray response =
            "HTTP/1.1 403 Forbidden\r\nContent-Type: text/plain\r\nContent-Length: 13\r\n\r\nnot for you!\nTRAILING";
    HttpParser parser(HttpParser::Kind::Response);
    qsizetype consumed = 0;
    QCOMPARE(feedBytewise(parser, response, &consumed), HttpParser::Result::Complete);
    QCOMPARE(parser.message().statusCode, 403);
    QCOMPARE(parser.message().body, QByteArray("not for you!\n"));
    QCOMPARE(parser.message().raw, response.left(response.size() - 8));
}

void TestHandshake::bodyUntilClose()
{
    HttpParser parser(HttpParser::Kind::Response);
    qsizetype consumed = 0;
    QCOMPARE(parser.feed("HTTP/1.1 404 Not Found\r\n\r\nno such path", &consumed), HttpParser::Result::NeedMoreData);
    QCOMPARE(parser.finish(), HttpParser::Result::Complete);
    QCOMPARE(parser.message().body, QByteArray("no such path"));
}

void TestHandshake::chunkedBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("after");
    QTest::newRow("one chunk") << QByteArray("5\r\nhello\r\n0\r\n\r\n") << QByteArray("NEXT");
    QTest::newRow("extension and trailer")
            << QByteArray("3;x=1\r\nabc\r\n0\r\nX-Trailer: 1\r\n\r\n") << QByteArray("Z");
    QTest::newRow("data looks like the end") << QByteArray("7\r\n\r\n0\r\n\r\n\r\n0\r\n\r\n") << QByteArray();
    QTest::newRow("hex sizes") << QByteArray("a\r\n0123456789\r\nA\r\n0123456789\r\n0\r\n\r\n") << QByteArray("tail");
}

void TestHandshake::chunkedBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, after);
    const QByteArray head = "HTTP/1.1 400 Bad Request\r\nTransfer-Encoding: chunked\r\n\r\n";
    const QByteArray bytes = head + body + after;
    // Whole or byte by byte, the message ends exactly where the last chunk and trailers end.
    HttpParser whole(HttpParser::Kind::Response);
    qsizetype consumed = 0;
    QCOMPARE(whole.feed(bytes, &consumed), HttpParser::Result::Complete);
    QCOMPARE(consumed, head.size() + body.size());
    QCOMPARE(whole.message().body, body);
    HttpParser split(HttpParser::Kind::Response);
    QCOMPARE(feedBytewise(split, bytes, &consumed), HttpParser::Result::Complete);
    QCOMPARE(consumed, head.size() + body.size());
    QCOMPARE(split.message().body, body);
}

void TestHandshake::rejectsOversizeHead()
{
    HttpParser parser(HttpParser::Kind::Request);
    QByteArray huge = "GET / HTTP/1.1\r\nX: " + QByteArray(HttpParser::kMaxHeadSize, 'a');
    qsizetype consumed = 0;
    QCOMPARE(parser.feed(huge, &consumed), HttpParser::Result::Failed);
    QVERIFY(parser.errorString().contains(QLatin1String("exceeds")));
}

void TestHandshake::malformedStatusLine()
{
    HttpParser parser(HttpParser::Kind::Response);
    qsizetype consumed = 0;
    QCOMPARE(parser.feed("SSH-2.0-OpenSSH\r\n\r\n", &consumed), HttpParser::Result::Failed);
    QVERIFY(parser.errorString().contains(QLatin1String("status line")));
}

QTEST_GUILESS_MAIN(TestHandshake)
#include "tst_handshake.moc"
