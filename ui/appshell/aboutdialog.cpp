// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"

#include "enginelibraries.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Sockscope {
namespace {

QList<LibraryVersion> allLibraries()
{
    QList<LibraryVersion> versions{{QStringLiteral("Qt"), QString::fromLatin1(qVersion())}};
    versions += engineLibraryVersions();
    return versions;
}

} // namespace

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("About Sockscope"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createHeading());
    layout->addWidget(new QLabel(tr("Libraries:")));
    layout->addWidget(createLibraryTable());
    layout->addWidget(buttons);
}

QWidget *AboutDialog::createHeading()
{
    auto *icon = new QLabel;
    icon->setPixmap(QIcon(QStringLiteral(":/icons/sockscope.svg")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);
    auto *text = new QLabel(tr("<h2>Sockscope %1</h2><p>A desktop WebSocket inspector: every byte of every handshake "
                               "and frame.</p><p><a href=\"%2\">%2</a></p><p>Copyright © the Sockscope authors. "
                               "Licensed under the GNU General Public License, version 3 or later "
                               "(GPL-3.0-or-later); it comes with no warranty.</p>")
                                    .arg(QStringLiteral(SOCKSCOPE_VERSION), QStringLiteral(SOCKSCOPE_HOMEPAGE_URL)));
    text->setOpenExternalLinks(true);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    auto *heading = new QWidget;
    auto *layout = new QHBoxLayout(heading);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(icon);
    layout->addWidget(text, 1);
    return heading;
}

QWidget *AboutDialog::createLibraryTable()
{
    auto *table = new QTreeWidget;
    table->setObjectName(QStringLiteral("libraries"));
    table->setHeaderLabels({tr("Library"), tr("Version")});
    table->setRootIsDecorated(false);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    for (const LibraryVersion &library : allLibraries())
        table->addTopLevelItem(new QTreeWidgetItem(QStringList{library.name, library.version}));
    table->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    const int rows = table->topLevelItemCount();
    table->setMinimumHeight(table->sizeHintForRow(0) * (rows + 1) + 2 * table->frameWidth() + 8);
    table->setMinimumWidth(fontMetrics().averageCharWidth() * 56);
    return table;
}

QStringList AboutDialog::libraryLines()
{
    QStringList lines;
    for (const LibraryVersion &library : allLibraries())
        lines.append(library.name + QLatin1Char(' ') + library.version);
    return lines;
}

} // namespace Sockscope
