// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include "formmessage.h"
#include "tokenlist.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace Sockscope {
namespace {

const QString kRedactKey = QStringLiteral("export/redact");
const QString kHeadersKey = QStringLiteral("export/redactHeaders");
const QString kPatternsKey = QStringLiteral("export/redactPatterns");
const QString kStyleKey = QStringLiteral("export/redactStyle");

} // namespace

ExportDialog::ExportDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Export Capture"));
    createFields();
    layOutDialog();
    readSettings();
    updateEnabled();
    connect(m_redact, &QCheckBox::toggled, this, &ExportDialog::updateEnabled);
    connect(m_patterns, &QPlainTextEdit::textChanged, m_error, &FormMessage::clearMessage);
}

void ExportDialog::createFields()
{
    m_redact = new QCheckBox(tr("&Hide secrets in the copy (redact)"));
    m_redact->setObjectName(QStringLiteral("redact"));
    m_headers = new QLineEdit;
    m_headers->setObjectName(QStringLiteral("redactHeaders"));
    m_headers->setToolTip(tr("Comma-separated header names whose values are hidden in the handshakes"));
    m_patterns = new QPlainTextEdit;
    m_patterns->setObjectName(QStringLiteral("redactPatterns"));
    m_patterns->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_patterns->setPlaceholderText(tr("One regular expression per line, e.g. \"token\":\"[^\"]*\""));
    m_patterns->setTabChangesFocus(true);
    m_patterns->setFixedHeight(5 * m_patterns->fontMetrics().lineSpacing());
    m_style = new QComboBox;
    m_style->setObjectName(QStringLiteral("redactStyle"));
    m_style->addItem(tr("One * per hidden byte (lengths stay true)"), int(RedactionRules::Style::KeepLength));
    m_style->addItem(tr("[redacted]"), int(RedactionRules::Style::Placeholder));
    m_error = new FormMessage(FormMessage::Kind::Error);
    m_error->setObjectName(QStringLiteral("errorLabel"));
}

void ExportDialog::layOutDialog()
{
    auto *form = new QFormLayout;
    form->addRow(tr("&Headers:"), m_headers);
    form->addRow(tr("&Payload patterns:"), m_patterns);
    form->addRow(tr("Hidden &text:"), m_style);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_redact);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void ExportDialog::readSettings()
{
    const QSettings settings;
    m_redact->setChecked(settings.value(kRedactKey, true).toBool());
    m_headers->setText(
            settings.value(kHeadersKey, RedactionRules::defaultHeaders().join(QStringLiteral(", "))).toString());
    m_patterns->setPlainText(settings.value(kPatternsKey).toStringList().join(u'\n'));
    m_style->setCurrentIndex(qMax(0, m_style->findData(settings.value(kStyleKey, 0).toInt())));
}

void ExportDialog::writeSettings() const
{
    QSettings settings;
    settings.setValue(kRedactKey, m_redact->isChecked());
    settings.setValue(kHeadersKey, m_headers->text());
    settings.setValue(kPatternsKey, m_patterns->toPlainText().split(u'\n', Qt::SkipEmptyParts));
    settings.setValue(kStyleKey, m_style->currentData());
}

void ExportDialog::updateEnabled()
{
    for (QWidget *field : std::initializer_list<QWidget *>{m_headers, m_patterns, m_style})
        field->setEnabled(m_redact->isChecked());
    m_error->clearMessage();
}

std::optional<ExportDialog::Choice> ExportDialog::choice()
{
    Choice choice;
    if (!m_redact->isChecked())
        return choice;
    RedactionRules rules;
    rules.headers.clear();
    for (const QByteArray &name : TokenList::parse(m_headers->text()))
        rules.headers.append(QString::fromLatin1(name));
    for (const QString &line : m_patterns->toPlainText().split(u'\n', Qt::SkipEmptyParts)) {
        QRegularExpression pattern(line);
        if (!pattern.isValid()) {
            m_error->showMessage(tr("Invalid pattern %1: %2").arg(line, pattern.errorString()));
            return std::nullopt;
        }
        rules.payloadPatterns.append(pattern);
    }
    rules.style = RedactionRules::Style(m_style->currentData().toInt());
    choice.redaction = rules;
    return choice;
}

void ExportDialog::accept()
{
    if (!choice())
        return;
    writeSettings();
    QDialog::accept();
}

std::optional<ExportDialog::Choice> ExportDialog::ask(QWidget *parent)
{
    ExportDialog dialog(parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.choice();
}

} // namespace Sockscope
