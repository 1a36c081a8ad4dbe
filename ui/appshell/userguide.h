// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Sockscope {

// Help → User Guide: docs/user-guide.md as installed (share/doc/sockscope beside the binary's
// prefix, or /usr/share/doc/sockscope) or in the source tree of a build, rendered to HTML with
// its screenshots and opened in the desktop's browser.
namespace UserGuide {

// Where the guide is looked for, in order.
QStringList candidates();
// The first candidate that exists; empty when none does.
QString locate();
// Writes `markdownPath` as an HTML page to `htmlPath`, its images resolved beside the guide.
bool renderHtml(const QString &markdownPath, const QString &htmlPath, QString *error);
// Renders the guide into the cache folder and opens it; false with `error`.
bool open(QString *error);

} // namespace UserGuide
} // namespace Sockscope
