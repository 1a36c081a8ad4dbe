// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <optional>

class QCommandLineParser;
class QHostAddress;

namespace Sockscope {

// Exit codes of every subcommand.
enum ExitCode { ExitSuccess = 0, ExitFailure = 1, ExitUsage = 2 };

// The headless subcommands (connect, serve, ...). They run on QCoreApplication, never a display.
class CommandLine
{
public:
    static bool isSubcommand(const QString &word);
    static QStringList subcommands();
    // Empty when `path` exists; otherwise the one-line error for it, which tells a mistyped
    // subcommand ("conect") apart from a missing capture file.
    static QString missingFileError(const QString &path);
    // Runs the subcommand in arguments[1]; a QCoreApplication must exist.
    static int run(const QStringList &arguments);
};

// Prints "sockscope: <message>" as one line on stderr.
void printError(const QString &message);

// Adds --help to `parser` and parses the arguments of `sockscope <command>`. Returns the exit code
// when the subcommand is done: ExitSuccess after printing the help, ExitUsage after printing the
// parse error; nullopt when it goes on.
std::optional<int> parseSubcommand(QCommandLineParser &parser, const QString &command, const QStringList &arguments);

// The client's errors do not know the command line: a failed certificate verification gets the
// flags that help (--ca-file, --insecure) added; other errors come back as they are.
QString withTlsFlagHint(const QString &error, bool insecure);

// Parses HOST:PORT, [IPv6]:PORT or :PORT (loopback); false when it is not an address.
bool parseListenAddress(const QString &text, QHostAddress *address, quint16 *port);

} // namespace Sockscope
