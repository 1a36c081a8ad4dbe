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
    // One more after the first, which alone is described: a damaged capture can have
    // thousands of unreadable rows, and describing each was most of the time to read it.
    void noteAnother() { ++unreadable; }
    // Adds what another reader of the same file found, which comes after what this one found.
    void add(const CaptureDamage &later)
    {
        if (unreadable == 0)
            first = later.first;
        unreadable += later.unreadable;
    }
};

} // namespace Sockscope
