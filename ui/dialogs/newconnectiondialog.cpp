// SPDX-License-Identifier: GPL-3.0-or-later
#include "newconnectiondialog.h"

#include <algorithm>
#include <functional>

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QStringListModel>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include "connectionprofiles.h"
#include "filepathedit.h"
#include "formmessage.h"
#include "profilebar.h"
#include "tokenlist.h"
#include "websocketclient.h"

namespace Sockscope {
namespace {

constexpr int kMaxDelayMs = 24 * 3600 * 1000;
constexpr quint16 kHttpProxyPort = 8080;
constexpr quint16 kSocksProxyPort = 1080;

QSpinBox *millisecondsBox(const QString &objectName, int minimum, int maximum)
{
    auto *box = new QSpinBox;
    box->setObjectName(objectName);
    box->setRange(minimum, maximum);
    box->setSingleStep(100);
    box->setGroupSeparatorShown(true);
    box->setSuffix(NewConnectionDialog::tr(" ms"));
    return box;
}

QLineEdit *lineEdit(const QString &objectName, const QString &placeholder = {})
{
    auto *edit = new QLineEdit;
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    return edit;
}

bool hasLineBreak(const QByteArray &bytes)
{
    return bytes.contains('\r') || bytes.contains('\n');
}

} // namespace

NewConnectionDialog::NewConnectionDialog(QWidget *parent)
    : QDialog(parent),
      m_profiles(new ProfileBar),
      m_url(lineEdit(QStringLiteral("url"), tr("ws://localhost:8080/ or wss://example.com/socket"))),
      m_headers(new QTableWidget(0, 2)),
      m_subprotocols(lineEdit(QStringLiteral("subprotocols"), tr("comma-separated, e.g. chat, superchat"))),
      m_origin(lineEdit(QStringLiteral("origin"), tr("none, e.g. https://example.com"))),
      m_deflate(new QCheckBox(tr("Offer permessage-&deflate compression"))),
      m_insecure(new QCheckBox(tr("&Skip certificate verification (insecure)"))),
      m_caFile(new FilePathEdit(tr("CA Certificates"), FilePathEdit::pemFilter())),
      m_clientCert(new FilePathEdit(tr("Client Certificate"), FilePathEdit::pemFilter())),
      m_clientKey(new FilePathEdit(tr("Client Private Key"), FilePathEdit::pemFilter())),
      m_serverName(lineEdit(QStringLiteral("tlsServerName"), tr("the URL's host"))),
      m_proxyType(new QComboBox),
      m_proxyHost(lineEdit(QStringLiteral("proxyHost"), tr("proxy.example.com"))),
      m_proxyPort(new QSpinBox),
      m_proxyUser(lineEdit(QStringLiteral("proxyUser"), tr("optional"))),
      m_proxyPassword(lineEdit(QStringLiteral("proxyPassword"), tr("optional, never saved in profiles"))),
      m_connectTimeout(millisecondsBox(QStringLiteral("connectTimeout"), 100, kMaxDelayMs)),
      m_pingInterval(millisecondsBox(QStringLiteral("pingInterval"), 0, kMaxDelayMs)),
      m_autoReconnect(new QCheckBox(tr("&Reconnect automatically, with exponential back-off"))),
      m_reconnectInitial(millisecondsBox(QStringLiteral("reconnectInitialDelay"), 0, kMaxDelayMs)),
      m_reconnectMax(millisecondsBox(QStringLiteral("reconnectMaxDelay"), 0, kMaxDelayMs)),
      m_insecureWarning(new FormMessage(FormMessage::Kind::Warning)),
      m_error(new FormMessage(FormMessage::Kind::Error))
{
    setWindowTitle(tr("New Connection"));
    nameFields();
    layOutDialog();
    connectFields();
    m_profiles->setNames(ConnectionProfiles::clientNames());
    setOptions(ClientOptions());
    m_url->setFocus();
    resize(660, 520);
}

// Object names for tests and style sheets; the line edits got theirs from lineEdit().
void NewConnectionDialog::nameFields()
{
    m_profiles->setObjectName(QStringLiteral("profileBar"));
    m_deflate->setObjectName(QStringLiteral("deflate"));
    m_insecure->setObjectName(QStringLiteral("insecure"));
    m_caFile->setObjectName(QStringLiteral("caFile"));
    m_clientCert->setObjectName(QStringLiteral("clientCertFile"));
    m_clientKey->setObjectName(QStringLiteral("clientKeyFile"));
    m_autoReconnect->setObjectName(QStringLiteral("autoReconnect"));
    m_insecureWarning->setObjectName(QStringLiteral("insecureWarning"));
    m_insecureWarning->setText(tr("⚠ Certificate verification is off: anyone on the network path can pose as "
                                  "the server and read or change the traffic."));
    m_error->setObjectName(QStringLiteral("errorLabel"));
}

void NewConnectionDialog::layOutDialog()
{
    auto *urlForm = new QFormLayout;
    urlForm->addRow(tr("&URL:"), createUrlRow());

    auto *tabs = new QTabWidget;
    tabs->setObjectName(QStringLiteral("tabs"));
    tabs->addTab(createRequestPage(), tr("Re&quest"));
    tabs->addTab(createTlsPage(), tr("&TLS"));
    tabs->addTab(createProxyPage(), tr("Pro&xy"));
    tabs->addTab(createConnectionPage(), tr("&Connection"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewConnectionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewConnectionDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_profiles);
    layout->addLayout(urlForm);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_insecureWarning);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void NewConnectionDialog::connectFields()
{
    connect(m_insecure, &QCheckBox::toggled, this, &NewConnectionDialog::updateEnabled);
    connect(m_autoReconnect, &QCheckBox::toggled, this, &NewConnectionDialog::updateEnabled);
    connect(m_proxyType, &QComboBox::currentIndexChanged, this, [this] {
        // Follow the type's usual port unless the user picked another one.
        const auto type = QNetworkProxy::ProxyType(m_proxyType->currentData().toInt());
        if (m_proxyPort->value() == kHttpProxyPort || m_proxyPort->value() == kSocksProxyPort)
            m_proxyPort->setValue(type == QNetworkProxy::Socks5Proxy ? kSocksProxyPort : kHttpProxyPort);
        updateEnabled();
    });
    connect(m_profiles, &ProfileBar::profileChosen, this, &NewConnectionDialog::loadProfile);
    connect(m_profiles, &ProfileBar::saveRequested, this, &NewConnectionDialog::saveProfile);
    connect(m_profiles, &ProfileBar::removeRequested, this, &NewConnectionDialog::removeProfile);
}

NewConnectionDialog::~NewConnectionDialog() = default;

QWidget *NewConnectionDialog::createRequestPage()
{
    m_headers->setObjectName(QStringLiteral("headers"));
    m_headers->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    m_headers->horizontalHeader()->setStretchLastSection(true);
    m_headers->setColumnWidth(0, 200);
    m_headers->verticalHeader()->hide();
    m_headers->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto *add = new QPushButton(tr("&Add Header"));
    add->setObjectName(QStringLiteral("addHeaderButton"));
    auto *remove = new QPushButton(tr("Remo&ve Header"));
    remove->setObjectName(QStringLiteral("removeHeaderButton"));
    connect(add, &QPushButton::clicked, this, [this] {
        addHeaderRow();
        m_headers->setCurrentCell(m_headers->rowCount() - 1, 0);
        m_headers->editItem(m_headers->item(m_headers->rowCount() - 1, 0));
    });
    connect(remove, &QPushButton::clicked, this, &NewConnectionDialog::removeSelectedHeaders);
    auto *headerButtons = new QHBoxLayout;
    headerButtons->addWidget(add);
    headerButtons->addWidget(remove);
    headerButtons->addStretch();

    auto *page = new QWidget;
    auto *form = new QFormLayout;
    form->addRow(tr("Su&bprotocols:"), m_subprotocols);
    form->addRow(tr("&Origin:"), m_origin);
    form->addRow(QString(), m_deflate);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Extra headers, sent in this order after the standard ones:")));
    layout->addWidget(m_headers, 1);
    layout->addLayout(headerButtons);
    return page;
}

QWidget *NewConnectionDialog::createTlsPage()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    auto *hint = new QLabel(tr("These settings apply to wss:// URLs. Certificates are verified against the "
                               "system's trusted CAs and the CA file below."));
    hint->setWordWrap(true);
    form->addRow(hint);
    form->addRow(QString(), m_insecure);
    form->addRow(tr("C&A file:"), m_caFile);
    form->addRow(tr("Client c&ertificate:"), m_clientCert);
    form->addRow(tr("Client &key:"), m_clientKey);
    form->addRow(tr("Server &name (SNI):"), m_serverName);
    return page;
}

QWidget *NewConnectionDialog::createProxyPage()
{
    m_proxyType->setObjectName(QStringLiteral("proxyType"));
    m_proxyType->addItem(tr("No proxy"), int(QNetworkProxy::NoProxy));
    m_proxyType->addItem(tr("HTTP CONNECT"), int(QNetworkProxy::HttpProxy));
    m_proxyType->addItem(tr("SOCKS5"), int(QNetworkProxy::Socks5Proxy));
    m_proxyPort->setObjectName(QStringLiteral("proxyPort"));
    m_proxyPort->setRange(1, 65535);
    m_proxyPassword->setEchoMode(QLineEdit::Password);

    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    form->addRow(tr("T&ype:"), m_proxyType);
    form->addRow(tr("&Host:"), m_proxyHost);
    form->addRow(tr("P&ort:"), m_proxyPort);
    form->addRow(tr("U&ser:"), m_proxyUser);
    form->addRow(tr("Pass&word:"), m_proxyPassword);
    return page;
}

QWidget *NewConnectionDialog::createConnectionPage()
{
    m_pingInterval->setSpecialValueText(tr("off"));
    m_pingInterval->setSingleStep(1000);
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    form->addRow(tr("Co&nnect timeout:"), m_connectTimeout);
    form->addRow(tr("Automatic p&ing every:"), m_pingInterval);
    form->addRow(QString(), m_autoReconnect);
    form->addRow(tr("&First retry after:"), m_reconnectInitial);
    form->addRow(tr("&Longest wait between retries:"), m_reconnectMax);
    return page;
}

ClientOptions NewConnectionDialog::options() const
{
    ClientOptions options = m_base;
    options.url = QUrl(m_url->text().trimmed());
    options.headers = headers();
    options.subprotocols = TokenList::parse(m_subprotocols->text());
    options.origin = m_origin->text().trimmed().toUtf8();
    options.deflate = m_deflate->isChecked();
    options.insecure = m_insecure->isChecked();
    options.caFile = m_caFile->path();
    options.clientCertFile = m_clientCert->path();
    options.clientKeyFile = m_clientKey->path();
    options.tlsServerName = m_serverName->text().trimmed();
    const auto type = QNetworkProxy::ProxyType(m_proxyType->currentData().toInt());
    options.proxy = type == QNetworkProxy::NoProxy
            ? QNetworkProxy(QNetworkProxy::NoProxy)
            : QNetworkProxy(type, m_proxyHost->text().trimmed(), quint16(m_proxyPort->value()), m_proxyUser->text(),
                            m_proxyPassword->text());
    options.connectTimeoutMs = m_connectTimeout->value();
    options.session.pingIntervalMs = m_pingInterval->value();
    options.autoReconnect = m_autoReconnect->isChecked();
    options.reconnectInitialDelayMs = m_reconnectInitial->value();
    options.reconnectMaxDelayMs = m_reconnectMax->value();
    return options;
}

void NewConnectionDialog::setOptions(const ClientOptions &options)
{
    m_base = options;
    m_url->setText(options.url.toString());
    m_headers->setRowCount(0);
    for (const HttpHeader &header : options.headers)
        addHeaderRow(QString::fromUtf8(header.name), QString::fromUtf8(header.value));
    m_subprotocols->setText(TokenList::format(options.subprotocols));
    m_origin->setText(QString::fromUtf8(options.origin));
    m_deflate->setChecked(options.deflate);
    m_insecure->setChecked(options.insecure);
    m_caFile->setPath(options.caFile);
    m_clientCert->setPath(options.clientCertFile);
    m_clientKey->setPath(options.clientKeyFile);
    m_serverName->setText(options.tlsServerName);
    const int typeIndex = m_proxyType->findData(int(options.proxy.type()));
    m_proxyType->setCurrentIndex(typeIndex < 0 ? 0 : typeIndex);
    m_proxyHost->setText(options.proxy.hostName());
    m_proxyPort->setValue(options.proxy.port() != 0                                    ? options.proxy.port()
                                  : options.proxy.type() == QNetworkProxy::Socks5Proxy ? kSocksProxyPort
                                                                                       : kHttpProxyPort);
    m_proxyUser->setText(options.proxy.user());
    m_proxyPassword->setText(options.proxy.password());
    m_connectTimeout->setValue(options.connectTimeoutMs);
    m_pingInterval->setValue(options.session.pingIntervalMs);
    m_autoReconnect->setChecked(options.autoReconnect);
    m_reconnectInitial->setValue(options.reconnectInitialDelayMs);
    m_reconnectMax->setValue(options.reconnectMaxDelayMs);
    updateEnabled();
}

void NewConnectionDialog::showError(const QString &message)
{
    m_error->showMessage(message);
}

void NewConnectionDialog::saveProfile(const QString &name)
{
    ConnectionProfiles::saveClient(name, options());
    m_profiles->setNames(ConnectionProfiles::clientNames(), name);
}

bool NewConnectionDialog::loadProfile(const QString &name)
{
    const std::optional<ClientOptions> profile = ConnectionProfiles::loadClient(name);
    if (!profile) {
        showError(tr("There is no saved profile named \"%1\".").arg(name));
        return false;
    }
    setOptions(*profile);
    m_profiles->setNames(ConnectionProfiles::clientNames(), name);
    m_error->clearMessage();
    return true;
}

void NewConnectionDialog::removeProfile(const QString &name)
{
    ConnectionProfiles::removeClient(name);
    m_profiles->setNames(ConnectionProfiles::clientNames());
}

void NewConnectionDialog::accept()
{
    m_error->clearMessage();
    QString error = WebSocketClient::validate(options());
    if (error.isEmpty())
        error = formError();
    if (!error.isEmpty()) {
        showError(error);
        return;
    }
    ConnectionProfiles::addRecentUrl(m_url->text().trimmed());
    QDialog::accept();
}

// The URL field with the recent URLs as a drop-down (the arrow, or Alt+Down) and as completions.
QWidget *NewConnectionDialog::createUrlRow()
{
    auto *recent = new QStringListModel(ConnectionProfiles::recentUrls(), this);
    auto *completer = new QCompleter(recent, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_url->setCompleter(completer);
    auto *showRecent = new QToolButton;
    showRecent->setObjectName(QStringLiteral("recentUrls"));
    showRecent->setArrowType(Qt::DownArrow);
    showRecent->setToolTip(tr("Recent URLs (Alt+Down)"));
    showRecent->setEnabled(recent->rowCount() > 0);
    auto popUp = [completer] {
        completer->setCompletionPrefix(QString());
        completer->complete();
    };
    connect(showRecent, &QToolButton::clicked, this, popUp);
    auto *shortcut = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Down), m_url);
    shortcut->setContext(Qt::WidgetShortcut);
    connect(shortcut, &QShortcut::activated, this, popUp);
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_url, 1);
    layout->addWidget(showRecent);
    return row;
}

