// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Sockscope {

// What a capture source could not read: how many rows (or pages) and the first one, described.
struct CaptureDamage
{
    qint64 unreadable = 0;
    QString first;

    bool isEmpty() const { return unreadable == 0; }
    void note(const QString &description)
    {
        if (unreadable++ == 0)
            first = description;
    }
};

} // namespace Sockscope
