// SPDX-License-Identifier: GPL-3.0-or-later
#include "filepathedit.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace Sockscope {

QString FilePathEdit::pemFilter()
{
    return QCoreApplication::translate("Sockscope::NewServerDialog", "PEM files (*.pem *.crt *.cer *.key);;All files (*)");
}

FilePathEdit::FilePathEdit(const QString &dialogTitle, const QString &filter, QWidget *parent)
    : QWidget(parent), m_dialogTitle(dialogTitle), m_filter(filter), m_edit(new QLineEdit)
{
    m_edit->setClearButtonEnabled(true);
    auto *button = new QPushButton(tr("Browse…"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(button);
    setFocusProxy(m_edit);
    connect(button, &QPushButton::clicked, this, &FilePathEdit::browse);
}

QString FilePathEdit::path() const
{
    return m_edit->text().trimmed();
}

void FilePathEdit::setPath(const QString &path)
{
    m_edit->setText(path);
}

void FilePathEdit::browse()
{
    const QString start = path().isEmpty() ? QString() : QFileInfo(path()).absolutePath();
    const QString chosen = QFileDialog::getOpenFileName(this, m_dialogTitle, start, m_filter);
    if (!chosen.isEmpty())
        setPath(chosen);
}

} // namespace Sockscope
