// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstdint>

namespace Sockscope {

// Close status codes of RFC 6455 §7.4.1 and the IANA WebSocket registry.
enum class CloseCode : std::uint16_t {
    Normal = 1000,
    GoingAway = 1001,
    ProtocolError = 1002,
    UnsupportedData = 1003,
    NoStatusReceived = 1005, // never on the wire
    AbnormalClosure = 1006,  // never on the wire
    InvalidPayload = 1007,
    PolicyViolation = 1008,
    MessageTooBig = 1009,
    MandatoryExtension = 1010,
    InternalError = 1011,
    ServiceRestart = 1012,
    TryAgainLater = 1013,
    BadGateway = 1014,
    TlsHandshake = 1015, // never on the wire
};

// Name of a close code as in the RFC/IANA registry, or a range description (English, for
// logs and JSON); closeCodeDisplayName() is the same name translated for the user.
const char *closeCodeName(std::uint16_t code);
QString closeCodeDisplayName(std::uint16_t code);

// Whether a peer may send this code in a Close frame (RFC 6455 §7.4).
bool isValidWireCloseCode(std::uint16_t code);

} // namespace Sockscope
