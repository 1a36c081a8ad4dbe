// SPDX-License-Identifier: GPL-3.0-or-later
#include "mqttreader.h"

#include "protocoltext.h"

#include <QCoreApplication>

namespace Sockscope {
namespace {

enum class PropertyType { Byte, TwoBytes, FourBytes, Varint, Utf8, Binary, Pair };

struct PropertySpec
{
    quint8 identifier;
    PropertyType type;
    const char *name;
};

constexpr PropertySpec kProperties[] = {
        {0x01, PropertyType::Byte, QT_TRANSLATE_NOOP("Sockscope::MqttDecoder", "Payload Format Indicator")},
        {0x02, PropertyType::FourBytes, QT_TRANSLATE_NOOP("Sockscope::MqttDecoder", "Message Expiry Interval")},
        {0x03, PropertyType::Utf8, QT_TRANSLATE_NOOP("Sockscope::MqttDecoder", "Content Type")},
        {0x08, PropertyType::Utf8, QT_TRANSLATE_NOOP("Sockscope::MqttDecoder", "Response Topic")},
        {0x09, PropertyType::Binary, QT_TRANSLATE_NOOP("Sockscope::MqttDecoder", "Correlation Data")},
        {0x0B, PropertyType::Varint, QT_TRANSLATE_NOOP("Sockscope::MqttDecoder", "Subscription Identifier")},
        {0x11, PropertyType::FourBytes, QT_TRANSLATE_NOOP("Sockscope::MqttDecoder", "Session Expiry Interval")},
        {0x12, PropertyType::Utf8, QT_TRANSLATE_NOOP("Sockscope::MqttDecoder", "Assigned Client Identifier")},
        {0x13, PropertyType::TwoBytes, QT_TRANSLATE_NOOP("Sockscope::MqttDecoder", "Server Keep Alive")},
        {0x15, PropertyType::Utf8, QT_TRANSLATE_NOOP("Sockscope::MqttDecoder", "Authentication Method")},
        {0x16, PropertyType::Binary, QT_TRANSLATE_NOOP("Sockscope::MqttDecoder", "Authentication Data")},
        {0x17, PropertyType::Byte, QT_TRANSLATE_NOOP("Sockscope::MqttDecoder", "Request Problem Information")},
        {0x18, PropertyType::FourBytes, QT_TRANSLATE_NOOP("Sockscope::MqttDecoder", "Will Delay Interval")},
        {0x19, PropertyType::Byte, QT_TRANSLATE_NOOP("Sockscope::MqttDecoder", "Request Response Information")},
        {0x1A, PropertyType::Utf8, QT_TRANSLATE_NOOP("Sockscope::MqttDecoder", "Response Information")},
        {0x1C, PropertyType::Utf8, QT_TRANSLATE_NOOP("Sockscope::MqttDecoder", "Server Reference")},
        {0x1F, PropertyType::Utf8, QT_TRANSLATE_NOOP("Sockscope::MqttDecoder", "Reason String")},
        {0x21, PropertyType::TwoBytes, QT_TRANSLATE_NOOP("Sockscope::MqttDecoder", "Receive Maximum")},
        {0x22, PropertyType::TwoBytes, QT_TRANSLATE_NOOP("Sockscope::MqttDecoder", "Topic Alias Maximum")},
        {0x23, PropertyType::TwoBytes, QT_TRANSLATE_NOOP("Sockscope::MqttDecoder", "Topic Alias")},
        {0x24, PropertyType::Byte, QT_TRANSLATE_NOOP("Sockscope::MqttDecoder", "Maximum QoS")},
        {0x25, PropertyType::Byte, QT_TRANSLATE_NOOP("Sockscope::MqttDecoder", "Retain Available")},
        {0x26, PropertyType::Pair, QT_TRANSLATE_NOOP("Sockscope::MqttDecoder", "User Property")},
        {0x27, PropertyType::FourBytes, QT_TRANSLATE_NOOP("Sockscope::MqttDecoder", "Maximum Packet Size")},
        {0x28, PropertyType::Byte, QT_TRANSLATE_NOOP("Sockscope::MqttDecoder", "Wildcard Subscription Available")},
        {0x29, PropertyType::Byte, QT_TRANSLATE_NOOP("Sockscope::MqttDecoder", "Subscription Identifier Available")},
        {0x2A, PropertyType::Byte, QT_TRANSLATE_NOOP("Sockscope::MqttDecoder", "Shared Subscription Available")},
};

} // namespace

quint8 MqttReader::byte()
{
    const QByteArrayView one = bytes(1);
    return one.isEmpty() ? 0 : quint8(one[0]);
}

quint16 MqttReader::twoBytes()
{
    const QByteArrayView two = bytes(2);
    return two.size() == 2 ? quint16((quint8(two[0]) << 8) | quint8(two[1])) : 0;
}

quint32 MqttReader::fourBytes()
{
    const quint32 high = twoBytes();
    return (high << 16) | twoBytes();
}

quint32 MqttReader::varint()
{
    quint32 value = 0;
    for (int i = 0; i < 4; ++i) {
        const quint8 digit = byte();
        value |= quint32(digit & 0x7F) << (7 * i);
        if (!(digit & 0x80))
            return value;
    }
    fail();
    return 0;
}

QByteArrayView MqttReader::bytes(qsizetype count)
{
    if (m_failed || count > left()) {
        m_failed = true;
        return {};
    }
    const QByteArrayView taken = m_data.sliced(m_pos, count);
    m_pos += count;
    return taken;
}

QByteArrayView MqttReader::binary()
{
    return bytes(twoBytes());
}

QString MqttReader::utf8()
{
    return QString::fromUtf8(binary());
}

QByteArrayView MqttReader::rest()
{
    return bytes(left());
}

std::optional<QStringList> MqttReader::properties()
{
    const quint32 length = varint();
    MqttReader block(bytes(length));
    QStringList lines;
    while (ok() && !block.atEnd()) {
        const auto line = property(block.varint(), block);
        if (!line || !block.ok()) {
            fail();
            break;
        }
        lines.append(*line);
    }
    if (!ok())
        return std::nullopt;
    return lines;
}

std::optional<QString> MqttReader::property(quint32 identifier, MqttReader &block)
{
    for (const PropertySpec &spec : kProperties) {
        if (spec.identifier != identifier)
            continue;
        const QString name = QCoreApplication::translate("Sockscope::MqttDecoder", spec.name);
        switch (spec.type) {
        case PropertyType::Byte:
            return QStringLiteral("%1: %2").arg(name).arg(block.byte());
        case PropertyType::TwoBytes:
            return QStringLiteral("%1: %2").arg(name).arg(block.twoBytes());
        case PropertyType::FourBytes:
            return QStringLiteral("%1: %2").arg(name).arg(block.fourBytes());
        case PropertyType::Varint:
            return QStringLiteral("%1: %2").arg(name).arg(block.varint());
        case PropertyType::Utf8:
            return QStringLiteral("%1: %2").arg(name, block.utf8());
        case PropertyType::Binary:
            return QStringLiteral("%1: %2").arg(name, ProtocolText::bytesText(block.binary()));
        case PropertyType::Pair: {
            const QString key = block.utf8();
            return QStringLiteral("%1: %2 = %3").arg(name, key, block.utf8());
        }
        }
    }
    return std::nullopt;
}

} // namespace Sockscope
