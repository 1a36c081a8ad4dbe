// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interceptor.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace Sockscope {

class FormMessage;

// The intercept queue of the proxies (issue 11 §3): the switch (interceptAction(), also on the
// main toolbar), the rules, the paused messages oldest first with how long each has waited,
// and the selected one in an editor, as text or hex, to forward (edited or not) or drop.
// Forward All lets everything through; so does switching intercept off.
class InterceptPane : public QWidget
{
    Q_OBJECT

public:
    explicit InterceptPane(QWidget *parent = nullptr);
    ~InterceptPane() override;

    // The session's interceptor; a new session brings a new one. Takes the saved rules.
    void setInterceptor(Interceptor *interceptor);
    QAction *interceptAction() const { return m_interceptAction; }

    QTreeWidget *queueView() const { return m_queue; }
    QPlainTextEdit *editor() const { return m_editor; }
    QComboBox *editorMode() const { return m_editorMode; }

public Q_SLOTS:
    void editRules();
    void forwardCurrent();
    void dropCurrent();

private:
    QWidget *createToolRow();
    QWidget *createEditor();
    void onPaused(const PendingMessage &message);
    void onResolved(quint64 id);
    void showCurrent();
    void switchEditorMode(int mode);
    // The editor's bytes; false with the error shown when its hex does not parse.
    bool editedBytes(QByteArray *bytes) const;
    void updateWaitingTimes();
    void updateCount();
    std::optional<PendingMessage> currentMessage() const;

    QPointer<Interceptor> m_interceptor;
    QAction *m_interceptAction;
    QLabel *m_count;
    QTreeWidget *m_queue;
    QPlainTextEdit *m_editor;
    QComboBox *m_editorMode;
    QPushButton *m_forward;
    QPushButton *m_drop;
    FormMessage *m_error;
    QTimer *m_waitingTimer;
    QHash<quint64, PendingMessage> m_messages;
    int m_shownMode = 0;
};

} // namespace Sockscope
