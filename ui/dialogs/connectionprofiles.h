// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

#include "clientoptions.h"
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

// Named client and server profiles in the application's QSettings (UI-1), under the groups
// "profiles/clients" and "profiles/servers". Proxy passwords are not stored: settings files
// are plain text.
class ConnectionProfiles
{
public:
    static QStringList clientNames();
    static std::optional<ClientOptions> loadClient(const QString &name);
    static void saveClient(const QString &name, const ClientOptions &options);
    static void removeClient(const QString &name);

    static QStringList serverNames();
    static std::optional<ServerProfile> loadServer(const QString &name);
    static void saveServer(const QString &name, const ServerProfile &profile);
    static void removeServer(const QString &name);
};

} // namespace Sockscope
