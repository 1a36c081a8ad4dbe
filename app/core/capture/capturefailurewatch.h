// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTimer>

#include <functional>

namespace Sockscope {

class CaptureWriter;

// Reports a capture writer's failure once, in the owner's thread: when append() says so, and
// from a quarter-second watch, because the writer thread can fail on a batch after the last
// event (a quiet session, or a writer behind a fast peer) and nothing would be said until close.
class CaptureFailureWatch
{
public:
    using Report = std::function<void(const QString &error)>;

    CaptureFailureWatch();
    // Watches `writer` (which must outlive the watch or the next watch() call); null: none.
    void watch(const CaptureWriter *writer, Report report);
    // Reports now if the writer has failed and it was not reported yet.
    void check();

private:
    const CaptureWriter *m_writer = nullptr;
    Report m_report;
    bool m_reported = false;
    QTimer m_timer;
};

} // namespace Sockscope
