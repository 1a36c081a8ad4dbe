// SPDX-License-Identifier: GPL-3.0-or-later
#include "rawframeeditor.h"

#include "errorlabel.h"
#include "hexparser.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace Sockscope {
namespace {

LengthEncoding shortestEncoding(std::uint64_t length)
{
    return length <= 125 ? LengthEncoding::Bits7 : length <= 0xFFFF ? LengthEncoding::Bits16 : LengthEncoding::Bits64;
}

QString encodingName(LengthEncoding encoding)
{
    switch (encoding) {
    case LengthEncoding::Bits7:
        return RawFrameEditor::tr("7-bit");
    case LengthEncoding::Bits16:
        return RawFrameEditor::tr("16-bit");
    case LengthEncoding::Bits64:
        return RawFrameEditor::tr("64-bit");
    }
    Q_UNREACHABLE();
}

QString opcodeLabel(int opcode)
{
    QString name;
    switch (opcode) {
    case 0x0:
        name = RawFrameEditor::tr("Continuation");
        break;
    case 0x1:
        name = RawFrameEditor::tr("Text");
        break;
    case 0x2:
        name = RawFrameEditor::tr("Binary");
        break;
    case 0x8:
        name = RawFrameEditor::tr("Close");
        break;
    case 0x9:
        name = RawFrameEditor::tr("Ping");
        break;
    case 0xA:
        name = RawFrameEditor::tr("Pong");
        break;
    default:
        name = opcode < 8 ? RawFrameEditor::tr("reserved data opcode") : RawFrameEditor::tr("reserved control opcode");
        break;
    }
    return QStringLiteral("0x") + QString::number(opcode, 16).toUpper() + QStringLiteral("  ") + name;
}

QWidget *row(std::initializer_list<QWidget *> widgets)
{
    auto *container = new QWidget;
    auto *layout = new QHBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *widget : widgets)
        layout->addWidget(widget);
    layout->addStretch();
    return container;
}

QCheckBox *checkBox(const QString &text, const QString &objectName, const QString &toolTip)
{
    auto *box = new QCheckBox(text);
    box->setObjectName(objectName);
    box->setToolTip(toolTip);
    return box;
}

} // namespace

RawFrameEditor::RawFrameEditor(QWidget *parent) : QWidget(parent)
{
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    createBitFields();
    createOpcodeCombo();
    createMaskFields(fixed);
    createLengthFields();
    createPayloadFields(fixed);
    createResultFields(fixed);
    layOutFields();
    connectFields();
    validate();
}

void RawFrameEditor::createBitFields()
{
    m_fin = checkBox(tr("FIN"), QStringLiteral("finCheck"), tr("Final fragment of a message"));
    m_fin->setChecked(true);
    m_rsv1 = checkBox(tr("RSV1"), QStringLiteral("rsv1Check"),
                      tr("Reserved bit 1 (\"compressed\" with permessage-deflate)"));
    m_rsv2 = checkBox(tr("RSV2"), QStringLiteral("rsv2Check"), tr("Reserved bit 2"));
    m_rsv3 = checkBox(tr("RSV3"), QStringLiteral("rsv3Check"), tr("Reserved bit 3"));
}

void RawFrameEditor::createOpcodeCombo()
{
    m_opcode = new QComboBox;
    m_opcode->setObjectName(QStringLiteral("opcodeCombo"));
    for (int opcode = 0; opcode < 16; ++opcode) {
        m_opcode->addItem(opcodeLabel(opcode), opcode);
        if (isReservedOpcode(std::uint8_t(opcode))) {
            QFont italic = m_opcode->font();
            italic.setItalic(true);
            m_opcode->setItemData(opcode, italic, Qt::FontRole);
            m_opcode->setItemData(opcode, tr("Reserved by RFC 6455: a peer must fail the connection"), Qt::ToolTipRole);
        }
    }
    m_opcode->setCurrentIndex(int(Opcode::Text));
}

