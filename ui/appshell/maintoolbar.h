// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QToolBar>

namespace Sockscope {

// The main toolbar (UI-8): the common commands of the window's menus, found by their
// objectName, so that a command another part adds (replayAction, interceptAction, …) appears
// once it exists. The autoscroll button shows its state, pressed with the follow arrow while the
// log follows new rows and with the pause bars while it is paused; its tooltip says what a click does.
class MainToolBar : public QToolBar
{
    Q_OBJECT

public:
    explicit MainToolBar(QWidget *window);

    // The objectNames in toolbar order; an empty string is a separator.
    static QStringList actionNames();

private:
    void addKnownActions(QWidget *window);
    void followAutoscroll(QAction *autoscroll);
};

} // namespace Sockscope
