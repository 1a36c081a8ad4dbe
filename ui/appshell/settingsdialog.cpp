// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"

#include "dialogs/formmessage.h"
#include "languages.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Sockscope {

SettingsDialog::SettingsDialog(qint64 droppedRows, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Settings"));
    createFields(droppedRows);
    layOutDialog();
    readSettings();
    connect(m_folder, &QLineEdit::textChanged, m_error, &FormMessage::clearMessage);
}

void SettingsDialog::createFields(qint64 droppedRows)
{
    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("language"));
    const QString systemLanguage = QLocale::system().nativeLanguageName();
    m_language->addItem(systemLanguage.isEmpty() ? tr("System language")
                                                 : tr("System language (%1)").arg(systemLanguage),
                        QString());
    for (const Languages::Language &language : Languages::shipped())
        m_language->addItem(language.nativeName, language.code);
    m_theme = new QComboBox;
    m_theme->setObjectName(QStringLiteral("theme"));
    m_theme->addItem(tr("System"), int(AppSettings::Theme::System));
    m_theme->addItem(tr("Light"), int(AppSettings::Theme::Light));
    m_theme->addItem(tr("Dark"), int(AppSettings::Theme::Dark));
    m_folder = new QLineEdit;
    m_folder->setObjectName(QStringLiteral("recordingFolder"));
    m_folder->setPlaceholderText(AppSettings::defaultRecordingFolder());
    m_retention = new QSpinBox;
    m_retention->setObjectName(QStringLiteral("retention"));
    m_retention->setRange(0, std::numeric_limits<int>::max());
    m_retention->setSingleStep(10000);
    m_retention->setSpecialValueText(tr("Keep every row"));
    m_retention->setSuffix(tr(" rows"));
    m_retention->setGroupSeparatorShown(true);
    m_dropped = new QLabel(tr("Rows dropped from the log of this session: %1").arg(QLocale().toString(droppedRows)));
    m_dropped->setObjectName(QStringLiteral("droppedRows"));
    m_error = new FormMessage(FormMessage::Kind::Error);
    m_error->setObjectName(QStringLiteral("errorLabel"));
}

void SettingsDialog::layOutDialog()
{
    auto *browse = new QPushButton(tr("&Browse…"));
    connect(browse, &QPushButton::clicked, this, &SettingsDialog::browseFolder);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    auto *languageNote = new QLabel(tr("A new language is shown from the next start."));
    languageNote->setWordWrap(true);
    auto *retentionNote = new QLabel(tr("The recording keeps every frame; the limit only bounds the live log, "
                                        "whose oldest rows are dropped and counted in the status bar."));
    retentionNote->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), languageNote);
    form->addRow(tr("&Theme:"), m_theme);
    auto *folderLabel = new QLabel(tr("&Recording folder:"));
    folderLabel->setBuddy(m_folder); // a row of two widgets gets no buddy by itself
    form->addRow(folderLabel, folderRow);
    form->addRow(tr("Log &retention:"), m_retention);
    form->addRow(QString(), retentionNote);
    form->addRow(QString(), m_dropped);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 72);
}

void SettingsDialog::readSettings()
{
    m_language->setCurrentIndex(std::max(0, m_language->findData(AppSettings::language())));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(int(AppSettings::theme()))));
    const QString folder = AppSettings::recordingFolder();
    m_folder->setText(folder == AppSettings::defaultRecordingFolder() ? QString() : folder);
    m_retention->setValue(int(std::min<qint64>(AppSettings::retentionLimit(), m_retention->maximum())));
}

void SettingsDialog::browseFolder()
{
    const QString start = m_folder->text().isEmpty() ? AppSettings::recordingFolder() : m_folder->text();
    const QString chosen = QFileDialog::getExistingDirectory(this, tr("Recording Folder"), start);
    if (!chosen.isEmpty())
        m_folder->setText(chosen);
}

QString SettingsDialog::folderProblem(const QString &folder) const
{
    if (!QDir().mkpath(folder))
        return tr("The recording folder %1 cannot be created.").arg(folder);
    if (!QFileInfo(folder).isWritable())
        return tr("The recording folder %1 cannot be written to.").arg(folder);
    return {};
}

void SettingsDialog::accept()
{
    const QString folder = m_folder->text().trimmed();
    if (const QString problem = folderProblem(folder.isEmpty() ? AppSettings::defaultRecordingFolder() : folder);
        !problem.isEmpty()) {
        m_error->showMessage(problem);
        m_folder->setFocus();
        return;
    }
    AppSettings::setLanguage(m_language->currentData().toString());
    AppSettings::setTheme(AppSettings::Theme(m_theme->currentData().toInt()));
    AppSettings::setRecordingFolder(folder);
    AppSettings::setRetentionLimit(m_retention->value());
    QDialog::accept();
}

} // namespace Sockscope
