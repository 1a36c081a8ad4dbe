// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capture/capturefailurewatch.h"
#include "capture/capturewriter.h"
#include "eventprinter.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <memory>

namespace Sockscope {

// Where a subcommand's events go: printed (text or JSON Lines, or not at all with --quiet)
// and, with --record FILE, into a capture.
class SessionOutput
{
    Q_DECLARE_TR_FUNCTIONS(Sockscope::SessionOutput)

public:
    SessionOutput(EventPrinter::Format format, bool quiet);

    // Frames are printed decoded (--decode).
    void decodeFrames() { m_printer.decodeWith(); }

    // Starts recording; false with a printed error when the file cannot be created.
    bool record(const QString &path);
    // Records the event and prints it unless `print` is false or output is quiet.
    void handle(const Event &event, bool print = true);
    // Commits the capture; call before exiting.
    void finish();

private:
    EventPrinter m_printer;
    bool m_quiet;
    std::unique_ptr<CaptureWriter> m_recorder;
    CaptureFailureWatch m_failureWatch; // declared after the writer: destroyed before it
};

// The --record, --jsonl and --decode options every subcommand that runs a session takes.
class OutputOptions
{
    Q_DECLARE_TR_FUNCTIONS(Sockscope::OutputOptions)

public:
    OutputOptions();
    void addTo(QCommandLineParser &parser) const;
    bool isRecording(const QCommandLineParser &parser) const { return parser.isSet(m_record); }
    bool isJsonLines(const QCommandLineParser &parser) const { return parser.isSet(m_jsonl); }
    bool isDecoding(const QCommandLineParser &parser) const { return parser.isSet(m_decode); }
    // The output asked for; null, with the error printed, when the capture cannot be created.
    std::unique_ptr<SessionOutput> create(const QCommandLineParser &parser, bool quiet) const;
    // The help of --decode, shared with `show`.
    static QString decodeOptionHelp();

private:
    QCommandLineOption m_record;
    QCommandLineOption m_jsonl;
    QCommandLineOption m_decode;
};

} // namespace Sockscope
