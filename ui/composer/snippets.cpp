// SPDX-License-Identifier: GPL-3.0-or-later
#include "snippets.h"

#include <QSettings>

#include <array>
#include <optional>
#include <utility>

namespace Sockscope {
namespace {

// Stable keys, so settings survive reordering the enum or translating the UI.
const std::array<std::pair<MessageMode, const char *>, 4> kModeKeys{{
        {MessageMode::Text, "text"},
        {MessageMode::Json, "json"},
        {MessageMode::Hex, "hex"},
        {MessageMode::File, "file"},
}};

QString modeKey(MessageMode mode)
{
    for (const auto &[m, key] : kModeKeys) {
        if (m == mode)
            return QString::fromLatin1(key);
    }
    Q_UNREACHABLE();
}

std::optional<MessageMode> modeFromKey(const QString &key)
{
    for (const auto &[m, k] : kModeKeys) {
        if (key == QLatin1String(k))
            return m;
    }
    return std::nullopt;
}

} // namespace

QList<Snippet> loadSnippets()
{
    QList<Snippet> snippets;
    QSettings settings;
    settings.beginGroup(QStringLiteral("composer"));
    const int count = settings.beginReadArray(QStringLiteral("snippets"));
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        const std::optional<MessageMode> mode = modeFromKey(settings.value(QStringLiteral("mode")).toString());
        const QString name = settings.value(QStringLiteral("name")).toString();
        // Entries with a mode this version does not know (written by a newer one) are skipped.
        if (!mode || name.isEmpty())
            continue;
        snippets.append({name, *mode, settings.value(QStringLiteral("content")).toString()});
    }
    settings.endArray();
    settings.endGroup();
    return snippets;
}

void storeSnippets(const QList<Snippet> &snippets)
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("composer"));
    settings.remove(QStringLiteral("snippets"));
    settings.beginWriteArray(QStringLiteral("snippets"), int(snippets.size()));
    for (int i = 0; i < snippets.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("name"), snippets[i].name);
        settings.setValue(QStringLiteral("mode"), modeKey(snippets[i].mode));
        settings.setValue(QStringLiteral("content"), snippets[i].content);
    }
    settings.endArray();
    settings.endGroup();
}

} // namespace Sockscope
