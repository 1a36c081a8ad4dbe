// SPDX-License-Identifier: GPL-3.0-or-later
#include "enginelibraries.h"

#include "capture/capturelibraries.h"
#include "decode/decodelibraries.h"

#include <openssl/crypto.h>

namespace Sockscope {

QList<LibraryVersion> engineLibraryVersions()
{
    QList<LibraryVersion> versions = protocolLibraryVersions();
    versions.append(
            LibraryVersion{QStringLiteral("OpenSSL"), QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION_STRING))});
    versions += captureLibraryVersions();
    versions += decodeLibraryVersions();
    return versions;
}

} // namespace Sockscope
