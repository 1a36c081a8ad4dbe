// SPDX-License-Identifier: GPL-3.0-or-later
#include "mockserverdialog.h"

#include "conversationchoice.h"
#include "formmessage.h"
#include "listenaddress.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Sockscope {

MockServerDialog::MockServerDialog(const QList<Conversation> &conversations, quint64 preselected, QWidget *parent)
    : QDialog(parent),
      m_conversations(conversations),
      m_connection(new QComboBox),
      m_summary(new QLabel),
      m_address(new QComboBox),
      m_port(new QSpinBox),
      m_addressWarning(new FormMessage(FormMessage::Kind::Warning)),
      m_pacing(new QComboBox),
      m_error(new FormMessage(FormMessage::Kind::Error))
{
    Q_ASSERT(!m_conversations.isEmpty());
    setWindowTitle(tr("Serve as Mock Server"));
    ConversationChoice::fill(m_connection, m_conversations, preselected);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Start"));
    connect(buttons, &QDialogButtonBox::accepted, this, &MockServerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MockServerDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createForm());
    layout->addStretch();
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(m_connection, &QComboBox::currentIndexChanged, this, &MockServerDialog::updateSummary);
    connect(m_address, &QComboBox::currentTextChanged, this, &MockServerDialog::updateAddressWarning);
    updateSummary();
    updateAddressWarning();
    resize(560, sizeHint().height());
}

QWidget *MockServerDialog::createForm()
{
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    ListenAddress::setUpFields(m_address, m_port);
    m_pacing->setObjectName(QStringLiteral("pacing"));
    m_pacing->addItem(tr("After each client message, as recorded"), int(MockServer::Pacing::Triggered));
    m_pacing->addItem(tr("With the original timing"), int(MockServer::Pacing::OriginalTiming));
    m_pacing->setToolTip(tr("After the client's k-th message the mock sends what the recorded server sent after "
                            "its k-th; or every message at its recorded time after the upgrade."));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    auto *form = new QWidget;
    auto *layout = new QFormLayout(form);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addRow(tr("&Connection:"), m_connection);
    layout->addRow(m_summary);
    layout->addRow(tr("&Address:"), m_address);
    layout->addRow(m_addressWarning);
    layout->addRow(tr("P&ort:"), m_port);
    layout->addRow(tr("&Replies:"), m_pacing);
    return form;
}

ServerOptions MockServerDialog::options() const
{
    ServerOptions options;
    options.address = ListenAddress::parse(m_address->currentText()).value_or(QHostAddress());
    options.port = quint16(m_port->value());
    options.behaviour = ServerBehaviour::Manual; // the mock server does the replying
    return options;
}

MockServer::Pacing MockServerDialog::pacing() const
{
    return MockServer::Pacing(m_pacing->currentData().toInt());
}

const Conversation &MockServerDialog::conversation() const
{
    return m_conversations.at(qMax(0, m_connection->currentIndex()));
}

void MockServerDialog::showError(const QString &message)
{
    m_error->showMessage(message);
}

void MockServerDialog::accept()
{
    m_error->clearMessage();
    const QString error = ListenAddress::error(m_address->currentText());
    if (!error.isEmpty()) {
        showError(error);
        return;
    }
    QDialog::accept();
}

void MockServerDialog::updateAddressWarning()
{
    m_addressWarning->showMessage(ListenAddress::exposureWarning(m_address->currentText()));
}

// What the mock will send: the recorded server side of the chosen connection.
void MockServerDialog::updateSummary()
{
    const Conversation &c = conversation();
    const QString messages = tr("Server messages to send to each client: %1.").arg(c.serverMessages().size());
    m_summary->setText(c.subprotocol.isEmpty() ? messages
                                               : messages + QLatin1Char(' ')
                                       + tr("Subprotocol offered: %1.").arg(QString::fromUtf8(c.subprotocol)));
}

} // namespace Sockscope
