// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appsettings.h"

#include <QPalette>

namespace Sockscope {

// Light and dark palettes on the Fusion style (Qt 6.4 has no colour-scheme switch of its own),
// or the platform's style and palette as they were at start ("system").
namespace Theme {

void apply(AppSettings::Theme theme);
QPalette lightPalette();
QPalette darkPalette();

} // namespace Theme
} // namespace Sockscope
