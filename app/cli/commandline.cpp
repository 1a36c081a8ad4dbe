// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "capturecommands.h"
#include "connectcommand.h"
#include "proxycommand.h"
#include "replaycommand.h"
#include "servecommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QHostAddress>

#include <cstdio>

namespace Sockscope {

void printError(const QString &message)
{
    std::fprintf(stderr, "sockscope: %s\n", message.toLocal8Bit().constData());
    std::fflush(stderr);
}

std::optional<int> parseSubcommand(QCommandLineParser &parser, const QString &command, const QStringList &arguments)
{
    parser.addHelpOption();
    QStringList argv = arguments;
    argv.prepend(QStringLiteral("sockscope ") + command);
    if (!parser.parse(argv)) {
        printError(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return ExitSuccess;
    }
    return std::nullopt;
}

QString withTlsFlagHint(const QString &error, bool insecure)
{
    // The client's own (translated) wording, up to its list of TLS errors.
    const QString certificateFailure =
            QCoreApplication::translate("Sockscope::WebSocketClient", "TLS certificate verification failed: %1")
                    .section(QLatin1String("%1"), 0, 0);
    if (insecure || !error.startsWith(certificateFailure))
        return error;
    return QCoreApplication::translate("Sockscope::CommandLine",
                                       "%1 (give the CA with --ca-file, or --insecure to skip)")
            .arg(error);
}

// HOST:PORT, [IPv6]:PORT or :PORT.
bool parseListenAddress(const QString &text, QHostAddress *address, quint16 *port)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon < 0)
        return false;
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint number = text.mid(colon + 1).toUInt(&ok);
    if (!ok || number > 65535)
        return false;
    *port = quint16(number);
    if (host.isEmpty() || host == QLatin1String("localhost"))
        *address = QHostAddress(QHostAddress::LocalHost);
    else
        *address = QHostAddress(host);
    return !address->isNull();
}

QStringList CommandLine::subcommands()
{
    return {QStringLiteral("connect"), QStringLiteral("serve"),   QStringLiteral("proxy"),
            QStringLiteral("replay"),  QStringLiteral("convert"), QStringLiteral("show")};
}

bool CommandLine::isSubcommand(const QString &word)
{
    return subcommands().contains(word);
}

QString CommandLine::missingFileError(const QString &path)
{
    if (QFileInfo::exists(path))
        return {};
    const bool looksLikeCommand = !path.contains(QLatin1Char('.')) && !path.contains(QLatin1Char('/'));
    if (looksLikeCommand)
        return QCoreApplication::translate("Sockscope::CommandLine",
                                           "'%1' is neither a subcommand (%2) nor a capture file")
                .arg(path, subcommands().join(QLatin1String(", ")));
    return QCoreApplication::translate("Sockscope::CommandLine", "cannot open '%1': no such file").arg(path);
}

int CommandLine::run(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    const QStringList rest = arguments.mid(2);
    int started = ExitUsage;
    if (command == QLatin1String("connect")) {
        auto *connectCommand = new ConnectCommand(QCoreApplication::instance());
        started = connectCommand->start(rest);
    } else if (command == QLatin1String("serve")) {
        auto *serveCommand = new ServeCommand(QCoreApplication::instance());
        started = serveCommand->start(rest);
    } else if (command == QLatin1String("proxy")) {
        auto *proxyCommand = new ProxyCommand(QCoreApplication::instance());
        started = proxyCommand->start(rest);
    } else if (command == QLatin1String("replay")) {
        auto *replayCommand = new ReplayCommand(QCoreApplication::instance());
        started = replayCommand->start(rest);
    } else if (command == QLatin1String("show")) {
        return CaptureCommands::show(rest);
    } else if (command == QLatin1String("convert")) {
        return CaptureCommands::convert(rest);
    } else {
        printError(QCoreApplication::translate("Sockscope::CommandLine", "unknown subcommand '%1'").arg(command));
        return ExitUsage;
    }
    if (started >= 0)
        return started;
    return QCoreApplication::exec();
}

} // namespace Sockscope
