// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectcommand.h"

#include "clientflags.h"
#include "commandline.h"
#include "linereader.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <optional>

namespace Sockscope {
ConnectCommand::ConnectCommand(QObject *parent) : QObject(parent)
{
    m_lingerTimer.setSingleShot(true);
    connect(&m_lingerTimer, &QTimer::timeout, this, [this] {
        if (m_client->session())
            m_client->close(quint16(CloseCode::Normal));
        else
            finish(ExitSuccess);
    });
}

// The options of `sockscope connect`.
struct ConnectFlags
{
    QCommandLineOption header{QStringLiteral("header"), ConnectCommand::tr("Extra request header (repeatable)."),
                              QStringLiteral("K:V")};
    QCommandLineOption subprotocol{QStringLiteral("subprotocol"),
                                   ConnectCommand::tr("Offer a subprotocol (repeatable)."), QStringLiteral("P")};
    QCommandLineOption origin{QStringLiteral("origin"), ConnectCommand::tr("Origin header."),
                              QStringLiteral("ORIGIN")};
    QCommandLineOption deflate{QStringLiteral("deflate"), ConnectCommand::tr("Offer permessage-deflate.")};
    QCommandLineOption ping{QStringLiteral("ping-interval"),
                            ConnectCommand::tr("Send a ping every S seconds; one unanswered by the next closes the "
                                               "connection (1006, half-open)."),
                            QStringLiteral("S")};
    QCommandLineOption send{QStringLiteral("send"),
                            ConnectCommand::tr("Send this text message (repeatable; on each connection), before "
                                               "standard input."),
                            QStringLiteral("TEXT")};
    QCommandLineOption echo{QStringLiteral("echo"),
                            ConnectCommand::tr("Send every received data message back until the server closes.")};
    QCommandLineOption connections{QStringLiteral("connections"),
                                   ConnectCommand::tr("With --echo: open N connections at once, each echoing (a "
                                                      "load test; default 1)."),
                                   QStringLiteral("N"), QStringLiteral("1")};
    QCommandLineOption count{QStringLiteral("count"),
                             ConnectCommand::tr("Close after N data messages received (on each connection)."),
                             QStringLiteral("N")};
    QCommandLineOption linger{QStringLiteral("linger"),
                              ConnectCommand::tr("Seconds to wait for replies after the input ends (default 1)."),
                              QStringLiteral("S"), QStringLiteral("1")};
    QCommandLineOption noStdin{QStringLiteral("no-stdin"),
                               ConnectCommand::tr("Do not read messages from standard input.")};
    QCommandLineOption quiet{QStringLiteral("quiet"), ConnectCommand::tr("Print only errors, not every event.")};

    QList<QCommandLineOption> all() const
    {
        return {header, subprotocol, origin, deflate, ping, send, echo, connections, count, linger, noStdin, quiet};
    }
};

namespace {

// A positive whole number from `option`, or nullopt after printing why not.
std::optional<int> positiveNumber(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (ok && value > 0)
        return value;
    printError(ConnectCommand::tr("--%1 takes a positive number, got \"%2\"")
                       .arg(option.names().first(), parser.value(option)));
    return std::nullopt;
}

} // namespace

int ConnectCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Open a WebSocket client connection and print every frame."));
    parser.addPositionalArgument(QStringLiteral("url"), tr("ws:// or wss:// URL"));
    const ConnectFlags flags;
    const OutputOptions output;
    parser.addOptions(flags.all());
    ClientFlags().addTo(parser);
    output.addTo(parser);

    if (const auto exitCode = parseSubcommand(parser, QStringLiteral("connect"), arguments))
        return *exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        printError(positional.isEmpty() ? tr("connect needs a URL")
                                        : tr("connect takes one URL, got %1").arg(positional.size()));
        return ExitUsage;
    }
    ClientOptions options;
    options.url = QUrl(positional.first(), QUrl::StrictMode);
    if (!parseOptions(parser, flags, &options))
        return ExitUsage;
    // Nobody reads the frames of a quiet, unrecorded client: do not build their events.
    options.session.frameEvents = !parser.isSet(flags.quiet) || output.isRecording(parser);
    m_output = output.create(parser, parser.isSet(flags.quiet));
    if (!m_output)
        return ExitFailure;
    if (options.insecure)
        printError(tr("warning: TLS certificate verification is off (--insecure)"));
    for (int i = 0; i < m_connections; ++i)
        addClient(options);
    m_client = m_clients.first();
    return -1;
}

