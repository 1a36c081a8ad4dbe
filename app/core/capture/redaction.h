// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/event.h"

#include <QByteArray>
#include <QList>
#include <QRegularExpression>
#include <QStringList>

namespace Sockscope {

// What an export hides so that a capture can be shared: the values of secret headers in the
// handshakes and whatever the patterns match in data frames (docs/capture-format.md,
// "Redaction"). The capture being read is never changed; only what is written.
struct RedactionRules
{
    enum class Style {
        KeepLength, // each hidden byte becomes '*': sizes, offsets and frame lengths stay true
        Placeholder // the hidden text becomes "[redacted]"
    };

    QStringList headers = defaultHeaders(); // compared case-insensitively
    QList<QRegularExpression> payloadPatterns;
    Style style = Style::KeepLength;

    // Authorization, Proxy-Authorization, Cookie, Set-Cookie.
    static QStringList defaultHeaders();
};

class Redactor
{
public:
    explicit Redactor(RedactionRules rules);

    // Hides what the rules name in one event of a capture being exported.
    void apply(Event &event) const;
    // An HTTP head (request or response) with the values of the listed headers hidden.
    QByteArray redactHead(const QByteArray &raw) const;
    // Bytes with every pattern match hidden; text when valid UTF-8, otherwise byte by byte.
    QByteArray redactPayload(const QByteArray &bytes) const;

private:
    QByteArray hidden(qsizetype length) const;
    void redactFrame(Event &event) const;

    RedactionRules m_rules;
};

} // namespace Sockscope
