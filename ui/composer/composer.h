// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/opcodemetatype.h"
#include "protocol/frameencoder.h"
#include "snippets.h"

#include <QList>
#include <QPair>
#include <QTimer>
#include <QWidget>

#include <optional>

class QBoxLayout;
class QComboBox;
class QLabel;
class QLayout;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTabWidget;

namespace Sockscope {

class CloseEditor;
class ErrorLabel;
class PingEditor;
class RawFrameEditor;

// The composer (UI-6): builds data messages (text, JSON, hex, file), pings, closes and raw
// frames, checks them and emits requests. It never talks to the engine; whoever owns it
// wires the signals to a WebSocketSession or a server's peers. `target` is a peer id from
// setTargets(), or 0 for all peers (and for a client connection).
class Composer : public QWidget
{
    Q_OBJECT

public:
    explicit Composer(QWidget *parent = nullptr);

    // The peers of a server, as (id, label); empty for a client connection, which hides
    // the target selector. The selection survives updates while its peer is still listed.
    void setTargets(const QList<QPair<quint64, QString>> &peers);
    quint64 currentTarget() const;

    // Without an open connection the send buttons are disabled and say why; a running
    // repeat stops. A new composer starts disconnected.
    void setConnected(bool connected);
    // Puts a message into the editor to be sent again: text as text, binary as hex.
    void loadMessage(Sockscope::Opcode opcode, const QByteArray &payload);
    bool isConnected() const { return m_connected; }

    bool isRepeating() const { return m_repeatTimer.isActive(); }
    void stopRepeat();

Q_SIGNALS:
    void sendMessageRequested(quint64 target, Sockscope::Opcode opcode, const QByteArray &data, qsizetype fragmentSize);
    void sendRawFrameRequested(quint64 target, const Sockscope::FrameSpec &spec, const QByteArray &payload);
    void pingRequested(quint64 target, const QByteArray &payload);
    void closeRequested(quint64 target, quint16 code, const QString &reason);

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateMessageDirection();
    int sideBySideWidth() const;
    struct Message
    {
        Opcode opcode;
        QByteArray data;
    };

    QWidget *createMessagePage();
    QLayout *createModeRow();
    QWidget *createInputStack();
    QLayout *createFragmentRow();
    QLayout *createRepeatRow();
    QLayout *createSendRow();
    void connectMessagePage(QWidget *page);
    QWidget *createSnippetsBox();
    MessageMode mode() const;
    void setMode(MessageMode mode);
    // Builds the message from the current input; shows what is wrong and returns nothing
    // when it cannot be sent.
    std::optional<Message> buildMessage();
    void onModeChanged();
    void onFormatClicked();
    void onBrowseClicked();
    void onFilePathChanged();
    void onSendClicked();
    void onRepeatTimeout();
    void updateSendButtons();
    void updateProgress();
    void reloadSnippets();
    void onSaveSnippetClicked();
    void onLoadSnippetClicked();
    void onDeleteSnippetClicked();

    bool m_connected = false;
    QList<Snippet> m_snippets;

    QLabel *m_targetLabel = nullptr;
    QComboBox *m_target = nullptr;
    QTabWidget *m_tabs = nullptr;
    QBoxLayout *m_messageLayout = nullptr;

    QComboBox *m_mode = nullptr;
    QPushButton *m_format = nullptr;
    QStackedWidget *m_inputStack = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    QLineEdit *m_filePath = nullptr;
    QLabel *m_fileInfo = nullptr;
    QPushButton *m_browse = nullptr;
    ErrorLabel *m_error = nullptr;
    QSpinBox *m_fragmentSize = nullptr;
    QSpinBox *m_repeatCount = nullptr;
    QSpinBox *m_repeatInterval = nullptr;
    QLabel *m_progress = nullptr;
    QPushButton *m_stop = nullptr;
    QPushButton *m_send = nullptr;

    QListWidget *m_snippetList = nullptr;
    QLineEdit *m_snippetName = nullptr;
    QPushButton *m_loadSnippet = nullptr;
    QPushButton *m_deleteSnippet = nullptr;

    PingEditor *m_ping = nullptr;
    CloseEditor *m_close = nullptr;
    RawFrameEditor *m_raw = nullptr;

    // A repeat sends the same message, checked once, to the same target every interval.
    QTimer m_repeatTimer;
    quint64 m_repeatTarget = 0;
    Message m_repeatMessage{Opcode::Text, {}};
    qsizetype m_repeatFragmentSize = 0;
    int m_repeatTotal = 0;
    int m_repeatSent = 0;
};

} // namespace Sockscope
