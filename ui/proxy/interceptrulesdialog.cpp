// SPDX-License-Identifier: GPL-3.0-or-later
#include "interceptrulesdialog.h"

#include "dialogs/formmessage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Sockscope {
namespace {

enum Column { DirectionColumn, UrlColumn, OpcodeColumn, ContentColumn, ColumnCount };
enum DirectionChoice { BothDirections, ClientToServerOnly, ServerToClientOnly };

const QString kSettingsKey = QStringLiteral("intercept/rules");

int directionChoice(const InterceptRule &rule)
{
    if (rule.clientToServer && !rule.serverToClient)
        return ClientToServerOnly;
    if (rule.serverToClient && !rule.clientToServer)
        return ServerToClientOnly;
    return BothDirections;
}

void setDirection(InterceptRule &rule, int choice)
{
    rule.clientToServer = choice != ServerToClientOnly;
    rule.serverToClient = choice != ClientToServerOnly;
}

QVariantMap toMap(const InterceptRule &rule)
{
    return {{QStringLiteral("direction"), directionChoice(rule)},
            {QStringLiteral("url"), rule.url.pattern()},
            {QStringLiteral("opcode"), int(rule.opcode)},
            {QStringLiteral("content"), rule.content.pattern()}};
}

InterceptRule fromMap(const QVariantMap &map)
{
    InterceptRule rule;
    setDirection(rule, map.value(QStringLiteral("direction")).toInt());
    rule.url.setPattern(map.value(QStringLiteral("url")).toString());
    rule.opcode = std::uint8_t(map.value(QStringLiteral("opcode")).toInt());
    rule.content.setPattern(map.value(QStringLiteral("content")).toString());
    return rule;
}

} // namespace

InterceptRulesDialog::InterceptRulesDialog(const QList<InterceptRule> &rules, QWidget *parent)
    : QDialog(parent), m_table(new QTableWidget(0, ColumnCount)), m_error(new FormMessage(FormMessage::Kind::Error))
{
    setWindowTitle(tr("Intercept Rules"));
    m_table->setObjectName(QStringLiteral("rulesTable"));
    m_table->setHorizontalHeaderLabels({tr("Direction"), tr("URL regex"), tr("Opcode"), tr("Content regex")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (const InterceptRule &rule : rules)
        addRow(rule);

    auto *add = new QPushButton(tr("&Add Rule"));
    add->setObjectName(QStringLiteral("addRuleButton"));
    connect(add, &QPushButton::clicked, this, [this] { addRow(InterceptRule()); });
    auto *remove = new QPushButton(tr("&Remove"));
    connect(remove, &QPushButton::clicked, this, &InterceptRulesDialog::removeSelectedRows);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *hint = new QLabel(tr("A message pauses when any rule matches it; every part of a rule that is set must "
                               "match. The content regex is searched in a text message, in a binary "
                               "message's decoded form, or in a control frame's text (a close's reason). With "
                               "no rules, every data message pauses. Control frames pause only under a rule for "
                               "them; while there is one, pings are relayed to the other side instead of being "
                               "answered by the proxy."));
    hint->setWordWrap(true);
    auto *rowButtons = new QHBoxLayout;
    rowButtons->addWidget(add);
    rowButtons->addWidget(remove);
    rowButtons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_table);
    layout->addLayout(rowButtons);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(760, 380);
}

void InterceptRulesDialog::addRow(const InterceptRule &rule)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *direction = new QComboBox;
    direction->addItems({tr("Both"), tr("Client → server"), tr("Server → client")});
    direction->setCurrentIndex(directionChoice(rule));
    m_table->setCellWidget(row, DirectionColumn, direction);
    auto *opcode = new QComboBox;
    opcode->setObjectName(QStringLiteral("ruleOpcode"));
    opcode->addItem(tr("Text and binary"), int(InterceptRule::kDataMessages));
    opcode->addItem(tr("Text"), int(Opcode::Text));
    opcode->addItem(tr("Binary"), int(Opcode::Binary));
    opcode->addItem(tr("Ping, pong and close"), int(InterceptRule::kControlFrames));
    opcode->addItem(tr("Ping"), int(Opcode::Ping));
    opcode->addItem(tr("Pong"), int(Opcode::Pong));
    opcode->addItem(tr("Close"), int(Opcode::Close));
    opcode->setCurrentIndex(std::max(0, opcode->findData(int(rule.opcode))));
    m_table->setCellWidget(row, OpcodeColumn, opcode);
    m_table->setItem(row, UrlColumn, new QTableWidgetItem(rule.url.pattern()));
    m_table->setItem(row, ContentColumn, new QTableWidgetItem(rule.content.pattern()));
    m_table->resizeColumnToContents(DirectionColumn);
    m_table->resizeColumnToContents(OpcodeColumn);
}

void InterceptRulesDialog::removeSelectedRows()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    QList<int> numbers;
    for (const QModelIndex &index : rows)
        numbers.append(index.row());
    std::sort(numbers.rbegin(), numbers.rend());
    for (int row : numbers)
        m_table->removeRow(row);
}

QList<InterceptRule> InterceptRulesDialog::rulesFromTable(QString *error) const
{
    QList<InterceptRule> rules;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        InterceptRule rule;
        setDirection(rule, static_cast<QComboBox *>(m_table->cellWidget(row, DirectionColumn))->currentIndex());
        rule.opcode = std::uint8_t(
                static_cast<QComboBox *>(m_table->cellWidget(row, OpcodeColumn))->currentData().toInt());
        rule.url.setPattern(m_table->item(row, UrlColumn)->text());
        rule.content.setPattern(m_table->item(row, ContentColumn)->text());
        for (const QRegularExpression *regex : {&rule.url, &rule.content}) {
            if (!regex->isValid()) {
                *error = tr("Rule %1: the regex \"%2\" is not valid: %3")
                                 .arg(row + 1)
                                 .arg(regex->pattern(), regex->errorString());
                return {};
            }
        }
        rules.append(rule);
    }
    return rules;
}

void InterceptRulesDialog::accept()
{
    QString error;
    QList<InterceptRule> rules = rulesFromTable(&error);
    if (!error.isEmpty()) {
        m_error->showMessage(error);
        return;
    }
    m_rules = std::move(rules);
    QDialog::accept();
}

QList<InterceptRule> InterceptRulesDialog::savedRules()
{
    QList<InterceptRule> rules;
    for (const QVariant &value : QSettings().value(kSettingsKey).toList())
        rules.append(fromMap(value.toMap()));
    return rules;
}

void InterceptRulesDialog::saveRules(const QList<InterceptRule> &rules)
{
    QVariantList values;
    for (const InterceptRule &rule : rules)
        values.append(toMap(rule));
    QSettings().setValue(kSettingsKey, values);
}

} // namespace Sockscope
