// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/framelogmodel.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QTreeView;

namespace Sockscope {

class DecoderChoices;
class JsonTreeModel;

// The decoder pane (UI-5): the selected frame's whole message as its decoder reads it — the
// decoder's name and one-line summary, a "Decode as…" choice for what that side of the
// connection sends, the readable text (monospace, marked bytes highlighted, or the one-line
// reason it cannot be decoded) and, when the result is JSON, a collapsible tree whose rows
// copy their path ($.data.items[3].name) or value.
class DecoderPane : public QWidget
{
    Q_OBJECT

public:
    explicit DecoderPane(QWidget *parent = nullptr);

    // The log whose rows are shown and the choices "Decode as…" changes (neither owned).
    void setSources(FrameLogModel *log, DecoderChoices *choices);
    // Shows the message of the frame at `row` of the log; other rows clear the pane.
    void showRow(int row);
    void clear();

    // For tests and screenshots.
    QComboBox *decodeAsBox() const { return m_decodeAs; }
    QTreeView *treeView() const { return m_tree; }
    QPlainTextEdit *textView() const { return m_text; }
    QTabWidget *views() const { return m_views; }
    QString decoderName() const;
    QString summary() const;
    QString errorText() const;
    QAction *copyPathAction() const { return m_copyPath; }
    QAction *copyValueAction() const { return m_copyValue; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void createControls();
    void showSummary(const QString &summary);
    QWidget *createTreeTab();
    void fillDecodeAs();
    void selectCurrentChoice();
    void onDecodeAsActivated(int index);
    void chooseProtobufSchema();
    void refresh();
    void showDecoded(const DecodedMessage &message);
    void showText(const DecodedMessage &message);
    void copyFromTree(int role);

    QPointer<FrameLogModel> m_log;
    QPointer<DecoderChoices> m_choices;
    qint64 m_sequence = 0; // of the frame shown, 0 when none
    quint64 m_connectionId = 0;
    DecodeContext::Sender m_sender = DecodeContext::Sender::Unknown;

    QLabel *m_name;
    QLabel *m_summary;
    QComboBox *m_decodeAs;
    QLabel *m_error;
    QTabWidget *m_views;
    QPlainTextEdit *m_text;
    QTreeView *m_tree;
    JsonTreeModel *m_treeModel;
    QAction *m_copyPath;
    QAction *m_copyValue;
};

} // namespace Sockscope
