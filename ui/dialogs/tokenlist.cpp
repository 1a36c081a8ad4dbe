// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokenlist.h"

#include <algorithm>

namespace Sockscope {

QList<QByteArray> TokenList::parse(const QString &text)
{
    QList<QByteArray> tokens;
    for (const QString &item : text.split(QLatin1Char(','))) {
        const QString trimmed = item.trimmed();
        if (!trimmed.isEmpty())
            tokens.append(trimmed.toUtf8());
    }
    return tokens;
}

QString TokenList::format(const QList<QByteArray> &tokens)
{
    return QString::fromUtf8(tokens.join(", "));
}

bool TokenList::isToken(QByteArrayView text)
{
    static constexpr QByteArrayView kSpecials = "!#$%&'*+-.^_`|~";
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || kSpecials.contains(c);
    });
}

QByteArray TokenList::firstInvalid(const QList<QByteArray> &tokens)
{
    const auto it = std::find_if(tokens.cbegin(), tokens.cend(), [](const QByteArray &t) { return !isToken(t); });
    return it == tokens.cend() ? QByteArray() : *it;
}

} // namespace Sockscope
