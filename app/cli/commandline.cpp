// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "capturecommands.h"
#include "connectcommand.h"
#include "servecommand.h"

#include <QCoreApplication>

#include <cstdio>

namespace Sockscope {

void printError(const QString &message)
{
    std::fprintf(stderr, "sockscope: %s\n", message.toLocal8Bit().constData());
    std::fflush(stderr);
}

bool CommandLine::isSubcommand(const QString &word)
{
    static const QStringList commands = {QStringLiteral("connect"), QStringLiteral("serve"), QStringLiteral("proxy"),
                                         QStringLiteral("replay"), QStringLiteral("convert"), QStringLiteral("show")};
    return commands.contains(word);
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
    } else if (command == QLatin1String("show")) {
        return CaptureCommands::show(rest);
    } else if (command == QLatin1String("convert")) {
        return CaptureCommands::convert(rest);
    } else {
        printError(QCoreApplication::translate("Sockscope::CommandLine", "'%1' is not available in this version yet").arg(command));
        return ExitUsage;
    }
    if (started >= 0)
        return started;
    return QCoreApplication::exec();
}

} // namespace Sockscope
