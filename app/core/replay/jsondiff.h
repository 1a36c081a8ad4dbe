// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace Sockscope {

// A field that differs between two JSON documents, by its path: `$.price`, `$.items[2].id`.
struct JsonFieldChange
{
    enum class Kind { Changed, Added, Removed };
    Kind kind = Kind::Changed;
    QString path;
    QString key;           // the object key that holds the field; empty for array elements
    QString recordedValue; // compact JSON; empty when Added
    QString replayedValue; // compact JSON; empty when Removed
};

// The fields in which `replayed` differs from `recorded`, in key order, when both are JSON
// objects or arrays; nothing when either is not (the diff view then compares characters).
std::optional<QList<JsonFieldChange>> jsonFieldChanges(const QByteArray &recorded, const QByteArray &replayed);

// An ignore pattern (a regular expression for MessageDiff) that blanks the scalar value of every
// field named `key` in a text message: what "Ignore this field" adds.
QString ignorePatternForJsonKey(const QString &key);

} // namespace Sockscope
