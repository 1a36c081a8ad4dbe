// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsondiff.h"

#include "decode/jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace Sockscope {

namespace {

class FieldComparer
{
public:
    QList<JsonFieldChange> changes;

    void compare(const QString &path, const QString &key, const QJsonValue &recorded, const QJsonValue &replayed)
    {
        if (recorded.isObject() && replayed.isObject())
            compareObjects(path, recorded.toObject(), replayed.toObject());
        else if (recorded.isArray() && replayed.isArray())
            compareArrays(path, recorded.toArray(), replayed.toArray());
        else if (recorded != replayed)
            changes.append({JsonFieldChange::Kind::Changed, path, key, JsonText::compactValue(recorded),
                            JsonText::compactValue(replayed)});
    }

private:
    void compareObjects(const QString &path, const QJsonObject &recorded, const QJsonObject &replayed)
    {
        QStringList keys = recorded.keys() + replayed.keys();
        std::sort(keys.begin(), keys.end());
        keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
        for (const QString &key : std::as_const(keys)) {
            const QString child = JsonText::memberPath(path, key);
            if (!replayed.contains(key))
                changes.append(
                        {JsonFieldChange::Kind::Removed, child, key, JsonText::compactValue(recorded.value(key)), {}});
            else if (!recorded.contains(key))
                changes.append(
                        {JsonFieldChange::Kind::Added, child, key, {}, JsonText::compactValue(replayed.value(key))});
            else
                compare(child, key, recorded.value(key), replayed.value(key));
        }
    }

    void compareArrays(const QString &path, const QJsonArray &recorded, const QJsonArray &replayed)
    {
        const qsizetype common = std::min(recorded.size(), replayed.size());
        for (qsizetype i = 0; i < common; ++i)
            compare(path + QStringLiteral("[%1]").arg(i), {}, recorded.at(i), replayed.at(i));
        for (qsizetype i = common; i < recorded.size(); ++i)
            changes.append({JsonFieldChange::Kind::Removed,
                            path + QStringLiteral("[%1]").arg(i),
                            {},
                            JsonText::compactValue(recorded.at(i)),
                            {}});
        for (qsizetype i = common; i < replayed.size(); ++i)
            changes.append({JsonFieldChange::Kind::Added,
                            path + QStringLiteral("[%1]").arg(i),
                            {},
                            {},
                            JsonText::compactValue(replayed.at(i))});
    }
};

std::optional<QJsonValue> parseDocument(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        return std::nullopt;
    if (document.isObject())
        return QJsonValue(document.object());
    if (document.isArray())
        return QJsonValue(document.array());
    return std::nullopt;
}

} // namespace

std::optional<QList<JsonFieldChange>> jsonFieldChanges(const QByteArray &recorded, const QByteArray &replayed)
{
    const std::optional<QJsonValue> left = parseDocument(recorded);
    const std::optional<QJsonValue> right = parseDocument(replayed);
    if (!left || !right)
        return std::nullopt;
    FieldComparer comparer;
    comparer.compare(QStringLiteral("$"), {}, *left, *right);
    return comparer.changes;
}

QString ignorePatternForJsonKey(const QString &key)
{
    // The key as JSON writes it, then a string, number or literal value.
    const QString quotedKey = QRegularExpression::escape(JsonText::compactValue(QJsonValue(key)));
    return quotedKey + QStringLiteral(R"(\s*:\s*(?:"(?:[^"\\]|\\.)*"|-?[0-9][0-9.eE+-]*|true|false|null))");
}

} // namespace Sockscope
