// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/logrecord.h"

#include <QRegularExpression>
#include <QString>

#include <limits>
#include <optional>

namespace Sockscope {

class RecordDecoder;

// What the frame log shows. Criteria on the record (connection, direction, kind, size) are
// cheap; the text criterion needs payloads and runs off the GUI thread.
struct LogFilter
{
    enum Kinds : int {
        DataFrames = 1 << 0,
        ControlFrames = 1 << 1,
        Events = 1 << 2, // handshakes, open, close, errors
        All = DataFrames | ControlFrames | Events,
    };

    quint32 connectionId = 0; // 0: every connection
    quint32 pairedLegId = 0;  // with connectionId: the other leg of its proxied pair, shown too
    std::optional<Direction> direction;
    int kinds = All;
    int opcode = -1; // -1: any
    quint32 minLength = 0;
    quint32 maxLength = std::numeric_limits<quint32>::max();
    QString text;
    bool regex = false;
    Qt::CaseSensitivity caseSensitivity = Qt::CaseInsensitive;
    // The text is also looked for in each frame's decoded form (UI-5: MessagePack and protobuf
    // strings, JSON values), as its decoder shows it.
    bool searchDecoded = false;
    // Frames and events in [fromNs, toNs] only (a range dragged over in the plots, UI-7).
    qint64 fromNs = std::numeric_limits<qint64>::min();
    qint64 toNs = std::numeric_limits<qint64>::max();

    bool isEmpty() const;
    bool hasText() const { return !text.isEmpty(); }
    bool hasTimeRange() const;
    void setTimeRange(qint64 from, qint64 to);
    void clearTimeRange() { setTimeRange(std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max()); }
    bool matchesRecord(const LogRecord &record) const;
    QString errorString() const; // invalid regular expression
    bool operator==(const LogFilter &) const = default;
};

// The text criterion of a filter, compiled once, matched against what a row holds
// (payload or inflated payload, event texts, handshake bytes), and with searchDecoded a
// frame's decoded text as `decoder` makes it.
class TextMatcher
{
public:
    explicit TextMatcher(const LogFilter &filter, const RecordDecoder *decoder = nullptr);
    bool matches(const Event &event) const;

private:
    bool matches(const QString &haystack) const;

    const RecordDecoder *m_decoder; // null unless the decoded form is searched

    QString m_text;
    QRegularExpression m_regex;
    bool m_useRegex;
    Qt::CaseSensitivity m_case;
};

} // namespace Sockscope