void RawFrameEditor::createMaskFields(const QFont &fixed)
{
    m_mask = checkBox(tr("MASK"), QStringLiteral("maskCheck"), tr("Mask the payload (clients must, servers must not)"));
    m_mask->setChecked(m_clientRole);
    m_maskKey = new QLineEdit(tr("random"));
    m_maskKey->setObjectName(QStringLiteral("maskKeyEdit"));
    m_maskKey->setFont(fixed);
    m_maskKey->setPlaceholderText(tr("random"));
    m_maskKey->setToolTip(tr("8 hex digits such as 37fa213d, or \"random\" for a new key per frame"));
    // Wide enough for what it holds, rather than stretched across the page.
    m_maskKey->setFixedWidth(m_maskKey->fontMetrics().horizontalAdvance(QStringLiteral("0x00000000")) + 16);
}

void RawFrameEditor::createLengthFields()
{
    m_lengthOverride = new QLineEdit;
    m_lengthOverride->setObjectName(QStringLiteral("lengthOverrideEdit"));
    m_lengthOverride->setValidator(
            new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,20}")), m_lengthOverride));
    m_lengthOverride->setToolTip(tr("The payload length written in the header; empty writes the real length"));
    m_lengthOverride->setFixedWidth(
            m_lengthOverride->fontMetrics().horizontalAdvance(QStringLiteral("18446744073709551615")) + 16);
    m_lengthEncoding = new QComboBox;
    m_lengthEncoding->setObjectName(QStringLiteral("lengthEncodingCombo"));
    m_lengthEncoding->addItem(tr("Shortest"));
    m_lengthEncoding->addItem(tr("Force 16-bit"), int(LengthEncoding::Bits16));
    m_lengthEncoding->addItem(tr("Force 64-bit"), int(LengthEncoding::Bits64));
    m_lengthEncoding->setToolTip(tr("RFC 6455 requires the shortest encoding; a longer one tests the peer's parser"));
    m_lengthInfo = new QLabel;
    m_lengthInfo->setObjectName(QStringLiteral("lengthInfoLabel"));
}

void RawFrameEditor::createPayloadFields(const QFont &fixed)
{
    m_payloadFormat = new QComboBox;
    m_payloadFormat->setObjectName(QStringLiteral("rawPayloadFormatCombo"));
    m_payloadFormat->addItems({tr("Text"), tr("Hex")});
    m_payload = new QPlainTextEdit;
    m_payload->setObjectName(QStringLiteral("rawPayloadEdit"));
    m_payload->setFont(fixed);
    m_payload->setTabChangesFocus(true);
    m_payload->setPlaceholderText(tr("Payload as typed; masked on the wire when MASK is set"));
    m_payload->setFixedHeight(m_payload->fontMetrics().lineSpacing() * 4 + 12);
}

// The header preview, the broken rules, the input errors and the Send button.
void RawFrameEditor::createResultFields(const QFont &fixed)
{
    m_header = new QLabel;
    m_header->setObjectName(QStringLiteral("headerPreviewLabel"));
    m_header->setFont(fixed);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_violations = new QLabel;
    m_violations->setObjectName(QStringLiteral("violationsLabel"));
    m_violations->setWordWrap(true);
    m_error = new ErrorLabel;
    m_error->setObjectName(QStringLiteral("rawError"));
    m_send = new QPushButton(tr("Send &Frame"));
    m_send->setObjectName(QStringLiteral("rawSendButton"));
}

void RawFrameEditor::layOutFields()
{
    auto *form = new QFormLayout;
    form->addRow(tr("Bits:"), row({m_fin, m_rsv1, m_rsv2, m_rsv3}));
    form->addRow(tr("Opcode:"), row({m_opcode}));
    form->addRow(tr("Mask:"), row({m_mask, new QLabel(tr("Key:")), m_maskKey}));
    form->addRow(tr("Length:"), row({m_lengthOverride, m_lengthEncoding}));
    form->addRow(QString(), m_lengthInfo);
    form->addRow(tr("Payload:"), row({m_payloadFormat}));
    form->addRow(QString(), m_payload);
    form->addRow(tr("Header:"), m_header);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_send);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    // Outside the form: QFormLayout does not give wrapped labels the height they need.
    layout->addWidget(m_violations);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addLayout(buttons);
}

