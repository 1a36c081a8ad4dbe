// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionoutput.h"

#include "commandline.h"

namespace Sockscope {

SessionOutput::SessionOutput(EventPrinter::Format format, bool quiet) : m_printer(format), m_quiet(quiet) { }

bool SessionOutput::record(const QString &path)
{
    m_recorder = std::make_unique<CaptureWriter>();
    if (m_recorder->open(path))
        return true;
    printError(m_recorder->errorString());
    m_recorder.reset();
    return false;
}

void SessionOutput::handle(const Event &event, bool print)
{
    if (m_recorder && !m_recorder->append(event) && !m_recordingFailureReported) {
        m_recordingFailureReported = true;
        printError(m_recorder->errorString());
    }
    if (print && !m_quiet)
        m_printer.print(event);
}

void SessionOutput::finish()
{
    if (!m_recorder)
        return;
    m_recorder->close();
    if (m_recorder->hasFailed() && !m_recordingFailureReported) {
        m_recordingFailureReported = true;
        printError(m_recorder->errorString());
    }
}

} // namespace Sockscope
