// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clientoptions.h"
#include "clientreplay.h"
#include "replay/conversation.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Sockscope {

class FormMessage;

// What a replay is started with (and started again with, by Replay Again).
struct ReplaySettings
{
    Conversation conversation;
    ClientOptions target;
    ClientReplay::Pacing pacing = ClientReplay::Pacing::OriginalTiming;
    double speed = 1.0;
    QStringList ignorePatterns;
};

// "Replay…" (CAP-4): which recorded connection to replay, against which server (the recorded
// URL first), with which connection options (the New Connection dialog's), at which pace
// (original timing, scaled, as fast as possible, step by step), and which volatile text to
// ignore in the diff (one regular expression per line). OK checks it all and stays open with
// the error shown until it passes.
class ReplayDialog : public QDialog
{
    Q_OBJECT

public:
    // `conversations` must not be empty; `preselected` is the connection id chosen first.
    ReplayDialog(const QList<Conversation> &conversations, quint64 preselected, QWidget *parent = nullptr);

    ReplaySettings settings() const;
    const Conversation &conversation() const;
    ClientOptions options() const;
    ClientReplay::Pacing pacing() const;
    double speed() const;
    QStringList ignorePatterns() const;

    void setIgnorePatterns(const QStringList &patterns);
    void showError(const QString &message);
    void accept() override;

private:
    QWidget *createForm();
    void editConnectionOptions();
    void onConnectionChanged();
    void updateSpeedEnabled();
    QString formError() const;

    QList<Conversation> m_conversations;
    ClientOptions m_options;
    QComboBox *m_connection;
    QLabel *m_summary;
    QLineEdit *m_url;
    QComboBox *m_pacing;
    QDoubleSpinBox *m_speed;
    QPlainTextEdit *m_ignore;
    FormMessage *m_error;
};

} // namespace Sockscope
