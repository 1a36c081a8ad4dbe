// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "proxyoptions.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace Sockscope {

class FilePathEdit;
class FormMessage;

// Starts a proxy (issue 11): reverse (every client is paired with a connection to one upstream
// URL, its path and query appended) or forward (clients use Sockscope as their HTTP proxy).
// Listen address and port, TLS files to listen with wss://, permessage-deflate on both legs,
// the upstream leg's connection options (the New Connection dialog's) and the headless
// replace/drop rules in the CLI's syntax. OK validates the form and stays open with the error;
// a listen error is shown with showError(), as in NewServerDialog.
class NewProxyDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewProxyDialog(QWidget *parent = nullptr);
    ~NewProxyDialog() override;

    ProxyOptions options() const;
    void showError(const QString &message);
    void accept() override;

private:
    void setUpFields();
    void layOutDialog();
    QWidget *createModeBox();
    QWidget *createListenBox();
    QWidget *createRulesBox();
    void editUpstreamOptions();
    bool isForward() const;
    void updateMode();
    // Parses the rule boxes into `rules`; the first error, or empty.
    QString parseRules(ProxyRules *rules) const;
    QString formError() const;
    void restoreLastUsed();
    void saveLastUsed() const;

    ClientOptions m_upstreamOptions;
    QComboBox *m_mode;
    QLineEdit *m_upstreamUrl;
    QPushButton *m_upstreamButton;
    QLabel *m_forwardNote;
    QComboBox *m_address;
    QSpinBox *m_port;
    FormMessage *m_addressWarning;
    FilePathEdit *m_certFile;
    FilePathEdit *m_keyFile;
    QCheckBox *m_deflate;
    QPlainTextEdit *m_replaceRules;
    QPlainTextEdit *m_dropRules;
    FormMessage *m_error;
};

} // namespace Sockscope
