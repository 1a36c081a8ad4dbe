// SPDX-License-Identifier: GPL-3.0-or-later
#include "events/eventprinter.h"
#include "protocol/frameencoder.h"

#include <QJsonObject>
#include <QTest>

using namespace Sockscope;

class TestEventPrinter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void frameAsJson();
    void binaryPayloadIsBase64();
    void closedAsText();
};

void TestEventPrinter::frameAsJson()
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
    const QJsonObject o = EventPrinter::toJson(event);
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

void TestEventPrinter::binaryPayloadIsBase64()
{
    Event event;
    event.kind = Event::Kind::Frame;
    event.payload = QByteArray::fromHex("00ff80");
    const QJsonObject o = EventPrinter::toJson(event);
    QCOMPARE(o.value(QLatin1String("payload")).toString(), QStringLiteral("AP+A"));
    QCOMPARE(o.value(QLatin1String("payload_encoding")).toString(), QStringLiteral("base64"));
}

void TestEventPrinter::closedAsText()
{
    Event event;
    event.kind = Event::Kind::Closed;
    event.closeCode = 1001;
    event.text = QStringLiteral("bye");
    const QString text = EventPrinter::toText(event);
    QVERIFY2(text.contains(QLatin1String("1001 (Going Away) \"bye\"")), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestEventPrinter)
#include "tst_eventprinter.moc"
