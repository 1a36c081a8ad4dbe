// SPDX-License-Identifier: GPL-3.0-or-later
#include "diffreport.h"

#include "decode/payloadpreview.h"
#include "jsondiff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Sockscope {

namespace {

QString preview(const RecordedMessage &message)
{
    return payloadPreview(message.data, DecodeContext::ofOpcode(std::uint8_t(message.opcode)), PreviewStyle::Terminal,
                          80);
}

// Text as it is when it is valid UTF-8, otherwise base64, saying which.
QJsonObject messageJson(const RecordedMessage &message)
{
    QJsonObject object{{QStringLiteral("opcode"), message.opcode}};
    if (isUtf8Text(message.data)) {
        object.insert(QStringLiteral("data"), QString::fromUtf8(message.data));
    } else {
        object.insert(QStringLiteral("data"), QString::fromLatin1(message.data.toBase64()));
        object.insert(QStringLiteral("encoding"), QStringLiteral("base64"));
    }
    return object;
}

QJsonArray fieldsJson(const RecordedMessage &recorded, const RecordedMessage &replayed)
{
    QJsonArray fields;
    static const char *const kinds[] = {"changed", "added", "removed"};
    for (const JsonFieldChange &change : jsonFieldChanges(recorded.data, replayed.data).value_or(QList<JsonFieldChange>()))
        fields.append(QJsonObject{{QStringLiteral("path"), change.path},
                                  {QStringLiteral("kind"), QLatin1String(kinds[int(change.kind)])},
                                  {QStringLiteral("recorded"), change.recordedValue},
                                  {QStringLiteral("replayed"), change.replayedValue}});
    return fields;
}

} // namespace

QString diffKindName(MessageDiff::Entry::Kind kind)
{
    switch (kind) {
    case MessageDiff::Entry::Kind::Same:
        return QStringLiteral("same");
    case MessageDiff::Entry::Kind::Changed:
        return QStringLiteral("changed");
    case MessageDiff::Entry::Kind::Missing:
        return QStringLiteral("missing");
    case MessageDiff::Entry::Kind::Extra:
        return QStringLiteral("extra");
    }
    return {};
}

DiffReport::DiffReport(const MessageDiff &diff, const QList<RecordedMessage> &recorded,
                       const QList<RecordedMessage> &replayed, const QStringList &ignorePatterns)
    : m_diff(diff), m_recorded(recorded), m_replayed(replayed), m_ignorePatterns(ignorePatterns)
{
}

QStringList DiffReport::lines() const
{
    QStringList lines;
    for (const MessageDiff::Entry &entry : m_diff.entries())
        lines.append(line(entry));
    lines.append(summary());
    return lines;
}

QString DiffReport::line(const MessageDiff::Entry &e) const
{
    switch (e.kind) {
    case MessageDiff::Entry::Kind::Same:
        return tr("same     #%1: %2").arg(e.recordedIndex + 1).arg(preview(m_recorded[e.recordedIndex]));
    case MessageDiff::Entry::Kind::Changed:
        return tr("changed  #%1: recorded \"%2\", replayed \"%3\"")
                .arg(e.recordedIndex + 1)
                .arg(preview(m_recorded[e.recordedIndex]), preview(m_replayed[e.replayedIndex]));
    case MessageDiff::Entry::Kind::Missing:
        return tr("missing  #%1: %2").arg(e.recordedIndex + 1).arg(preview(m_recorded[e.recordedIndex]));
    case MessageDiff::Entry::Kind::Extra:
        return tr("extra    +%1: %2").arg(e.replayedIndex + 1).arg(preview(m_replayed[e.replayedIndex]));
    }
    return {};
}

QString DiffReport::summary() const
{
    return tr("diff: %1 same, %2 changed, %3 missing, %4 extra")
            .arg(m_diff.count(MessageDiff::Entry::Kind::Same))
            .arg(m_diff.count(MessageDiff::Entry::Kind::Changed))
            .arg(m_diff.count(MessageDiff::Entry::Kind::Missing))
            .arg(m_diff.count(MessageDiff::Entry::Kind::Extra));
}

QByteArray DiffReport::toJson() const
{
    QJsonObject counts;
    for (auto kind : {MessageDiff::Entry::Kind::Same, MessageDiff::Entry::Kind::Changed,
                      MessageDiff::Entry::Kind::Missing, MessageDiff::Entry::Kind::Extra})
        counts.insert(diffKindName(kind), m_diff.count(kind));
    QJsonArray entries;
    for (const MessageDiff::Entry &e : m_diff.entries()) {
        QJsonObject entry{{QStringLiteral("kind"), diffKindName(e.kind)}};
        if (e.recordedIndex >= 0)
            entry.insert(QStringLiteral("recorded"), messageJson(m_recorded[e.recordedIndex]));
        if (e.replayedIndex >= 0)
            entry.insert(QStringLiteral("replayed"), messageJson(m_replayed[e.replayedIndex]));
        if (e.kind == MessageDiff::Entry::Kind::Changed)
            entry.insert(QStringLiteral("fields"), fieldsJson(m_recorded[e.recordedIndex], m_replayed[e.replayedIndex]));
        entries.append(entry);
    }
    const QJsonObject document{{QStringLiteral("counts"), counts},
                               {QStringLiteral("ignore"), QJsonArray::fromStringList(m_ignorePatterns)},
                               {QStringLiteral("entries"), entries}};
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

} // namespace Sockscope
