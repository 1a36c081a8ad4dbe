// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sessionoutput.h"
#include "websocketserver.h"

#include <QObject>

#include <memory>

namespace Sockscope {

// `sockscope serve ...`: a local server that prints `listening on HOST:PORT`, then every event,
// and runs until SIGINT/SIGTERM (peers closed with 1001, exit 0).
class ServeCommand : public QObject
{
    Q_OBJECT

public:
    explicit ServeCommand(QObject *parent = nullptr);

    // Parses the arguments (after "serve") and starts listening; an exit code when it cannot
    // start, -1 when it runs.
    int start(const QStringList &arguments);

private:
    void shutDown();

    std::unique_ptr<SessionOutput> m_output;
    WebSocketServer *m_server = nullptr;
    bool m_shuttingDown = false;
};

} // namespace Sockscope
