// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectcommand.h"

#include "clientflags.h"
#include "commandline.h"
#include "linereader.h"

#include <QCommandLineParser>
#include <QCoreApplication>

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

int ConnectCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Open a WebSocket client connection and print every frame."));
    parser.addPositionalArgument(QStringLiteral("url"), tr("ws:// or wss:// URL"));
    const QCommandLineOption header(QStringLiteral("header"), tr("Extra request header (repeatable)."),
                                    QStringLiteral("K:V"));
    const QCommandLineOption subprotocol(QStringLiteral("subprotocol"), tr("Offer a subprotocol (repeatable)."),
                                         QStringLiteral("P"));
    const QCommandLineOption origin(QStringLiteral("origin"), tr("Origin header."), QStringLiteral("ORIGIN"));
    const QCommandLineOption deflate(QStringLiteral("deflate"), tr("Offer permessage-deflate."));
    const QCommandLineOption ping(
            QStringLiteral("ping-interval"),
            tr("Send a ping every S seconds; one unanswered by the next closes the connection (1006, half-open)."),
            QStringLiteral("S"));
    const QCommandLineOption send(QStringLiteral("send"),
                                  tr("Send this text message (repeatable), before standard input."),
                                  QStringLiteral("TEXT"));
    const QCommandLineOption echo(QStringLiteral("echo"),
                                  tr("Send every received data message back until the server closes."));
    const QCommandLineOption count(QStringLiteral("count"), tr("Close after N data messages received."),
                                   QStringLiteral("N"));
    const QCommandLineOption linger(QStringLiteral("linger"),
                                    tr("Seconds to wait for replies after the input ends (default 1)."),
                                    QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption noStdin(QStringLiteral("no-stdin"), tr("Do not read messages from standard input."));
    const OutputOptions output;
    const ClientFlags clientFlags;
    parser.addOptions({header, subprotocol, origin, deflate, ping, send, echo, count, linger, noStdin});
    clientFlags.addTo(parser);
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
    for (const QString &h : parser.values(header)) {
        const qsizetype colon = h.indexOf(QLatin1Char(':'));
        if (colon <= 0) {
            printError(tr("--header needs NAME:VALUE, got \"%1\"").arg(h));
            return ExitUsage;
        }
        options.headers.append({h.left(colon).trimmed().toUtf8(), h.mid(colon + 1).trimmed().toUtf8()});
    }
    for (const QString &p : parser.values(subprotocol))
        options.subprotocols.append(p.toUtf8());
    options.origin = parser.value(origin).toUtf8();
    options.deflate = parser.isSet(deflate);
    if (!clientFlags.apply(parser, &options))
        return ExitUsage;
    double value = 0;
    if (parser.isSet(ping)) {
        if (!ClientFlags::seconds(parser, ping, &value))
            return ExitUsage;
        options.session.pingIntervalMs = int(value * 1000);
    }
    if (!ClientFlags::seconds(parser, linger, &value))
        return ExitUsage;
    m_lingerMs = int(value * 1000);
    if (parser.isSet(count)) {
        bool ok = false;
        m_count = parser.value(count).toInt(&ok);
        if (!ok || m_count <= 0) {
            printError(tr("--count takes a positive number, got \"%1\"").arg(parser.value(count)));
            return ExitUsage;
        }
    }
    const QString invalid = WebSocketClient::validate(options);
    if (!invalid.isEmpty()) {
        printError(invalid);
        return ExitUsage;
    }
    m_toSend = parser.values(send);
    m_echo = parser.isSet(echo);
    m_readStdin = !m_echo && !parser.isSet(noStdin);
    m_output = output.create(parser, false);
    if (!m_output)
        return ExitFailure;
    if (options.insecure)
        printError(tr("warning: TLS certificate verification is off (--insecure)"));

    m_client = new WebSocketClient(options, this);
    connect(m_client, &WebSocketClient::eventOccurred, this, [this](const Event &event) {
        m_output->handle(event);
        // A violation, or a close without a handshake or with an error code, fails for scripts.
        if (event.kind == Event::Kind::ProtocolError)
            m_protocolFailure = true;
        if (event.kind == Event::Kind::Closed && event.closeCode != quint16(CloseCode::Normal)
            && event.closeCode != quint16(CloseCode::GoingAway)
            && event.closeCode != quint16(CloseCode::NoStatusReceived))
            m_protocolFailure = true;
    });
    connect(m_client, &WebSocketClient::opened, this, &ConnectCommand::onOpened);
    connect(m_client, &WebSocketClient::messageReceived, this, &ConnectCommand::onMessage);
    connect(m_client, &WebSocketClient::failed, this, [this](const QString &error) {
        printError(withTlsFlagHint(error, m_client->options().insecure));
        finish(ExitFailure);
    });
    connect(m_client, &WebSocketClient::closed, this,
            [this] { finish(m_protocolFailure ? ExitFailure : ExitSuccess); });
    QMetaObject::invokeMethod(m_client, &WebSocketClient::open, Qt::QueuedConnection);
    return -1;
}

void ConnectCommand::onOpened()
{
    for (const QString &text : std::as_const(m_toSend))
        m_client->session()->sendText(text);
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

void ConnectCommand::onMessage(Opcode opcode, const QByteArray &data)
{
    ++m_received;
    if (m_echo && m_client->session())
        m_client->session()->sendMessage(opcode, data);
    if (m_count > 0 && m_received >= m_count) {
        m_lingerTimer.stop();
        m_client->close(quint16(CloseCode::Normal));
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