void NewConnectionDialog::addHeaderRow(const QString &name, const QString &value)
{
    const int row = m_headers->rowCount();
    m_headers->insertRow(row);
    m_headers->setItem(row, 0, new QTableWidgetItem(name));
    m_headers->setItem(row, 1, new QTableWidgetItem(value));
}

void NewConnectionDialog::removeSelectedHeaders()
{
    QList<int> rows;
    for (const QModelIndex &index : m_headers->selectionModel()->selectedRows())
        rows.append(index.row());
    if (rows.isEmpty() && m_headers->currentRow() >= 0)
        rows.append(m_headers->currentRow());
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : std::as_const(rows))
        m_headers->removeRow(row);
}

QList<HttpHeader> NewConnectionDialog::headers() const
{
    QList<HttpHeader> headers;
    for (int row = 0; row < m_headers->rowCount(); ++row) {
        const QTableWidgetItem *name = m_headers->item(row, 0);
        const QTableWidgetItem *value = m_headers->item(row, 1);
        const QByteArray nameBytes = name ? name->text().trimmed().toUtf8() : QByteArray();
        const QByteArray valueBytes = value ? value->text().trimmed().toUtf8() : QByteArray();
        // An untouched row from "Add Header" is not a header.
        if (!nameBytes.isEmpty() || !valueBytes.isEmpty())
            headers.append({nameBytes, valueBytes});
    }
    return headers;
}

