// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Sockscope {

class ErrorLabel;

// The composer's Close page: a close code a peer may send (picked or typed) and a reason of
// at most 123 bytes of UTF-8, so the Close payload stays within 125 bytes.
class CloseEditor : public QWidget
{
    Q_OBJECT

public:
    explicit CloseEditor(QWidget *parent = nullptr);

    void setSendAllowed(bool allowed, const QString &reason);

Q_SIGNALS:
    void closeRequested(quint16 code, const QString &reason);

private:
    struct Close
    {
        quint16 code;
        QString reason;
    };
    // Checks code and reason, updates the labels; the close to send when both are valid.
    std::optional<Close> validate();
    void onSendClicked();

    QComboBox *m_code = nullptr;
    QLabel *m_codeName = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_reasonSize = nullptr;
    ErrorLabel *m_error = nullptr;
    QPushButton *m_send = nullptr;
};

} // namespace Sockscope
