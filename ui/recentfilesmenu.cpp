// SPDX-License-Identifier: GPL-3.0-or-later
#include "recentfilesmenu.h"

#include <QFileInfo>
#include <QSettings>

namespace Sockscope {
namespace {

const QString kSettingsKey = QStringLiteral("recentFiles");

} // namespace

RecentFilesMenu::RecentFilesMenu(const QString &title, QWidget *parent) : QMenu(title, parent)
{
    rebuild();
}

void RecentFilesMenu::addFile(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(kSettingsKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    settings.setValue(kSettingsKey, recent.mid(0, kMaxFiles));
    rebuild();
}

void RecentFilesMenu::rebuild()
{
    clear();
    const QStringList recent = QSettings().value(kSettingsKey).toStringList();
    for (const QString &path : recent)
        addAction(QFileInfo(path).fileName(), this, [this, path] { Q_EMIT fileTriggered(path); })->setToolTip(path);
    setEnabled(!recent.isEmpty());
}

} // namespace Sockscope