void RawFrameEditor::connectFields()
{
    for (QCheckBox *box : {m_fin, m_rsv1, m_rsv2, m_rsv3, m_mask})
        connect(box, &QCheckBox::toggled, this, &RawFrameEditor::validate);
    for (QComboBox *combo : {m_opcode, m_lengthEncoding, m_payloadFormat})
        connect(combo, &QComboBox::currentIndexChanged, this, &RawFrameEditor::validate);
    for (QLineEdit *edit : {m_maskKey, m_lengthOverride})
        connect(edit, &QLineEdit::textChanged, this, &RawFrameEditor::validate);
    connect(m_payload, &QPlainTextEdit::textChanged, this, &RawFrameEditor::validate);
    connect(m_send, &QPushButton::clicked, this, &RawFrameEditor::onSendClicked);
}

void RawFrameEditor::setSendAllowed(bool allowed, const QString &reason)
{
    m_send->setEnabled(allowed);
    m_send->setToolTip(allowed ? tr("Send exactly this frame, however invalid") : reason);
}

void RawFrameEditor::setClientRole(bool client)
{
    if (client == m_clientRole)
        return;
    m_clientRole = client;
    m_mask->setChecked(client);
    validate();
}

std::optional<RawFrameEditor::Frame> RawFrameEditor::validate()
{
    Frame frame;
    FrameSpec &spec = frame.spec;
    spec.fin = m_fin->isChecked();
    spec.rsv1 = m_rsv1->isChecked();
    spec.rsv2 = m_rsv2->isChecked();
    spec.rsv3 = m_rsv3->isChecked();
    spec.opcode = std::uint8_t(m_opcode->currentData().toUInt());
    spec.masked = m_mask->isChecked();
    m_maskKey->setEnabled(spec.masked);

    QStringList errors;
    readPayload(frame, errors);
    readLength(frame, errors);
    // The length needs only payload and length fields, so it stays on show while the key is wrong.
    if (errors.isEmpty())
        showLengthInfo(frame);
    else
        m_lengthInfo->clear();
    if (spec.masked)
        readMaskKey(frame, errors);

    if (!errors.isEmpty()) {
        m_header->setText(QStringLiteral(u"\u2013"));
        m_violations->clear();
        m_error->showError(errors.join(u'\n'));
        return std::nullopt;
    }
    m_error->clearError();
    m_header->setText(headerPreview(frame));
    const QStringList broken = violations(frame);
    m_violations->setText(broken.isEmpty() ? tr("A valid frame.")
                                           : tr("Breaks RFC 6455: %1.").arg(broken.join(tr("; "))));
    return frame;
}

void RawFrameEditor::readPayload(Frame &frame, QStringList &errors) const
{
    if (m_payloadFormat->currentIndex() != 1) {
        frame.payload = m_payload->toPlainText().toUtf8();
        return;
    }
    const HexParser hex(m_payload->toPlainText());
    if (hex.isValid())
        frame.payload = hex.bytes();
    else
        errors.append(tr("Payload: %1").arg(hex.errorString()));
}

void RawFrameEditor::readLength(Frame &frame, QStringList &errors) const
{
    m_lengthOverride->setPlaceholderText(tr("real length (%1)").arg(frame.payload.size()));
    if (const QString text = m_lengthOverride->text(); !text.isEmpty()) {
        bool ok = false;
        const qulonglong length = text.toULongLong(&ok);
        if (ok)
            frame.spec.lengthOverride = length;
        else
            errors.append(tr("Length: at most %1.").arg(std::numeric_limits<qulonglong>::max()));
    }
    if (const QVariant forced = m_lengthEncoding->currentData(); forced.isValid())
        frame.spec.lengthEncoding = LengthEncoding(forced.toInt());
}

