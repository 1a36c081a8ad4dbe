// SPDX-License-Identifier: GPL-3.0-or-later
#include "newproxydialog.h"

#include "dialogs/filepathedit.h"
#include "dialogs/formmessage.h"
#include "dialogs/listenaddress.h"
#include "dialogs/newconnectiondialog.h"
#include "localca.h"
#include "websocketclient.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Sockscope {
namespace {

enum Mode { Reverse, Forward };

QStringList linesOf(const QPlainTextEdit *edit)
{
    QStringList lines = edit->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    lines.removeIf([](const QString &line) { return line.trimmed().isEmpty(); });
    return lines;
}

const QString kSettingsGroup = QStringLiteral("newProxy");

} // namespace

NewProxyDialog::NewProxyDialog(QWidget *parent)
    : QDialog(parent),
      m_mode(new QComboBox),
      m_upstreamUrl(new QLineEdit),
      m_upstreamButton(new QPushButton(tr("Upstream &Connection Options…"))),
      m_forwardNote(new QLabel),
      m_address(new QComboBox),
      m_port(new QSpinBox),
      m_addressWarning(new FormMessage(FormMessage::Kind::Warning)),
      m_certFile(new FilePathEdit(tr("Proxy Certificate"), FilePathEdit::pemFilter())),
      m_keyFile(new FilePathEdit(tr("Proxy Private Key"), FilePathEdit::pemFilter())),
      m_deflate(new QCheckBox(tr("Offer and accept permessage-&deflate on both legs"))),
      m_replaceRules(new QPlainTextEdit),
      m_dropRules(new QPlainTextEdit),
      m_error(new FormMessage(FormMessage::Kind::Error))
{
    setWindowTitle(tr("New Proxy"));
    setUpFields();
    layOutDialog();
    restoreLastUsed();
    connect(m_mode, &QComboBox::currentIndexChanged, this, &NewProxyDialog::updateMode);
    connect(m_address, &QComboBox::currentTextChanged, this,
            [this](const QString &text) { m_addressWarning->showMessage(ListenAddress::exposureWarning(text)); });
    connect(m_upstreamButton, &QPushButton::clicked, this, &NewProxyDialog::editUpstreamOptions);
    updateMode();
    resize(640, 640);
}

NewProxyDialog::~NewProxyDialog() = default;

void NewProxyDialog::setUpFields()
{
    m_mode->setObjectName(QStringLiteral("mode"));
    m_mode->addItem(tr("Reverse proxy: every client is relayed to one upstream server"), Reverse);
    m_mode->addItem(tr("Forward proxy: clients use Sockscope as their HTTP proxy"), Forward);
    m_upstreamUrl->setObjectName(QStringLiteral("upstreamUrl"));
    m_upstreamUrl->setPlaceholderText(QStringLiteral("ws://127.0.0.1:9001"));
    m_upstreamUrl->setToolTip(tr("Each client's path and query are appended to this URL."));
    m_upstreamButton->setObjectName(QStringLiteral("upstreamOptionsButton"));
    m_forwardNote->setObjectName(QStringLiteral("forwardNote"));
    m_forwardNote->setWordWrap(true);
    m_forwardNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_forwardNote->setText(tr("Point clients at this address as their HTTP proxy. For wss:// they must trust "
                              "Sockscope's certificate authority: %1")
                                   .arg(LocalCa(LocalCa::defaultDirectory()).certificatePath()));
    ListenAddress::setUpFields(m_address, m_port);
    m_addressWarning->setObjectName(QStringLiteral("addressWarning"));
    m_certFile->setObjectName(QStringLiteral("certFile"));
    m_keyFile->setObjectName(QStringLiteral("keyFile"));
    m_deflate->setObjectName(QStringLiteral("deflate"));
    m_replaceRules->setObjectName(QStringLiteral("replaceRules"));
    m_replaceRules->setPlaceholderText(tr("One per line: DIR:REGEX:REPLACEMENT, DIR is c2s, s2c or both"));
    m_dropRules->setObjectName(QStringLiteral("dropRules"));
    m_dropRules->setPlaceholderText(tr("One per line: DIR:REGEX"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
}

void NewProxyDialog::layOutDialog()
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createModeBox());
    layout->addWidget(createListenBox());
    layout->addWidget(createRulesBox(), 1);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Start"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewProxyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewProxyDialog::reject);
    layout->addWidget(buttons);
}

QWidget *NewProxyDialog::createModeBox()
{
    auto *box = new QGroupBox(tr("Mode"));
    auto *form = new QFormLayout(box);
    form->addRow(tr("&Proxy:"), m_mode);
    form->addRow(tr("&Upstream URL:"), m_upstreamUrl);
    form->addRow(QString(), m_upstreamButton);
    form->addRow(m_forwardNote);
    return box;
}

QWidget *NewProxyDialog::createListenBox()
{
    auto *box = new QGroupBox(tr("Listen"));
    auto *form = new QFormLayout(box);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(m_addressWarning);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("TLS &certificate:"), m_certFile);
    form->addRow(tr("TLS private &key:"), m_keyFile);
    form->addRow(QString(), m_deflate);
    return box;
}