bool ConnectCommand::parseOptions(const QCommandLineParser &parser, const ConnectFlags &flags, ClientOptions *options)
{
    for (const QString &h : parser.values(flags.header)) {
        const qsizetype colon = h.indexOf(QLatin1Char(':'));
        if (colon <= 0) {
            printError(tr("--header needs NAME:VALUE, got \"%1\"").arg(h));
            return false;
        }
        options->headers.append({h.left(colon).trimmed().toUtf8(), h.mid(colon + 1).trimmed().toUtf8()});
    }
    for (const QString &p : parser.values(flags.subprotocol))
        options->subprotocols.append(p.toUtf8());
    options->origin = parser.value(flags.origin).toUtf8();
    options->deflate = parser.isSet(flags.deflate);
    if (!ClientFlags().apply(parser, options))
        return false;
    double value = 0;
    if (parser.isSet(flags.ping)) {
        if (!ClientFlags::seconds(parser, flags.ping, &value))
            return false;
        options->session.pingIntervalMs = int(value * 1000);
    }
    if (!ClientFlags::seconds(parser, flags.linger, &value))
        return false;
    m_lingerMs = int(value * 1000);
    const std::optional<int> count = parser.isSet(flags.count) ? positiveNumber(parser, flags.count) : 0;
    const std::optional<int> connections = positiveNumber(parser, flags.connections);
    if (!count || !connections)
        return false;
    m_count = *count;
    m_connections = *connections;
    m_echo = parser.isSet(flags.echo);
    if (m_connections > 1 && !m_echo) {
        printError(tr("--connections needs --echo: standard input goes to one connection"));
        return false;
    }
    const QString invalid = WebSocketClient::validate(*options);
    if (!invalid.isEmpty()) {
        printError(invalid);
        return false;
    }
    m_toSend = parser.values(flags.send);
    m_readStdin = !m_echo && !parser.isSet(flags.noStdin);
    return true;
}

void ConnectCommand::addClient(const ClientOptions &options)
{
    auto *client = new WebSocketClient(options, this);
    m_clients.append(client);
    connect(client, &WebSocketClient::eventOccurred, this, &ConnectCommand::onEvent);
    connect(client, &WebSocketClient::opened, this, [this, client] { onOpened(client); });
    connect(client, &WebSocketClient::messageReceived, this,
            [this, client](Opcode opcode, const QByteArray &data) { onMessage(client, opcode, data); });
    connect(client, &WebSocketClient::failed, this, [this, client](const QString &error) {
        printError(withTlsFlagHint(error, client->options().insecure));
        finish(ExitFailure);
    });
    connect(client, &WebSocketClient::closed, this, [this] {
        if (++m_closed == m_clients.size())
            finish(m_protocolFailure ? ExitFailure : ExitSuccess);
    });
    QMetaObject::invokeMethod(client, &WebSocketClient::open, Qt::QueuedConnection);
}

void ConnectCommand::onEvent(const Event &event)
{
    m_output->handle(event);
    // A violation, or a close without a handshake or with an error code, fails for scripts.
    if (event.kind == Event::Kind::ProtocolError)
        m_protocolFailure = true;
    if (event.kind == Event::Kind::Closed && event.closeCode != quint16(CloseCode::Normal)
        && event.closeCode != quint16(CloseCode::GoingAway) && event.closeCode != quint16(CloseCode::NoStatusReceived))
        m_protocolFailure = true;
}

void ConnectCommand::onOpened(WebSocketClient *client)
{
    for (const QString &text : std::as_const(m_toSend))
        client->session()->sendText(text);
    if (m_echo)
        return;
    if (!m_readStdin) {
        onInputFinished();
        return;
    }
    m_input = new LineReader(this);
    connect(m_input, &LineReader::lineRead, this, [this](const QString &line) {
        if (m_client->session())
            m_client->session()->sendText(line);
    });
    connect(m_input, &LineReader::finished, this, &ConnectCommand::onInputFinished);
    m_input->start();
}

void ConnectCommand::onMessage(WebSocketClient *client, Opcode opcode, const QByteArray &data)
{
    if (m_echo && client->session())
        client->session()->sendMessage(opcode, data);
    if (m_count > 0 && ++m_received[client] >= m_count) { // only with --count: a hash lookup per message
        if (client == m_client)
            m_lingerTimer.stop();
        client->close(quint16(CloseCode::Normal));
    }
}

void ConnectCommand::onInputFinished()
{
    if (m_count == 0)
        m_lingerTimer.start(m_lingerMs);
}

void ConnectCommand::finish(int exitCode)
{
    m_lingerTimer.stop();
    m_output->finish();
    QCoreApplication::exit(exitCode);
}

} // namespace Sockscope
