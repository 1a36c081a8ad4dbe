// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QString>
#include <QStringList>

#include "clientoptions.h"
#include "serverprofile.h"

namespace Sockscope {

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

    // URLs connected to from the dialog, newest first, at most kRecentUrls ("recent/urls").
    static constexpr int kRecentUrls = 10;
    static QStringList recentUrls();
    static void addRecentUrl(const QString &url);
};

} // namespace Sockscope
