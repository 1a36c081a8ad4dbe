// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include "mockserver.h"
#include "serveroptions.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace Sockscope {

class FilePathEdit;
class FormMessage;
class ProfileBar;

// Starts a local server (ENG-6): listen address (loopback unless the user picks another, with
// a warning), port, TLS files, subprotocols, compression, required headers and behaviour,
// including replay of a capture as a mock server (CAP-5); with saved profiles. OK checks what
// can be checked before listening and stays open with the error shown inline. Errors only
// known when listening (port in use) go through showError():
//
//     while (dialog.exec() == QDialog::Accepted) {
//         if (server->listen()) break;
//         dialog.showError(server->errorString());
//     }
class NewServerDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewServerDialog(QWidget *parent = nullptr);
    ~NewServerDialog() override;

    // Options the form does not show (session limits, timeouts) pass through from setOptions()
    // unchanged. With replay chosen the behaviour is Manual: the mock server does the replying.
    ServerOptions options() const;
    // Selects options.behaviour; replay is chosen with setReplay().
    void setOptions(const ServerOptions &options);

    // The capture to replay when the replay behaviour is chosen, else empty.
    QString replayCapture() const;
    MockServer::Pacing replayPacing() const;
    void setReplay(const QString &capture, MockServer::Pacing pacing);

    // Shows an error under the form, e.g. the listen error when the port is in use.
    void showError(const QString &message);

    void saveProfile(const QString &name);
    // False with the error shown when there is no such profile.
    bool loadProfile(const QString &name);

    void accept() override;

private:
    void setUpListenFields();
    void setUpOtherFields();
    void layOutDialog();
    QWidget *createListenBox();
    QWidget *createTlsBox();
    QWidget *createHandshakeBox();
    QWidget *createBehaviourBox();
    QWidget *createButtons();
    bool isReplay() const;
    QString formError() const;
    void updateAddressWarning();
    void updateEnabled();
    void removeProfile(const QString &name);

    ServerOptions m_base;
    ProfileBar *m_profiles;
    QComboBox *m_address;
    QSpinBox *m_port;
    FormMessage *m_addressWarning;
    FilePathEdit *m_certFile;
    FilePathEdit *m_keyFile;
    QLineEdit *m_subprotocols;
    QCheckBox *m_deflate;
    QLineEdit *m_requiredHeaders;
    QComboBox *m_behaviour;
    FilePathEdit *m_replayFile;
    QComboBox *m_replayPacing;
    FormMessage *m_error;
};

} // namespace Sockscope
