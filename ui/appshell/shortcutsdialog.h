// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QMainWindow;

namespace Sockscope {

// Help → Keyboard Shortcuts: every shortcut of the window's actions, read from the actions
// themselves (menus first, in menu order, then the actions outside the menus), so the list
// cannot fall behind the menus.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    struct Entry
    {
        QString where;   // the menu path, "File", "View › Find"; empty outside the menus
        QString command; // the action's text without its mnemonic
        QString keys;    // every shortcut, as the platform writes it
    };

    explicit ShortcutsDialog(QMainWindow *window, QWidget *parent = nullptr);

    static QList<Entry> entries(QMainWindow *window);
    // An action's text as a list shows it: "&Save" → "Save", "文件(&F)" → "文件".
    static QString plainText(const QString &text);
};

} // namespace Sockscope
