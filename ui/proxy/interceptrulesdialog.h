// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interceptor.h"

#include <QDialog>

class QTableWidget;

namespace Sockscope {

class FormMessage;

// Edits which relayed messages the intercept queue pauses (issue 11 §3): one row per rule with
// its direction, URL regex, opcode and content regex. A message pauses when any rule matches;
// no rules pause every data message. The rules are kept in the settings between sessions.
class InterceptRulesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit InterceptRulesDialog(const QList<InterceptRule> &rules, QWidget *parent = nullptr);

    QList<InterceptRule> rules() const { return m_rules; }
    void accept() override;

    static QList<InterceptRule> savedRules();
    static void saveRules(const QList<InterceptRule> &rules);

private:
    void addRow(const InterceptRule &rule);
    void removeSelectedRows();
    // The table as rules, or the first invalid regex in `error`.
    QList<InterceptRule> rulesFromTable(QString *error) const;

    QTableWidget *m_table;
    FormMessage *m_error;
    QList<InterceptRule> m_rules;
};

} // namespace Sockscope
