// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionicons.h"

#include "paletteiconengine.h"

#include <QAction>
#include <QWidget>

namespace Sockscope::ActionIcons {
namespace {

struct IconName
{
    const char *action; // the QAction's objectName
    const char *icon;   // resources/icons/<icon>.svg
};

constexpr IconName kActionIcons[] = {
        {"newConnectionAction", "new-connection"},
        {"newServerAction", "new-server"},
        {"newProxyAction", "new-proxy"},
        {"openAction", "open"},
        {"saveAction", "save"},
        {"exportAction", "export"},
        {"connectAction", "connect"},
        {"reconnectAction", "reconnect"},
        {"disconnectAction", "disconnect"},
        {"closeWithCodeAction", "close"},
        {"autoscrollAction", "autoscroll"},
        {"clearAction", "clear"},
        {"interceptAction", "intercept"},
        {"replayAction", "replay"},
        {"plotsAction", "plots"},
        {"settingsAction", "settings"},
};

// Names from the freedesktop icon naming specification for the icons that have one.
QString themeNameOf(const QString &icon)
{
    static const QHash<QString, QString> names = {
            {QStringLiteral("open"), QStringLiteral("document-open")},
            {QStringLiteral("save"), QStringLiteral("document-save")},
            {QStringLiteral("reconnect"), QStringLiteral("view-refresh")},
            {QStringLiteral("clear"), QStringLiteral("edit-clear")},
            {QStringLiteral("settings"), QStringLiteral("preferences-system")},
    };
    return names.value(icon);
}

} // namespace

QIcon icon(const QString &name)
{
    const QIcon ours(new PaletteIconEngine(QStringLiteral(":/icons/%1.svg").arg(name)));
    const QString themeName = themeNameOf(name);
    return themeName.isEmpty() ? ours : QIcon::fromTheme(themeName, ours);
}

QString iconNameFor(const QString &actionName)
{
    for (const IconName &entry : kActionIcons) {
        if (actionName == QLatin1String(entry.action))
            return QLatin1String(entry.icon);
    }
    return {};
}

void decorate(QWidget *window)
{
    const QList<QAction *> actions = window->findChildren<QAction *>();
    for (QAction *action : actions) {
        if (const QString name = iconNameFor(action->objectName()); !name.isEmpty() && action->icon().isNull())
            action->setIcon(icon(name));
    }
}

} // namespace Sockscope::ActionIcons
