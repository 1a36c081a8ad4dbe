// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/opcodemetatype.h"
#include "protocol/frameencoder.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QFont;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Sockscope {

class ErrorLabel;

// The composer's raw frame builder (UI-6): every header field of one frame is settable,
// including what RFC 6455 forbids, so servers and clients can be tested with malformed
// frames. It shows the header it will write and lists the rules the frame breaks.
class RawFrameEditor : public QWidget
{
    Q_OBJECT

public:
    explicit RawFrameEditor(QWidget *parent = nullptr);

    void setSendAllowed(bool allowed, const QString &reason);
    // Clients must mask and servers must not; this picks the default and the warnings.
    void setClientRole(bool client);

Q_SIGNALS:
    void frameRequested(const Sockscope::FrameSpec &spec, const QByteArray &payload);

private:
    struct Frame
    {
        FrameSpec spec;
        QByteArray payload;
        bool randomMask = false;
    };
    void createBitFields();
    void createOpcodeCombo();
    void createMaskFields(const QFont &fixed);
    void createLengthFields();
    void createPayloadFields(const QFont &fixed);
    void createResultFields(const QFont &fixed);
    void layOutFields();
    void connectFields();
    // Reads every field, refreshes the preview, notes and error; the frame when it is valid.
    std::optional<Frame> validate();
    void readPayload(Frame &frame, QStringList &errors) const;
    void readLength(Frame &frame, QStringList &errors) const;
    void showLengthInfo(const Frame &frame);
    void readMaskKey(Frame &frame, QStringList &errors) const;
    QString headerPreview(const Frame &frame) const;
    QStringList violations(const Frame &frame) const;
    void onSendClicked();

    bool m_clientRole = true;
    QCheckBox *m_fin = nullptr;
    QCheckBox *m_rsv1 = nullptr;
    QCheckBox *m_rsv2 = nullptr;
    QCheckBox *m_rsv3 = nullptr;
    QComboBox *m_opcode = nullptr;
    QCheckBox *m_mask = nullptr;
    QLineEdit *m_maskKey = nullptr;
    QLineEdit *m_lengthOverride = nullptr;
    QComboBox *m_lengthEncoding = nullptr;
    QLabel *m_lengthInfo = nullptr;
    QComboBox *m_payloadFormat = nullptr;
    QPlainTextEdit *m_payload = nullptr;
    QLabel *m_header = nullptr;
    QLabel *m_violations = nullptr;
    ErrorLabel *m_error = nullptr;
    QPushButton *m_send = nullptr;
};

} // namespace Sockscope
