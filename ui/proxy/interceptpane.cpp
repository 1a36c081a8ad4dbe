// SPDX-License-Identifier: GPL-3.0-or-later
#include "interceptpane.h"

#include "composer/hexparser.h"
#include "decode/payloadpreview.h"
#include "dialogs/formmessage.h"
#include "interceptrulesdialog.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Sockscope {
namespace {

enum Column { WaitingColumn, DirectionColumn, ConnectionColumn, TypeColumn, SizeColumn, PreviewColumn };
enum EditorMode { TextMode, HexMode };
constexpr int kIdRole = Qt::UserRole + 1;

QString hexLines(const QByteArray &data)
{
    QStringList lines;
    for (qsizetype at = 0; at < data.size(); at += 16)
        lines.append(QString::fromLatin1(data.mid(at, 16).toHex(' ')));
    return lines.join(QLatin1Char('\n'));
}

QString typeName(Opcode opcode)
{
    switch (opcode) {
    case Opcode::Text:
        return InterceptPane::tr("Text");
    case Opcode::Binary:
        return InterceptPane::tr("Binary");
    case Opcode::Ping:
        return InterceptPane::tr("Ping");
    case Opcode::Pong:
        return InterceptPane::tr("Pong");
    case Opcode::Close:
        return InterceptPane::tr("Close");
    default:
        return QString::fromLatin1(opcodeName(std::uint8_t(opcode)));
    }
}

} // namespace

InterceptPane::InterceptPane(QWidget *parent)
    : QWidget(parent),
      m_interceptAction(new QAction(tr("&Intercept"), this)),
      m_count(new QLabel),
      m_queue(new QTreeWidget),
      m_editor(new QPlainTextEdit),
      m_editorMode(new QComboBox),
      m_forward(new QPushButton(tr("&Forward"))),
      m_drop(new QPushButton(tr("&Drop"))),
      m_error(new FormMessage(FormMessage::Kind::Error)),
      m_waitingTimer(new QTimer(this))
{
    m_interceptAction->setObjectName(QStringLiteral("interceptAction"));
    m_interceptAction->setCheckable(true);
    m_interceptAction->setShortcut(QKeySequence(tr("Ctrl+Shift+I")));
    m_interceptAction->setToolTip(tr("Pause the messages that proxies relay, to edit, forward or drop them"));
    connect(m_interceptAction, &QAction::toggled, this, [this](bool on) {
        if (m_interceptor)
            m_interceptor->setEnabled(on);
    });

    m_queue->setObjectName(QStringLiteral("interceptQueue"));
    m_queue->setRootIsDecorated(false);
    m_queue->setUniformRowHeights(true);
    m_queue->setHeaderLabels({tr("Waiting"), tr("Direction"), tr("Connection"), tr("Type"), tr("Size"),
                              tr("Preview")});
    m_queue->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_queue->header()->setStretchLastSection(true);
    connect(m_queue, &QTreeWidget::currentItemChanged, this, &InterceptPane::showCurrent);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(m_queue);
    splitter->addWidget(createEditor());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createToolRow());
    layout->addWidget(splitter, 1);

    m_waitingTimer->setInterval(1000);
    connect(m_waitingTimer, &QTimer::timeout, this, &InterceptPane::updateWaitingTimes);
    updateCount();
    showCurrent();
}

InterceptPane::~InterceptPane() = default;

QWidget *InterceptPane::createToolRow()
{
    auto *toggle = new QToolButton;
    toggle->setDefaultAction(m_interceptAction);
    toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *rules = new QPushButton(tr("&Rules…"));
    rules->setObjectName(QStringLiteral("interceptRulesButton"));
    connect(rules, &QPushButton::clicked, this, &InterceptPane::editRules);
    auto *forwardAll = new QPushButton(tr("Forward &All"));
    forwardAll->setObjectName(QStringLiteral("forwardAllButton"));
    connect(forwardAll, &QPushButton::clicked, this, [this] {
        if (m_interceptor)
            m_interceptor->forwardAll();
    });
    m_count->setObjectName(QStringLiteral("interceptCount"));
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(toggle);
    layout->addWidget(rules);
    layout->addWidget(forwardAll);
    layout->addWidget(m_count, 1);
    return row;
}

