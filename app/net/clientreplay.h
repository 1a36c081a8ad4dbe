// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clientoptions.h"
#include "replay/conversation.h"
#include "replay/messagediff.h"
#include "websocketclient.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <optional>

namespace Sockscope {

// Replays the client side of a recorded conversation against a server (CAP-4): with the
// original timing, scaled, as fast as possible, or one message per step(). It collects what the
// server answers so it can be compared with the recording (diff()).
class ClientReplay : public QObject
{
    Q_OBJECT

public:
    enum class Pacing { OriginalTiming, AsFastAsPossible, StepByStep };
    Q_ENUM(Pacing)

    ClientReplay(const Conversation &conversation, const ClientOptions &target, QObject *parent = nullptr);

    void setPacing(Pacing pacing, double speed = 1.0);
    // After the last message, how long the server may stay silent before the replay ends.
    void setQuietPeriod(int ms) { m_quietPeriodMs = ms; }

    void start();
    // StepByStep: sends the next client message, or `replacement` in its place (the user edited
    // it); false when none is left.
    bool step(const std::optional<QByteArray> &replacement = std::nullopt);
    // The client message step() sends next; null when all are sent.
    const RecordedMessage *nextMessage() const;
    // Ends the replay early: the connection closes normally and finished() follows.
    void stop();
    bool isFinished() const { return m_finished; }
    Pacing pacing() const { return m_pacing; }
    int sentCount() const { return m_sent; }
    int messageCount() const { return int(m_toSend.size()); }
    const QList<RecordedMessage> &received() const { return m_received; }
    // What the server sent in the recording, to compare received() with.
    QList<RecordedMessage> recordedAnswers() const { return m_conversation.serverMessages(); }
    MessageDiff diff(const QList<QRegularExpression> &ignore = {}) const;
    WebSocketClient *client() const { return m_client; }

Q_SIGNALS:
    void eventOccurred(const Sockscope::Event &event);
    void messageSent(int index);
    // A data message of the server arrived; received() has it last.
    void answerReceived();
    // The replay is over (all sent, server quiet or gone); the connection is closed.
    void finished();
    void failed(const QString &error);

private:
    void onOpened();
    void scheduleNext();
    void sendNext(const std::optional<QByteArray> &replacement = std::nullopt);
    void waitForQuiet();
    void finish();

    Conversation m_conversation;
    QList<RecordedMessage> m_toSend;
    QList<RecordedMessage> m_received;
    WebSocketClient *m_client;
    Pacing m_pacing = Pacing::OriginalTiming;
    double m_speed = 1.0;
    int m_quietPeriodMs = 1000;
    int m_sent = 0;
    bool m_finished = false;
    QElapsedTimer m_clock;
    QTimer m_sendTimer;
    QTimer m_quietTimer;
};

} // namespace Sockscope
