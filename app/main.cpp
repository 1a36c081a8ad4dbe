// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QIcon>
#include <QLocale>
#include <QTranslator>

#include <cstring>
#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace Sockscope;

namespace {

// The system locale picks the language; the English source strings are the fallback.
void installTranslations(QCoreApplication &app)
{
    auto *translator = new QTranslator(&app);
    if (translator->load(QLocale(), QStringLiteral("sockscope"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
}

int runGui(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Sockscope"));
    QApplication::setApplicationVersion(QStringLiteral(SOCKSCOPE_VERSION));
    QApplication::setOrganizationName(QStringLiteral("Sockscope"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.sockscope.Sockscope"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/sockscope.svg")));
    installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
            QCoreApplication::translate("main",
                                        "Desktop WebSocket inspector.\n\nSubcommands (headless): connect, serve. Run "
                                        "'sockscope connect --help' for details."));
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
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return ExitSuccess;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::printf("sockscope %s\n", SOCKSCOPE_VERSION);
        return ExitSuccess;
    }
    if (parser.positionalArguments().size() > 1) {
        printError(QCoreApplication::translate("main", "only one capture file can be opened at a time"));
        return ExitUsage;
    }
    MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openCapture(parser.positionalArguments().first());
    else if (parser.isSet(demo))
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
    if (argc > 1 && CommandLine::isSubcommand(QString::fromLocal8Bit(argv[1]))) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("sockscope"));
        QCoreApplication::setApplicationVersion(QStringLiteral(SOCKSCOPE_VERSION));
        installTranslations(app);
        return CommandLine::run(QCoreApplication::arguments());
    }
    return runGui(argc, argv);
}
