// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include "clientoptions.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace Sockscope {

class FilePathEdit;
class FormMessage;
class ProfileBar;

// Opens a client connection (ENG-5): URL, headers, subprotocols, Origin, compression, TLS,
// proxy, timeouts, auto-ping and auto-reconnect, with saved profiles. OK checks the options
// (WebSocketClient::validate plus the form's own checks) and stays open with the error shown
// inline until they pass.
class NewConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewConnectionDialog(QWidget *parent = nullptr);
    ~NewConnectionDialog() override;

    // Options the form does not show (message limits, close timeout, automatic pong, proxy
    // password) pass through from setOptions() unchanged.
    ClientOptions options() const;
    void setOptions(const ClientOptions &options);

    // Shows an error under the form, e.g. one the caller only learns when connecting.
    void showError(const QString &message);

    void saveProfile(const QString &name);
    // False with the error shown when there is no such profile.
    bool loadProfile(const QString &name);

    void accept() override;

private:
    void nameFields();
    void layOutDialog();
    void connectFields();
    QWidget *createUrlRow();
    QWidget *createRequestPage();
    QWidget *createTlsPage();
    QWidget *createProxyPage();
    QWidget *createConnectionPage();
    void addHeaderRow(const QString &name = {}, const QString &value = {});
    void removeSelectedHeaders();
    QList<HttpHeader> headers() const;
    QString formError() const;
    void updateEnabled();
    void removeProfile(const QString &name);

    ClientOptions m_base;
    ProfileBar *m_profiles;
    QLineEdit *m_url;
    QTableWidget *m_headers;
    QLineEdit *m_subprotocols;
    QLineEdit *m_origin;
    QCheckBox *m_deflate;
    QCheckBox *m_insecure;
    FilePathEdit *m_caFile;
    FilePathEdit *m_clientCert;
    FilePathEdit *m_clientKey;
    QLineEdit *m_serverName;
    QComboBox *m_proxyType;
    QLineEdit *m_proxyHost;
    QSpinBox *m_proxyPort;
    QLineEdit *m_proxyUser;
    QLineEdit *m_proxyPassword;
    QSpinBox *m_connectTimeout;
    QSpinBox *m_pingInterval;
    QCheckBox *m_autoReconnect;
    QSpinBox *m_reconnectInitial;
    QSpinBox *m_reconnectMax;
    FormMessage *m_insecureWarning;
    FormMessage *m_error;
};

} // namespace Sockscope
