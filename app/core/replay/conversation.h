// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Sockscope {

class CaptureReader;

// One data message of a recorded connection, told by which side sent it.
struct RecordedMessage
{
    qint64 timestampNs = 0;
    bool fromClient = true;
    int opcode = 1;  // Text or Binary
    QByteArray data; // inflated when it was compressed
};

// The data messages of one recorded connection in order, as replay needs them (CAP-4, CAP-5).
struct Conversation
{
    quint64 connectionId = 0;
    QString role; // client or server, as recorded
    QString url;
    QByteArray subprotocol;
    qint64 openedNs = 0;
    QList<RecordedMessage> messages;

    QList<RecordedMessage> clientMessages() const;
    QList<RecordedMessage> serverMessages() const;
    // Server messages grouped by how many client messages came before them: group k is what
    // the server sent after the client's k-th message (group 0: before any).
    QList<QList<RecordedMessage>> serverMessagesByTrigger() const;

    // Every client and server-peer connection of a capture that carried data messages.
    static QList<Conversation> fromCapture(CaptureReader &reader);
};

} // namespace Sockscope
