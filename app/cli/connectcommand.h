// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sessionoutput.h"
#include "websocketclient.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <memory>

namespace Sockscope {

class LineReader;
struct ConnectFlags;

// `sockscope connect URL ...`: a client that prints every frame, sends --send messages and
// standard input lines, optionally echoes (over several connections for a load test), and
// exits 0/1/2.
class ConnectCommand : public QObject
{
    Q_OBJECT

public:
    explicit ConnectCommand(QObject *parent = nullptr);

    // Parses the arguments (after "connect"); returns ExitUsage with a printed error if invalid,
    // else -1 and the command runs once the event loop starts.
    int start(const QStringList &arguments);

private:
    // Reads the options after the URL into `options` and the members; false after printing why.
    bool parseOptions(const QCommandLineParser &parser, const ConnectFlags &flags, ClientOptions *options);
    void addClient(const ClientOptions &options);
    void onEvent(const Event &event);
    void onOpened(WebSocketClient *client);
    void onMessage(WebSocketClient *client, Opcode opcode, const QByteArray &data);
    void onInputFinished();
    void finish(int exitCode);

    std::unique_ptr<SessionOutput> m_output;
    WebSocketClient *m_client = nullptr; // the first; the one standard input and --send go to
    QList<WebSocketClient *> m_clients;
    QHash<const WebSocketClient *, int> m_received;
    int m_connections = 1;
    int m_closed = 0;
    LineReader *m_input = nullptr;
    QStringList m_toSend;
    bool m_echo = false;
    bool m_readStdin = true;
    int m_count = 0;
    int m_lingerMs = 1000;
    bool m_protocolFailure = false;
    QTimer m_lingerTimer;
};

} // namespace Sockscope
