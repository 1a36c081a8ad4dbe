// SPDX-License-Identifier: GPL-3.0-or-later
#include "proxyrules.h"

namespace Sockscope {
namespace {

// The index of the first ':' in `text` from `from` that no backslash escapes; -1 if none.
qsizetype unescapedColon(const QString &text, qsizetype from)
{
    for (qsizetype i = from; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('\\'))
            ++i;
        else if (text.at(i) == QLatin1Char(':'))
            return i;
    }
    return -1;
}

} // namespace

std::optional<ProxyRule> ProxyRules::parse(const QString &text, ProxyRule::Action action, QString *error)
{
    ProxyRule rule;
    rule.action = action;
    const qsizetype dirEnd = text.indexOf(QLatin1Char(':'));
    const QString direction = text.left(dirEnd);
    if (dirEnd < 0
        || (direction != QLatin1String("c2s") && direction != QLatin1String("s2c")
            && direction != QLatin1String("both"))) {
        *error = tr("rule \"%1\" must start with c2s:, s2c: or both:").arg(text);
        return std::nullopt;
    }
    rule.clientToServer = direction != QLatin1String("s2c");
    rule.serverToClient = direction != QLatin1String("c2s");
    QString pattern = text.mid(dirEnd + 1);
    if (action == ProxyRule::Action::Replace) {
        const qsizetype patternEnd = unescapedColon(text, dirEnd + 1);
        if (patternEnd < 0) {
            *error = tr("rule \"%1\" needs DIR:REGEX:REPLACEMENT").arg(text);
            return std::nullopt;
        }
        pattern = text.mid(dirEnd + 1, patternEnd - dirEnd - 1);
        rule.replacement = text.mid(patternEnd + 1);
    }
    rule.pattern = QRegularExpression(pattern);
    if (pattern.isEmpty() || !rule.pattern.isValid()) {
        *error = tr("rule \"%1\": invalid regular expression: %2")
                         .arg(text, pattern.isEmpty() ? tr("empty") : rule.pattern.errorString());
        return std::nullopt;
    }
    return rule;
}

RuleVerdict ProxyRules::apply(ProxyDirection direction, Opcode opcode, const QByteArray &data) const
{
    RuleVerdict verdict;
    verdict.data = data;
    if (opcode != Opcode::Text || m_rules.isEmpty())
        return verdict;
    QString text = QString::fromUtf8(data);
    for (const ProxyRule &rule : m_rules) {
        if (!rule.applies(direction) || !rule.pattern.match(text).hasMatch())
            continue;
        if (rule.action == ProxyRule::Action::Drop) {
            verdict.kind = RuleVerdict::Kind::Dropped;
            return verdict;
        }
        text.replace(rule.pattern, rule.replacement);
        verdict.kind = RuleVerdict::Kind::Edited;
    }
    if (verdict.kind == RuleVerdict::Kind::Edited)
        verdict.data = text.toUtf8();
    return verdict;
}

} // namespace Sockscope
