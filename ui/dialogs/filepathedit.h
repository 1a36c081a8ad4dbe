// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLineEdit;

namespace Sockscope {

// A file path: a line edit to type or paste it and a Browse… button that opens a file dialog.
class FilePathEdit : public QWidget
{
    Q_OBJECT

public:
    // `filter` is a QFileDialog name filter such as "PEM files (*.pem *.crt)".
    FilePathEdit(const QString &dialogTitle, const QString &filter, QWidget *parent = nullptr);

    // The filter of the certificate and key fields.
    static QString pemFilter();

    QString path() const;
    void setPath(const QString &path);

private:
    void browse();

    QString m_dialogTitle;
    QString m_filter;
    QLineEdit *m_edit;
};

} // namespace Sockscope
