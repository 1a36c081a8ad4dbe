// SPDX-License-Identifier: GPL-3.0-or-later
#include "proxycommand.h"

#include "clientflags.h"
#include "commandline.h"
#include "signalwatcher.h"
#include "websocketclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <cstdio>

namespace Sockscope {
namespace {

// The options only `proxy` has; the upstream connection flags come from ClientFlags.
struct ProxyFlags
{
    QCommandLineOption listen{QStringLiteral("listen"),
                              ProxyCommand::tr("Address to listen on (default 127.0.0.1:0, a free port)."),
                              QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:0")};
    QCommandLineOption upstream{QStringLiteral("upstream"),
                                ProxyCommand::tr("Reverse proxy to this ws:// or wss:// URL; without it, a forward "
                                                 "HTTP proxy."),
                                QStringLiteral("URL")};
    QCommandLineOption deflate{QStringLiteral("deflate"),
                               ProxyCommand::tr("Accept permessage-deflate from clients and offer it upstream.")};
    QCommandLineOption cert{QStringLiteral("tls-cert"),
                            ProxyCommand::tr("Listen with wss:// and this PEM certificate."), QStringLiteral("FILE")};
    QCommandLineOption key{QStringLiteral("tls-key"), ProxyCommand::tr("PEM private key of the certificate."),
                           QStringLiteral("FILE")};
    QCommandLineOption replace{QStringLiteral("replace"),
                               ProxyCommand::tr("Edit text messages: DIR:REGEX:REPLACEMENT, DIR c2s, s2c or both "
                                                "(repeatable)."),
                               QStringLiteral("RULE")};
    QCommandLineOption drop{QStringLiteral("drop"),
                            ProxyCommand::tr("Drop text messages that match: DIR:REGEX (repeatable)."),
                            QStringLiteral("RULE")};
    QCommandLineOption printCa{QStringLiteral("print-ca"),
                               ProxyCommand::tr("Print the path of the forward proxy's CA certificate (created if "
                                                "needed) and exit.")};
    QCommandLineOption quiet{QStringLiteral("quiet"),
                             ProxyCommand::tr("Print only the listening line and errors, not every event.")};
};

} // namespace

ProxyCommand::ProxyCommand(QObject *parent) : QObject(parent) { }

ProxyCommand::~ProxyCommand() = default;

int ProxyCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Run a WebSocket proxy and print every frame of both legs."));
    const ProxyFlags flags;
    const ClientFlags clientFlags;
    const OutputOptions output;
    parser.addOptions({flags.listen, flags.upstream, flags.deflate, flags.cert, flags.key, flags.replace, flags.drop,
                       flags.printCa, flags.quiet});
    clientFlags.addTo(parser);
    output.addTo(parser);
    if (const auto exitCode = parseSubcommand(parser, QStringLiteral("proxy"), arguments))
        return *exitCode;
    m_ca = std::make_unique<LocalCa>(LocalCa::defaultDirectory());
    if (parser.isSet(flags.printCa))
        return printCa();
    if (!parser.positionalArguments().isEmpty()) {
        printError(tr("proxy takes no positional arguments, got \"%1\"").arg(parser.positionalArguments().first()));
        return ExitUsage;
    }
    std::optional<ProxyOptions> options = parseOptions(parser, clientFlags);
    if (!options)
        return ExitUsage;
    // Nobody reads the frames of a quiet, unrecorded proxy: its legs build no frame events.
    options->listen.session.frameEvents = !parser.isSet(flags.quiet) || output.isRecording(parser);
    options->upstream.session.frameEvents = options->listen.session.frameEvents;
    const bool json = output.isJsonLines(parser);
    m_output = output.create(parser, parser.isSet(flags.quiet));
    if (!m_output)
        return ExitFailure;
    if (options->upstream.insecure)
        printError(tr("warning: TLS certificate verification is off (--insecure)"));

