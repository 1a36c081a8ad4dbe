// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "localca.h"
#include "proxyserver.h"
#include "sessionoutput.h"

#include <QObject>

#include <memory>
#include <optional>

class QCommandLineParser;

namespace Sockscope {

class ClientFlags;

// `sockscope proxy ...`: a reverse proxy (--upstream URL) or a forward HTTP proxy that prints
// `listening on HOST:PORT`, then every event of both legs of every connection, and runs until
// SIGINT/SIGTERM. `--print-ca` prints where the forward proxy's CA certificate is.
class ProxyCommand : public QObject
{
    Q_OBJECT

public:
    explicit ProxyCommand(QObject *parent = nullptr);
    ~ProxyCommand() override;

    // Parses the arguments (after "proxy") and starts listening; an exit code when done or
    // when it cannot start, -1 when it runs.
    int start(const QStringList &arguments);

private:
    std::optional<ProxyOptions> parseOptions(const QCommandLineParser &parser, const ClientFlags &clientFlags) const;
    bool addRules(const QCommandLineParser &parser, ProxyOptions *options) const;
    int printCa();
    void shutDown();

    std::unique_ptr<SessionOutput> m_output;
    std::unique_ptr<LocalCa> m_ca;
    ProxyServer *m_proxy = nullptr;
    bool m_shuttingDown = false;
};

} // namespace Sockscope
