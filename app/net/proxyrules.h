// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/frameheader.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QString>

#include <optional>

namespace Sockscope {

// Which way a proxied message travels.
enum class ProxyDirection : std::uint8_t { ClientToServer = 1, ServerToClient = 2 };

// One headless rule on text messages (issue 11): replace what a regex matches, or drop the
// message. Written as "DIR:REGEX:REPLACEMENT" or "DIR:REGEX" with DIR c2s, s2c or both; the
// first ':' after the regex that is not escaped ("\:") ends it.
struct ProxyRule
{
    enum class Action { Replace, Drop };

    Action action = Action::Replace;
    bool clientToServer = true;
    bool serverToClient = true;
    QRegularExpression pattern;
    QString replacement; // \1 ... refer to the pattern's groups

    bool applies(ProxyDirection direction) const
    {
        return direction == ProxyDirection::ClientToServer ? clientToServer : serverToClient;
    }
};

// What the rules made of a message.
struct RuleVerdict
{
    enum class Kind { Forward, Edited, Dropped };
    Kind kind = Kind::Forward;
    QByteArray data; // what to send: the message, or its edited text
};

class ProxyRules
{
    Q_DECLARE_TR_FUNCTIONS(Sockscope::ProxyRules)

public:
    // Parses one rule; nullopt with a one-line `error` naming what is wrong.
    static std::optional<ProxyRule> parse(const QString &text, ProxyRule::Action action, QString *error);

    void add(const ProxyRule &rule) { m_rules.append(rule); }
    bool isEmpty() const { return m_rules.isEmpty(); }
    // Applies every rule in order to a text message; other opcodes are forwarded as they are.
    RuleVerdict apply(ProxyDirection direction, Opcode opcode, const QByteArray &data) const;

private:
    QList<ProxyRule> m_rules;
};

} // namespace Sockscope
