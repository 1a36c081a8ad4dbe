// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

namespace Sockscope {

// The preferences of the settings dialog, kept in QSettings (the desktop app's organisation and
// application names): what the dialog shows and what the window and main() apply.
namespace AppSettings {

enum class Theme { System, Light, Dark };

// A shipped language code ("de", "zh_CN", "en"); empty follows the system locale.
QString language();
void setLanguage(const QString &code);

// Where live sessions are recorded until saved; the app's data folder unless chosen.
QString recordingFolder();
QString defaultRecordingFolder();
void setRecordingFolder(const QString &folder);

// The most rows the live frame log keeps (older ones are dropped and counted); 0 keeps all.
qint64 retentionLimit();
void setRetentionLimit(qint64 rows);

Theme theme();
void setTheme(Theme theme);

} // namespace AppSettings
} // namespace Sockscope
