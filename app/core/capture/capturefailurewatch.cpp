// SPDX-License-Identifier: GPL-3.0-or-later
#include "capturefailurewatch.h"

#include "capturewriter.h"

namespace Sockscope {

CaptureFailureWatch::CaptureFailureWatch()
{
    m_timer.setInterval(250);
    QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { check(); });
}

void CaptureFailureWatch::watch(const CaptureWriter *writer, Report report)
{
    m_writer = writer;
    m_report = std::move(report);
    m_reported = false;
    if (writer)
        m_timer.start();
    else
        m_timer.stop();
}

void CaptureFailureWatch::check()
{
    if (m_reported || !m_writer || !m_writer->hasFailed())
        return;
    m_reported = true;
    m_timer.stop();
    m_report(m_writer->errorString());
}

} // namespace Sockscope