QWidget *InterceptPane::createEditor()
{
    m_editor->setObjectName(QStringLiteral("interceptEditor"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editorMode->setObjectName(QStringLiteral("interceptEditorMode"));
    m_editorMode->addItem(tr("Text"), TextMode);
    m_editorMode->addItem(tr("Hex"), HexMode);
    connect(m_editorMode, &QComboBox::activated, this, &InterceptPane::switchEditorMode);
    m_forward->setObjectName(QStringLiteral("forwardButton"));
    m_forward->setToolTip(tr("Send the message as it is in the editor, marked as edited if it was changed"));
    connect(m_forward, &QPushButton::clicked, this, &InterceptPane::forwardCurrent);
    m_drop->setObjectName(QStringLiteral("dropButton"));
    connect(m_drop, &QPushButton::clicked, this, &InterceptPane::dropCurrent);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(new QLabel(tr("Edit as")));
    buttons->addWidget(m_editorMode);
    buttons->addStretch();
    buttons->addWidget(m_forward);
    buttons->addWidget(m_drop);
    auto *editor = new QWidget;
    auto *layout = new QVBoxLayout(editor);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    return editor;
}

void InterceptPane::setInterceptor(Interceptor *interceptor)
{
    if (m_interceptor)
        m_interceptor->disconnect(this);
    m_interceptor = interceptor;
    m_queue->clear();
    m_messages.clear();
    interceptor->setRules(InterceptRulesDialog::savedRules());
    interceptor->setEnabled(m_interceptAction->isChecked());
    connect(interceptor, &Interceptor::messagePaused, this, &InterceptPane::onPaused);
    connect(interceptor, &Interceptor::messageResolved, this, &InterceptPane::onResolved);
    connect(interceptor, &Interceptor::enabledChanged, m_interceptAction, &QAction::setChecked);
    for (const PendingMessage &message : interceptor->pending())
        onPaused(message);
    updateCount();
}

void InterceptPane::editRules()
{
    if (!m_interceptor)
        return;
    InterceptRulesDialog dialog(m_interceptor->rules(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_interceptor->setRules(dialog.rules());
    InterceptRulesDialog::saveRules(dialog.rules());
}

void InterceptPane::onPaused(const PendingMessage &message)
{
    if (m_messages.contains(message.id))
        return;
    m_messages.insert(message.id, message);
    auto *item = new QTreeWidgetItem;
    item->setData(0, kIdRole, message.id);
    const bool toServer = message.direction == ProxyDirection::ClientToServer;
    item->setText(DirectionColumn, toServer ? tr("client → server") : tr("server → client"));
    item->setText(ConnectionColumn, tr("#%1 → #%2").arg(message.fromLegId).arg(message.toLegId));
    item->setToolTip(ConnectionColumn, message.url);
    item->setText(TypeColumn, typeName(message.opcode));
    item->setText(SizeColumn, tr("%n byte(s)", nullptr, int(std::min<qsizetype>(message.data.size(), INT_MAX))));
    item->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
    const bool text = message.opcode == Opcode::Text || (message.opcode != Opcode::Binary && isUtf8Text(message.data));
    item->setText(PreviewColumn, text ? textPreview(message.data, PreviewStyle::Log)
                                      : hexPreview(message.data, PreviewStyle::Log));
    m_queue->addTopLevelItem(item);
    if (!m_queue->currentItem())
        m_queue->setCurrentItem(item);
    updateWaitingTimes();
    updateCount();
}

void InterceptPane::onResolved(quint64 id)
{
    m_messages.remove(id);
    for (int row = 0; row < m_queue->topLevelItemCount(); ++row) {
        if (m_queue->topLevelItem(row)->data(0, kIdRole).toULongLong() == id) {
            delete m_queue->takeTopLevelItem(row);
            break;
        }
    }
    if (!m_queue->currentItem() && m_queue->topLevelItemCount() > 0)
        m_queue->setCurrentItem(m_queue->topLevelItem(0));
    updateCount();
}

std::optional<PendingMessage> InterceptPane::currentMessage() const
{
    const QTreeWidgetItem *item = m_queue->currentItem();
    const auto found = item ? m_messages.constFind(item->data(0, kIdRole).toULongLong()) : m_messages.constEnd();
    return found == m_messages.constEnd() ? std::nullopt : std::optional(*found);
}

// A text message opens as text, a binary one as hex unless its bytes are UTF-8 text.
void InterceptPane::showCurrent()
{
    const std::optional<PendingMessage> message = currentMessage();
    m_error->showMessage(QString());
    m_editor->setEnabled(message.has_value());
    m_editorMode->setEnabled(message.has_value());
    m_forward->setEnabled(message.has_value());
    m_drop->setEnabled(message.has_value());
    if (!message) {
        m_editor->clear();
        return;
    }
    const bool asText = message->opcode == Opcode::Text || isUtf8Text(message->data);
    m_shownMode = asText ? TextMode : HexMode;
    m_editorMode->setCurrentIndex(m_shownMode);
    m_editor->setPlainText(asText ? QString::fromUtf8(message->data) : hexLines(message->data));
}

void InterceptPane::switchEditorMode(int mode)
{
    if (mode == m_shownMode)
        return;
    QByteArray bytes;
    if (!editedBytes(&bytes)) {
        m_editorMode->setCurrentIndex(m_shownMode);
        return;
    }
    if (mode == TextMode && !isUtf8Text(bytes)) {
        m_error->showMessage(tr("These bytes are not UTF-8 text; edit them as hex."));
        m_editorMode->setCurrentIndex(m_shownMode);
        return;
    }
    m_shownMode = mode;
    m_editor->setPlainText(mode == TextMode ? QString::fromUtf8(bytes) : hexLines(bytes));
}

bool InterceptPane::editedBytes(QByteArray *bytes) const
{
    if (m_shownMode == TextMode) {
        *bytes = m_editor->toPlainText().toUtf8();
        return true;
    }
    const HexParser parser(m_editor->toPlainText());
    if (!parser.isValid()) {
        m_error->showMessage(parser.errorString());
        return false;
    }
    *bytes = parser.bytes();
    return true;
}

void InterceptPane::forwardCurrent()
{
    const std::optional<PendingMessage> message = currentMessage();
    QByteArray bytes;
    if (!message || !m_interceptor || !editedBytes(&bytes))
        return;
    if (message->opcode == Opcode::Text && !isUtf8Text(bytes)) {
        m_error->showMessage(tr("A text message must stay UTF-8 text; the peer would fail the connection."));
        return;
    }
    if (isControlOpcode(std::uint8_t(message->opcode)) && bytes.size() > qsizetype(kMaxControlPayload)) {
        m_error->showMessage(tr("A control frame carries at most %1 bytes; this one has %2.")
                                     .arg(kMaxControlPayload)
                                     .arg(bytes.size()));
        return;
    }
    if (bytes == message->data)
        m_interceptor->forward(message->id);
    else
        m_interceptor->forwardEdited(message->id, bytes);
}

void InterceptPane::dropCurrent()
{
    if (const std::optional<PendingMessage> message = currentMessage(); message && m_interceptor)
        m_interceptor->drop(message->id);
}

void InterceptPane::updateWaitingTimes()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int row = 0; row < m_queue->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_queue->topLevelItem(row);
        const auto message = m_messages.constFind(item->data(0, kIdRole).toULongLong());
        if (message == m_messages.constEnd())
            continue;
        const qint64 seconds = std::max<qint64>(0, (now - message->pausedAtMs) / 1000);
        item->setText(WaitingColumn, seconds < 60 ? tr("%1 s").arg(seconds)
                                                  : tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60));
    }
}

void InterceptPane::updateCount()
{
    const int waiting = m_queue->topLevelItemCount();
    m_count->setText(tr("%n message(s) waiting", nullptr, waiting));
    if (waiting > 0)
        m_waitingTimer->start();
    else
        m_waitingTimer->stop();
}

} // namespace Sockscope
