// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/event.h"

#include <QCoreApplication>

#include <cstdio>

namespace Sockscope {

// Prints the event stream to a FILE: one human-readable line per event, or with JSON Lines
// one object per event (JsonlFormat, documented in docs/jsonl-events.md).
class EventPrinter
{
    Q_DECLARE_TR_FUNCTIONS(Sockscope::EventPrinter)

public:
    enum class Format { Text, JsonLines };

    explicit EventPrinter(Format format, std::FILE *out = stdout) : m_format(format), m_out(out) { }

    void print(const Event &event);

    static QString toText(const Event &event);

private:
    Format m_format;
    std::FILE *m_out;
};

} // namespace Sockscope
