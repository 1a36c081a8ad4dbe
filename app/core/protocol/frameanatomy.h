// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "frameheader.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <cstdint>

namespace Sockscope {

// The RFC 6455 §5.2 fields of one frame as they lie in its wire bytes: where each sits (byte
// range, bits of a shared byte), its value, what it means and whether it breaks a rule. The
// one description the hex view colours and explains and the frame log and printers name.
class FrameAnatomy
{
    Q_DECLARE_TR_FUNCTIONS(Sockscope::FrameAnatomy)

public:
    enum class FieldKind : std::uint8_t {
        Fin,
        Rsv1,
        Rsv2,
        Rsv3,
        Opcode,
        Mask,
        PayloadLength,  // the 7-bit length or the 126/127 marker
        ExtendedLength, // 16 or 64 bits
        MaskKey,
        Payload,
    };
    static constexpr int FieldKindCount = int(FieldKind::Payload) + 1;

    struct Field
    {
        FieldKind kind = FieldKind::Payload;
        qint64 offset = 0;        // first byte within the frame
        qint64 length = 0;        // bytes
        std::uint8_t bitMask = 0; // bits of the byte for a field sharing it; 0 for whole bytes
        QString name;
        quint64 value = 0;
        QString explanation;
        bool flagged = false; // a protocol violation or something that deserves a second look

        bool contains(qint64 byteOffset) const { return byteOffset >= offset && byteOffset < offset + length; }
        bool isBitField() const { return bitMask != 0; }
    };

    // Every field of `header`, then the payload field when `capturedPayload` bytes followed it
    // (which may differ from the announced length). Fields that do not fit into the header's
    // headerSize (a header cut short) are left out.
    static QList<Field> fields(const FrameHeader &header, qint64 capturedPayload);

    // "F1--": FIN and RSV1-3, a dash for each bit that is clear.
    static QString bitsText(bool fin, bool rsv1, bool rsv2, bool rsv3);
    // "opcode 0x1: text frame" and the like, for any of the 16 opcodes.
    static QString opcodeExplanation(std::uint8_t opcode);
};

} // namespace Sockscope