QString NewConnectionDialog::formError() const
{
    for (const HttpHeader &header : headers()) {
        if (header.name.isEmpty())
            return tr("A header with the value \"%1\" has no name.").arg(QString::fromUtf8(header.value));
        if (!TokenList::isToken(header.name))
            return tr("\"%1\" is not a valid header name: use letters, digits and !#$%&'*+-.^_`|~")
                    .arg(QString::fromUtf8(header.name));
        // A line break would let a value smuggle extra header lines into the request.
        if (hasLineBreak(header.value))
            return tr("The value of header %1 contains a line break.").arg(QString::fromUtf8(header.name));
    }
    const QByteArray badProtocol = TokenList::firstInvalid(TokenList::parse(m_subprotocols->text()));
    if (!badProtocol.isEmpty())
        return tr("\"%1\" is not a valid subprotocol name: use letters, digits and !#$%&'*+-.^_`|~")
                .arg(QString::fromUtf8(badProtocol));
    if (m_proxyType->currentData().toInt() != int(QNetworkProxy::NoProxy) && m_proxyHost->text().trimmed().isEmpty())
        return tr("The proxy needs a host name.");
    if (m_autoReconnect->isChecked() && m_reconnectInitial->value() > m_reconnectMax->value())
        return tr("The first reconnect delay is longer than the longest wait between retries.");
    return {};
}

void NewConnectionDialog::updateEnabled()
{
    m_insecureWarning->setVisible(m_insecure->isChecked());
    const bool proxied = m_proxyType->currentData().toInt() != int(QNetworkProxy::NoProxy);
    for (QWidget *widget : std::initializer_list<QWidget *>{m_proxyHost, m_proxyPort, m_proxyUser, m_proxyPassword})
        widget->setEnabled(proxied);
    m_reconnectInitial->setEnabled(m_autoReconnect->isChecked());
    m_reconnectMax->setEnabled(m_autoReconnect->isChecked());
}

} // namespace Sockscope
