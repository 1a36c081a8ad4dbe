// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagediffview.h"

#include "decode/payloadpreview.h"
#include "replay/textdiff.h"

#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Sockscope {

namespace {

constexpr int kKeyRole = Qt::UserRole + 1;

// What a side shows: JSON pretty-printed (QJsonDocument writes object keys sorted, so equal
// objects print equally), other text as it is, binary as hex.
QString displayText(const RecordedMessage &message, bool *isJson)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(message.data, &error);
    *isJson = error.error == QJsonParseError::NoError && (document.isObject() || document.isArray());
    if (*isJson)
        return QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    if (message.opcode == 1 && isUtf8Text(message.data))
        return QString::fromUtf8(message.data);
    return QString::fromLatin1(message.data.toHex(' '));
}

QPlainTextEdit *createTextPane(const QString &objectName)
{
    auto *text = new QPlainTextEdit;
    text->setObjectName(objectName);
    text->setReadOnly(true);
    text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    text->setMinimumHeight(text->fontMetrics().lineSpacing() * 6);
    return text;
}

// Removed text red-tinted, added text green-tinted, readable on light and dark palettes.
QColor tint(const QPalette &palette, QColor colour)
{
    colour.setAlpha(palette.color(QPalette::Base).lightness() > 128 ? 70 : 110);
    return colour;
}

void applyHighlights(QPlainTextEdit *edit, const QList<TextRange> &ranges, const QColor &colour)
{
    QList<QTextEdit::ExtraSelection> selections;
    for (const TextRange &range : ranges) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(edit->document());
        selection.cursor.setPosition(int(range.start));
        selection.cursor.setPosition(int(range.start + range.length), QTextCursor::KeepAnchor);
        selection.format.setBackground(colour);
        selections.append(selection);
    }
    edit->setExtraSelections(selections);
}

} // namespace

MessageDiffView::MessageDiffView(QWidget *parent)
    : QWidget(parent),
      m_recorded(createTextPane(QStringLiteral("recordedText"))),
      m_replayed(createTextPane(QStringLiteral("replayedText"))),
      m_fieldsTitle(new QLabel(tr("Changed fields:"))),
      m_fields(new QTreeWidget),
      m_ignoreField(new QPushButton(tr("&Ignore This Field")))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createTextColumns(), 3);
    layout->addWidget(createFieldList(), 1);
    clear();
}

QWidget *MessageDiffView::createTextColumns()
{
    auto *columns = new QWidget;
    auto *grid = new QGridLayout(columns);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(new QLabel(tr("Recorded")), 0, 0);
    grid->addWidget(new QLabel(tr("Replayed")), 0, 1);
    grid->addWidget(m_recorded, 1, 0);
    grid->addWidget(m_replayed, 1, 1);
    return columns;
}

QWidget *MessageDiffView::createFieldList()
{
    m_fields->setObjectName(QStringLiteral("changedFields"));
    m_fields->setRootIsDecorated(false);
    m_fields->setHeaderLabels({tr("Field"), tr("Change"), tr("Recorded"), tr("Replayed")});
    m_fields->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_fields->header()->setStretchLastSection(true);
    // A few rows; the messages above get the height.
    m_fields->setMaximumHeight(m_fields->fontMetrics().lineSpacing() * 4);
    m_ignoreField->setObjectName(QStringLiteral("ignoreField"));
    m_ignoreField->setToolTip(tr("Leaves this field's value out when answers are compared, in this diff and the "
                                 "next replay"));
    connect(m_ignoreField, &QPushButton::clicked, this, &MessageDiffView::requestIgnoreSelectedField);
    connect(m_fields, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        m_ignoreField->setEnabled(item && !item->data(0, kKeyRole).toString().isEmpty());
    });
    auto *box = new QWidget;
    auto *layout = new QGridLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_fieldsTitle, 0, 0);
    layout->addWidget(m_ignoreField, 0, 1, Qt::AlignRight);
    layout->addWidget(m_fields, 1, 0, 1, 2);
    return box;
}

void MessageDiffView::clear()
{
    m_recorded->clear();
    m_replayed->clear();
    m_recorded->setPlaceholderText(tr("Select a row of the diff"));
    m_replayed->setPlaceholderText(tr("Select a row of the diff"));
    showFields({});
}

void MessageDiffView::showPair(const RecordedMessage *recorded, const RecordedMessage *replayed)
{
    bool recordedJson = false;
    bool replayedJson = false;
    m_recorded->setPlainText(recorded ? displayText(*recorded, &recordedJson) : QString());
    m_replayed->setPlainText(replayed ? displayText(*replayed, &replayedJson) : QString());
    m_recorded->setPlaceholderText(tr("Not in the recording: the server sent this answer only on replay"));
    m_replayed->setPlaceholderText(tr("Not sent on replay: the server left out this recorded answer"));
    m_byLines = recordedJson && replayedJson;
    const auto changes = recorded && replayed ? jsonFieldChanges(recorded->data, replayed->data) : std::nullopt;
    showFields(changes.value_or(QList<JsonFieldChange>()));
    highlight();
}

void MessageDiffView::showFields(const QList<JsonFieldChange> &changes)
{
    m_fields->clear();
    for (const JsonFieldChange &change : changes) {
        const QString kind = change.kind == JsonFieldChange::Kind::Changed ? tr("changed")
                : change.kind == JsonFieldChange::Kind::Added              ? tr("added")
                                                                           : tr("removed");
        auto *item = new QTreeWidgetItem(m_fields, {change.path, kind, change.recordedValue, change.replayedValue});
        item->setData(0, kKeyRole, change.key);
    }
    m_fields->resizeColumnToContents(0);
    m_fields->resizeColumnToContents(1);
    if (m_fields->topLevelItemCount() > 0)
        m_fields->setCurrentItem(m_fields->topLevelItem(0));
    const bool any = !changes.isEmpty();
    m_fieldsTitle->setVisible(any);
    m_fields->setVisible(any);
    m_ignoreField->setVisible(any);
    m_ignoreField->setEnabled(any && !m_fields->topLevelItem(0)->data(0, kKeyRole).toString().isEmpty());
}

// Only when both sides are there: a missing or extra answer is all different, nothing to point at.
void MessageDiffView::highlight()
{
    const bool both = !m_recorded->document()->isEmpty() && !m_replayed->document()->isEmpty();
    const TextDifferences differences = both ? textDifferences(m_recorded->toPlainText(), m_replayed->toPlainText(),
                                                               m_byLines ? DiffUnit::Lines : DiffUnit::Characters)
                                             : TextDifferences();
    applyHighlights(m_recorded, differences.left, tint(palette(), QColor(220, 50, 47)));
    applyHighlights(m_replayed, differences.right, tint(palette(), QColor(40, 160, 60)));
}

void MessageDiffView::requestIgnoreSelectedField()
{
    const QTreeWidgetItem *item = m_fields->currentItem();
    const QString key = item ? item->data(0, kKeyRole).toString() : QString();
    if (!key.isEmpty())
        Q_EMIT ignorePatternRequested(ignorePatternForJsonKey(key));
}

void MessageDiffView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        highlight();
}

} // namespace Sockscope
