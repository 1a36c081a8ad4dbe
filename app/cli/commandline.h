// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Sockscope {

// Exit codes of every subcommand.
enum ExitCode { ExitSuccess = 0, ExitFailure = 1, ExitUsage = 2 };

// The headless subcommands (connect, serve, ...). They run on QCoreApplication, never a display.
class CommandLine
{
public:
    static bool isSubcommand(const QString &word);
    // Runs the subcommand in arguments[1]; a QCoreApplication must exist.
    static int run(const QStringList &arguments);
};

// Prints "sockscope: <message>" as one line on stderr.
void printError(const QString &message);

} // namespace Sockscope
