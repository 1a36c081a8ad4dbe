// SPDX-License-Identifier: GPL-3.0-or-later
#include "maintoolbar.h"

#include "actionicons.h"

#include <QAction>

namespace Sockscope {
namespace {

QAction *findAction(QWidget *window, const QString &name)
{
    const QList<QAction *> found = window->findChildren<QAction *>(name);
    return found.isEmpty() ? nullptr : found.first();
}

} // namespace

MainToolBar::MainToolBar(QWidget *window) : QToolBar(tr("Main Toolbar"), window)
{
    setObjectName(QStringLiteral("mainToolBar"));
    setMovable(false);
    setToolButtonStyle(Qt::ToolButtonFollowStyle);
    addKnownActions(window);
}

QStringList MainToolBar::actionNames()
{
    return {QStringLiteral("newConnectionAction"),
            QStringLiteral("newServerAction"),
            QStringLiteral("newProxyAction"),
            QString(),
            QStringLiteral("openAction"),
            QStringLiteral("saveAction"),
            QStringLiteral("exportAction"),
            QString(),
            QStringLiteral("autoscrollAction"),
            QStringLiteral("clearAction"),
            QStringLiteral("plotsAction"),
            QString(),
            QStringLiteral("interceptAction"),
            QStringLiteral("replayAction"),
            QString(),
            QStringLiteral("settingsAction")};
}

void MainToolBar::addKnownActions(QWidget *window)
{
    bool separatorDue = false;
    for (const QString &name : actionNames()) {
        if (name.isEmpty()) {
            separatorDue = !actions().isEmpty();
            continue;
        }
        QAction *action = findAction(window, name);
        if (!action)
            continue;
        if (separatorDue)
            addSeparator();
        separatorDue = false;
        addAction(action);
        if (name == QLatin1String("autoscrollAction"))
            followAutoscroll(action);
    }
}

void MainToolBar::followAutoscroll(QAction *autoscroll)
{
    auto update = [autoscroll](bool following) {
        autoscroll->setIcon(ActionIcons::icon(following ? QStringLiteral("autoscroll") : QStringLiteral("pause")));
        autoscroll->setToolTip(following ? tr("Autoscroll on: click to pause")
                                         : tr("Autoscroll paused: click to resume"));
    };
    update(autoscroll->isChecked());
    connect(autoscroll, &QAction::toggled, this, update);
}

} // namespace Sockscope
