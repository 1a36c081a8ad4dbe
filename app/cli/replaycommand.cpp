// SPDX-License-Identifier: GPL-3.0-or-later
#include "replaycommand.h"

#include "capture/capturefiles.h"
#include "capture/capturereader.h"
#include "clientreplay.h"
#include "commandline.h"
#include "mockserver.h"
#include "replay/diffreport.h"
#include "signalwatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdio>

namespace Sockscope {

bool loadConversation(const QString &path, qint64 connectionId, bool needClientMessages, Conversation *out)
{
    QTemporaryDir scratch;
    CaptureReader reader;
    QString error;
    if (!CaptureFiles::open(path, scratch.filePath(QStringLiteral("import.wscap")), reader, &error)) {
        printError(error);
        return false;
    }
    const QList<Conversation> conversations = Conversation::fromCapture(reader);
    for (const Conversation &c : conversations) {
        if (connectionId >= 0 && c.connectionId != quint64(connectionId))
            continue;
        if (needClientMessages && c.clientMessages().isEmpty())
            continue;
        *out = c;
        return true;
    }
    printError(connectionId >= 0 ? QCoreApplication::translate("Sockscope::ReplayCommand",
                                                               "%1 has no connection %2 with messages to replay")
                                           .arg(path)
                                           .arg(connectionId)
                                 : QCoreApplication::translate("Sockscope::ReplayCommand",
                                                               "%1 has no connection with messages to replay")
                                           .arg(path));
    return false;
}

ReplayCommand::ReplayCommand(QObject *parent) : QObject(parent) { }

int ReplayCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Replay a capture: its client messages against a server (--to), or its server "
                                        "messages to clients that connect (--serve)."));
    parser.addPositionalArgument(QStringLiteral("file"), tr("Capture (.wscap, .har, .jsonl, .pcap or .pcapng)."));
    const QCommandLineOption to(QStringLiteral("to"), tr("Replay the client side against this ws:// or wss:// URL."),
                                QStringLiteral("URL"));
    const QCommandLineOption serve(QStringLiteral("serve"),
                                   tr("Run a mock server answering with the recorded server side."),
                                   QStringLiteral("HOST:PORT"));
    const QCommandLineOption speed(QStringLiteral("speed"), tr("Scale the original timing (2 = twice as fast)."),
                                   QStringLiteral("X"));
    const QCommandLineOption asap(QStringLiteral("asap"), tr("Send as fast as possible."));
    const QCommandLineOption timing(QStringLiteral("timing"),
                                    tr("--serve: send by the original timing instead of after each client message."));
    const QCommandLineOption connection(
            QStringLiteral("connection"),
            tr("Replay this connection id of the capture (default: the first with messages)."), QStringLiteral("ID"));
    const QCommandLineOption diff(QStringLiteral("diff"),
                                  tr("Compare the server's answers with the recording; exit 1 when they differ."));
    const QCommandLineOption ignore(QStringLiteral("ignore"),
                                    tr("Regular expression for volatile text to ignore in --diff (repeatable)."),
                                    QStringLiteral("REGEX"));
    const QCommandLineOption quiet(QStringLiteral("quiet"), tr("Do not print every event."));
    const QCommandLineOption insecure(QStringLiteral("insecure"), tr("Do not verify the server's TLS certificate."));
    const QCommandLineOption caFile(QStringLiteral("ca-file"), tr("Trust the CA certificates in this PEM file."),
                                    QStringLiteral("FILE"));
    const OutputOptions outputOptions;
    parser.addOptions({to, serve, speed, asap, timing, connection, diff, ignore, quiet, insecure, caFile});
    outputOptions.addTo(parser);
    if (const auto exitCode = parseSubcommand(parser, QStringLiteral("replay"), arguments))
        return *exitCode;
    if (parser.positionalArguments().size() != 1) {
        printError(tr("replay takes one capture file"));
        return ExitUsage;
    }
    if (parser.isSet(to) == parser.isSet(serve)) {
        printError(tr("replay needs exactly one of --to URL or --serve HOST:PORT"));
        return ExitUsage;
    }
    if (parser.isSet(speed) && parser.isSet(asap)) {
        printError(tr("--speed and --asap exclude each other"));
        return ExitUsage;
    }
    double speedFactor = 1.0;
    if (parser.isSet(speed)) {
        bool ok = false;
        speedFactor = parser.value(speed).toDouble(&ok);
        if (!ok || speedFactor <= 0) {
            printError(tr("--speed takes a positive number, got \"%1\"").arg(parser.value(speed)));
            return ExitUsage;
        }
    }
    qint64 connectionId = -1;
    if (parser.isSet(connection)) {
        bool ok = false;
        connectionId = parser.value(connection).toLongLong(&ok);
        if (!ok || connectionId < 0) {
            printError(tr("--connection takes a connection id, got \"%1\"").arg(parser.value(connection)));
            return ExitUsage;
        }
    }
    for (const QString &pattern : parser.values(ignore)) {
        const QRegularExpression regex(pattern);
        if (!regex.isValid()) {
            printError(tr("--ignore: invalid regular expression \"%1\": %2").arg(pattern, regex.errorString()));
            return ExitUsage;
        }
        m_ignore.append(regex);
    }
    auto output = outputOptions.create(parser, parser.isSet(quiet));
    if (!output)
        return ExitFailure;
    const QString file = parser.positionalArguments().first();

    if (parser.isSet(serve)) {
        ServerOptions options;
        if (!parseListenAddress(parser.value(serve), &options.address, &options.port)) {
            printError(tr("--serve takes HOST:PORT with a numeric address, got \"%1\"").arg(parser.value(serve)));
            return ExitUsage;
        }
        return startMockServer(file, options, parser.isSet(timing), std::move(output), connectionId);
    }

    ClientOptions options;
    options.url = QUrl(parser.value(to), QUrl::StrictMode);
    options.insecure = parser.isSet(insecure);
    options.caFile = parser.value(caFile);
    const QString invalid = WebSocketClient::validate(options);
    if (!invalid.isEmpty()) {
        printError(invalid);
        return ExitUsage;
    }
    Conversation conversation;
    if (!loadConversation(file, connectionId, true, &conversation))
        return ExitFailure;
    m_output = std::move(output);
    m_diff = parser.isSet(diff);
    m_replay = new ClientReplay(conversation, options, this);
    m_replay->setPacing(parser.isSet(asap) ? ClientReplay::Pacing::AsFastAsPossible
                                           : ClientReplay::Pacing::OriginalTiming,
                        speedFactor);
    connect(m_replay, &ClientReplay::eventOccurred, this, [this](const Event &event) { m_output->handle(event); });
    connect(m_replay, &ClientReplay::failed, this, [this, insecure = options.insecure](const QString &error) {
        printError(withTlsFlagHint(error, insecure));
        m_output->finish();
        QCoreApplication::exit(ExitFailure);
    });
    connect(m_replay, &ClientReplay::finished, this, [this] {
        m_output->finish();
        const bool same = m_replay->diff(m_ignore).isSame();
        if (m_diff)
            printDiff();
        QCoreApplication::exit(!m_diff || same ? ExitSuccess : ExitFailure);
    });
    QMetaObject::invokeMethod(m_replay, &ClientReplay::start, Qt::QueuedConnection);
    return -1;
}

