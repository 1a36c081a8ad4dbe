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

// The composer's Ping page: a payload typed as text or hex, at most 125 bytes (RFC 6455 §5.5).
class PingEditor : public QWidget
{
    Q_OBJECT

public:
    explicit PingEditor(QWidget *parent = nullptr);

    void setSendAllowed(bool allowed, const QString &reason);

Q_SIGNALS:
    void pingRequested(const QByteArray &payload);

private:
    // Checks the input, updates the byte counter and the error; the payload when it is valid.
    std::optional<QByteArray> validate();
    void onSendClicked();

    QComboBox *m_format = nullptr;
    QLineEdit *m_payload = nullptr;
    QLabel *m_size = nullptr;
    ErrorLabel *m_error = nullptr;
    QPushButton *m_send = nullptr;
};

} // namespace Sockscope
