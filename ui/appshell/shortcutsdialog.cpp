// SPDX-License-Identifier: GPL-3.0-or-later
#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Sockscope {
namespace {

QString keysOf(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &sequence : action->shortcuts())
        keys.append(sequence.toString(QKeySequence::NativeText));
    return keys.join(QStringLiteral(", "));
}

void collectMenu(const QMenu *menu, const QString &where, QList<ShortcutsDialog::Entry> &entries,
                 QSet<const QAction *> &seen)
{
    for (const QAction *action : menu->actions()) {
        seen.insert(action);
        if (action->menu()) {
            collectMenu(action->menu(), where + QStringLiteral(" › ") + ShortcutsDialog::plainText(action->text()),
                        entries, seen);
        } else if (!action->isSeparator() && !action->shortcuts().isEmpty()) {
            entries.append({where, ShortcutsDialog::plainText(action->text()), keysOf(action)});
        }
    }
}

} // namespace

QString ShortcutsDialog::plainText(const QString &text)
{
    static const QRegularExpression mnemonic(QStringLiteral("\\(&[^)]\\)|&(?!&)"));
    QString plain = text;
    return plain.remove(mnemonic).replace(QStringLiteral("&&"), QStringLiteral("&")).trimmed();
}

QList<ShortcutsDialog::Entry> ShortcutsDialog::entries(QMainWindow *window)
{
    QList<Entry> entries;
    QSet<const QAction *> seen;
    for (const QAction *top : window->menuBar()->actions()) {
        seen.insert(top);
        if (top->menu())
            collectMenu(top->menu(), plainText(top->text()), entries, seen);
    }
    for (const QAction *action : window->findChildren<QAction *>()) {
        if (!seen.contains(action) && !action->shortcuts().isEmpty())
            entries.append({QString(), plainText(action->text()), keysOf(action)});
    }
    return entries;
}

ShortcutsDialog::ShortcutsDialog(QMainWindow *window, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto *table = new QTreeWidget;
    table->setObjectName(QStringLiteral("shortcuts"));
    table->setHeaderLabels({tr("Command"), tr("Shortcut"), tr("Menu")});
    table->setRootIsDecorated(false);
    table->setAlternatingRowColors(true);
    for (const Entry &entry : entries(window))
        table->addTopLevelItem(new QTreeWidgetItem(QStringList{entry.command, entry.keys, entry.where}));
    table->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(table);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 80, fontMetrics().lineSpacing() * 30);
}

} // namespace Sockscope
