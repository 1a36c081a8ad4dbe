// SPDX-License-Identifier: GPL-3.0-or-later
#include "replaydialog.h"

#include "dialogs/conversationchoice.h"
#include "dialogs/formmessage.h"
#include "dialogs/newconnectiondialog.h"
#include "websocketclient.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace Sockscope {

namespace {

// Scaled shares OriginalTiming with a speed other than 1.
enum class PacingChoice { Original, Scaled, AsFastAsPossible, StepByStep };

} // namespace

ReplayDialog::ReplayDialog(const QList<Conversation> &conversations, quint64 preselected, QWidget *parent)
    : QDialog(parent),
      m_conversations(conversations),
      m_connection(new QComboBox),
      m_summary(new QLabel),
      m_url(new QLineEdit),
      m_pacing(new QComboBox),
      m_speed(new QDoubleSpinBox),
      m_ignore(new QPlainTextEdit),
      m_error(new FormMessage(FormMessage::Kind::Error))
{
    Q_ASSERT(!m_conversations.isEmpty());
    setWindowTitle(tr("Replay"));
    ConversationChoice::fill(m_connection, m_conversations, preselected);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Replay"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ReplayDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReplayDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createForm());
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(m_connection, &QComboBox::currentIndexChanged, this, &ReplayDialog::onConnectionChanged);
    connect(m_pacing, &QComboBox::currentIndexChanged, this, &ReplayDialog::updateSpeedEnabled);
    onConnectionChanged();
    updateSpeedEnabled();
    resize(640, sizeHint().height());
}

QWidget *ReplayDialog::createForm()
{
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_url->setObjectName(QStringLiteral("url"));
    m_url->setToolTip(tr("The server to replay against: the recorded one, or a new build of it"));
    auto *optionsButton = new QPushButton(tr("Connection &Options…"));
    optionsButton->setObjectName(QStringLiteral("connectionOptions"));
    connect(optionsButton, &QPushButton::clicked, this, &ReplayDialog::editConnectionOptions);
    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(m_url, 1);
    urlRow->addWidget(optionsButton);
    m_pacing->setObjectName(QStringLiteral("pacing"));
    m_pacing->addItem(tr("Original timing"), int(PacingChoice::Original));
    m_pacing->addItem(tr("Original timing, scaled"), int(PacingChoice::Scaled));
    m_pacing->addItem(tr("As fast as possible"), int(PacingChoice::AsFastAsPossible));
    m_pacing->addItem(tr("Step by step"), int(PacingChoice::StepByStep));
    m_pacing->setToolTip(tr("Step by step shows each message before it is sent, to edit or send as it is"));
    m_speed->setObjectName(QStringLiteral("speed"));
    m_speed->setRange(0.01, 1000.0);
    m_speed->setValue(2.0);
    m_speed->setPrefix(tr("×"));
    m_speed->setToolTip(tr("2 replays twice as fast as recorded, 0.5 at half speed"));
    m_ignore->setObjectName(QStringLiteral("ignorePatterns"));
    m_ignore->setPlaceholderText(tr("One regular expression per line, e.g. \"ts\":\\s*\\d+"));
    m_ignore->setToolTip(tr("Text that matches is left out when answers are compared (timestamps, ids)"));
    m_ignore->setFixedHeight(m_ignore->fontMetrics().lineSpacing() * 5);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    auto *form = new QWidget;
    auto *layout = new QFormLayout(form);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addRow(tr("&Connection:"), m_connection);
    layout->addRow(m_summary);
    layout->addRow(tr("&Target URL:"), urlRow);
    layout->addRow(tr("&Pacing:"), m_pacing);
    layout->addRow(tr("&Speed:"), m_speed);
    layout->addRow(tr("&Ignore in the diff:"), m_ignore);
    return form;
}

// A new conversation brings its URL and subprotocol; options set by hand stay otherwise.
void ReplayDialog::onConnectionChanged()
{
    const Conversation &c = conversation();
    m_url->setText(c.url);
    m_options.subprotocols = c.subprotocol.isEmpty() ? QList<QByteArray>() : QList<QByteArray>{c.subprotocol};
    m_summary->setText(tr("Client messages to send: %1. Recorded server answers to compare: %2.")
                               .arg(c.clientMessages().size())
                               .arg(c.serverMessages().size()));
}

void ReplayDialog::editConnectionOptions()
{
    NewConnectionDialog dialog(this);
    dialog.setWindowTitle(tr("Replay Connection Options"));
    dialog.setOptions(options());
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_options = dialog.options();
    m_url->setText(m_options.url.toString());
}

void ReplayDialog::updateSpeedEnabled()
{
    m_speed->setEnabled(PacingChoice(m_pacing->currentData().toInt()) == PacingChoice::Scaled);
}

ReplaySettings ReplayDialog::settings() const
{
    return {conversation(), options(), pacing(), speed(), ignorePatterns()};
}

const Conversation &ReplayDialog::conversation() const
{
    return m_conversations.at(qMax(0, m_connection->currentIndex()));
}

ClientOptions ReplayDialog::options() const
{
    ClientOptions options = m_options;
    options.url = QUrl(m_url->text().trimmed(), QUrl::StrictMode);
    return options;
}

ClientReplay::Pacing ReplayDialog::pacing() const
{
    switch (PacingChoice(m_pacing->currentData().toInt())) {
    case PacingChoice::AsFastAsPossible:
        return ClientReplay::Pacing::AsFastAsPossible;
    case PacingChoice::StepByStep:
        return ClientReplay::Pacing::StepByStep;
    default:
        return ClientReplay::Pacing::OriginalTiming;
    }
}

double ReplayDialog::speed() const
{
    return PacingChoice(m_pacing->currentData().toInt()) == PacingChoice::Scaled ? m_speed->value() : 1.0;
}

QStringList ReplayDialog::ignorePatterns() const
{
    QStringList patterns;
    for (const QString &line : m_ignore->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            patterns.append(line);
    }
    return patterns;
}

void ReplayDialog::setIgnorePatterns(const QStringList &patterns)
{
    m_ignore->setPlainText(patterns.join(QLatin1Char('\n')));
}

QString ReplayDialog::formError() const
{
    if (conversation().clientMessages().isEmpty())
        return tr("Connection #%1 has no client messages to replay").arg(conversation().connectionId);
    for (const QString &pattern : ignorePatterns()) {
        const QRegularExpression regex(pattern);
        if (!regex.isValid())
            return tr("Invalid regular expression \"%1\": %2").arg(pattern, regex.errorString());
    }
    return WebSocketClient::validate(options());
}

void ReplayDialog::showError(const QString &message)
{
    m_error->showMessage(message);
}

void ReplayDialog::accept()
{
    const QString error = formError();
    if (!error.isEmpty()) {
        showError(error);
        return;
    }
    m_error->clearMessage();
    QDialog::accept();
}

} // namespace Sockscope
