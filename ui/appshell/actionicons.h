// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

class QWidget;

namespace Sockscope {

// The icons of our actions (resources/icons/<name>.svg, painted from the palette), behind the
// desktop theme's icon of the same meaning where the freedesktop naming spec has one.
namespace ActionIcons {

QIcon icon(const QString &name);
// Gives each action of `window` whose objectName is known (openAction, replayAction, …) its icon.
void decorate(QWidget *window);
// The icon name of an action's objectName; empty when it has none.
QString iconNameFor(const QString &actionName);

} // namespace ActionIcons
} // namespace Sockscope
