// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/event.h"
#include "websocketclient.h"

#include <QList>
#include <QSignalSpy>

namespace SockscopeTest {

// Our client, opened by a test, with everything it reports recorded.
struct ClientProbe
{
    explicit ClientProbe(const Sockscope::ClientOptions &options);

    QList<Sockscope::Event> eventsOf(Sockscope::Event::Kind kind) const;
    // The first event of `kind`, or nullptr; valid until the next event arrives.
    const Sockscope::Event *firstOf(Sockscope::Event::Kind kind) const;

    Sockscope::WebSocketClient client;
    QSignalSpy opened;
    QSignalSpy failed;
    QSignalSpy messages;
    QList<Sockscope::Event> events;
};

} // namespace SockscopeTest
