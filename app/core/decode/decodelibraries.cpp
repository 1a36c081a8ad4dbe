// SPDX-License-Identifier: GPL-3.0-or-later
#include "decodelibraries.h"

#include <google/protobuf/stubs/common.h>
#include <msgpack/version.hpp>

namespace Sockscope {

QList<LibraryVersion> decodeLibraryVersions()
{
    return {{QStringLiteral("msgpack-c++"), QString::fromLatin1(msgpack_version())},
            {QStringLiteral("protobuf"),
             QString::fromStdString(google::protobuf::internal::VersionString(GOOGLE_PROTOBUF_VERSION))}};
}

} // namespace Sockscope
