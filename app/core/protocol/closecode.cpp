// SPDX-License-Identifier: GPL-3.0-or-later
#include "closecode.h"

#include <QCoreApplication>

namespace Sockscope {

const char *closeCodeName(std::uint16_t code)
{
    switch (code) {
    case 1000:
        return QT_TRANSLATE_NOOP("Sockscope::CloseCode", "Normal Closure");
    case 1001:
        return QT_TRANSLATE_NOOP("Sockscope::CloseCode", "Going Away");
    case 1002:
        return QT_TRANSLATE_NOOP("Sockscope::CloseCode", "Protocol Error");
    case 1003:
        return QT_TRANSLATE_NOOP("Sockscope::CloseCode", "Unsupported Data");
    case 1004:
        return QT_TRANSLATE_NOOP("Sockscope::CloseCode", "Reserved");
    case 1005:
        return QT_TRANSLATE_NOOP("Sockscope::CloseCode", "No Status Received");
    case 1006:
        return QT_TRANSLATE_NOOP("Sockscope::CloseCode", "Abnormal Closure");
    case 1007:
        return QT_TRANSLATE_NOOP("Sockscope::CloseCode", "Invalid Frame Payload Data");
    case 1008:
        return QT_TRANSLATE_NOOP("Sockscope::CloseCode", "Policy Violation");
    case 1009:
        return QT_TRANSLATE_NOOP("Sockscope::CloseCode", "Message Too Big");
    case 1010:
        return QT_TRANSLATE_NOOP("Sockscope::CloseCode", "Mandatory Extension");
    case 1011:
        return QT_TRANSLATE_NOOP("Sockscope::CloseCode", "Internal Error");
    case 1012:
        return QT_TRANSLATE_NOOP("Sockscope::CloseCode", "Service Restart");
    case 1013:
        return QT_TRANSLATE_NOOP("Sockscope::CloseCode", "Try Again Later");
    case 1014:
        return QT_TRANSLATE_NOOP("Sockscope::CloseCode", "Bad Gateway");
    case 1015:
        return QT_TRANSLATE_NOOP("Sockscope::CloseCode", "TLS Handshake");
    default:
        break;
    }
    if (code < 1000)
        return QT_TRANSLATE_NOOP("Sockscope::CloseCode", "Invalid");
    if (code < 3000)
        return QT_TRANSLATE_NOOP("Sockscope::CloseCode", "Reserved for the protocol");
    if (code < 4000)
        return QT_TRANSLATE_NOOP("Sockscope::CloseCode", "Registered (libraries and frameworks)");
    if (code < 5000)
        return QT_TRANSLATE_NOOP("Sockscope::CloseCode", "Private use");
    return QT_TRANSLATE_NOOP("Sockscope::CloseCode", "Invalid");
}

QString closeCodeDisplayName(std::uint16_t code)
{
    return QCoreApplication::translate("Sockscope::CloseCode", closeCodeName(code));
}

bool isValidWireCloseCode(std::uint16_t code)
{
    if (code >= 3000 && code <= 4999)
        return true;
    return (code >= 1000 && code <= 1003) || (code >= 1007 && code <= 1014);
}

} // namespace Sockscope
