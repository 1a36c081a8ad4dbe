// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace Sockscope {

// Help → About Sockscope: the version, the licence, and the versions of Qt and of every
// library the engine uses (as loaded at run time where the library can say so).
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // The "name version" lines of the libraries, as the dialog lists them.
    static QStringList libraryLines();

private:
    QWidget *createHeading();
    QWidget *createLibraryTable();
};

} // namespace Sockscope
