// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appsettings.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Sockscope {

class FormMessage;

// File → Settings: the language (from the next start), the theme, where live sessions are
// recorded, and the frame log's retention limit with how many rows it has dropped so far.
// Accepting writes AppSettings; the caller applies what changed.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(qint64 droppedRows, QWidget *parent = nullptr);

    void accept() override;

private:
    void createFields(qint64 droppedRows);
    void layOutDialog();
    void readSettings();
    void browseFolder();
    // The folder exists (or is made) and can be written; otherwise the reason.
    QString folderProblem(const QString &folder) const;

    QComboBox *m_language;
    QComboBox *m_theme;
    QLineEdit *m_folder;
    QSpinBox *m_retention;
    QLabel *m_dropped;
    FormMessage *m_error;
};

} // namespace Sockscope