    m_proxy = new ProxyServer(*options, this);
    m_proxy->setLocalCa(m_ca.get());
    connect(m_proxy, &ProxyServer::eventOccurred, this,
            [this](const Event &event) { m_output->handle(event, event.kind != Event::Kind::Listening); });
    if (!m_proxy->listen()) {
        printError(m_proxy->errorString());
        return ExitFailure;
    }
    auto *watcher = new SignalWatcher(this);
    connect(watcher, &SignalWatcher::terminationRequested, this, &ProxyCommand::shutDown);
    const QByteArray line = tr("listening on %1").arg(m_proxy->listenAddress()).toUtf8();
    std::fprintf(json ? stderr : stdout, "%s\n", line.constData());
    std::fflush(json ? stderr : stdout);
    return -1;
}

std::optional<ProxyOptions> ProxyCommand::parseOptions(const QCommandLineParser &parser,
                                                       const ClientFlags &clientFlags) const
{
    const ProxyFlags flags;
    ProxyOptions options;
    if (!parseListenAddress(parser.value(flags.listen), &options.listen.address, &options.listen.port)) {
        printError(tr("--listen takes HOST:PORT with a numeric address, got \"%1\"").arg(parser.value(flags.listen)));
        return std::nullopt;
    }
    if (parser.isSet(flags.cert) != parser.isSet(flags.key)) {
        printError(tr("--tls-cert and --tls-key go together"));
        return std::nullopt;
    }
    options.listen.certFile = parser.value(flags.cert);
    options.listen.keyFile = parser.value(flags.key);
    options.deflate = parser.isSet(flags.deflate);
    if (!clientFlags.apply(parser, &options.upstream) || !addRules(parser, &options))
        return std::nullopt;
    options.listen.session.limits = options.upstream.session.limits;
    if (parser.isSet(flags.upstream))
        options.upstream.url = QUrl(parser.value(flags.upstream), QUrl::StrictMode);
    // A forward proxy has no upstream URL of its own: only its TLS files are checked.
    ClientOptions check = options.upstream;
    if (check.url.isEmpty())
        check.url = QUrl(QStringLiteral("wss://forward.invalid"));
    const QString invalid = WebSocketClient::validate(check);
    if (!invalid.isEmpty()) {
        printError(invalid);
        return std::nullopt;
    }
    return options;
}

bool ProxyCommand::addRules(const QCommandLineParser &parser, ProxyOptions *options) const
{
    const ProxyFlags flags;
    const struct
    {
        const QCommandLineOption &option;
        ProxyRule::Action action;
    } kinds[] = {{flags.replace, ProxyRule::Action::Replace}, {flags.drop, ProxyRule::Action::Drop}};
    for (const auto &kind : kinds) {
        for (const QString &text : parser.values(kind.option)) {
            QString error;
            const auto rule = ProxyRules::parse(text, kind.action, &error);
            if (!rule) {
                printError(QStringLiteral("--%1: %2").arg(kind.option.names().first(), error));
                return false;
            }
            options->rules.add(*rule);
        }
    }
    return true;
}

int ProxyCommand::printCa()
{
    QString error;
    if (!m_ca->ensure(&error)) {
        printError(error);
        return ExitFailure;
    }
    std::printf("%s\n", qPrintable(m_ca->certificatePath()));
    return ExitSuccess;
}

void ProxyCommand::shutDown()
{
    if (m_shuttingDown)
        return;
    m_shuttingDown = true;
    m_proxy->stop(quint16(CloseCode::GoingAway));
    // Give both legs a moment to close, then exit whatever they do.
    auto *poll = new QTimer(this);
    poll->start(20);
    QElapsedTimer waited;
    waited.start();
    connect(poll, &QTimer::timeout, this, [this, waited] {
        if (m_proxy->pairs().isEmpty() || waited.elapsed() > 2000) {
            m_output->finish();
            QCoreApplication::exit(ExitSuccess);
        }
    });
}

} // namespace Sockscope
