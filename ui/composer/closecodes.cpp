// SPDX-License-Identifier: GPL-3.0-or-later
#include "closecodes.h"

#include "protocol/closecode.h"

#include <QRegularExpression>

namespace Sockscope {

QList<quint16> CloseCodes::offered()
{
    return {1000, 1001, 1002, 1003, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1014, 3000, 4000};
}

QString CloseCodes::name(quint16 code)
{
    return closeCodeDisplayName(code);
}

std::optional<quint16> CloseCodes::parse(const QString &text)
{
    static const QRegularExpression leadingNumber(QStringLiteral("^\\s*(\\d{1,5})(?!\\d)"));
    const QRegularExpressionMatch match = leadingNumber.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const uint value = match.captured(1).toUInt();
    if (value > 0xFFFF)
        return std::nullopt;
    return quint16(value);
}

QString CloseCodes::whyInvalid(quint16 code)
{
    if (isValidWireCloseCode(code))
        return {};
    if (code == 1004 || code == 1005 || code == 1006 || code == 1015)
        return tr("%1 (%2) is reserved and must never be sent in a Close frame. "
                  "Use the raw frame builder to send it anyway.")
                .arg(QString::number(code), name(code));
    return tr("%1 is not a close code a peer may send: use 1000–1003, 1007–1014 or 3000–4999. "
              "Use the raw frame builder to send it anyway.")
            .arg(code);
}

} // namespace Sockscope
