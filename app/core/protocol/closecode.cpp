// SPDX-License-Identifier: GPL-3.0-or-later
#include "closecode.h"

namespace Sockscope {

const char *closeCodeName(std::uint16_t code)
{
    switch (code) {
    case 1000: return "Normal Closure";
    case 1001: return "Going Away";
    case 1002: return "Protocol Error";
    case 1003: return "Unsupported Data";
    case 1004: return "Reserved";
    case 1005: return "No Status Received";
    case 1006: return "Abnormal Closure";
    case 1007: return "Invalid Frame Payload Data";
    case 1008: return "Policy Violation";
    case 1009: return "Message Too Big";
    case 1010: return "Mandatory Extension";
    case 1011: return "Internal Error";
    case 1012: return "Service Restart";
    case 1013: return "Try Again Later";
    case 1014: return "Bad Gateway";
    case 1015: return "TLS Handshake";
    default: break;
    }
    if (code < 1000)
        return "Invalid";
    if (code < 3000)
        return "Reserved for the protocol";
    if (code < 4000)
        return "Registered (libraries and frameworks)";
    if (code < 5000)
        return "Private use";
    return "Invalid";
}

bool isValidWireCloseCode(std::uint16_t code)
{
    if (code >= 3000 && code <= 4999)
        return true;
    return (code >= 1000 && code <= 1003) || (code >= 1007 && code <= 1014);
}

} // namespace Sockscope
