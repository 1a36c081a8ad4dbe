// SPDX-License-Identifier: GPL-3.0-or-later
#include "decoderpane.h"

#include "decode/payloaddecoders.h"
#include "models/decoderchoices.h"
#include "models/jsontreemodel.h"
#include "protoschemadialog.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace Sockscope {
namespace {

constexpr int kTreeTab = 0;
// The data of the "Protobuf with schema…" entry: it opens the dialog instead of naming a decoder.
constexpr char kSchemaEntry[] = "protobuf-schema…";
constexpr char kSchemaDecoder[] = "protobuf-schema";
constexpr int kTextTab = 1;

// Where byte `offset` of a UTF-8 payload lands in the text decoded from it.
int textPosition(const QByteArray &payload, qsizetype offset)
{
    return int(QString::fromUtf8(payload.first(std::min(offset, payload.size()))).size());
}

bool looksLikeJson(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.startsWith(QLatin1Char('{')) || trimmed.startsWith(QLatin1Char('['));
}

} // namespace

DecoderPane::DecoderPane(QWidget *parent) : QWidget(parent)
{
    createControls();
    auto *header = new QHBoxLayout;
    header->addWidget(m_name, 1);
    auto *decodeAsLabel = new QLabel(tr("Decode &as:"));
    decodeAsLabel->setBuddy(m_decodeAs);
    header->addWidget(decodeAsLabel);
    header->addWidget(m_decodeAs);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(header);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addWidget(m_views, 1);
    clear();
}

