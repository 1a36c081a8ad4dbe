// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QLabel;
class QMainWindow;
class QMenu;

namespace Sockscope {

class FrameLogModel;
class MainToolBar;

// The desktop conventions around the main window (UI-8): action icons, the main toolbar, the
// Settings action and dialog (applied at once: theme, retention limit; the language from the
// next start), the dropped-rows counter in the status bar, and the Help menu's About box,
// keyboard shortcuts and user guide. The window only places the actions and calls finish().
class AppShell : public QObject
{
    Q_OBJECT

public:
    AppShell(QMainWindow *window, FrameLogModel *log);

    QAction *settingsAction() const { return m_settings; }
    void fillHelpMenu(QMenu *help);
    // Once every action exists: gives them icons and builds the toolbar from them.
    void finish();
    // Applies the stored theme and retention limit.
    void applySettings();

    void showSettings();
    void showAbout();
    void showShortcuts();
    void openUserGuide();

Q_SIGNALS:
    void settingsApplied();

private:
    void updateDroppedLabel(qint64 dropped);

    QMainWindow *m_window;
    FrameLogModel *m_log;
    QAction *m_settings;
    QLabel *m_dropped;
    MainToolBar *m_toolBar = nullptr;
};

} // namespace Sockscope
