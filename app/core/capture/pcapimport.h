// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capturefiles.h"

#include <QCoreApplication>
#include <QString>

namespace Sockscope {


// pcap and pcapng import (CAP-6, docs/pcap.md). libpcap reads the packets (Ethernet, Linux
// cooked v1/v2, BSD loopback, raw IP), libtins parses them and follows each TCP connection
// (reordering, retransmissions, overlaps, IPv4 and IPv6), and WebSocketConversation turns each
// direction's bytes into events. A lost segment becomes a ProtocolError at the frame it breaks
// (detected when the peer acknowledges bytes the capture does not have, or at the end); a file
// damaged part way keeps everything before the damage and adds a Failed event saying where.
class PcapImport
{
    Q_DECLARE_TR_FUNCTIONS(Sockscope::PcapImport)

public:
    // False with `error` when the file cannot be read at all or is damaged before any WebSocket
    // connection; true with `error` set when it is damaged later (what came before is imported).
    static bool importFile(const QString &path, const ImportSink &sink, QString *error);
};

} // namespace Sockscope