QWidget *NewProxyDialog::createRulesBox()
{
    auto *box = new QGroupBox(tr("Rules for text messages (applied before the intercept queue)"));
    auto *form = new QFormLayout(box);
    form->addRow(tr("&Replace:"), m_replaceRules);
    form->addRow(tr("&Drop:"), m_dropRules);
    return box;
}

void NewProxyDialog::editUpstreamOptions()
{
    NewConnectionDialog dialog(this);
    dialog.setWindowTitle(tr("Upstream Connection Options"));
    ClientOptions options = m_upstreamOptions;
    options.url = QUrl(m_upstreamUrl->text().trimmed());
    if (isForward() || options.url.isEmpty())
        options.url = QUrl(QStringLiteral("ws://127.0.0.1"));
    dialog.setOptions(options);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_upstreamOptions = dialog.options();
    if (!isForward())
        m_upstreamUrl->setText(m_upstreamOptions.url.toString());
}

bool NewProxyDialog::isForward() const
{
    return m_mode->currentData().toInt() == Forward;
}

void NewProxyDialog::updateMode()
{
    m_upstreamUrl->setEnabled(!isForward());
    m_forwardNote->setVisible(isForward());
}

ProxyOptions NewProxyDialog::options() const
{
    ProxyOptions options;
    options.listen.address = ListenAddress::parse(m_address->currentText()).value_or(QHostAddress());
    options.listen.port = quint16(m_port->value());
    options.listen.certFile = m_certFile->path();
    options.listen.keyFile = m_keyFile->path();
    options.upstream = m_upstreamOptions;
    options.upstream.url = isForward() ? QUrl() : QUrl(m_upstreamUrl->text().trimmed(), QUrl::StrictMode);
    options.listen.session.limits = options.upstream.session.limits;
    options.deflate = m_deflate->isChecked();
    parseRules(&options.rules);
    return options;
}

QString NewProxyDialog::parseRules(ProxyRules *rules) const
{
    const struct
    {
        const QPlainTextEdit *edit;
        ProxyRule::Action action;
    } kinds[] = {{m_replaceRules, ProxyRule::Action::Replace}, {m_dropRules, ProxyRule::Action::Drop}};
    for (const auto &kind : kinds) {
        for (const QString &line : linesOf(kind.edit)) {
            QString error;
            const std::optional<ProxyRule> rule = ProxyRules::parse(line.trimmed(), kind.action, &error);
            if (!rule)
                return tr("Rule \"%1\": %2").arg(line.trimmed(), error);
            rules->add(*rule);
        }
    }
    return {};
}

QString NewProxyDialog::formError() const
{
    if (QString error = ListenAddress::error(m_address->currentText()); !error.isEmpty())
        return error;
    if (QString error = ListenAddress::tlsFilesError(m_certFile->path(), m_keyFile->path()); !error.isEmpty())
        return error;
    ProxyRules rules;
    if (QString error = parseRules(&rules); !error.isEmpty())
        return error;
    ClientOptions upstream = options().upstream;
    if (isForward())
        upstream.url = QUrl(QStringLiteral("wss://forward.invalid")); // only its TLS files are checked
    else if (upstream.url.isEmpty())
        return tr("Enter the upstream server's URL, e.g. ws://127.0.0.1:9001.");
    return WebSocketClient::validate(upstream);
}

void NewProxyDialog::showError(const QString &message)
{
    m_error->showMessage(message);
}

void NewProxyDialog::accept()
{
    m_error->clearMessage();
    const QString error = formError();
    if (!error.isEmpty()) {
        showError(error);
        return;
    }
    saveLastUsed();
    QDialog::accept();
}

// The last proxy started is what a user most likely starts again.
void NewProxyDialog::restoreLastUsed()
{
    QSettings settings;
    settings.beginGroup(kSettingsGroup);
    m_mode->setCurrentIndex(m_mode->findData(settings.value(QStringLiteral("mode"), Reverse).toInt()));
    m_upstreamUrl->setText(settings.value(QStringLiteral("upstreamUrl")).toString());
    m_address->setCurrentText(settings.value(QStringLiteral("address"), QStringLiteral("127.0.0.1")).toString());
    m_port->setValue(settings.value(QStringLiteral("port"), 0).toInt());
    m_deflate->setChecked(settings.value(QStringLiteral("deflate"), true).toBool());
    m_replaceRules->setPlainText(settings.value(QStringLiteral("replaceRules")).toString());
    m_dropRules->setPlainText(settings.value(QStringLiteral("dropRules")).toString());
}

void NewProxyDialog::saveLastUsed() const
{
    QSettings settings;
    settings.beginGroup(kSettingsGroup);
    settings.setValue(QStringLiteral("mode"), m_mode->currentData());
    settings.setValue(QStringLiteral("upstreamUrl"), m_upstreamUrl->text().trimmed());
    settings.setValue(QStringLiteral("address"), m_address->currentText());
    settings.setValue(QStringLiteral("port"), m_port->value());
    settings.setValue(QStringLiteral("deflate"), m_deflate->isChecked());
    settings.setValue(QStringLiteral("replaceRules"), m_replaceRules->toPlainText());
    settings.setValue(QStringLiteral("dropRules"), m_dropRules->toPlainText());
}

} // namespace Sockscope
