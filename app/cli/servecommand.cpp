// SPDX-License-Identifier: GPL-3.0-or-later
#include "servecommand.h"

#include "commandline.h"
#include "linereader.h"
#include "replaycommand.h"
#include "signalwatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>

namespace Sockscope {

ServeCommand::ServeCommand(QObject *parent) : QObject(parent) { }

int ServeCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Run a local WebSocket server and print every frame."));
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    tr("Address to listen on (default 127.0.0.1:0, a free port)."),
                                    QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:0"));
    const QCommandLineOption echo(QStringLiteral("echo"), tr("Send every message back to its sender."));
    const QCommandLineOption broadcast(QStringLiteral("broadcast"), tr("Send every message to all peers."));
    const QCommandLineOption replay(QStringLiteral("replay"), tr("Answer with the server messages of a capture."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption deflate(QStringLiteral("deflate"), tr("Accept permessage-deflate."));
    const QCommandLineOption subprotocol(QStringLiteral("subprotocol"),
                                         tr("Accept this subprotocol (repeatable, in order of preference)."),
                                         QStringLiteral("P"));
    const QCommandLineOption requireHeader(QStringLiteral("require-header"),
                                           tr("Refuse upgrades without this header (repeatable)."),
                                           QStringLiteral("NAME"));
    const QCommandLineOption cert(QStringLiteral("tls-cert"), tr("Serve wss:// with this PEM certificate (chain)."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption key(QStringLiteral("tls-key"), tr("PEM private key of the certificate."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption maxMessage(QStringLiteral("max-message"),
                                        tr("Largest message accepted, in bytes (default 256 MiB)."),
                                        QStringLiteral("BYTES"));
    const QCommandLineOption handshakeTimeout(
            QStringLiteral("handshake-timeout"),
            tr("Drop a peer that has not completed its upgrade request within MS milliseconds (default 10000)."),
            QStringLiteral("MS"));
    const QCommandLineOption quiet(QStringLiteral("quiet"),
                                   tr("Print only the listening line and errors, not every event."));
    const OutputOptions output;
    parser.addOptions({listen, echo, broadcast, replay, deflate, subprotocol, requireHeader, cert, key, maxMessage,
                       handshakeTimeout, quiet});
    output.addTo(parser);

    if (const auto exitCode = parseSubcommand(parser, QStringLiteral("serve"), arguments))
        return *exitCode;
    if (!parser.positionalArguments().isEmpty()) {
        printError(tr("serve takes no positional arguments, got \"%1\"").arg(parser.positionalArguments().first()));
        return ExitUsage;
    }
    if (int(parser.isSet(echo)) + int(parser.isSet(broadcast)) + int(parser.isSet(replay)) > 1) {
        printError(tr("--echo, --broadcast and --replay exclude each other"));
        return ExitUsage;
    }
    ServerOptions options;
    if (!parseListenAddress(parser.value(listen), &options.address, &options.port)) {
        printError(tr("--listen takes HOST:PORT with a numeric address, got \"%1\"").arg(parser.value(listen)));
        return ExitUsage;
    }
    if (parser.isSet(cert) != parser.isSet(key)) {
        printError(tr("--tls-cert and --tls-key go together"));
        return ExitUsage;
    }
    options.certFile = parser.value(cert);
    options.keyFile = parser.value(key);
    options.behaviour = parser.isSet(echo) ? ServerBehaviour::Echo
            : parser.isSet(broadcast)      ? ServerBehaviour::Broadcast
                                           : ServerBehaviour::Manual;
    options.handshake.acceptDeflate = parser.isSet(deflate);
    for (const QString &p : parser.values(subprotocol))
        options.handshake.subprotocols.append(p.toUtf8());
    for (const QString &h : parser.values(requireHeader))
        options.handshake.requiredHeaders.append(h.toUtf8());
    if (parser.isSet(maxMessage)) {
        bool ok = false;
        const qulonglong limit = parser.value(maxMessage).toULongLong(&ok);
        if (!ok || limit == 0) {
            printError(tr("--max-message takes a number of bytes, got \"%1\"").arg(parser.value(maxMessage)));
            return ExitUsage;
        }
        options.session.limits.maxMessageSize = limit;
        options.session.limits.maxFramePayload = limit;
    }
    if (parser.isSet(handshakeTimeout)) {
        bool ok = false;
        const int ms = parser.value(handshakeTimeout).toInt(&ok);
        if (!ok || ms <= 0) {
            printError(tr("--handshake-timeout takes a positive number of milliseconds, got \"%1\"")
                               .arg(parser.value(handshakeTimeout)));
            return ExitUsage;
        }
        options.handshakeTimeoutMs = ms;
    }
    const bool json = output.isJsonLines(parser);
    // Nobody reads the frames of a quiet, unrecorded server: do not build their events.
    options.session.frameEvents = !parser.isSet(quiet) || output.isRecording(parser);
    m_output = output.create(parser, parser.isSet(quiet));
    if (!m_output)
        return ExitFailure;

    if (parser.isSet(replay)) {
        // A mock server: each client is answered with the recorded server messages (CAP-5).
        auto *mock = new ReplayCommand(this);
        return mock->startMockServer(parser.value(replay), options, false, std::move(m_output));
    }
    m_server = new WebSocketServer(options, this);
    connect(m_server, &WebSocketServer::eventOccurred, this, [this, quietly = parser.isSet(quiet)](const Event &event) {
        // The listening line is printed on its own, in the exact form scripts wait for.
        m_output->handle(event, event.kind != Event::Kind::Listening);
        // The server's own failures (too many open files) are errors: shown on stderr when quiet.
        if (quietly && event.kind == Event::Kind::Failed && event.connectionId == m_server->serverId())
            printError(event.text);
    });
    if (!m_server->listen()) {
        printError(m_server->errorString());
        return ExitFailure;
    }
    // Scripts stop the server as soon as they read the listening line: be ready for it first.
    auto *watcher = new SignalWatcher(this);
    connect(watcher, &SignalWatcher::terminationRequested, this, &ServeCommand::shutDown);

    const QByteArray line = tr("listening on %1").arg(m_server->listenAddress()).toUtf8();
    std::fprintf(json ? stderr : stdout, "%s\n", line.constData());
    std::fflush(json ? stderr : stdout);

    if (options.behaviour == ServerBehaviour::Manual) {
        // In manual mode, standard input lines go to every peer as text messages.
        auto *input = new LineReader(this);
        connect(input, &LineReader::lineRead, this,
                [this](const QString &line) { m_server->broadcast(Opcode::Text, line.toUtf8()); });
        input->start();
    }
    return -1;
}

void ServeCommand::shutDown()
{
    if (m_shuttingDown)
        return;
    m_shuttingDown = true;
    m_server->stop(quint16(CloseCode::GoingAway));
    // Give peers a moment to answer the close, then exit whatever they do.
    auto *poll = new QTimer(this);
    poll->start(20);
    QElapsedTimer waited;
    waited.start();
    connect(poll, &QTimer::timeout, this, [this, waited] {
        if (m_server->sessions().isEmpty() || waited.elapsed() > 2000) {
            m_output->finish();
            QCoreApplication::exit(ExitSuccess);
        }
    });
}

} // namespace Sockscope
