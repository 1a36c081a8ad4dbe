// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "mockserver.h"
#include "serveroptions.h"

namespace Sockscope {

// A local server as the New Server dialog describes it: the engine's options and, for a mock
// server (CAP-5), the capture it replays and how it paces the replies.
struct ServerProfile
{
    ServerOptions options;
    QString replayCapture; // empty: options.behaviour applies
    MockServer::Pacing replayPacing = MockServer::Pacing::Triggered;
};

} // namespace Sockscope
