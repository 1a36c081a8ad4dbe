// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mockserver.h"
#include "replay/conversation.h"
#include "serveroptions.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QSpinBox;

namespace Sockscope {

class FormMessage;

// "Serve as Mock Server…" (CAP-5) for a capture already open or being recorded: which of its
// connections to serve, where to listen (loopback unless the user picks another address, with a
// warning) and how to pace the recorded server messages. Like NewServerDialog, errors only known
// when listening go through showError() with the dialog kept open.
class MockServerDialog : public QDialog
{
    Q_OBJECT

public:
    // `conversations` must not be empty; `preselected` is the connection id chosen first, when
    // one of them has it.
    MockServerDialog(const QList<Conversation> &conversations, quint64 preselected, QWidget *parent = nullptr);

    ServerOptions options() const;
    MockServer::Pacing pacing() const;
    const Conversation &conversation() const;

    void showError(const QString &message);
    void accept() override;

private:
    QWidget *createForm();
    void updateAddressWarning();
    void updateSummary();

    QList<Conversation> m_conversations;
    QComboBox *m_connection;
    QLabel *m_summary;
    QComboBox *m_address;
    QSpinBox *m_port;
    FormMessage *m_addressWarning;
    QComboBox *m_pacing;
    FormMessage *m_error;
};

} // namespace Sockscope
