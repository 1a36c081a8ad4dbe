// SPDX-License-Identifier: GPL-3.0-or-later
#include "clientprobe.h"

namespace SockscopeTest {

using Sockscope::Event;
using Sockscope::WebSocketClient;

ClientProbe::ClientProbe(const Sockscope::ClientOptions &options)
    : client(options),
      opened(&client, &WebSocketClient::opened),
      failed(&client, &WebSocketClient::failed),
      messages(&client, &WebSocketClient::messageReceived)
{
    QObject::connect(&client, &WebSocketClient::eventOccurred, &client, [this](const Event &e) { events.append(e); });
}

QList<Event> ClientProbe::eventsOf(Event::Kind kind) const
{
    QList<Event> found;
    for (const Event &e : events) {
        if (e.kind == kind)
            found.append(e);
    }
    return found;
}

const Event *ClientProbe::firstOf(Event::Kind kind) const
{
    for (const Event &e : events) {
        if (e.kind == kind)
            return &e;
    }
    return nullptr;
}

} // namespace SockscopeTest
