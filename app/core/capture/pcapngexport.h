// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capturefiles.h"

#include <QCoreApplication>
#include <QString>

namespace Sockscope {

class CaptureReader;

// pcapng export (CAP-6, docs/pcap.md): each recorded connection becomes a synthetic IPv4
// loopback TCP conversation (127.0.0.1, client port 40000 + id, the URL's server port):
// SYN, SYN-ACK, ACK, the handshake bytes and every frame exactly as recorded (masked again
// with its key), each at its recorded time, segments of at most 65 495 bytes with correct
// sequence numbers and checksums, then FIN from both ends. Wireshark and tshark dissect it.
class PcapngExport
{
    Q_DECLARE_TR_FUNCTIONS(Sockscope::PcapngExport)

public:
    static bool exportCapture(CaptureReader &reader, const QString &path, QString *error,
                              const ExportProgress &progress = {});
};

} // namespace Sockscope