void DecoderPane::createControls()
{
    m_name = new QLabel;
    m_name->setObjectName(QStringLiteral("decoderName"));
    m_name->setTextFormat(Qt::PlainText);
    QFont bold = m_name->font();
    bold.setBold(true);
    m_name->setFont(bold);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("decoderSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    // A long summary is elided to the label's width (whole in its tooltip), never widening the pane.
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_decodeAs = new QComboBox;
    m_decodeAs->setObjectName(QStringLiteral("decodeAs"));
    m_decodeAs->setToolTip(tr("How to read what this side of the connection sends; remembered in the capture"));
    fillDecodeAs();
    connect(m_decodeAs, &QComboBox::activated, this, &DecoderPane::onDecodeAsActivated);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("decoderError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_text = new QPlainTextEdit;
    m_text->setObjectName(QStringLiteral("decodedText"));
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_views = new QTabWidget;
    m_views->setObjectName(QStringLiteral("decodedViews"));
    m_views->setDocumentMode(true);
    m_views->addTab(createTreeTab(), tr("&Tree"));
    m_views->addTab(m_text, tr("Te&xt"));
}

QWidget *DecoderPane::createTreeTab()
{
    m_treeModel = new JsonTreeModel(this);
    m_tree = new QTreeView;
    m_tree->setObjectName(QStringLiteral("jsonTree"));
    m_tree->setModel(m_treeModel);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(JsonTreeModel::ValueColumn, QHeaderView::Stretch);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_copyPath = new QAction(tr("Copy &Path"), m_tree);
    m_copyPath->setObjectName(QStringLiteral("copyPath"));
    connect(m_copyPath, &QAction::triggered, this, [this] { copyFromTree(JsonTreeModel::PathRole); });
    m_copyValue = new QAction(tr("Copy &Value"), m_tree);
    m_copyValue->setObjectName(QStringLiteral("copyValue"));
    connect(m_copyValue, &QAction::triggered, this, [this] { copyFromTree(JsonTreeModel::ValueTextRole); });
    m_tree->addActions({m_copyPath, m_copyValue});
    // Keys stay readable however deep a row is expanded.
    connect(m_tree, &QTreeView::expanded, this, [this] { m_tree->resizeColumnToContents(JsonTreeModel::KeyColumn); });
    return m_tree;
}

// Automatic first, then every decoder the registry has, whoever added it.
void DecoderPane::fillDecodeAs()
{
    m_decodeAs->addItem(tr("Automatic"), QByteArray());
    for (const auto &decoder : PayloadDecoders::instance().all())
        m_decodeAs->addItem(decoder->name(), decoder->id());
    if (PayloadDecoders::instance().find(kSchemaDecoder)) {
        m_decodeAs->insertSeparator(m_decodeAs->count());
        m_decodeAs->addItem(tr("Protobuf with schema…"), QByteArray(kSchemaEntry));
    }
}

void DecoderPane::setSources(FrameLogModel *log, DecoderChoices *choices)
{
    if (m_log)
        m_log->disconnect(this);
    m_log = log;
    m_choices = choices;
    connect(log, &FrameLogModel::decodingChanged, this, &DecoderPane::refresh);
    connect(log, &QAbstractItemModel::modelReset, this, &DecoderPane::refresh);
    clear();
}

void DecoderPane::clear()
{
    m_sequence = 0;
    m_name->setText(tr("No message selected"));
    showSummary(QString());
    m_error->hide();
    m_text->clear();
    m_treeModel->clear();
    m_views->setTabEnabled(kTreeTab, false);
    m_views->setCurrentIndex(kTextTab);
    m_decodeAs->setEnabled(false);
}

void DecoderPane::showRow(int row)
{
    const auto message = m_log ? m_log->decodedMessage(row) : std::nullopt;
    if (!message) {
        clear();
        return;
    }
    m_sequence = m_log->record(row).sequence;
    showDecoded(*message);
}

// After a choice or a new capture: the same frame again, when it is still in the log.
void DecoderPane::refresh()
{
    if (!m_log || m_sequence == 0)
        return;
    const int row = m_log->rowForSequence(m_sequence);
    if (row < 0)
        clear();
    else
        showRow(row);
}

void DecoderPane::showDecoded(const DecodedMessage &message)
{
    m_connectionId = message.connectionId;
    m_sender = message.sender;
    const DecodedPayload &payload = message.decoded.payload;
    const bool automatic = !m_choices || m_choices->choice(m_connectionId, m_sender).isAutomatic();
    m_name->setText(automatic ? tr("%1 (automatic)").arg(message.decoded.decoder->name())
                              : message.decoded.decoder->name());
    showSummary(payload.summary);
    m_error->setText(payload.error);
    m_error->setVisible(!payload.isValid());
    showText(message);
    const bool tree = payload.isValid() && looksLikeJson(payload.text) && m_treeModel->setJson(payload.text.toUtf8());
    if (!tree)
        m_treeModel->clear();
    m_views->setTabEnabled(kTreeTab, tree);
    m_views->setCurrentIndex(tree ? kTreeTab : kTextTab);
    if (tree) {
        m_tree->expandToDepth(0);
        m_tree->resizeColumnToContents(JsonTreeModel::KeyColumn);
    }
    m_decodeAs->setEnabled(m_choices != nullptr);
    selectCurrentChoice();
}

// The readable text, with the bytes the decoder marks (invalid UTF-8, …) highlighted.
void DecoderPane::showText(const DecodedMessage &message)
{
    m_text->setPlainText(message.decoded.payload.text);
    QList<QTextEdit::ExtraSelection> marks;
    for (const ByteRange &range : message.decoded.payload.marked) {
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(m_text->document());
        mark.cursor.setPosition(
                std::min(textPosition(message.payload, range.offset), int(m_text->toPlainText().size())));
        mark.cursor.setPosition(
                std::min(textPosition(message.payload, range.offset + range.length), int(m_text->toPlainText().size())),
                QTextCursor::KeepAnchor);
        mark.format.setBackground(QColor(0xff, 0xcd, 0xd2));
        marks.append(mark);
    }
    m_text->setExtraSelections(marks);
}

void DecoderPane::selectCurrentChoice()
{
    const DecoderChoice choice = m_choices ? m_choices->choice(m_connectionId, m_sender) : DecoderChoice{};
    const bool withSchema = choice.decoderId == kSchemaDecoder && !choice.schemaType.isEmpty();
    const int index = m_decodeAs->findData(withSchema ? QByteArray(kSchemaEntry) : choice.decoderId);
    m_decodeAs->setCurrentIndex(std::max(0, index));
}

void DecoderPane::onDecodeAsActivated(int index)
{
    if (!m_choices || m_sequence == 0)
        return;
    DecoderChoice choice;
    choice.decoderId = m_decodeAs->itemData(index).toByteArray();
    if (choice.decoderId == kSchemaEntry) {
        chooseProtobufSchema();
        return;
    }
    m_choices->setChoice(m_connectionId, m_sender, choice);
}

// The dialog compiles the .proto files and returns the type; cancelled, the list shows the
// choice in force again.
void DecoderPane::chooseProtobufSchema()
{
    const auto chosen = ProtoSchemaDialog::choose(this, m_choices->choice(m_connectionId, m_sender));
    if (chosen)
        m_choices->setChoice(m_connectionId, m_sender, *chosen);
    selectCurrentChoice();
}

void DecoderPane::copyFromTree(int role)
{
    const QModelIndex current = m_tree->currentIndex();
    if (current.isValid())
        QApplication::clipboard()->setText(current.data(role).toString());
}

QString DecoderPane::decoderName() const
{
    return m_name->text();
}

QString DecoderPane::summary() const
{
    return m_summary->toolTip();
}

void DecoderPane::showSummary(const QString &summary)
{
    m_summary->setToolTip(summary);
    m_summary->setText(m_summary->fontMetrics().elidedText(summary, Qt::ElideRight, m_summary->width()));
}

void DecoderPane::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    showSummary(m_summary->toolTip());
}

QString DecoderPane::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

} // namespace Sockscope
