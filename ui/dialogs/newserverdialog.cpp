// SPDX-License-Identifier: GPL-3.0-or-later
#include "newserverdialog.h"

#include <optional>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "capture/capturefiles.h"
#include "connectionprofiles.h"
#include "filepathedit.h"
#include "formmessage.h"
#include "listenaddress.h"
#include "profilebar.h"
#include "tokenlist.h"

namespace Sockscope {
namespace {

// Behaviour combo data: the ServerBehaviour values, and this one for a mock server.
constexpr int kReplay = -1;

} // namespace

NewServerDialog::NewServerDialog(QWidget *parent)
    : QDialog(parent),
      m_profiles(new ProfileBar),
      m_address(new QComboBox),
      m_port(new QSpinBox),
      m_addressWarning(new FormMessage(FormMessage::Kind::Warning)),
      m_certFile(new FilePathEdit(tr("Server Certificate"), FilePathEdit::pemFilter())),
      m_keyFile(new FilePathEdit(tr("Server Private Key"), FilePathEdit::pemFilter())),
      m_subprotocols(new QLineEdit),
      m_deflate(new QCheckBox(tr("Accept permessage-&deflate compression"))),
      m_requiredHeaders(new QLineEdit),
      m_behaviour(new QComboBox),
      m_replayFile(new FilePathEdit(tr("Capture to Replay"), tr("Captures (*.wscap *.har *.jsonl);;All files (*)"))),
      m_replayPacing(new QComboBox),
      m_error(new FormMessage(FormMessage::Kind::Error))
{
    setWindowTitle(tr("New Server"));
    setUpListenFields();
    setUpOtherFields();
    layOutDialog();
    connect(m_address, &QComboBox::currentTextChanged, this, &NewServerDialog::updateAddressWarning);
    connect(m_behaviour, &QComboBox::currentIndexChanged, this, &NewServerDialog::updateEnabled);
    connect(m_profiles, &ProfileBar::profileChosen, this, &NewServerDialog::loadProfile);
    connect(m_profiles, &ProfileBar::saveRequested, this, &NewServerDialog::saveProfile);
    connect(m_profiles, &ProfileBar::removeRequested, this, &NewServerDialog::removeProfile);

    m_profiles->setNames(ConnectionProfiles::serverNames());
    setOptions(ServerOptions());
    resize(600, 560);
}

void NewServerDialog::setUpListenFields()
{
    m_profiles->setObjectName(QStringLiteral("profileBar"));
    ListenAddress::setUpFields(m_address, m_port);
    m_addressWarning->setObjectName(QStringLiteral("addressWarning"));
}

void NewServerDialog::setUpOtherFields()
{
    m_certFile->setObjectName(QStringLiteral("certFile"));
    m_keyFile->setObjectName(QStringLiteral("keyFile"));
    m_subprotocols->setObjectName(QStringLiteral("subprotocols"));
    m_subprotocols->setPlaceholderText(tr("none; comma-separated, in order of preference"));
    m_subprotocols->setToolTip(tr("The server picks the first of these that the client offers."));
    m_deflate->setObjectName(QStringLiteral("deflate"));
    m_requiredHeaders->setObjectName(QStringLiteral("requiredHeaders"));
    m_requiredHeaders->setPlaceholderText(tr("none; comma-separated names, e.g. Authorization"));
    m_requiredHeaders->setToolTip(tr("A client whose upgrade request lacks one of these headers is refused "
                                     "with 400 Bad Request."));
    m_behaviour->setObjectName(QStringLiteral("behaviour"));
    m_behaviour->addItem(tr("Echo: send each message back to its sender"), int(ServerBehaviour::Echo));
    m_behaviour->addItem(tr("Broadcast: send each message to every peer"), int(ServerBehaviour::Broadcast));
    m_behaviour->addItem(tr("Manual: you type the replies"), int(ServerBehaviour::Manual));
    m_behaviour->addItem(tr("Replay: answer with the server messages of a capture"), kReplay);
    m_replayFile->setObjectName(QStringLiteral("replayFile"));
    m_replayPacing->setObjectName(QStringLiteral("replayPacing"));
    m_replayPacing->addItem(tr("After each client message, as recorded"), int(MockServer::Pacing::Triggered));
    m_replayPacing->addItem(tr("With the original timing"), int(MockServer::Pacing::OriginalTiming));
    m_error->setObjectName(QStringLiteral("errorLabel"));
}

void NewServerDialog::layOutDialog()
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_profiles);
    layout->addWidget(createListenBox());
    layout->addWidget(createTlsBox());
    layout->addWidget(createHandshakeBox());
    layout->addWidget(createBehaviourBox());
    layout->addStretch();
    layout->addWidget(m_error);
    layout->addWidget(createButtons());
}

