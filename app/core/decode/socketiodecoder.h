// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "payloaddecoder.h"

#include <QCoreApplication>

namespace Sockscope {

// Socket.IO v4 packets inside Engine.IO v4 packets ("42[\"chat\",\"hi\"]", "2probe", "0{…}").
// Bare digits ("2", "40") are taken only once the flow is known to be Socket.IO: alone they
// are numbers. A binary message on a Socket.IO flow is the next attachment of a BINARY_EVENT
// or BINARY_ACK; withAttachments() joins a packet with its attachments.
class SocketIoDecoder final : public PayloadDecoder
{
    Q_DECLARE_TR_FUNCTIONS(Sockscope::SocketIoDecoder)

public:
    static constexpr char kFlow[] = "socket.io";

    QByteArray id() const override { return QByteArrayLiteral("socketio"); }
    QString name() const override;
    int confidence(QByteArrayView payload, const DecodeContext &context) const override;
    DecodedPayload decode(QByteArrayView payload, const DecodeContext &context) const override;
    QByteArray flowAfter(QByteArrayView payload, const DecodeContext &context) const override;

    // How many binary messages follow this packet as its attachments: N of a BINARY_EVENT or
    // BINARY_ACK ("451-[…]"), 0 for any other payload.
    static int attachmentCount(QByteArrayView packet);
    // The packet decoded with each {"_placeholder":true,"num":N} replaced by
    // "<binary N: K bytes …>" of attachments[N] ("<binary N: missing>" when not given).
    static DecodedPayload withAttachments(QByteArrayView packet, const QList<QByteArray> &attachments);
};

} // namespace Sockscope
