// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "frameheader.h"

#include <QMetaType>

// Opcode travels in signals (engine and composer); declared once, before any of them is moc'ed,
// so that no translation unit instantiates its meta type without it.
Q_DECLARE_METATYPE(Sockscope::Opcode)
