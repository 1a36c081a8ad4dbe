// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"

#include <QSettings>
#include <QStandardPaths>

namespace Sockscope::AppSettings {
namespace {

const QString kLanguageKey = QStringLiteral("appearance/language");
const QString kThemeKey = QStringLiteral("appearance/theme");
const QString kRecordingFolderKey = QStringLiteral("recording/folder");
const QString kRetentionKey = QStringLiteral("log/retentionLimit");

} // namespace

QString language()
{
    return QSettings().value(kLanguageKey).toString();
}

void setLanguage(const QString &code)
{
    QSettings().setValue(kLanguageKey, code);
}

QString defaultRecordingFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/sessions");
}

QString recordingFolder()
{
    const QString folder = QSettings().value(kRecordingFolderKey).toString();
    return folder.isEmpty() ? defaultRecordingFolder() : folder;
}

void setRecordingFolder(const QString &folder)
{
    // The default is not written down, so it follows the data folder if that moves.
    if (folder.isEmpty() || folder == defaultRecordingFolder())
        QSettings().remove(kRecordingFolderKey);
    else
        QSettings().setValue(kRecordingFolderKey, folder);
}

qint64 retentionLimit()
{
    return std::max<qint64>(0, QSettings().value(kRetentionKey, 0).toLongLong());
}

void setRetentionLimit(qint64 rows)
{
    QSettings().setValue(kRetentionKey, std::max<qint64>(0, rows));
}

Theme theme()
{
    const int value = QSettings().value(kThemeKey, int(Theme::System)).toInt();
    return value == int(Theme::Light) || value == int(Theme::Dark) ? Theme(value) : Theme::System;
}

void setTheme(Theme theme)
{
    QSettings().setValue(kThemeKey, int(theme));
}

} // namespace Sockscope::AppSettings
