// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace Sockscope {

// Comma-separated lists of HTTP tokens as the dialogs show them: subprotocols, header names.
class TokenList
{
public:
    // Splits at commas, trims, drops empty items.
    static QList<QByteArray> parse(const QString &text);
    static QString format(const QList<QByteArray> &tokens);
    // An RFC 7230 token: what subprotocol and header names must be.
    static bool isToken(QByteArrayView text);
    // The first item of `tokens` that is not a token; empty when all are.
    static QByteArray firstInvalid(const QList<QByteArray> &tokens);
};

} // namespace Sockscope
