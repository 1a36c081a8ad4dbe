// SPDX-License-Identifier: GPL-3.0-or-later
#include "redaction.h"

#include "decode/payloadpreview.h"

#include <utility>

namespace Sockscope {
namespace {

constexpr QByteArrayView kHeadEnd = "\r\n\r\n";

struct Match
{
    qsizetype offset = 0; // in bytes
    qsizetype length = 0;
};

// Pattern matches in byte offsets: on the UTF-8 text when the bytes are text (so a pattern
// with non-ASCII characters works), else on the bytes read as Latin-1 (one character a byte).
QList<Match> matchesIn(const QByteArray &bytes, const QList<QRegularExpression> &patterns)
{
    const bool utf8 = isUtf8Text(bytes);
    const QString text = utf8 ? QString::fromUtf8(bytes) : QString::fromLatin1(bytes);
    // Matches come in order, so the UTF-8 length is counted on from the last one: linear in
    // the payload, not once from the start per match.
    qsizetype countedChars = 0;
    qsizetype countedBytes = 0;
    auto byteOffset = [&](qsizetype characters) {
        if (!utf8)
            return characters;
        if (characters < countedChars)
            countedChars = countedBytes = 0;
        countedBytes += QStringView(text).mid(countedChars, characters - countedChars).toUtf8().size();
        countedChars = characters;
        return countedBytes;
    };
    QList<Match> matches;
    for (const QRegularExpression &pattern : patterns) {
        for (auto it = pattern.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            if (match.capturedLength() == 0)
                continue;
            const qsizetype start = byteOffset(match.capturedStart());
            matches.append({start, byteOffset(match.capturedEnd()) - start});
        }
    }
    std::sort(matches.begin(), matches.end(), [](const Match &a, const Match &b) { return a.offset < b.offset; });
    return matches;
}

} // namespace

QStringList RedactionRules::defaultHeaders()
{
    return {QStringLiteral("Authorization"), QStringLiteral("Proxy-Authorization"), QStringLiteral("Cookie"),
            QStringLiteral("Set-Cookie")};
}

Redactor::Redactor(RedactionRules rules) : m_rules(std::move(rules)) { }

QByteArray Redactor::hidden(qsizetype length) const
{
    return m_rules.style == RedactionRules::Style::KeepLength ? QByteArray(length, '*') : QByteArray("[redacted]");
}

void Redactor::apply(Event &event) const
{
    switch (event.kind) {
    case Event::Kind::HandshakeRequest:
    case Event::Kind::HandshakeResponse:
    case Event::Kind::Failed:
        event.raw = redactHead(event.raw);
        break;
    case Event::Kind::Frame:
        redactFrame(event);
        break;
    default:
        break;
    }
}

QByteArray Redactor::redactHead(const QByteArray &raw) const
{
    const qsizetype end = raw.indexOf(kHeadEnd);
    const qsizetype headSize = end < 0 ? raw.size() : end;
    QList<QByteArray> lines = raw.left(headSize).split('\n');
    bool changed = false;
    // The first line is the request or status line; headers follow.
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QByteArray &line = lines[i];
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QString name = QString::fromLatin1(line.left(colon)).trimmed();
        if (!m_rules.headers.contains(name, Qt::CaseInsensitive))
            continue;
        qsizetype valueStart = colon + 1;
        while (valueStart < line.size() && line.at(valueStart) == ' ')
            ++valueStart;
        const qsizetype valueEnd = line.endsWith('\r') ? line.size() - 1 : line.size();
        line = line.left(valueStart) + hidden(valueEnd - valueStart) + line.mid(valueEnd);
        changed = true;
    }
    return changed ? lines.join('\n') + raw.mid(headSize) : raw;
}

QByteArray Redactor::redactPayload(const QByteArray &bytes) const
{
    if (m_rules.payloadPatterns.isEmpty() || bytes.isEmpty())
        return bytes;
    const QList<Match> matches = matchesIn(bytes, m_rules.payloadPatterns);
    if (matches.isEmpty())
        return bytes;
    QByteArray out;
    qsizetype copied = 0;
    for (const Match &m : matches) {
        if (m.offset + m.length <= copied)
            continue; // inside a match already hidden
        const qsizetype start = qMax(m.offset, copied);
        out += bytes.mid(copied, start - copied);
        out += hidden(m.offset + m.length - start);
        copied = m.offset + m.length;
    }
    return out + bytes.mid(copied);
}

// Data frames only: a control frame's payload is a close code and reason or ping bytes.
// A compressed frame is matched on its inflated bytes; when something was hidden the frame is
// written uncompressed, since its compressed bytes would still hold the secret.
void Redactor::redactFrame(Event &event) const
{
    if (event.frame.isControl())
        return;
    const QByteArray &plain = event.compressed ? event.inflated : event.payload;
    const QByteArray redacted = redactPayload(plain);
    if (redacted == plain)
        return;
    event.payload = redacted;
    event.inflated.clear();
    event.compressed = false;
    event.frame.rsv1 = false;
    event.frame.payloadLength = std::uint64_t(redacted.size());
}

} // namespace Sockscope