QWidget *NewServerDialog::createListenBox()
{
    auto *listenBox = new QGroupBox(tr("Listen"));
    auto *listenForm = new QFormLayout(listenBox);
    listenForm->addRow(tr("&Address:"), m_address);
    listenForm->addRow(m_addressWarning);
    listenForm->addRow(tr("P&ort:"), m_port);
    return listenBox;
}

QWidget *NewServerDialog::createTlsBox()
{
    auto *tlsBox = new QGroupBox(tr("TLS (wss://)"));
    auto *tlsForm = new QFormLayout(tlsBox);
    tlsForm->addRow(tr("&Certificate:"), m_certFile);
    tlsForm->addRow(tr("Private &key:"), m_keyFile);
    return tlsBox;
}

QWidget *NewServerDialog::createHandshakeBox()
{
    auto *handshakeBox = new QGroupBox(tr("Handshake"));
    auto *handshakeForm = new QFormLayout(handshakeBox);
    handshakeForm->addRow(tr("Su&bprotocols:"), m_subprotocols);
    handshakeForm->addRow(QString(), m_deflate);
    handshakeForm->addRow(tr("Required &headers:"), m_requiredHeaders);
    return handshakeBox;
}

QWidget *NewServerDialog::createBehaviourBox()
{
    auto *behaviourBox = new QGroupBox(tr("Behaviour"));
    auto *behaviourForm = new QFormLayout(behaviourBox);
    behaviourForm->addRow(tr("&Messages:"), m_behaviour);
    behaviourForm->addRow(tr("Capture &file:"), m_replayFile);
    behaviourForm->addRow(tr("&Replies:"), m_replayPacing);
    return behaviourBox;
}

QWidget *NewServerDialog::createButtons()
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Start"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewServerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewServerDialog::reject);
    return buttons;
}

NewServerDialog::~NewServerDialog() = default;

ServerOptions NewServerDialog::options() const
{
    ServerOptions options = m_base;
    options.address = ListenAddress::parse(m_address->currentText()).value_or(QHostAddress());
    options.port = quint16(m_port->value());
    options.certFile = m_certFile->path();
    options.keyFile = m_keyFile->path();
    options.handshake.subprotocols = TokenList::parse(m_subprotocols->text());
    options.handshake.acceptDeflate = m_deflate->isChecked();
    options.handshake.requiredHeaders = TokenList::parse(m_requiredHeaders->text());
    options.behaviour = isReplay() ? ServerBehaviour::Manual : ServerBehaviour(m_behaviour->currentData().toInt());
    return options;
}

void NewServerDialog::setOptions(const ServerOptions &options)
{
    m_base = options;
    m_address->setCurrentText(options.address.toString());
    m_port->setValue(options.port);
    m_certFile->setPath(options.certFile);
    m_keyFile->setPath(options.keyFile);
    m_subprotocols->setText(TokenList::format(options.handshake.subprotocols));
    m_deflate->setChecked(options.handshake.acceptDeflate);
    m_requiredHeaders->setText(TokenList::format(options.handshake.requiredHeaders));
    m_behaviour->setCurrentIndex(m_behaviour->findData(int(options.behaviour)));
    m_replayFile->setPath(QString());
    updateAddressWarning();
    updateEnabled();
}

