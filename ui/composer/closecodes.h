// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Sockscope {

// Close codes as the user sees them: translated names and the checks the composer applies
// before it asks the engine to close (RFC 6455 §7.4 and the IANA registry).
class CloseCodes
{
    Q_DECLARE_TR_FUNCTIONS(Sockscope::CloseCodes)

public:
    // The codes offered in the composer's list: those a peer may send, plus one example of
    // each free range.
    static QList<quint16> offered();
    static QString name(quint16 code);
    // Reads the number at the start of text such as "4000" or "1000 – Normal Closure".
    static std::optional<quint16> parse(const QString &text);
    // Why `code` must not be sent in a Close frame, or an empty string when it may be.
    static QString whyInvalid(quint16 code);
};

} // namespace Sockscope
