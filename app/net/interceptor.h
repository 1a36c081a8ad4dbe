// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "proxyrules.h"
#include "protocol/frameheader.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QRegularExpression>

namespace Sockscope {

class ProxyPair;

// Which relayed messages the intercept queue pauses (issue 11 §3). Every part that is set must
// match: the direction, the URL the client asked the proxy for, the opcode and a regex searched
// in the text, in a binary message's automatically decoded form or in a control frame's text
// (a close's reason). Control frames pause only under a rule that names them.
struct InterceptRule
{
    static constexpr std::uint8_t kDataMessages = 0;  // text and binary
    static constexpr std::uint8_t kControlFrames = 0xFF; // close, ping and pong
    bool clientToServer = true;
    bool serverToClient = true;
    QRegularExpression url;     // empty: every connection
    std::uint8_t opcode = kDataMessages; // or one opcode, or kControlFrames
    QRegularExpression content; // empty: every message

    bool matches(ProxyDirection direction, const QString &requestUrl, Opcode opcode, const QByteArray &data) const;
    bool namesControlFrames() const { return (opcode & 0x8) != 0; }
};

// A message waiting for the user's verdict.
struct PendingMessage
{
    quint64 id = 0;
    quint64 fromLegId = 0; // the connection it came in on
    quint64 toLegId = 0;   // the connection it goes out on
    ProxyDirection direction = ProxyDirection::ClientToServer;
    Opcode opcode = Opcode::Text;
    QByteArray data;
    QString url;            // what the client asked the proxy for
    qint64 pausedAtMs = 0;  // since the epoch
};

// The intercept switch, its rules and the queue of paused messages, shared by every proxy of a
// session. A proxy pair asks shouldPause() for each message it relays and hands a matching one
// to pause(); the user's verdict (forward as is or edited, drop) goes back to the pair, which
// sends in order: a message waits behind earlier ones of its connection and direction, and the
// other direction keeps flowing. Turning intercept off forwards everything that waits.
class Interceptor : public QObject
{
    Q_OBJECT

public:
    enum class Verdict { Forward, ForwardEdited, Drop };
    Q_ENUM(Verdict)

    explicit Interceptor(QObject *parent = nullptr);
    ~Interceptor() override;

    bool isEnabled() const { return m_enabled; }
    // No rules pause every data message.
    void setRules(const QList<InterceptRule> &rules) { m_rules = rules; }
    const QList<InterceptRule> &rules() const { return m_rules; }
    bool shouldPause(ProxyDirection direction, const QString &url, Opcode opcode, const QByteArray &data) const;
    // On and with a rule for control frames: proxies relay pings, pongs and closes through the
    // queue instead of answering pings on each leg.
    bool pausesControlFrames() const;

    // Called by a pair: queues `message` (its id is assigned here) and returns the id.
    quint64 pause(ProxyPair *pair, PendingMessage message);
    // Oldest first.
    QList<PendingMessage> pending() const;
    qsizetype pendingCount() const { return m_order.size(); }

public Q_SLOTS:
    void setEnabled(bool enabled);
    void forward(quint64 id);
    void forwardEdited(quint64 id, const QByteArray &data);
    void drop(quint64 id);
    void forwardAll();
    // A pair that closed: its messages no longer wait.
    void forgetPair(Sockscope::ProxyPair *pair);

Q_SIGNALS:
    void enabledChanged(bool enabled);
    void messagePaused(const Sockscope::PendingMessage &message);
    void messageResolved(quint64 id);

private:
    void resolve(quint64 id, Verdict verdict, const QByteArray &data);

    struct Waiting
    {
        PendingMessage message;
        QPointer<ProxyPair> pair;
    };
    bool m_enabled = false;
    QList<InterceptRule> m_rules;
    QHash<quint64, Waiting> m_waiting;
    QList<quint64> m_order; // ids, oldest first
    quint64 m_nextId = 1;
};

} // namespace Sockscope

Q_DECLARE_METATYPE(Sockscope::PendingMessage)
