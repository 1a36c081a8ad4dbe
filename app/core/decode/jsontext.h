// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace Sockscope {

// Re-lays out JSON text by changing only the white space between tokens: keys keep their
// order and every value keeps its bytes (QJsonDocument would sort keys and rewrite numbers).
// The input must already be valid JSON; nullopt when it nests deeper than `maxDepth`.
namespace JsonText {

// Four-space indentation (as QJsonDocument::Indented), one member or element a line, "key": value.
std::optional<QByteArray> indented(QByteArrayView json, int maxDepth);
// Every insignificant space removed.
std::optional<QByteArray> compact(QByteArrayView json, int maxDepth);

// A parsed value as compact JSON: strings quoted and escaped, containers on one line.
QString compactValue(const QJsonValue &value);
// The path of an object member below `parent` as the JSON views write it: `$.name`, or
// `$["a key"]` when the key is not an identifier.
QString memberPath(const QString &parent, const QString &key);

} // namespace JsonText
} // namespace Sockscope
