// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capture/redaction.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace Sockscope {

class FormMessage;

// Asked before File → Export writes a copy: what to hide so that the copy can be shared. Hiding
// the usual secret headers is on by default (as a browser's "sanitized" HAR export); the
// choices are remembered for the next export.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    struct Choice
    {
        std::optional<RedactionRules> redaction; // nullopt: everything is exported as recorded
    };

    explicit ExportDialog(QWidget *parent = nullptr);

    // nullopt when the user cancelled.
    static std::optional<Choice> ask(QWidget *parent);

    // The choice the fields describe; nullopt with the error shown when a pattern is invalid.
    std::optional<Choice> choice();
    void accept() override;

private:
    void createFields();
    void layOutDialog();
    void readSettings();
    void writeSettings() const;
    void updateEnabled();

    QCheckBox *m_redact = nullptr;
    QLineEdit *m_headers = nullptr;
    QPlainTextEdit *m_patterns = nullptr;
    QComboBox *m_style = nullptr;
    FormMessage *m_error = nullptr;
};

} // namespace Sockscope
