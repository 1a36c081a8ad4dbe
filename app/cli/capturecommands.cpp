// SPDX-License-Identifier: GPL-3.0-or-later
#include "capturecommands.h"

#include "capture/capturefiles.h"
#include "capture/capturereader.h"
#include "capture/redaction.h"
#include "commandline.h"
#include "eventprinter.h"
#include "sessionoutput.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

namespace Sockscope {
namespace {

// Parses `arguments` for a capture subcommand; nullopt after printing help or an error.
std::optional<QStringList> parse(QCommandLineParser &parser, const QString &command, const QStringList &arguments,
                                 int positionalCount, int *exitCode)
{
    if (const auto done = parseSubcommand(parser, command, arguments)) {
        *exitCode = *done;
        return std::nullopt;
    }
    if (parser.positionalArguments().size() != positionalCount) {
        printError(QCoreApplication::translate("Sockscope::CaptureCommands", "%1 takes %n file argument(s)", nullptr,
                                               positionalCount)
                           .arg(command));
        *exitCode = ExitUsage;
        return std::nullopt;
    }
    return parser.positionalArguments();
}

// What decoding a capture's frames needs: its connections and its "Decode as…" choices.
RecordDecoder capturedDecoding(CaptureReader &reader)
{
    RecordDecoder decoder;
    decoder.loadConnections(reader.connections());
    DecoderChoiceMap choices;
    for (const RecordedDecoderChoice &choice : reader.decoderChoices())
        choices.set(choice);
    decoder.setChoices(choices);
    return decoder;
}

// convert's --redact options.
struct RedactionOptions
{
    QCommandLineOption redact{QStringLiteral("redact"),
                              CaptureCommands::tr("Hide the values of Authorization, Proxy-Authorization, Cookie and "
                                                  "Set-Cookie headers in what is written.")};
    QCommandLineOption header{QStringLiteral("redact-header"),
                              CaptureCommands::tr("Hide this header's values too (repeatable; implies --redact)."),
                              QStringLiteral("NAME")};
    QCommandLineOption regex{QStringLiteral("redact-regex"),
                             CaptureCommands::tr("Hide what this regular expression matches in data frames "
                                                 "(repeatable; implies --redact)."),
                             QStringLiteral("RE")};
    QCommandLineOption placeholder{QStringLiteral("redact-placeholder"),
                                   CaptureCommands::tr("Write [redacted] instead of one * per hidden byte.")};

    void addTo(QCommandLineParser &parser) const { parser.addOptions({redact, header, regex, placeholder}); }

    // nullopt with `error` set for an invalid pattern; rules without anything to hide when
    // no --redact option was given.
    std::optional<RedactionRules> rules(const QCommandLineParser &parser, QString *error) const
    {
        RedactionRules rules;
        const bool wanted = parser.isSet(redact) || parser.isSet(header) || parser.isSet(regex);
        if (!wanted)
            rules.headers.clear();
        rules.headers += parser.values(header);
        for (const QString &pattern : parser.values(regex)) {
            QRegularExpression expression(pattern);
            if (!expression.isValid()) {
                *error = CaptureCommands::tr("invalid --redact-regex '%1': %2").arg(pattern, expression.errorString());
                return std::nullopt;
            }
            rules.payloadPatterns.append(expression);
        }
        if (parser.isSet(placeholder))
            rules.style = RedactionRules::Style::Placeholder;
        return rules;
    }
};

} // namespace

int CaptureCommands::show(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("Print the frames and events of a capture (.wscap, .har, .jsonl, .pcap or .pcapng)."));
    parser.addPositionalArgument(QStringLiteral("file"), tr("Capture to show."));
    const QCommandLineOption jsonl(QStringLiteral("jsonl"), tr("Print one JSON object per event."));
    parser.addOption(jsonl);
    const QCommandLineOption decode(QStringLiteral("decode"), OutputOptions::decodeOptionHelp());
    parser.addOption(decode);
    int exitCode = ExitSuccess;
    const auto files = parse(parser, QStringLiteral("show"), arguments, 1, &exitCode);
    if (!files)
        return exitCode;
    QTemporaryDir scratch;
    CaptureReader reader;
    QString error;
    if (!CaptureFiles::open(files->first(), scratch.filePath(QStringLiteral("import.wscap")), reader, &error)) {
        printError(error);
        QString ignored;
        return CaptureFiles::formatOf(files->first(), &ignored) ? ExitFailure : ExitUsage;
    }
    const QString importDamage = error; // a packet capture damaged part way: printed last
    EventPrinter printer(parser.isSet(jsonl) ? EventPrinter::Format::JsonLines : EventPrinter::Format::Text);
    if (parser.isSet(decode))
        printer.decodeWith(capturedDecoding(reader));
    reader.readEvents([&printer](const Event &event) {
        printer.print(event);
        return true;
    });
    if (!importDamage.isEmpty())
        printError(importDamage);
    if (!reader.damageReport().isEmpty())
        printError(reader.damageReport());
    if (!importDamage.isEmpty() || !reader.damageReport().isEmpty())
        return ExitFailure;
    return ExitSuccess;
}

int CaptureCommands::convert(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("Convert a capture between .wscap, .har and .jsonl (by extension); .pcap and .pcapng "
               "are read (WebSocket connections found in the TCP traffic), .pcapng is written."));
    parser.addPositionalArgument(QStringLiteral("in"), tr("Capture to read."));
    parser.addPositionalArgument(QStringLiteral("out"), tr("File to write."));
    const RedactionOptions redaction;
    redaction.addTo(parser);
    int exitCode = ExitSuccess;
    const auto files = parse(parser, QStringLiteral("convert"), arguments, 2, &exitCode);
    if (!files)
        return exitCode;
    const QString in = files->at(0);
    const QString out = files->at(1);
    QString error;
    const std::optional<RedactionRules> rules = redaction.rules(parser, &error);
    if (!rules || !CaptureFiles::formatOf(in, &error) || !CaptureFiles::formatOf(out, &error)) {
        printError(error);
        return ExitUsage;
    }
    if (QFileInfo(in).absoluteFilePath() == QFileInfo(out).absoluteFilePath()) {
        printError(tr("input and output are the same file: %1").arg(in));
        return ExitUsage;
    }
    QTemporaryDir scratch;
    CaptureReader reader;
    if (!CaptureFiles::open(in, scratch.filePath(QStringLiteral("import.wscap")), reader, &error)) {
        printError(error);
        return ExitFailure;
    }
    const QString importDamage = error; // a packet capture damaged part way: converted up to there
    if (!rules->headers.isEmpty() || !rules->payloadPatterns.isEmpty())
        reader.setEventTransform([redactor = Redactor(*rules)](Event &event) { redactor.apply(event); });
    if (!CaptureFiles::save(reader, out, &error)) {
        printError(error);
        return ExitFailure;
    }
    if (!importDamage.isEmpty() || !reader.damageReport().isEmpty()) {
        printError(importDamage.isEmpty() ? reader.damageReport() : importDamage);
        return ExitFailure;
    }
    return ExitSuccess;
}

} // namespace Sockscope
