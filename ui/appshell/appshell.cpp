// SPDX-License-Identifier: GPL-3.0-or-later
#include "appshell.h"

#include "aboutdialog.h"
#include "actionicons.h"
#include "appsettings.h"
#include "maintoolbar.h"
#include "models/framelogmodel.h"
#include "settingsdialog.h"
#include "shortcutsdialog.h"
#include "theme.h"
#include "userguide.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>

namespace Sockscope {

AppShell::AppShell(QMainWindow *window, FrameLogModel *log) : QObject(window), m_window(window), m_log(log)
{
    m_settings = new QAction(tr("S&ettings…"), window);
    m_settings->setObjectName(QStringLiteral("settingsAction"));
    m_settings->setShortcut(QKeySequence(tr("Ctrl+,")));
    m_settings->setMenuRole(QAction::PreferencesRole);
    connect(m_settings, &QAction::triggered, this, &AppShell::showSettings);
    m_dropped = new QLabel;
    m_dropped->setObjectName(QStringLiteral("statusDropped"));
    m_dropped->setToolTip(tr("Rows dropped from the log by the retention limit (Settings); the recording keeps them"));
    m_window->statusBar()->addPermanentWidget(m_dropped);
    connect(log, &FrameLogModel::droppedCountChanged, this, &AppShell::updateDroppedLabel);
    updateDroppedLabel(log->droppedCount());
}

void AppShell::fillHelpMenu(QMenu *help)
{
    QAction *guide = help->addAction(tr("&User Guide"), QKeySequence::HelpContents, this, &AppShell::openUserGuide);
    guide->setObjectName(QStringLiteral("userGuideAction"));
    QAction *shortcuts = help->addAction(tr("&Keyboard Shortcuts"), this, &AppShell::showShortcuts);
    shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    help->addSeparator();
    help->addAction(tr("&About Sockscope"), this, &AppShell::showAbout)->setObjectName(QStringLiteral("aboutAction"));
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void AppShell::finish()
{
    ActionIcons::decorate(m_window);
    m_toolBar = new MainToolBar(m_window);
    m_window->addToolBar(Qt::TopToolBarArea, m_toolBar);
}

void AppShell::applySettings()
{
    Theme::apply(AppSettings::theme());
    m_log->setRetentionLimit(AppSettings::retentionLimit());
    updateDroppedLabel(m_log->droppedCount());
    Q_EMIT settingsApplied();
}

void AppShell::showSettings()
{
    SettingsDialog dialog(m_log->droppedCount(), m_window);
    if (dialog.exec() == QDialog::Accepted)
        applySettings();
}

void AppShell::showAbout()
{
    AboutDialog(m_window).exec();
}

void AppShell::showShortcuts()
{
    ShortcutsDialog(m_window, m_window).exec();
}

void AppShell::openUserGuide()
{
    QString error;
    if (!UserGuide::open(&error))
        QMessageBox::warning(m_window, tr("User Guide"), error);
}

void AppShell::updateDroppedLabel(qint64 dropped)
{
    m_dropped->setText(tr("Dropped: %1").arg(QLocale().toString(dropped)));
    m_dropped->setVisible(dropped > 0 || m_log->retentionLimit() > 0);
}

} // namespace Sockscope
