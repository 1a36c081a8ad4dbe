// SPDX-License-Identifier: GPL-3.0-or-later
#include "languages.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

namespace Sockscope::Languages {
namespace {

struct Installed
{
    QPointer<QTranslator> ours;
    QPointer<QTranslator> qt;
    bool translated = false;
};

Installed &installed()
{
    static Installed translators;
    return translators;
}

// A translator owned by the application, installed when its file is found.
QPointer<QTranslator> load(const QLocale &locale, const QString &name, const QString &folder)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(locale, name, QStringLiteral("_"), folder) && QCoreApplication::installTranslator(translator))
        return translator;
    delete translator;
    return nullptr;
}

void removeInstalled()
{
    for (QPointer<QTranslator> *translator : {&installed().ours, &installed().qt}) {
        if (*translator) {
            QCoreApplication::removeTranslator(*translator);
            delete translator->data();
        }
    }
}

} // namespace

QList<Language> shipped()
{
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}};
}

QLocale install(const QString &code)
{
    removeInstalled();
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    QLocale::setDefault(locale);
    installed().ours = load(locale, QStringLiteral("sockscope"), QStringLiteral(":/i18n"));
    installed().qt = load(locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    installed().translated = !installed().ours.isNull();
    return locale;
}

bool isTranslated()
{
    return installed().translated;
}

} // namespace Sockscope::Languages
