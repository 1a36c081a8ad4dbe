// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "payloaddecoder.h"

#include <QCoreApplication>

namespace Sockscope {

// MQTT 3.1, 3.1.1 and 5 control packets in binary messages (subprotocol mqtt or mqttv3.1).
// A message may hold several packets and end with part of one; all complete packets are read
// and the partial one reported. Whether packets carry MQTT 5 properties depends on the
// CONNECT's protocol level, which the flow keeps ("mqtt/4", "mqtt/5"); without it the level
// is guessed from the content, and the text says so.
class MqttDecoder final : public PayloadDecoder
{
    Q_DECLARE_TR_FUNCTIONS(Sockscope::MqttDecoder)

public:
    QByteArray id() const override { return QByteArrayLiteral("mqtt"); }
    QString name() const override;
    int confidence(QByteArrayView payload, const DecodeContext &context) const override;
    DecodedPayload decode(QByteArrayView payload, const DecodeContext &context) const override;
    QByteArray flowAfter(QByteArrayView payload, const DecodeContext &context) const override;

    // How many more bytes the packet cut by the end of this message needs: 0 when the message
    // ends with a whole packet, -1 when even its remaining length is cut. Some brokers (aedes
    // through a plain stream) write a packet in pieces, one message each: a caller joins the
    // next messages of the same direction to this one until it is 0.
    static qsizetype bytesToComplete(QByteArrayView payload);
};

} // namespace Sockscope
