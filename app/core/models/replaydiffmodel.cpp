// SPDX-License-Identifier: GPL-3.0-or-later
#include "replaydiffmodel.h"

#include "decode/payloadpreview.h"

namespace Sockscope {

ReplayDiffModel::ReplayDiffModel(QObject *parent) : QAbstractTableModel(parent), m_diff({}, {}) { }

void ReplayDiffModel::setRecorded(const QList<RecordedMessage> &recorded)
{
    m_recorded = recorded;
    realign();
}

void ReplayDiffModel::setReplayed(const QList<RecordedMessage> &replayed)
{
    m_replayed = replayed;
    realign();
}

void ReplayDiffModel::setIgnorePatterns(const QStringList &patterns)
{
    m_patterns = patterns;
    m_ignore.clear();
    for (const QString &pattern : patterns) {
        const QRegularExpression regex(pattern);
        if (regex.isValid())
            m_ignore.append(regex);
    }
    realign();
}

void ReplayDiffModel::setOnlyDifferences(bool only)
{
    if (only == m_onlyDifferences)
        return;
    m_onlyDifferences = only;
    realign();
}

void ReplayDiffModel::realign()
{
    beginResetModel();
    m_diff = MessageDiff(m_recorded, m_replayed, m_ignore);
    m_rows.clear();
    for (int i = 0; i < m_diff.entries().size(); ++i) {
        if (!m_onlyDifferences || m_diff.entries()[i].kind != MessageDiff::Entry::Kind::Same)
            m_rows.append(i);
    }
    endResetModel();
    Q_EMIT diffChanged();
}

MessageDiff::Entry ReplayDiffModel::entry(int row) const
{
    return m_diff.entries().at(m_rows.at(row));
}

int ReplayDiffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReplayDiffModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ReplayDiffModel::kindText(MessageDiff::Entry::Kind kind)
{
    switch (kind) {
    case MessageDiff::Entry::Kind::Same:
        return tr("Same");
    case MessageDiff::Entry::Kind::Changed:
        return tr("Changed");
    case MessageDiff::Entry::Kind::Missing:
        return tr("Missing");
    case MessageDiff::Entry::Kind::Extra:
        return tr("Extra");
    }
    return {};
}

QString ReplayDiffModel::messageText(int index, const QList<RecordedMessage> &messages) const
{
    if (index < 0)
        return {};
    const RecordedMessage &message = messages.at(index);
    return QStringLiteral("#%1  %2")
            .arg(index + 1)
            .arg(payloadPreview(message.data, DecodeContext::ofOpcode(std::uint8_t(message.opcode)), PreviewStyle::Log));
}

QVariant ReplayDiffModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const MessageDiff::Entry e = entry(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == ResultColumn)
            return kindText(e.kind);
        return index.column() == RecordedColumn ? messageText(e.recordedIndex, m_recorded)
                                                : messageText(e.replayedIndex, m_replayed);
    case KindRole:
        return int(e.kind);
    case RecordedIndexRole:
        return e.recordedIndex;
    case ReplayedIndexRole:
        return e.replayedIndex;
    default:
        return {};
    }
}

QVariant ReplayDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ResultColumn:
        return tr("Result");
    case RecordedColumn:
        return tr("Recorded answer");
    case ReplayedColumn:
        return tr("Replayed answer");
    default:
        return {};
    }
}

} // namespace Sockscope
