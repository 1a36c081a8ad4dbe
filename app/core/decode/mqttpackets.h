// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocoltext.h"

#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace Sockscope {

// One MQTT control packet: the fixed header's type and flags, and what follows the remaining
// length.
struct MqttPacket
{
    quint8 type = 0;
    quint8 flags = 0;
    QByteArrayView body;
};

// What a packet says, read at one protocol level (4: 3.1.1 and 3.1, 5: with properties).
struct MqttPacketText
{
    QString summary; // "PUBLISH sensors/t1 qos=1 id=7 (5 B)", without "mqtt"
    QStringList lines;
    QString error;           // why the packet does not read at this level; empty when it does
    int connectLevel = 0;    // a CONNECT's protocol level
    bool v5Evidence = false; // read at level 5, something only MQTT 5 has (properties, AUTH)
};

QString mqttPacketName(quint8 type);
MqttPacketText describeMqttPacket(const MqttPacket &packet, int level);
// Which end of a connection sends this packet type.
ProtocolText::SentBy mqttSender(quint8 type);

} // namespace Sockscope
