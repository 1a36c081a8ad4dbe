// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

namespace Sockscope {

// File → Open Recent: the last captures opened or saved, most recent first. The list lives in
// QSettings so every window and the next start see the same one.
class RecentFilesMenu : public QMenu
{
    Q_OBJECT

public:
    static constexpr int kMaxFiles = 10;

    // The title comes from the window, whose translation context it belongs to.
    RecentFilesMenu(const QString &title, QWidget *parent = nullptr);

    void addFile(const QString &path);

Q_SIGNALS:
    void fileTriggered(const QString &path);

private:
    void rebuild();
};

} // namespace Sockscope
