// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/libraryversions.h"

namespace Sockscope {

// Every library Sockscope's engine uses, with OpenSSL (loaded at run time) added to the
// protocol, decode and capture lists.
QList<LibraryVersion> engineLibraryVersions();

} // namespace Sockscope