QString NewServerDialog::replayCapture() const
{
    return isReplay() ? m_replayFile->path() : QString();
}

MockServer::Pacing NewServerDialog::replayPacing() const
{
    return MockServer::Pacing(m_replayPacing->currentData().toInt());
}

void NewServerDialog::setReplay(const QString &capture, MockServer::Pacing pacing)
{
    m_behaviour->setCurrentIndex(m_behaviour->findData(kReplay));
    m_replayFile->setPath(capture);
    m_replayPacing->setCurrentIndex(m_replayPacing->findData(int(pacing)));
}

void NewServerDialog::showError(const QString &message)
{
    m_error->showMessage(message);
}

void NewServerDialog::saveProfile(const QString &name)
{
    ConnectionProfiles::saveServer(name, {options(), replayCapture(), replayPacing()});
    m_profiles->setNames(ConnectionProfiles::serverNames(), name);
}

bool NewServerDialog::loadProfile(const QString &name)
{
    const std::optional<ServerProfile> profile = ConnectionProfiles::loadServer(name);
    if (!profile) {
        showError(tr("There is no saved profile named \"%1\".").arg(name));
        return false;
    }
    setOptions(profile->options);
    if (!profile->replayCapture.isEmpty())
        setReplay(profile->replayCapture, profile->replayPacing);
    m_profiles->setNames(ConnectionProfiles::serverNames(), name);
    m_error->clearMessage();
    return true;
}

void NewServerDialog::removeProfile(const QString &name)
{
    ConnectionProfiles::removeServer(name);
    m_profiles->setNames(ConnectionProfiles::serverNames());
}

void NewServerDialog::accept()
{
    m_error->clearMessage();
    const QString error = formError();
    if (!error.isEmpty()) {
        showError(error);
        return;
    }
    QDialog::accept();
}

bool NewServerDialog::isReplay() const
{
    return m_behaviour->currentData().toInt() == kReplay;
}

QString NewServerDialog::formError() const
{
    if (const QString error = ListenAddress::error(m_address->currentText()); !error.isEmpty())
        return error;
    if (const QString error = ListenAddress::tlsFilesError(m_certFile->path(), m_keyFile->path()); !error.isEmpty())
        return error;
    QString error;
    const QByteArray badProtocol = TokenList::firstInvalid(TokenList::parse(m_subprotocols->text()));
    if (!badProtocol.isEmpty())
        return tr("\"%1\" is not a valid subprotocol name: use letters, digits and !#$%&'*+-.^_`|~")
                .arg(QString::fromUtf8(badProtocol));
    const QByteArray badHeader = TokenList::firstInvalid(TokenList::parse(m_requiredHeaders->text()));
    if (!badHeader.isEmpty())
        return tr("\"%1\" is not a valid header name: use letters, digits and !#$%&'*+-.^_`|~")
                .arg(QString::fromUtf8(badHeader));
    if (isReplay()) {
        const QString capture = m_replayFile->path();
        if (capture.isEmpty())
            return tr("Choose a capture file to replay.");
        const QFileInfo info(capture);
        if (!info.isFile() || !info.isReadable())
            return tr("Cannot read the capture file %1.").arg(capture);
        if (!CaptureFiles::formatOf(capture, &error))
            return error;
    }
    return {};
}

void NewServerDialog::updateAddressWarning()
{
    m_addressWarning->showMessage(ListenAddress::exposureWarning(m_address->currentText()));
}

void NewServerDialog::updateEnabled()
{
    m_replayFile->setEnabled(isReplay());
    m_replayPacing->setEnabled(isReplay());
}

} // namespace Sockscope
