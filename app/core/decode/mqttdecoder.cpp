// SPDX-License-Identifier: GPL-3.0-or-later
#include "mqttdecoder.h"

#include "mqttpackets.h"
#include "protocoltext.h"

namespace Sockscope {
namespace {

using namespace ProtocolText;

constexpr char kFlowPrefix[] = "mqtt/";
// Packets one message lists at most; the rest are counted.
constexpr qsizetype kMaxListedPackets = 1000;

bool isMqttSubprotocol(const QString &subprotocol)
{
    return subprotocol.compare(QLatin1String("mqtt"), Qt::CaseInsensitive) == 0
            || subprotocol.compare(QLatin1String("mqttv3.1"), Qt::CaseInsensitive) == 0;
}

// The complete packets of a message, and what is left of a packet cut by the message's end.
struct Split
{
    QList<MqttPacket> packets;
    QString incomplete;    // "incomplete PUBLISH: 10 of 200 bytes"
    qsizetype missing = 0; // bytes the incomplete packet still needs, -1 when its length is cut
    QString error;
};

// The packets of a message, at most `maxPackets` of them (-1: all).
Split splitPackets(QByteArrayView payload, qsizetype maxPackets = -1)
{
    Split split;
    qsizetype pos = 0;
    while (pos < payload.size() && split.error.isEmpty() && split.incomplete.isEmpty()
           && split.packets.size() != maxPackets) {
        const auto first = quint8(payload[pos]);
        const QString name = mqttPacketName(first >> 4);
        quint32 length = 0;
        qsizetype digits = 0;
        bool complete = false;
        while (!complete && digits < 4 && pos + 1 + digits < payload.size()) {
            const auto digit = quint8(payload[pos + 1 + digits]);
            length |= quint32(digit & 0x7F) << (7 * digits++);
            complete = !(digit & 0x80);
        }
        const qsizetype available = payload.size() - pos;
        if (!complete && digits == 4) {
            split.error = MqttDecoder::tr("the remaining length of a %1 is longer than 4 bytes").arg(name);
        } else if (!complete || available < 1 + digits + qsizetype(length)) {
            const QString total = complete ? QString::number(1 + digits + length) : MqttDecoder::tr("more");
            split.incomplete = MqttDecoder::tr("incomplete %1: %2 of %3 bytes").arg(name).arg(available).arg(total);
            split.missing = complete ? 1 + digits + qsizetype(length) - available : -1;
        } else {
            split.packets.append({quint8(first >> 4), quint8(first & 0x0F), payload.sliced(pos + 1 + digits, length)});
            pos += 1 + digits + length;
        }
    }
    return split;
}

struct Reading
{
    QStringList summaries;
    QStringList lines;
    QString error;
    bool v5Evidence = false;
    bool sawConnect = false;
};

// Every packet read at `level`, which a CONNECT among them changes for the packets after it.
Reading readPackets(const Split &split, int level, DecodeContext::Sender sender)
{
    Reading reading;
    for (qsizetype i = 0; i < split.packets.size(); ++i) {
        const MqttPacketText packet = describeMqttPacket(split.packets.at(i), level);
        if (!packet.error.isEmpty()) {
            reading.error = split.packets.size() == 1 ? packet.error
                                                      : MqttDecoder::tr("packet %1: %2").arg(i + 1).arg(packet.error);
            return reading;
        }
        if (packet.connectLevel) {
            level = packet.connectLevel >= 5 ? 5 : 4;
            reading.sawConnect = true;
        }
        reading.v5Evidence = reading.v5Evidence || packet.v5Evidence;
        if (i >= kMaxListedPackets)
            continue;
        reading.summaries.append(QStringLiteral("mqtt ") + packet.summary);
        reading.lines.append(MqttDecoder::tr("%1 (%2 bytes after the fixed header)")
                                     .arg(mqttPacketName(split.packets.at(i).type))
                                     .arg(split.packets.at(i).body.size()));
        const quint8 type = split.packets.at(i).type;
        QStringList lines = packet.lines;
        const QString wrongSender = wrongSenderNote(mqttSender(type), sender, mqttPacketName(type));
        if (!wrongSender.isEmpty())
            lines.append(wrongSender);
        if (!lines.isEmpty())
            reading.lines.append(indentedBlock(lines.join(QLatin1Char('\n'))));
    }
    if (split.packets.size() > kMaxListedPackets)
        reading.lines.append(
                MqttDecoder::tr("… %1 more packets not shown").arg(split.packets.size() - kMaxListedPackets));
    return reading;
}

// The flow's level (4 or 5), or 0 when no CONNECT was seen.
int flowLevel(const QByteArray &flow)
{
    if (!flow.startsWith(kFlowPrefix))
        return 0;
    return flow.sliced(sizeof(kFlowPrefix) - 1).toInt() >= 5 ? 5 : 4;
}

// Without a known level: the one the packets read at, MQTT 5 when both fit and something in
// them only MQTT 5 has.
Reading readGuessing(const Split &split, DecodeContext::Sender sender, int *guessedLevel)
{
    Reading v4 = readPackets(split, 4, sender);
    Reading v5 = readPackets(split, 5, sender);
    const bool useV5 = v5.error.isEmpty() && (!v4.error.isEmpty() || v5.v5Evidence);
    *guessedLevel = useV5 ? 5 : 4;
    return useV5 ? v5 : v4;
}

} // namespace

QString MqttDecoder::name() const
{
    return tr("MQTT");
}

int MqttDecoder::confidence(QByteArrayView payload, const DecodeContext &context) const
{
    if (context.opcode != 0x2 || payload.isEmpty())
        return 0;
    // The first packet decides: a message of many packets is not read twice.
    const Split split = splitPackets(payload, 1);
    if (!split.error.isEmpty())
        return 0;
    if (isMqttSubprotocol(context.subprotocol) || flowLevel(context.flow) > 0) {
        const int level = std::max(flowLevel(context.flow), 4);
        return split.packets.isEmpty() || describeMqttPacket(split.packets.first(), level).error.isEmpty()
                        || describeMqttPacket(split.packets.first(), 5).error.isEmpty()
                ? 100
                : 0;
    }
    // Without the subprotocol, only a message that starts with a CONNECT is surely MQTT.
    if (split.packets.isEmpty() || split.packets.first().type != 1)
        return 0;
    return describeMqttPacket(split.packets.first(), 4).connectLevel > 0 ? 95 : 0;
}

DecodedPayload MqttDecoder::decode(QByteArrayView payload, const DecodeContext &context) const
{
    if (context.opcode == 0x8)
        return DecodedPayload::failure(tr("a close frame is not an MQTT packet"));
    const Split split = splitPackets(payload);
    if (!split.error.isEmpty())
        return DecodedPayload::failure(split.error);
    if (split.packets.isEmpty() && split.incomplete.isEmpty())
        return DecodedPayload::failure(tr("an empty message holds no MQTT packet"));
    int level = flowLevel(context.flow);
    const bool known = level > 0;
    const Reading reading =
            known ? readPackets(split, level, context.sender) : readGuessing(split, context.sender, &level);
    if (!reading.error.isEmpty())
        return DecodedPayload::failure(reading.error);
    QStringList summaries = reading.summaries;
    QStringList lines;
    if (!known && !reading.sawConnect && !split.packets.isEmpty())
        lines.append(tr("Protocol level %1, guessed from the content: no CONNECT was seen").arg(level == 5 ? 5 : 4));
    lines += reading.lines;
    if (!split.incomplete.isEmpty()) {
        summaries.append(QStringLiteral("mqtt ") + split.incomplete);
        lines.append(split.incomplete);
    }
    DecodedPayload result;
    result.summary = summaryLine(summaries.join(QStringLiteral("; ")));
    result.text = boundedText(lines.join(QLatin1Char('\n')));
    return result;
}

qsizetype MqttDecoder::bytesToComplete(QByteArrayView payload)
{
    const Split split = splitPackets(payload);
    return split.error.isEmpty() ? split.missing : 0;
}

QByteArray MqttDecoder::flowAfter(QByteArrayView payload, const DecodeContext &context) const
{
    if (context.opcode != 0x2)
        return context.flow;
    const Split split = splitPackets(payload);
    for (const MqttPacket &packet : split.packets) {
        const MqttPacketText text = describeMqttPacket(packet, 4);
        if (text.connectLevel > 0 && text.error.isEmpty())
            return kFlowPrefix + QByteArray::number(text.connectLevel >= 5 ? 5 : 4);
    }
    return context.flow;
}

} // namespace Sockscope
