// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>

#include <variant>

namespace Sockscope {

// One STOMP frame read from a payload; the body is a view into it.
struct StompFrame
{
    QString command;
    QList<QPair<QString, QString>> headers; // in order, escapes decoded
    QByteArrayView body;

    // The first header of that name (STOMP 1.2: a repeated header's first value counts).
    QString header(const QString &name) const;
};

// A payload's STOMP frames and the heart-beat EOLs between them.
struct StompFrames
{
    QList<StompFrame> frames;
    int heartBeats = 0;
};

// Reads every frame of `data`; the reason ("body cut short: …") when one is malformed.
std::variant<StompFrames, QString> readStompFrames(QByteArrayView data);

} // namespace Sockscope
