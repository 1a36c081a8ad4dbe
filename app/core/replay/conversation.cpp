// SPDX-License-Identifier: GPL-3.0-or-later
#include "conversation.h"

#include "capture/capturereader.h"

#include <map>

namespace Sockscope {

QList<RecordedMessage> Conversation::clientMessages() const
{
    QList<RecordedMessage> out;
    for (const RecordedMessage &m : messages) {
        if (m.fromClient)
            out.append(m);
    }
    return out;
}

QList<RecordedMessage> Conversation::serverMessages() const
{
    QList<RecordedMessage> out;
    for (const RecordedMessage &m : messages) {
        if (!m.fromClient)
            out.append(m);
    }
    return out;
}

QList<QList<RecordedMessage>> Conversation::serverMessagesByTrigger() const
{
    QList<QList<RecordedMessage>> groups(1);
    for (const RecordedMessage &m : messages) {
        if (m.fromClient)
            groups.append(QList<RecordedMessage>());
        else
            groups.last().append(m);
    }
    return groups;
}

QList<Conversation> Conversation::fromCapture(CaptureReader &reader)
{
    std::map<quint64, Conversation> byId;
    for (const ConnectionInfo &c : reader.connections()) {
        if (c.role == QLatin1String("listener"))
            continue;
        Conversation &conversation = byId[c.id];
        conversation.connectionId = c.id;
        conversation.role = c.role;
        conversation.url = c.url;
        conversation.subprotocol = c.subprotocol.toUtf8();
        conversation.openedNs = c.openedNs;
    }
    // Messages being reassembled, per connection and direction.
    std::map<std::pair<quint64, int>, RecordedMessage> partial;
    reader.readEvents([&](const Event &e) {
        auto it = byId.find(e.connectionId);
        if (it == byId.end() || e.kind != Event::Kind::Frame || e.frame.isControl())
            return true;
        Conversation &conversation = it->second;
        RecordedMessage &m = partial[{e.connectionId, int(e.direction)}];
        if (e.frame.opcode != 0) {
            const bool sentByUs = e.direction == Direction::Outgoing;
            m = {e.timestampNs, (conversation.role == QLatin1String("server")) != sentByUs, e.frame.opcode, {}};
        }
        m.data += e.compressed ? e.inflated : e.payload;
        if (e.frame.fin)
            conversation.messages.append(m);
        return true;
    });
    QList<Conversation> result;
    for (auto &[id, conversation] : byId) {
        if (!conversation.messages.isEmpty()) {
            if (conversation.openedNs == 0)
                conversation.openedNs = conversation.messages.first().timestampNs;
            result.append(conversation);
        }
    }
    return result;
}

} // namespace Sockscope