void RawFrameEditor::showLengthInfo(const Frame &frame)
{
    const FrameSpec &spec = frame.spec;
    const FrameHeader header = describeFrame(spec, std::uint64_t(frame.payload.size()));
    const LengthEncoding shortest = shortestEncoding(header.payloadLength);
    const QString length = QString::number(header.payloadLength);
    const QString encoding = encodingName(header.lengthEncoding);
    if (header.lengthEncoding > shortest)
        m_lengthInfo->setText(tr("Length %1 in a %2 field, longer than needed").arg(length, encoding));
    else if (spec.lengthEncoding && *spec.lengthEncoding < header.lengthEncoding)
        m_lengthInfo->setText(tr("Length %1 in a %2 field: it does not fit in %3")
                                      .arg(length, encoding, encodingName(*spec.lengthEncoding)));
    else
        m_lengthInfo->setText(tr("Length %1 in a %2 field").arg(length, encoding));
}

void RawFrameEditor::readMaskKey(Frame &frame, QStringList &errors) const
{
    const QString key = m_maskKey->text().trimmed();
    if (key.isEmpty() || key.compare(tr("random"), Qt::CaseInsensitive) == 0
        || key.compare(QLatin1String("random"), Qt::CaseInsensitive) == 0) {
        frame.randomMask = true;
    } else if (const HexParser hex(key); !hex.isValid()) {
        errors.append(tr("Mask key: %1").arg(hex.errorString()));
    } else if (hex.bytes().size() != qsizetype(frame.spec.maskKey.size())) {
        errors.append(tr("Mask key: needs 4 bytes (8 hex digits), not %1.").arg(hex.bytes().size()));
    } else {
        std::copy(hex.bytes().cbegin(), hex.bytes().cend(), frame.spec.maskKey.begin());
    }
}

QString RawFrameEditor::headerPreview(const Frame &frame) const
{
    std::uint8_t bytes[kMaxHeaderSize];
    const std::size_t size = encodeHeader(frame.spec, std::uint64_t(frame.payload.size()), bytes);
    QStringList hex;
    for (std::size_t i = 0; i < size; ++i)
        hex.append(QStringLiteral("%1").arg(bytes[i], 2, 16, QLatin1Char('0')));
    // A random key is drawn when the frame is sent, so the preview cannot show it yet.
    if (frame.spec.masked && frame.randomMask) {
        for (qsizetype i = hex.size() - 4; i < hex.size(); ++i)
            hex[i] = QStringLiteral("??");
    }
    return tr("%1   (header %2 B, payload %3 B)")
            .arg(hex.join(u' '), QString::number(size), QString::number(frame.payload.size()));
}

QStringList RawFrameEditor::violations(const Frame &frame) const
{
    const FrameSpec &spec = frame.spec;
    const FrameHeader header = describeFrame(spec, std::uint64_t(frame.payload.size()));
    QStringList broken;
    if (header.rsv1)
        broken.append(tr("RSV1 set (only valid with permessage-deflate)"));
    if (header.rsv2 || header.rsv3)
        broken.append(tr("RSV2/RSV3 set with no extension defining them"));
    if (header.isReservedOpcode())
        broken.append(tr("reserved opcode"));
    if (header.isControl() && !header.fin)
        broken.append(tr("fragmented control frame"));
    if (header.isControl() && header.payloadLength > kMaxControlPayload)
        broken.append(tr("control frame longer than 125 bytes"));
    if (header.payloadLength != std::uint64_t(frame.payload.size()))
        broken.append(tr("length field %1, payload size %2").arg(header.payloadLength).arg(frame.payload.size()));
    if (!header.isMinimalLengthEncoding())
        broken.append(tr("length not in the shortest encoding"));
    if (header.lengthEncoding == LengthEncoding::Bits64 && (header.payloadLength >> 63))
        broken.append(tr("64-bit length with the most significant bit set"));
    if (m_clientRole && !header.masked)
        broken.append(tr("unmasked frame from a client"));
    if (!m_clientRole && header.masked)
        broken.append(tr("masked frame from a server"));
    return broken;
}

void RawFrameEditor::onSendClicked()
{
    std::optional<Frame> frame = validate();
    if (!frame)
        return;
    if (frame->spec.masked && frame->randomMask) {
        const quint32 key = QRandomGenerator::global()->generate();
        for (int i = 0; i < 4; ++i)
            frame->spec.maskKey[std::size_t(i)] = std::uint8_t(key >> (24 - 8 * i));
    }
    Q_EMIT frameRequested(frame->spec, frame->payload);
}

} // namespace Sockscope
