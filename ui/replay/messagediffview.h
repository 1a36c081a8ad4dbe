// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "replay/jsondiff.h"
#include "replay/messagediff.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace Sockscope {

// One aligned pair of the replay diff, recorded answer beside replayed answer. JSON is shown
// pretty-printed with keys in order and its changed lines highlighted, with the list of changed
// fields by path below, from which "Ignore this field" asks to leave a field out of the diff;
// other text is compared character by character, binary as hex.
class MessageDiffView : public QWidget
{
    Q_OBJECT

public:
    explicit MessageDiffView(QWidget *parent = nullptr);

    // Either message may be missing (an answer that did not come, or one that is new).
    void showPair(const RecordedMessage *recorded, const RecordedMessage *replayed);
    void clear();

    QPlainTextEdit *recordedText() const { return m_recorded; }
    QPlainTextEdit *replayedText() const { return m_replayed; }
    QTreeWidget *fieldList() const { return m_fields; }

Q_SIGNALS:
    // A regular expression for ReplayDiffModel::setIgnorePatterns.
    void ignorePatternRequested(const QString &pattern);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *createTextColumns();
    QWidget *createFieldList();
    void showFields(const QList<JsonFieldChange> &changes);
    void highlight();
    void requestIgnoreSelectedField();

    QPlainTextEdit *m_recorded;
    QPlainTextEdit *m_replayed;
    QLabel *m_fieldsTitle;
    QTreeWidget *m_fields;
    QPushButton *m_ignoreField;
    bool m_byLines = false;
};

} // namespace Sockscope
