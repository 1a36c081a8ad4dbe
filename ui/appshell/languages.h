// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QLocale>
#include <QString>

namespace Sockscope {

// The UI languages (UI-9): English source strings, German and Simplified Chinese translations
// compiled into the binary (":/i18n/sockscope_<code>.qm"), and Qt's own qtbase translations
// from the Qt installation so standard dialogs speak the same language.
namespace Languages {

struct Language
{
    QString code;       // "de", "zh_CN"; "en" is the source language
    QString nativeName; // the language's name in itself, as the settings list it
};

QList<Language> shipped();
// Installs the translators of `code` (empty: the system locale's language) in place of any
// installed before, and makes its locale the default. Returns the locale used.
QLocale install(const QString &code);
// Whether our translation of `locale`'s language was found and installed by the last install().
bool isTranslated();

} // namespace Languages
} // namespace Sockscope
