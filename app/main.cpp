// SPDX-License-Identifier: GPL-3.0-or-later
#include "appshell/appsettings.h"
#include "appshell/languages.h"
#include "commandline.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QIcon>

#include <cstdio>
#include <optional>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <sys/resource.h>

using namespace Sockscope;

namespace {

// A server with a thousand peers needs a descriptor each: use all the hard limit allows (the
// soft limit is often 1024). What is left is reported when accepting fails.
void raiseOpenFileLimit()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
    }
}

void setApplicationNames(const QString &name)
{
    QCoreApplication::setApplicationName(name);
    QCoreApplication::setApplicationVersion(QStringLiteral(SOCKSCOPE_VERSION));
}

// The desktop app's settings and session folders live under this name.
void setDesktopNames()
{
    setApplicationNames(QStringLiteral("Sockscope"));
    QCoreApplication::setOrganizationName(QStringLiteral("Sockscope"));
}

// What the desktop app was asked to open; an exit code instead when the command line was
// answered already (--help, --version, a usage error).
struct GuiStart
{
    std::optional<int> exitCode;
    QString file;
    bool demo = false;
};

GuiStart answered(int exitCode)
{
    GuiStart start;
    start.exitCode = exitCode;
    return start;
}

// The top-level command line is read before any window system is touched, so --help, --version
// and every usage error work on a machine without a display.
GuiStart parseGuiArguments(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    setDesktopNames();
    Languages::install(AppSettings::language());

    QCommandLineParser parser;
    parser.setApplicationDescription(
            QCoreApplication::translate("main",
                                        "Desktop WebSocket inspector: without arguments it opens the main window.\n\n"
                                        "Subcommands (headless): %1. Run 'sockscope SUBCOMMAND --help' for details.")
                    .arg(CommandLine::subcommands().join(QLatin1String(", "))));
    const QCommandLineOption demo(
            QStringLiteral("demo"),
            QCoreApplication::translate("main",
                                        "Open a demo session: a local echo server and a client connected to it."));
    parser.addOption(demo);
    parser.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("main", "Capture to open."),
                                 QStringLiteral("[file]"));
    parser.addHelpOption();
    parser.addVersionOption();
    if (!parser.parse(QCoreApplication::arguments())) {
        printError(parser.errorText());
        return answered(ExitUsage);
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return answered(ExitSuccess);
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::printf("sockscope %s\n", SOCKSCOPE_VERSION);
        return answered(ExitSuccess);
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1) {
        printError(QCoreApplication::translate("main", "only one capture file can be opened at a time"));
        return answered(ExitUsage);
    }
    GuiStart start;
    start.demo = parser.isSet(demo);
    if (!files.isEmpty()) {
        if (const QString error = CommandLine::missingFileError(files.first()); !error.isEmpty()) {
            printError(error);
            return answered(ExitUsage);
        }
        start.file = files.first();
    }
    return start;
}

int runGui(int argc, char **argv, const GuiStart &start)
{
    QApplication app(argc, argv);
    setDesktopNames();
    QApplication::setDesktopFileName(QStringLiteral("io.github.sockscope.Sockscope"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/sockscope.svg")));
    // The settings' language, else the system locale's; English source strings are the fallback.
    Languages::install(AppSettings::language());

    MainWindow window;
    window.show();
    if (!start.file.isEmpty())
        window.openCapture(start.file);
    else if (start.demo)
        window.startDemo();
    else
        window.offerRecovery();
    return QApplication::exec();
}

} // namespace

int main(int argc, char **argv)
{
#ifdef __GLIBC__
    // Messages of up to megabytes come and go all the time: serve them from the heap instead
    // of a fresh mmap each (whose page faults cost ~8 % of a 1 MiB echo), and keep freed heap.
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
    mallopt(M_TRIM_THRESHOLD, 128 << 20);
#endif
    qRegisterMetaType<Sockscope::Event>();
    raiseOpenFileLimit();
    if (argc > 1 && CommandLine::isSubcommand(QString::fromLocal8Bit(argv[1]))) {
        QCoreApplication app(argc, argv);
        setApplicationNames(QStringLiteral("sockscope"));
        Languages::install({});
        return CommandLine::run(QCoreApplication::arguments());
    }
    const GuiStart start = parseGuiArguments(argc, argv);
    if (start.exitCode)
        return *start.exitCode;
    return runGui(argc, argv, start);
}
