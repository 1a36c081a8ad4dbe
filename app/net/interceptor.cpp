// SPDX-License-Identifier: GPL-3.0-or-later
#include "interceptor.h"

#include "decode/payloaddecoders.h"
#include "proxypair.h"

#include <QDateTime>

namespace Sockscope {
namespace {

// What a content regex is searched in: the text, or what the automatic decoder reads in binary.
QString searchableContent(Opcode opcode, const QByteArray &data)
{
    if (opcode == Opcode::Text || opcode == Opcode::Ping || opcode == Opcode::Pong)
        return QString::fromUtf8(data);
    if (opcode == Opcode::Close)
        return QString::fromUtf8(data.mid(2)); // the reason after the code
    const DecodeContext context = DecodeContext::ofOpcode(std::uint8_t(opcode));
    const DecodedPayload decoded = PayloadDecoders::instance().choose(data, context).decode(data, context);
    return decoded.isValid() ? decoded.text : QString();
}

} // namespace

bool InterceptRule::matches(ProxyDirection direction, const QString &requestUrl, Opcode messageOpcode,
                            const QByteArray &data) const
{
    if (!(direction == ProxyDirection::ClientToServer ? clientToServer : serverToClient))
        return false;
    const bool control = isControlOpcode(std::uint8_t(messageOpcode));
    if (opcode == kDataMessages ? control : opcode == kControlFrames ? !control : opcode != std::uint8_t(messageOpcode))
        return false;
    if (!url.pattern().isEmpty() && !url.match(requestUrl).hasMatch())
        return false;
    return content.pattern().isEmpty() || content.match(searchableContent(messageOpcode, data)).hasMatch();
}

Interceptor::Interceptor(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<PendingMessage>();
}

Interceptor::~Interceptor() = default;

bool Interceptor::shouldPause(ProxyDirection direction, const QString &url, Opcode opcode,
                              const QByteArray &data) const
{
    if (!m_enabled)
        return false;
    if (m_rules.isEmpty())
        return !isControlOpcode(std::uint8_t(opcode));
    return std::any_of(m_rules.cbegin(), m_rules.cend(), [&](const InterceptRule &rule) {
        return rule.matches(direction, url, opcode, data);
    });
}

bool Interceptor::pausesControlFrames() const
{
    return m_enabled && std::any_of(m_rules.cbegin(), m_rules.cend(), [](const InterceptRule &rule) {
        return rule.namesControlFrames();
    });
}

quint64 Interceptor::pause(ProxyPair *pair, PendingMessage message)
{
    message.id = m_nextId++;
    message.pausedAtMs = QDateTime::currentMSecsSinceEpoch();
    m_waiting.insert(message.id, {message, pair});
    m_order.append(message.id);
    // Announced from the event loop: the pair stores the id before a verdict can reach it.
    QMetaObject::invokeMethod(
            this,
            [this, id = message.id] {
                if (m_waiting.contains(id))
                    Q_EMIT messagePaused(m_waiting.value(id).message);
            },
            Qt::QueuedConnection);
    return message.id;
}

QList<PendingMessage> Interceptor::pending() const
{
    QList<PendingMessage> messages;
    messages.reserve(m_order.size());
    for (quint64 id : m_order)
        messages.append(m_waiting.value(id).message);
    return messages;
}

void Interceptor::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    // Closing the intercept lets everything through.
    if (!enabled)
        forwardAll();
    Q_EMIT enabledChanged(enabled);
}

void Interceptor::forward(quint64 id)
{
    resolve(id, Verdict::Forward, {});
}

void Interceptor::forwardEdited(quint64 id, const QByteArray &data)
{
    resolve(id, Verdict::ForwardEdited, data);
}

void Interceptor::drop(quint64 id)
{
    resolve(id, Verdict::Drop, {});
}

void Interceptor::forwardAll()
{
    const QList<quint64> ids = m_order;
    for (quint64 id : ids)
        forward(id);
}

void Interceptor::forgetPair(ProxyPair *pair)
{
    const QList<quint64> ids = m_order;
    for (quint64 id : ids) {
        const QPointer<ProxyPair> owner = m_waiting.value(id).pair;
        if (!owner || owner == pair) {
            m_waiting.remove(id);
            m_order.removeOne(id);
            Q_EMIT messageResolved(id);
        }
    }
}

void Interceptor::resolve(quint64 id, Verdict verdict, const QByteArray &data)
{
    const auto found = m_waiting.constFind(id);
    if (found == m_waiting.cend())
        return;
    const QPointer<ProxyPair> pair = found->pair;
    m_waiting.erase(found);
    m_order.removeOne(id);
    Q_EMIT messageResolved(id);
    if (pair)
        pair->applyVerdict(id, verdict, data);
}

} // namespace Sockscope
