// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/jsonlformat.h"
#include "eventprinter.h"
#include "protocol/frameencoder.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Sockscope;

class TestJsonlFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void frameAsJson();
    void binaryPayloadIsBase64();
    void closedAsText();
    void roundTrip_data();
    void roundTrip();
    void badLines_data();
    void badLines();
};

void TestJsonlFormat::frameAsJson()
{
    Event event;
    event.kind = Event::Kind::Frame;
    event.connectionId = 7;
    event.timestampNs = 1795696550746090226;
    event.direction = Direction::Outgoing;
    FrameSpec spec;
    spec.masked = true;
    spec.maskKey = {0x37, 0xfa, 0x21, 0x3d};
    event.frame = describeFrame(spec, 5);
    event.payload = "Hello";
    const QJsonObject o = JsonlFormat::toJson(event);
    QCOMPARE(o.value(QLatin1String("event")).toString(), QStringLiteral("frame"));
    QCOMPARE(o.value(QLatin1String("ts_ns")).toString(), QStringLiteral("1795696550746090226"));
    QCOMPARE(o.value(QLatin1String("conn")).toInt(), 7);
    QCOMPARE(o.value(QLatin1String("dir")).toString(), QStringLiteral("out"));
    QCOMPARE(o.value(QLatin1String("opcode")).toInt(), 1);
    QCOMPARE(o.value(QLatin1String("opcode_name")).toString(), QStringLiteral("text"));
    QCOMPARE(o.value(QLatin1String("fin")).toBool(), true);
    QCOMPARE(o.value(QLatin1String("masked")).toBool(), true);
    QCOMPARE(o.value(QLatin1String("mask_key")).toString(), QStringLiteral("37fa213d"));
    QCOMPARE(o.value(QLatin1String("header_hex")).toString(), QStringLiteral("818537fa213d"));
    QCOMPARE(o.value(QLatin1String("length")).toInt(), 5);
    QCOMPARE(o.value(QLatin1String("length_bits")).toInt(), 7);
    QCOMPARE(o.value(QLatin1String("payload")).toString(), QStringLiteral("Hello"));
    QCOMPARE(o.value(QLatin1String("payload_encoding")).toString(), QStringLiteral("utf8"));
}

void TestJsonlFormat::binaryPayloadIsBase64()
{
    Event event;
    event.kind = Event::Kind::Frame;
    event.payload = QByteArray::fromHex("00ff80");
    const QJsonObject o = JsonlFormat::toJson(event);
    QCOMPARE(o.value(QLatin1String("payload")).toString(), QStringLiteral("AP+A"));
    QCOMPARE(o.value(QLatin1String("payload_encoding")).toString(), QStringLiteral("base64"));
}

void TestJsonlFormat::closedAsText()
{
    Event event;
    event.kind = Event::Kind::Closed;
    event.closeCode = 1001;
    event.text = QStringLiteral("bye");
    const QString text = EventPrinter::toText(event);
    QVERIFY2(text.contains(QLatin1String("1001 (Going Away) \"bye\"")), qPrintable(text));
}

void TestJsonlFormat::roundTrip_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<bool>("compressed");
    QTest::newRow("text") << QByteArray("h\xc3\xa9llo") << false;
    QTest::newRow("binary") << QByteArray::fromHex("00ff80fe") << false;
    QTest::newRow("empty") << QByteArray("") << false;
    QTest::newRow("compressed") << QByteArray::fromHex("f248cdc9c90700") << true;
}

void TestJsonlFormat::roundTrip()
{
    QFETCH(QByteArray, payload);
    QFETCH(bool, compressed);
    Event event;
    event.kind = Event::Kind::Frame;
    event.connectionId = 3;
    event.serverId = 2;
    event.timestampNs = 1795696550746090226;
    event.direction = Direction::Incoming;
    FrameSpec spec;
    spec.opcode = 2;
    spec.rsv1 = compressed;
    spec.masked = true;
    spec.maskKey = {9, 8, 7, 6};
    event.frame = describeFrame(spec, std::uint64_t(payload.size()));
    event.payload = payload;
    event.compressed = compressed;
    if (compressed)
        event.inflated = "Hello";
    QString error;
    const auto back = JsonlFormat::fromJson(JsonlFormat::toJson(event), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->timestampNs, event.timestampNs);
    QCOMPARE(back->connectionId, 3u);
    QCOMPARE(back->serverId, 2u);
    QCOMPARE(back->payload, payload);
    QCOMPARE(back->inflated, event.inflated);
    QCOMPARE(back->compressed, compressed);
    QCOMPARE(back->frame.maskKey, spec.maskKey);
    QCOMPARE(back->frame.rsv1, compressed);
}

void TestJsonlFormat::badLines_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("errorPart");
    QTest::newRow("unknown event") << QByteArray(R"({"event":"teleport","ts_ns":"1"})")
                                   << QStringLiteral("unknown event");
    QTest::newRow("numeric ts") << QByteArray(R"({"event":"frame","ts_ns":1})") << QStringLiteral("ts_ns");
    QTest::newRow("bad header") << QByteArray(R"({"event":"frame","ts_ns":"1","header_hex":"81"})")
                                << QStringLiteral("header_hex");
    QTest::newRow("bad base64") << QByteArray(
            R"({"event":"frame","ts_ns":"1","header_hex":"8100","payload":"@@","payload_encoding":"base64"})")
                                << QStringLiteral("payload");
}

void TestJsonlFormat::badLines()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, errorPart);
    QString error;
    QVERIFY(!JsonlFormat::fromJson(QJsonDocument::fromJson(json).object(), &error));
    QVERIFY2(error.contains(errorPart), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestJsonlFormat)
#include "tst_jsonlformat.moc"
