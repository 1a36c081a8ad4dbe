// SPDX-License-Identifier: GPL-3.0-or-later
#include "logfilter.h"

#include "recorddecoder.h"

namespace Sockscope {

bool LogFilter::isEmpty() const
{
    return connectionId == 0 && pairedLegId == 0 && !direction && kinds == All && opcode < 0 && minLength == 0
            && maxLength == std::numeric_limits<quint32>::max() && text.isEmpty() && !hasTimeRange();
}

bool LogFilter::hasTimeRange() const
{
    return fromNs != std::numeric_limits<qint64>::min() || toNs != std::numeric_limits<qint64>::max();
}

void LogFilter::setTimeRange(qint64 from, qint64 to)
{
    fromNs = from;
    toNs = to;
}

bool LogFilter::matchesRecord(const LogRecord &r) const
{
    if (connectionId && r.connectionId != connectionId && (!pairedLegId || r.connectionId != pairedLegId))
        return false;
    if (direction && r.isFrame() && r.direction != *direction)
        return false;
    const int kind = !r.isFrame() ? Events : r.isControl() ? ControlFrames : DataFrames;
    if (!(kinds & kind))
        return false;
    if (opcode >= 0 && (!r.isFrame() || r.opcode != opcode))
        return false;
    if (r.timestampNs < fromNs || r.timestampNs > toNs)
        return false;
    return r.length >= minLength && r.length <= maxLength;
}

TextMatcher::TextMatcher(const LogFilter &filter, const RecordDecoder *decoder)
    : m_decoder(filter.searchDecoded ? decoder : nullptr),
      m_text(filter.text),
      m_regex(filter.regex ? filter.text : QString(),
              filter.caseSensitivity == Qt::CaseInsensitive ? QRegularExpression::CaseInsensitiveOption
                                                            : QRegularExpression::NoPatternOption),
      m_useRegex(filter.regex),
      m_case(filter.caseSensitivity)
{ }

bool TextMatcher::matches(const QString &haystack) const
{
    return m_useRegex ? m_regex.match(haystack).hasMatch() : haystack.contains(m_text, m_case);
}

bool TextMatcher::matches(const Event &event) const
{
    if (m_text.isEmpty())
        return true;
    if (event.kind == Event::Kind::Frame) {
        return matches(QString::fromUtf8(event.compressed ? event.inflated : event.payload))
                || (m_decoder && matches(m_decoder->decode(event, event.sequence).payload.text));
    }
    return matches(event.text) || matches(event.detail) || matches(QString::fromUtf8(event.raw));
}

QString LogFilter::errorString() const
{
    if (!regex)
        return {};
    const QRegularExpression expression(text);
    return expression.isValid() ? QString() : expression.errorString();
}

} // namespace Sockscope
