// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Sockscope {

// A library Sockscope is built with, as the About box lists it.
struct LibraryVersion
{
    QString name;
    QString version;
};

// The libraries of the wire code: zlib (the version loaded at run time).
QList<LibraryVersion> protocolLibraryVersions();

} // namespace Sockscope