int ReplayCommand::startMockServer(const QString &capture, const ServerOptions &options, bool originalTiming,
                                   std::unique_ptr<SessionOutput> output, qint64 connectionId)
{
    Conversation conversation;
    if (!loadConversation(capture, connectionId, false, &conversation))
        return ExitFailure;
    m_output = std::move(output);
    m_mock = new MockServer(conversation, options,
                            originalTiming ? MockServer::Pacing::OriginalTiming : MockServer::Pacing::Triggered, this);
    connect(m_mock, &MockServer::eventOccurred, this,
            [this](const Event &event) { m_output->handle(event, event.kind != Event::Kind::Listening); });
    if (!m_mock->listen()) {
        printError(m_mock->server()->errorString());
        return ExitFailure;
    }
    auto *watcher = new SignalWatcher(this);
    connect(watcher, &SignalWatcher::terminationRequested, this, [this] {
        m_mock->server()->stop(quint16(CloseCode::GoingAway));
        m_output->finish();
        QCoreApplication::exit(ExitSuccess);
    });
    std::printf("%s\n", qPrintable(tr("listening on %1").arg(m_mock->server()->listenAddress())));
    std::fflush(stdout);
    return -1;
}

void ReplayCommand::printDiff()
{
    const MessageDiff diff = m_replay->diff(m_ignore);
    const QList<RecordedMessage> recorded = m_replay->recordedAnswers();
    for (const QString &line : DiffReport(diff, recorded, m_replay->received()).lines())
        std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

} // namespace Sockscope
