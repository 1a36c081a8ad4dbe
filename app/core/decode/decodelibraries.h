// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/libraryversions.h"

namespace Sockscope {

// The payload decoders' libraries: msgpack-c++ (header-only) and protobuf, as built with.
QList<LibraryVersion> decodeLibraryVersions();

} // namespace Sockscope
