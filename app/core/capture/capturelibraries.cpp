// SPDX-License-Identifier: GPL-3.0-or-later
#include "capturelibraries.h"

#include <pcap/pcap.h>
#include <sqlite3.h>

namespace Sockscope {

QList<LibraryVersion> captureLibraryVersions()
{
    // pcap_lib_version() says "libpcap version 1.10.3 (with TPACKET_V3)": the name is ours.
    QString pcap = QString::fromLatin1(pcap_lib_version());
    pcap.remove(QStringLiteral("libpcap version "));
    return {{QStringLiteral("SQLite"), QString::fromLatin1(sqlite3_libversion())},
            {QStringLiteral("libpcap"), pcap},
            {QStringLiteral("libtins"), QStringLiteral(SOCKSCOPE_TINS_VERSION)}};
}

} // namespace Sockscope
