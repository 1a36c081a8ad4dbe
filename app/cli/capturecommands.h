// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Sockscope {

// `sockscope show FILE [--jsonl]` and `sockscope convert IN OUT`: they run to completion
// without an event loop.
class CaptureCommands
{
    Q_DECLARE_TR_FUNCTIONS(Sockscope::CaptureCommands)

public:
    static int show(const QStringList &arguments);
    static int convert(const QStringList &arguments);
};

} // namespace Sockscope
