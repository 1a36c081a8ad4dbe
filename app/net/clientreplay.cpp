// SPDX-License-Identifier: GPL-3.0-or-later
#include "clientreplay.h"

namespace Sockscope {

ClientReplay::ClientReplay(const Conversation &conversation, const ClientOptions &target, QObject *parent)
    : QObject(parent), m_conversation(conversation), m_toSend(conversation.clientMessages())
{
    ClientOptions options = target;
    if (options.subprotocols.isEmpty() && !conversation.subprotocol.isEmpty())
        options.subprotocols = {conversation.subprotocol};
    m_client = new WebSocketClient(options, this);
    connect(m_client, &WebSocketClient::eventOccurred, this, &ClientReplay::eventOccurred);
    connect(m_client, &WebSocketClient::opened, this, &ClientReplay::onOpened);
    connect(m_client, &WebSocketClient::failed, this, [this](const QString &error) {
        m_finished = true;
        Q_EMIT failed(error);
    });
    connect(m_client, &WebSocketClient::messageReceived, this, [this](Opcode opcode, const QByteArray &data) {
        m_received.append({0, false, int(opcode), data});
        if (m_quietTimer.isActive())
            m_quietTimer.start(m_quietPeriodMs);
        Q_EMIT answerReceived();
    });
    connect(m_client, &WebSocketClient::closed, this, &ClientReplay::finish);
    m_sendTimer.setSingleShot(true);
    connect(&m_sendTimer, &QTimer::timeout, this, [this] { sendNext(); });
    m_quietTimer.setSingleShot(true);
    connect(&m_quietTimer, &QTimer::timeout, this, [this] { m_client->close(quint16(CloseCode::Normal)); });
}

void ClientReplay::setPacing(Pacing pacing, double speed)
{
    m_pacing = pacing;
    m_speed = speed > 0 ? speed : 1.0;
}

void ClientReplay::start()
{
    m_client->open();
}

void ClientReplay::onOpened()
{
    m_clock.start();
    if (m_pacing != Pacing::StepByStep)
        scheduleNext();
}

void ClientReplay::scheduleNext()
{
    if (m_sent >= m_toSend.size()) {
        waitForQuiet();
        return;
    }
    if (m_pacing == Pacing::AsFastAsPossible) {
        sendNext();
        return;
    }
    // Original timing: each message at its recorded offset from the first one, scaled.
    const qint64 offsetNs = m_toSend[m_sent].timestampNs - m_toSend.first().timestampNs;
    const qint64 dueMs = qint64(double(offsetNs) / 1e6 / m_speed);
    m_sendTimer.start(int(qBound<qint64>(0, dueMs - m_clock.elapsed(), qint64(24) * 3600 * 1000)));
}

void ClientReplay::sendNext(const std::optional<QByteArray> &replacement)
{
    WebSocketSession *session = m_client->session();
    if (!session || m_sent >= m_toSend.size())
        return;
    const RecordedMessage &message = m_toSend[m_sent];
    session->sendMessage(Opcode(message.opcode), replacement.value_or(message.data));
    Q_EMIT messageSent(m_sent++);
    if (m_pacing != Pacing::StepByStep)
        scheduleNext();
    else if (m_sent >= m_toSend.size())
        waitForQuiet();
}

bool ClientReplay::step(const std::optional<QByteArray> &replacement)
{
    if (m_pacing != Pacing::StepByStep || m_sent >= m_toSend.size() || !m_client->session())
        return false;
    sendNext(replacement);
    return true;
}

const RecordedMessage *ClientReplay::nextMessage() const
{
    return m_sent < m_toSend.size() ? &m_toSend[m_sent] : nullptr;
}

void ClientReplay::stop()
{
    if (m_finished)
        return;
    m_sendTimer.stop();
    m_quietTimer.stop();
    if (m_client->session())
        m_client->close(quint16(CloseCode::Normal));
    else
        m_client->abort();
    finish();
}

void ClientReplay::waitForQuiet()
{
    m_quietTimer.start(m_quietPeriodMs);
}

void ClientReplay::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_sendTimer.stop();
    m_quietTimer.stop();
    Q_EMIT finished();
}

MessageDiff ClientReplay::diff(const QList<QRegularExpression> &ignore) const
{
    return MessageDiff(recordedAnswers(), m_received, ignore);
}

} // namespace Sockscope
