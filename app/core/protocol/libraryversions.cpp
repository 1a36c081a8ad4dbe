// SPDX-License-Identifier: GPL-3.0-or-later
#include "libraryversions.h"

#include <zlib.h>

namespace Sockscope {

QList<LibraryVersion> protocolLibraryVersions()
{
    return {{QStringLiteral("zlib"), QString::fromLatin1(zlibVersion())}};
}

} // namespace Sockscope
