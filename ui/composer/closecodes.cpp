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
    // Our own table rather than closeCodeName() so that the names are translatable.
    switch (code) {
    case 1000: return tr("Normal Closure");
    case 1001: return tr("Going Away");
    case 1002: return tr("Protocol Error");
    case 1003: return tr("Unsupported Data");
    case 1004: return tr("Reserved");
    case 1005: return tr("No Status Received");
    case 1006: return tr("Abnormal Closure");
    case 1007: return tr("Invalid Frame Payload Data");
    case 1008: return tr("Policy Violation");
    case 1009: return tr("Message Too Big");
    case 1010: return tr("Mandatory Extension");
    case 1011: return tr("Internal Error");
    case 1012: return tr("Service Restart");
    case 1013: return tr("Try Again Later");
    case 1014: return tr("Bad Gateway");
    case 1015: return tr("TLS Handshake");
    default: break;
    }
    if (code >= 3000 && code <= 3999)
        return tr("Registered (libraries and frameworks)");
    if (code >= 4000 && code <= 4999)
        return tr("Private use");
    if (code >= 1000 && code <= 2999)
        return tr("Reserved for the protocol");
    return tr("Invalid");
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
