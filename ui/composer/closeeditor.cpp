// SPDX-License-Identifier: GPL-3.0-or-later
#include "closeeditor.h"

#include "closecodes.h"
#include "errorlabel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Sockscope {
namespace {

// A Close payload is the 2-byte code plus the reason, within the 125-byte control frame limit.
constexpr qsizetype kMaxCloseReason = 123;

} // namespace

CloseEditor::CloseEditor(QWidget *parent) : QWidget(parent)
{
    m_code = new QComboBox;
    m_code->setObjectName(QStringLiteral("closeCodeCombo"));
    m_code->setEditable(true);
    m_code->setInsertPolicy(QComboBox::NoInsert);
    m_code->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (quint16 code : CloseCodes::offered())
        m_code->addItem(QString::number(code) + QStringLiteral(u" \u2013 ") + CloseCodes::name(code), code);
    m_code->lineEdit()->setPlaceholderText(tr("1000–1003, 1007–1014 or 3000–4999"));
    m_codeName = new QLabel;
    m_codeName->setObjectName(QStringLiteral("closeCodeName"));
    m_reason = new QLineEdit;
    m_reason->setObjectName(QStringLiteral("closeReasonEdit"));
    m_reason->setPlaceholderText(tr("Optional reason"));
    m_reasonSize = new QLabel;
    m_reasonSize->setObjectName(QStringLiteral("closeReasonSize"));
    m_error = new ErrorLabel;
    m_error->setObjectName(QStringLiteral("closeError"));
    m_send = new QPushButton(tr("Send &Close"));
    m_send->setObjectName(QStringLiteral("closeButton"));

    auto *codeRow = new QHBoxLayout;
    codeRow->addWidget(m_code);
    codeRow->addStretch();
    auto *form = new QFormLayout;
    form->addRow(tr("Code:"), codeRow);
    form->addRow(QString(), m_codeName);
    form->addRow(tr("Reason:"), m_reason);
    form->addRow(QString(), m_reasonSize);
    form->addRow(QString(), m_error);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_send);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addLayout(buttons);

    connect(m_code, &QComboBox::editTextChanged, this, &CloseEditor::validate);
    connect(m_reason, &QLineEdit::textChanged, this, &CloseEditor::validate);
    connect(m_reason, &QLineEdit::returnPressed, m_send, &QPushButton::click);
    connect(m_send, &QPushButton::clicked, this, &CloseEditor::onSendClicked);
    validate();
}

void CloseEditor::setSendAllowed(bool allowed, const QString &reason)
{
    m_send->setEnabled(allowed);
    m_send->setToolTip(allowed ? tr("Start the closing handshake with this code and reason") : reason);
}

std::optional<CloseEditor::Close> CloseEditor::validate()
{
    QStringList errors;
    const std::optional<quint16> code = CloseCodes::parse(m_code->currentText());
    m_codeName->clear();
    if (!code) {
        errors.append(tr("Enter a close code, a number such as 1000 or 4000."));
    } else if (const QString why = CloseCodes::whyInvalid(*code); !why.isEmpty()) {
        errors.append(why);
    } else if (const QString name = CloseCodes::name(*code); !m_code->currentText().contains(name)) {
        // A code picked from the list already shows its name; a typed one gets it here.
        m_codeName->setText(name);
    }

    const qsizetype reasonBytes = m_reason->text().toUtf8().size();
    m_reasonSize->setText(tr("%1 / %2 bytes").arg(reasonBytes).arg(kMaxCloseReason));
    if (reasonBytes > kMaxCloseReason)
        errors.append(tr("The reason is %1 bytes of UTF-8; a Close frame allows at most %2.")
                              .arg(reasonBytes)
                              .arg(kMaxCloseReason));

    if (!errors.isEmpty()) {
        m_error->showError(errors.join(u'\n'));
        return std::nullopt;
    }
    m_error->clearError();
    return Close{*code, m_reason->text()};
}

void CloseEditor::onSendClicked()
{
    if (const std::optional<Close> close = validate())
        Q_EMIT closeRequested(close->code, close->reason);
}

} // namespace Sockscope
