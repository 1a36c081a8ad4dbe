// SPDX-License-Identifier: GPL-3.0-or-later
#include "pingeditor.h"

#include "errorlabel.h"
#include "hexparser.h"
#include "protocol/frameheader.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Sockscope {

PingEditor::PingEditor(QWidget *parent) : QWidget(parent)
{
    m_format = new QComboBox;
    m_format->setObjectName(QStringLiteral("pingFormatCombo"));
    m_format->addItems({tr("Text"), tr("Hex")});
    m_payload = new QLineEdit;
    m_payload->setObjectName(QStringLiteral("pingPayloadEdit"));
    m_payload->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_payload->setPlaceholderText(tr("Optional payload, echoed back in the Pong"));
    m_size = new QLabel;
    m_size->setObjectName(QStringLiteral("pingSizeLabel"));
    m_error = new ErrorLabel;
    m_error->setObjectName(QStringLiteral("pingError"));
    m_send = new QPushButton(tr("Send &Ping"));
    m_send->setObjectName(QStringLiteral("pingButton"));

    auto *payloadRow = new QHBoxLayout;
    payloadRow->addWidget(m_format);
    payloadRow->addWidget(m_payload, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("Payload:"), payloadRow);
    form->addRow(QString(), m_size);
    form->addRow(QString(), m_error);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_send);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addLayout(buttons);

    connect(m_format, &QComboBox::currentIndexChanged, this, &PingEditor::validate);
    connect(m_payload, &QLineEdit::textChanged, this, &PingEditor::validate);
    connect(m_payload, &QLineEdit::returnPressed, m_send, &QPushButton::click);
    connect(m_send, &QPushButton::clicked, this, &PingEditor::onSendClicked);
    validate();
}

void PingEditor::setSendAllowed(bool allowed, const QString &reason)
{
    m_send->setEnabled(allowed);
    m_send->setToolTip(allowed ? tr("Send a Ping frame with this payload") : reason);
}

std::optional<QByteArray> PingEditor::validate()
{
    QByteArray payload;
    if (m_format->currentIndex() == 1) {
        const HexParser hex(m_payload->text());
        if (!hex.isValid()) {
            m_size->clear();
            m_error->showError(hex.errorString());
            return std::nullopt;
        }
        payload = hex.bytes();
    } else {
        payload = m_payload->text().toUtf8();
    }
    m_size->setText(tr("%1 / %2 bytes").arg(payload.size()).arg(kMaxControlPayload));
    if (quint64(payload.size()) > kMaxControlPayload) {
        m_error->showError(tr("The payload is %1 bytes; a Ping carries at most %2. "
                              "Use the raw frame builder to send a longer one anyway.")
                                   .arg(payload.size())
                                   .arg(kMaxControlPayload));
        return std::nullopt;
    }
    m_error->clearError();
    return payload;
}

void PingEditor::onSendClicked()
{
    if (const std::optional<QByteArray> payload = validate())
        Q_EMIT pingRequested(*payload);
}

} // namespace Sockscope
