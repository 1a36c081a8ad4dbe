// SPDX-License-Identifier: GPL-3.0-or-later
#include "mqttpackets.h"

#include "mqttdecoder.h"
#include "mqttreader.h"
#include "protocoltext.h"

namespace Sockscope {
namespace {

using namespace ProtocolText;

enum Type : quint8 {
    Connect = 1,
    Connack,
    Publish,
    Puback,
    Pubrec,
    Pubrel,
    Pubcomp,
    Subscribe,
    Suback,
    Unsubscribe,
    Unsuback,
    Pingreq,
    Pingresp,
    Disconnect,
    Auth
};

// Lines one packet lists at most (the topic filters of a SUBSCRIBE, the codes of a SUBACK):
// the text is cut at kMaxOutput anyway.
constexpr qsizetype kMaxLines = 10000;

QString reasonName(quint8 code, int level, bool connack)
{
    static const char *const v3Connack[] = {
            QT_TRANSLATE_NOOP("Sockscope::MqttDecoder", "Connection Accepted"),
            QT_TRANSLATE_NOOP("Sockscope::MqttDecoder", "unacceptable protocol version"),
            QT_TRANSLATE_NOOP("Sockscope::MqttDecoder", "identifier rejected"),
            QT_TRANSLATE_NOOP("Sockscope::MqttDecoder", "server unavailable"),
            QT_TRANSLATE_NOOP("Sockscope::MqttDecoder", "bad user name or password"),
            QT_TRANSLATE_NOOP("Sockscope::MqttDecoder", "not authorized")};
    static const QList<QPair<quint8, const char *>> v5 = {
            {0x00, QT_TRANSLATE_NOOP("Sockscope::MqttDecoder", "Success")},
            {0x01, QT_TRANSLATE_NOOP("Sockscope::MqttDecoder", "Granted QoS 1")},
            {0x02, QT_TRANSLATE_NOOP("Sockscope::MqttDecoder", "Granted QoS 2")},
            {0x04, QT_TRANSLATE_NOOP("Sockscope::MqttDecoder", "Disconnect with Will Message")},
            {0x10, QT_TRANSLATE_NOOP("Sockscope::MqttDecoder", "No matching subscribers")},
            {0x11, QT_TRANSLATE_NOOP("Sockscope::MqttDecoder", "No subscription existed")},
            {0x18, QT_TRANSLATE_NOOP("Sockscope::MqttDecoder", "Continue authentication")},
            {0x19, QT_TRANSLATE_NOOP("Sockscope::MqttDecoder", "Re-authenticate")},
            {0x80, QT_TRANSLATE_NOOP("Sockscope::MqttDecoder", "Unspecified error")},
            {0x81, QT_TRANSLATE_NOOP("Sockscope::MqttDecoder", "Malformed Packet")},
            {0x82, QT_TRANSLATE_NOOP("Sockscope::MqttDecoder", "Protocol Error")},
            {0x84, QT_TRANSLATE_NOOP("Sockscope::MqttDecoder", "Unsupported Protocol Version")},
            {0x85, QT_TRANSLATE_NOOP("Sockscope::MqttDecoder", "Client Identifier not valid")},
            {0x86, QT_TRANSLATE_NOOP("Sockscope::MqttDecoder", "Bad User Name or Password")},
            {0x87, QT_TRANSLATE_NOOP("Sockscope::MqttDecoder", "Not authorized")},
            {0x88, QT_TRANSLATE_NOOP("Sockscope::MqttDecoder", "Server unavailable")},
            {0x8F, QT_TRANSLATE_NOOP("Sockscope::MqttDecoder", "Topic Filter invalid")},
            {0x90, QT_TRANSLATE_NOOP("Sockscope::MqttDecoder", "Topic Name invalid")},
            {0x97, QT_TRANSLATE_NOOP("Sockscope::MqttDecoder", "Quota exceeded")}};
    if (level < 5) {
        if (connack && code < std::size(v3Connack))
            return MqttDecoder::tr(v3Connack[code]);
        if (!connack && code <= 2)
            return MqttDecoder::tr("granted QoS %1").arg(code);
        return code == 0x80 ? MqttDecoder::tr("failure") : MqttDecoder::tr("unknown");
    }
    for (const auto &[known, name] : v5) {
        if (known == code)
            return MqttDecoder::tr(name);
    }
    return MqttDecoder::tr("unknown");
}

void appendProperties(MqttReader &reader, MqttPacketText &text, int level,
                      const QString &label = MqttDecoder::tr("Properties:"))
{
    if (level < 5)
        return;
    const auto properties = reader.properties();
    if (!properties || properties->isEmpty())
        return;
    text.v5Evidence = true;
    text.lines.append(label);
    for (const QString &property : *properties)
        text.lines.append(QStringLiteral("    ") + property);
}

QString versionName(quint8 level)
{
    return level == 3 ? QStringLiteral("3.1") : level == 4 ? QStringLiteral("3.1.1") : QString::number(level);
}

void describeConnect(MqttReader &r, MqttPacketText &text)
{
    const QString protocol = r.utf8();
    const quint8 level = r.byte();
    const quint8 flags = r.byte();
    const quint16 keepAlive = r.twoBytes();
    if (r.ok() && protocol != QLatin1String("MQTT") && protocol != QLatin1String("MQIsdp")) {
        text.error = MqttDecoder::tr("protocol name \"%1\" is not MQTT").arg(protocol.left(20));
        return;
    }
    text.connectLevel = level;
    text.lines = {MqttDecoder::tr("Protocol: %1, level %2").arg(protocol).arg(level),
                  MqttDecoder::tr("Flags: clean start %1, will %2 (QoS %3, retain %4), user name %5, password %6")
                          .arg(flags >> 1 & 1)
                          .arg(flags >> 2 & 1)
                          .arg(flags >> 3 & 3)
                          .arg(flags >> 5 & 1)
                          .arg(flags >> 7 & 1)
                          .arg(flags >> 6 & 1),
                  MqttDecoder::tr("Keep alive: %1 s").arg(keepAlive)};
    appendProperties(r, text, level);
    const QString clientId = r.utf8();
    text.lines.append(MqttDecoder::tr("Client id: %1").arg(clientId));
    if (flags & 0x04) {
        appendProperties(r, text, level, MqttDecoder::tr("Will properties:"));
        const QString topic = r.utf8();
        text.lines.append(MqttDecoder::tr("Will: %1 %2").arg(topic, bytesText(r.binary())));
    }
    if (flags & 0x80)
        text.lines.append(MqttDecoder::tr("User name: %1").arg(r.utf8()));
    if (flags & 0x40)
        text.lines.append(MqttDecoder::tr("Password: %1").arg(bytesWord(r.binary().size())));
    text.summary =
            QStringLiteral("CONNECT client=%1 v%2 keepalive=%3").arg(clientId, versionName(level)).arg(keepAlive);
}

void describeConnack(MqttReader &r, MqttPacketText &text, int level)
{
    const quint8 flags = r.byte();
    const quint8 code = r.byte();
    text.lines = {MqttDecoder::tr("Session present: %1").arg(flags & 1),
                  MqttDecoder::tr("Return code: %1 (%2)").arg(code).arg(reasonName(code, level, true))};
    text.v5Evidence = level >= 5;
    appendProperties(r, text, level);
    text.summary = QStringLiteral("CONNACK rc=%1").arg(code);
}

void describePublish(MqttReader &r, const MqttPacket &packet, MqttPacketText &text, int level)
{
    const int qos = packet.flags >> 1 & 3;
    if (qos == 3) {
        text.error = MqttDecoder::tr("a PUBLISH with QoS 3");
        return;
    }
    const QString topic = r.utf8();
    text.summary = QStringLiteral("PUBLISH %1 qos=%2").arg(topic).arg(qos);
    text.lines = {MqttDecoder::tr("Topic: %1").arg(topic),
                  MqttDecoder::tr("QoS: %1, retain %2, duplicate %3")
                          .arg(qos)
                          .arg(packet.flags & 1)
                          .arg(packet.flags >> 3 & 1)};
    if (qos > 0) {
        const quint16 id = r.twoBytes();
        text.summary += QStringLiteral(" id=%1").arg(id);
        text.lines.append(MqttDecoder::tr("Packet id: %1").arg(id));
    }
    appendProperties(r, text, level);
    text.v5Evidence = level >= 5;
    const QByteArrayView payload = r.rest();
    if (packet.flags & 1)
        text.summary += QStringLiteral(" retain");
    text.summary += QLatin1Char(' ') + byteCount(payload.size());
    text.lines.append(MqttDecoder::tr("Payload %1:").arg(byteCount(payload.size())));
    text.lines.append(indentedBlock(bytesText(payload)));
}

// PUBACK, PUBREC, PUBREL, PUBCOMP; DISCONNECT and AUTH (no packet id) at level 5.
void describeAck(MqttReader &r, const MqttPacket &packet, MqttPacketText &text, int level)
{
    const bool hasId = packet.type != Disconnect && packet.type != Auth;
    text.summary = mqttPacketName(packet.type);
    if (hasId) {
        const quint16 id = r.twoBytes();
        text.summary += QStringLiteral(" id=%1").arg(id);
        text.lines.append(MqttDecoder::tr("Packet id: %1").arg(id));
    }
    if (level < 5 || r.atEnd())
        return;
    const quint8 code = r.byte();
    text.lines.append(MqttDecoder::tr("Reason code: %1 (%2)").arg(code).arg(reasonName(code, level, false)));
    if (code != 0)
        text.summary += QStringLiteral(" rc=%1").arg(code);
    if (!r.atEnd())
        appendProperties(r, text, level);
}

void describeSubscribe(MqttReader &r, const MqttPacket &packet, MqttPacketText &text, int level)
{
    const quint16 id = r.twoBytes();
    text.summary = QStringLiteral("%1 id=%2").arg(mqttPacketName(packet.type)).arg(id);
    text.lines.append(MqttDecoder::tr("Packet id: %1").arg(id));
    appendProperties(r, text, level);
    QStringList topics;
    while (r.ok() && !r.atEnd()) {
        const QString topic = r.utf8();
        const bool listed = text.lines.size() < kMaxLines;
        if (packet.type == Unsubscribe) {
            if (listed) {
                topics.append(topic);
                text.lines.append(MqttDecoder::tr("Topic filter: %1").arg(topic));
            }
            continue;
        }
        const quint8 options = r.byte();
        if (!listed)
            continue;
        topics.append(QStringLiteral("%1 (qos %2)").arg(topic).arg(options & 3));
        text.lines.append(
                MqttDecoder::tr("Topic filter: %1, QoS %2, no local %3, retain as published %4, retain handling %5")
                        .arg(topic)
                        .arg(options & 3)
                        .arg(options >> 2 & 1)
                        .arg(options >> 3 & 1)
                        .arg(options >> 4 & 3));
    }
    if (topics.isEmpty())
        text.error = MqttDecoder::tr("a %1 without topic filters").arg(mqttPacketName(packet.type));
    text.summary += QLatin1Char(' ') + topics.join(QStringLiteral(", "));
}

// SUBACK, and UNSUBACK (whose reason codes only MQTT 5 has).
void describeSuback(MqttReader &r, const MqttPacket &packet, MqttPacketText &text, int level)
{
    const quint16 id = r.twoBytes();
    text.summary = QStringLiteral("%1 id=%2").arg(mqttPacketName(packet.type)).arg(id);
    text.lines.append(MqttDecoder::tr("Packet id: %1").arg(id));
    appendProperties(r, text, level);
    if (packet.type == Unsuback && level < 5)
        return;
    QStringList codes;
    const QByteArrayView reasonCodes = r.rest();
    for (const char code : reasonCodes.first(std::min(reasonCodes.size(), kMaxLines))) {
        codes.append(QString::number(quint8(code)));
        text.lines.append(
                MqttDecoder::tr("Reason code: %1 (%2)").arg(quint8(code)).arg(reasonName(quint8(code), level, false)));
    }
    text.summary += QStringLiteral(" rc=") + codes.join(QLatin1Char(','));
}

void describeBody(MqttReader &r, const MqttPacket &packet, MqttPacketText &text, int level)
{
    switch (packet.type) {
    case Connect:
        return describeConnect(r, text);
    case Connack:
        return describeConnack(r, text, level);
    case Publish:
        return describePublish(r, packet, text, level);
    case Subscribe:
    case Unsubscribe:
        return describeSubscribe(r, packet, text, level);
    case Suback:
    case Unsuback:
        return describeSuback(r, packet, text, level);
    case Pingreq:
    case Pingresp:
        text.summary = mqttPacketName(packet.type);
        return;
    case Auth:
        if (level < 5)
            text.error = MqttDecoder::tr("AUTH exists only in MQTT 5");
        text.v5Evidence = true;
        [[fallthrough]];
    default: // the acknowledgements and DISCONNECT
        return describeAck(r, packet, text, level);
    }
}

} // namespace

QString mqttPacketName(quint8 type)
{
    static const char *const names[] = {"reserved", "CONNECT",  "CONNACK",    "PUBLISH", "PUBACK",      "PUBREC",
                                        "PUBREL",   "PUBCOMP",  "SUBSCRIBE",  "SUBACK",  "UNSUBSCRIBE", "UNSUBACK",
                                        "PINGREQ",  "PINGRESP", "DISCONNECT", "AUTH"};
    return QLatin1String(names[type & 0x0F]);
}

SentBy mqttSender(quint8 type)
{
    switch (type) {
    case Connect:
    case Subscribe:
    case Unsubscribe:
    case Pingreq:
        return SentBy::Client;
    case Connack:
    case Suback:
    case Unsuback:
    case Pingresp:
        return SentBy::Server;
    default:
        return SentBy::Either;
    }
}

MqttPacketText describeMqttPacket(const MqttPacket &packet, int level)
{
    MqttPacketText text;
    if (packet.type == 0) {
        text.error = MqttDecoder::tr("reserved packet type 0");
        return text;
    }
    MqttReader reader(packet.body);
    describeBody(reader, packet, text, level);
    if (text.error.isEmpty() && !reader.ok())
        text.error = MqttDecoder::tr("the %1 is cut short").arg(mqttPacketName(packet.type));
    else if (text.error.isEmpty() && !reader.atEnd())
        text.error =
                MqttDecoder::tr("%1 left over after the %2").arg(bytesWord(reader.left()), mqttPacketName(packet.type));
    return text;
}

} // namespace Sockscope
