// SPDX-License-Identifier: GPL-3.0-or-later
#include "userguide.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTextDocument>
#include <QUrl>

namespace Sockscope::UserGuide {
namespace {

const QString kGuideName = QStringLiteral("user-guide.md");

QString translate(const char *text)
{
    return QCoreApplication::translate("Sockscope::UserGuide", text);
}

} // namespace

QStringList candidates()
{
    const QString binary = QCoreApplication::applicationDirPath();
    return {QDir::cleanPath(binary + QStringLiteral("/../share/doc/sockscope/") + kGuideName),
            QStringLiteral(SOCKSCOPE_SOURCE_DIR "/docs/") + kGuideName,
            QStringLiteral("/usr/share/doc/sockscope/") + kGuideName};
}

QString locate()
{
    for (const QString &path : candidates()) {
        if (QFileInfo::exists(path))
            return path;
    }
    return {};
}

bool renderHtml(const QString &markdownPath, const QString &htmlPath, QString *error)
{
    QFile markdown(markdownPath);
    if (!markdown.open(QIODevice::ReadOnly)) {
        *error = translate("cannot read %1: %2").arg(markdownPath, markdown.errorString());
        return false;
    }
    QTextDocument document;
    document.setMarkdown(QString::fromUtf8(markdown.readAll()));
    QString html = document.toHtml();
    // The page lives in the cache; its screenshots stay beside the guide.
    const QString base = QUrl::fromLocalFile(QFileInfo(markdownPath).absolutePath() + QLatin1Char('/')).toString();
    html.replace(QStringLiteral("<head>"), QStringLiteral("<head><base href=\"%1\"/>").arg(base.toHtmlEscaped()));
    QDir().mkpath(QFileInfo(htmlPath).absolutePath());
    QFile out(htmlPath);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(html.toUtf8()) < 0) {
        *error = translate("cannot write %1: %2").arg(htmlPath, out.errorString());
        return false;
    }
    return true;
}

bool open(QString *error)
{
    const QString guide = locate();
    if (guide.isEmpty()) {
        *error = translate("The user guide is not installed; looked for it in:\n%1")
                         .arg(candidates().join(QLatin1Char('\n')));
        return false;
    }
    const QString html =
            QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/user-guide.html");
    if (!renderHtml(guide, html, error))
        return false;
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(html))) {
        *error = translate("No program could open %1").arg(html);
        return false;
    }
    return true;
}

} // namespace Sockscope::UserGuide
