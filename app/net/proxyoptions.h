// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clientoptions.h"
#include "proxyrules.h"
#include "serveroptions.h"

namespace Sockscope {

// A WebSocket proxy (ENG-7): where it listens, how each upstream leg connects, and what it
// does to the messages it relays.
struct ProxyOptions
{
    ServerOptions listen;   // address (loopback unless asked), port, TLS files, session limits
    ClientOptions upstream; // the upstream URL (reverse proxy; empty: forward proxy), TLS, proxy, timeouts
    bool deflate = false;   // accept permessage-deflate from clients and offer it upstream
    ProxyRules rules;
    // A leg with more than this queued for its peer pauses reading the other leg.
    qint64 maxQueuedBytes = 1024 * 1024;
};

} // namespace Sockscope
