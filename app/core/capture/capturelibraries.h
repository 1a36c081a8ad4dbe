// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/libraryversions.h"

namespace Sockscope {

// The capture formats' libraries: SQLite and libpcap as loaded at run time, libtins as built with.
QList<LibraryVersion> captureLibraryVersions();

} // namespace Sockscope
