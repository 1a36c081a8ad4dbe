// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/event.h"

#include <QString>

namespace Sockscope {

// One row of a capture's connections table (docs/capture-format.md).
struct ConnectionInfo
{
    quint64 id = 0;
    quint64 serverId = 0;
    quint64 pairedId = 0; // a proxy's upstream leg: the client leg it served (proxy_pairs)
    QString role; // client, server (a server's peer) or listener
    QString url;
    QString peerAddress;
    QString subprotocol;
    QString extensions;
    qint64 openedNs = 0;
    qint64 closedNs = 0;
    int closeCode = 0;
    QString closeReason;
    ConnectionTimings timings;
};

} // namespace Sockscope
