// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSocketNotifier;

namespace Sockscope {

// Turns SIGINT and SIGTERM into a Qt signal through a self-pipe, so shutdown runs in the
// event loop (close peers with 1001, finish output) instead of in a signal handler. Only the
// first: a second Ctrl+C during that shutdown (peers slow to close, a capture being finished)
// ends the process at once, as the signal would without the watcher.
class SignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void terminationRequested();

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Sockscope
