// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serveroptions.h"
#include "sessionoutput.h"

#include <QObject>
#include <QRegularExpression>
#include <QStringList>

#include <memory>

namespace Sockscope {

class ClientReplay;
class MockServer;
struct Conversation;

// `sockscope replay FILE --to URL ...` (client replay with an optional diff, CAP-4) and
// `sockscope replay FILE --serve HOST:PORT` / `sockscope serve --replay FILE` (mock server, CAP-5).
class ReplayCommand : public QObject
{
    Q_OBJECT

public:
    explicit ReplayCommand(QObject *parent = nullptr);

    // Parses the arguments (after "replay"); an exit code when it cannot start, -1 when it runs.
    int start(const QStringList &arguments);
    // The mock server with `serve`'s parsed options; used by `serve --replay`.
    int startMockServer(const QString &capture, const ServerOptions &options, bool originalTiming,
                        std::unique_ptr<SessionOutput> output, qint64 connectionId = -1);

private:
    void printDiff();

    std::unique_ptr<SessionOutput> m_output;
    ClientReplay *m_replay = nullptr;
    MockServer *m_mock = nullptr;
    bool m_diff = false;
    QList<QRegularExpression> m_ignore;
};

// Loads the conversation to replay from any capture format; prints the error and returns
// false when the file or the connection id is unusable.
bool loadConversation(const QString &path, qint64 connectionId, bool needClientMessages, Conversation *out);

} // namespace Sockscope
