// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionoutput.h"

#include "commandline.h"

namespace Sockscope {

SessionOutput::SessionOutput(EventPrinter::Format format, bool quiet) : m_printer(format), m_quiet(quiet) { }

bool SessionOutput::record(const QString &path)
{
    m_recorder = std::make_unique<CaptureWriter>();
    if (m_recorder->open(path)) {
        m_failureWatch.watch(m_recorder.get(), [](const QString &error) { printError(error); });
        return true;
    }
    printError(m_recorder->errorString());
    m_recorder.reset();
    return false;
}

void SessionOutput::handle(const Event &event, bool print)
{
    if (m_recorder && !m_recorder->append(event))
        m_failureWatch.check();
    if (print && !m_quiet)
        m_printer.print(event);
}

void SessionOutput::finish()
{
    if (!m_recorder)
        return;
    // Copying a burst from the WAL into the file can take seconds: say what the wait is for.
    if (const qint64 wal = m_recorder->uncopiedWalBytes(); wal > CaptureWriter::kWalSizeAfterBurst) {
        printError(tr("finishing %1: copying %2 MB of recorded frames into it (Ctrl+C again stops at once; "
                      "the next reader of the capture then copies them)")
                           .arg(m_recorder->path())
                           .arg(qRound64(double(wal) / 1e6)));
    }
    m_recorder->close();
    m_failureWatch.check();
}

QString OutputOptions::decodeOptionHelp()
{
    return tr("Print each frame's decoded summary (JSON, Socket.IO, GraphQL, MQTT, …) instead of the raw "
              "preview; with --jsonl, add a \"decoded\" member.");
}

OutputOptions::OutputOptions()
    : m_record(QStringLiteral("record"), tr("Record the session into this .wscap capture."), QStringLiteral("FILE")),
      m_jsonl(QStringLiteral("jsonl"), tr("Print one JSON object per event.")),
      m_decode(QStringLiteral("decode"), decodeOptionHelp())
{ }

void OutputOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_record, m_jsonl, m_decode});
}

std::unique_ptr<SessionOutput> OutputOptions::create(const QCommandLineParser &parser, bool quiet) const
{
    auto output = std::make_unique<SessionOutput>(
            isJsonLines(parser) ? EventPrinter::Format::JsonLines : EventPrinter::Format::Text, quiet);
    if (isDecoding(parser))
        output->decodeFrames();
    if (isRecording(parser) && !output->record(parser.value(m_record)))
        return nullptr;
    return output;
}

} // namespace Sockscope
