// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "replay/messagediff.h"

#include <QAbstractTableModel>
#include <QRegularExpression>

namespace Sockscope {

// The replay diff as a table (CAP-4): one row per aligned pair of server messages, recorded on
// the left and replayed on the right, with what became of it. Fed as answers arrive (setReplayed)
// and realigned at once; "only differences" hides the rows that are the same. Semantic roles
// only: the diff view colours rows by KindRole.
class ReplayDiffModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ResultColumn, RecordedColumn, ReplayedColumn, ColumnCount };
    enum Role { KindRole = Qt::UserRole + 1, RecordedIndexRole, ReplayedIndexRole };

    explicit ReplayDiffModel(QObject *parent = nullptr);

    void setRecorded(const QList<RecordedMessage> &recorded);
    void setReplayed(const QList<RecordedMessage> &replayed);
    // Regular expressions; the diff is realigned with them. Invalid ones are left out.
    void setIgnorePatterns(const QStringList &patterns);
    QStringList ignorePatterns() const { return m_patterns; }
    void setOnlyDifferences(bool only);
    bool onlyDifferences() const { return m_onlyDifferences; }

    const MessageDiff &diff() const { return m_diff; }
    const QList<RecordedMessage> &recorded() const { return m_recorded; }
    const QList<RecordedMessage> &replayed() const { return m_replayed; }
    // The diff entry a row shows.
    MessageDiff::Entry entry(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString kindText(MessageDiff::Entry::Kind kind);

Q_SIGNALS:
    // The counts may have changed.
    void diffChanged();

private:
    void realign();
    QString messageText(int index, const QList<RecordedMessage> &messages) const;

    QList<RecordedMessage> m_recorded;
    QList<RecordedMessage> m_replayed;
    QStringList m_patterns;
    QList<QRegularExpression> m_ignore;
    MessageDiff m_diff;
    QList<int> m_rows; // entry index per visible row
    bool m_onlyDifferences = false;
};

} // namespace Sockscope
