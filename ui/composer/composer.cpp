// SPDX-License-Identifier: GPL-3.0-or-later
#include "composer.h"

#include "closeeditor.h"
#include "errorlabel.h"
#include "hexparser.h"
#include "pingeditor.h"
#include "rawframeeditor.h"

#include "decode/jsontext.h"
#include "decode/payloadpreview.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTextBlock>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace Sockscope {
namespace {

// Deeper documents are sent as typed rather than re-indented into thousands of columns.
constexpr int kMaxJsonDepth = 256;

// Narrower than this, the snippets go below the message editor.
constexpr int kSideBySideWidth = 620;

constexpr int kEditorPage = 0;
constexpr int kFilePage = 1;

QString modeName(MessageMode mode)
{
    switch (mode) {
    case MessageMode::Text:
        return Composer::tr("Text");
    case MessageMode::Json:
        return Composer::tr("JSON");
    case MessageMode::Hex:
        return Composer::tr("Binary (hex)");
    case MessageMode::File:
        return Composer::tr("Binary (file)");
    }
    Q_UNREACHABLE();
}

// Puts the text cursor on the character an error message points at.
void moveCursorTo(QPlainTextEdit *editor, qsizetype position)
{
    QTextCursor cursor = editor->textCursor();
    cursor.setPosition(int(qMin<qsizetype>(position, editor->document()->characterCount() - 1)));
    editor->setTextCursor(cursor);
}

} // namespace

Composer::Composer(QWidget *parent) : QWidget(parent)
{
    m_targetLabel = new QLabel(tr("Send &to:"));
    m_target = new QComboBox;
    m_target->setObjectName(QStringLiteral("targetCombo"));
    m_target->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_targetLabel->setBuddy(m_target);
    m_target->addItem(tr("All peers"), QVariant::fromValue(quint64(0)));
    m_targetLabel->hide();
    m_target->hide();

    m_ping = new PingEditor;
    m_close = new CloseEditor;
    m_raw = new RawFrameEditor;
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->addTab(createMessagePage(), tr("&Message"));
    m_tabs->addTab(m_ping, tr("P&ing"));
    m_tabs->addTab(m_close, tr("C&lose"));
    // The builder is the tallest page; in a short dock it scrolls instead of squeezing its labels.
    auto *rawScroll = new QScrollArea;
    rawScroll->setWidget(m_raw);
    rawScroll->setWidgetResizable(true);
    rawScroll->setFrameShape(QFrame::NoFrame);
    m_tabs->addTab(rawScroll, tr("&Raw frame"));

    auto *targetRow = new QHBoxLayout;
    targetRow->addWidget(m_targetLabel);
    targetRow->addWidget(m_target);
    targetRow->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(targetRow);
    layout->addWidget(m_tabs);

    connect(m_ping, &PingEditor::pingRequested, this,
            [this](const QByteArray &payload) { Q_EMIT pingRequested(currentTarget(), payload); });
    connect(m_close, &CloseEditor::closeRequested, this,
            [this](quint16 code, const QString &reason) { Q_EMIT closeRequested(currentTarget(), code, reason); });
    connect(m_raw, &RawFrameEditor::frameRequested, this, [this](const FrameSpec &spec, const QByteArray &payload) {
        Q_EMIT sendRawFrameRequested(currentTarget(), spec, payload);
    });
    connect(&m_repeatTimer, &QTimer::timeout, this, &Composer::onRepeatTimeout);

    onModeChanged();
    reloadSnippets();
    updateSendButtons();
}

QWidget *Composer::createMessagePage()
{
    auto *input = new QVBoxLayout;
    input->addLayout(createModeRow());
    input->addWidget(createInputStack(), 1);
    m_error = new ErrorLabel;
    m_error->setObjectName(QStringLiteral("messageError"));
    input->addWidget(m_error);
    // Short rows rather than one long one: the composer often shares the width with the hex view.
    input->addLayout(createFragmentRow());
    input->addLayout(createRepeatRow());
    input->addLayout(createSendRow());

    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("messagePage"));
    m_messageLayout = new QBoxLayout(QBoxLayout::LeftToRight, page);
    m_messageLayout->addLayout(input, 3);
    m_messageLayout->addWidget(createSnippetsBox(), 1);
    connectMessagePage(page);
    return page;
}

QLayout *Composer::createModeRow()
{
    m_mode = new QComboBox;
    m_mode->setObjectName(QStringLiteral("modeCombo"));
    for (MessageMode mode : {MessageMode::Text, MessageMode::Json, MessageMode::Hex, MessageMode::File})
        m_mode->addItem(modeName(mode), int(mode));
    auto *modeLabel = new QLabel(tr("T&ype:"));
    modeLabel->setBuddy(m_mode);
    m_format = new QPushButton(tr("&Format"));
    m_format->setObjectName(QStringLiteral("formatButton"));
    m_format->setToolTip(tr("Check the JSON and pretty-print it"));

    auto *row = new QHBoxLayout;
    row->addWidget(modeLabel);
    row->addWidget(m_mode);
    row->addStretch();
    row->addWidget(m_format);
    return row;
}

// The message editor, or for File mode the file to send with what it holds.
QWidget *Composer::createInputStack()
{
    m_editor = new QPlainTextEdit;
    m_editor->setObjectName(QStringLiteral("messageEdit"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setTabChangesFocus(true);
    // Small minimums so the composer fits a 1366×768 window; both grow with the space given.
    m_editor->setMinimumHeight(4 * m_editor->fontMetrics().lineSpacing());

    m_filePath = new QLineEdit;
    m_filePath->setObjectName(QStringLiteral("filePathEdit"));
    m_filePath->setPlaceholderText(tr("File whose bytes are sent as one binary message"));
    m_browse = new QPushButton(tr("&Browse…"));
    m_browse->setObjectName(QStringLiteral("browseButton"));
    m_fileInfo = new QLabel;
    m_fileInfo->setObjectName(QStringLiteral("fileInfoLabel"));
    auto *filePage = new QWidget;
    auto *fileLayout = new QGridLayout(filePage);
    fileLayout->setContentsMargins(0, 0, 0, 0);
    fileLayout->addWidget(m_filePath, 0, 0);
    fileLayout->addWidget(m_browse, 0, 1);
    fileLayout->addWidget(m_fileInfo, 1, 0, 1, 2);
    fileLayout->setRowStretch(2, 1);

    m_inputStack = new QStackedWidget;
    m_inputStack->insertWidget(kEditorPage, m_editor);
    m_inputStack->insertWidget(kFilePage, filePage);
    return m_inputStack;
}

QLayout *Composer::createFragmentRow()
{
    m_fragmentSize = new QSpinBox;
    m_fragmentSize->setObjectName(QStringLiteral("fragmentSpin"));
    m_fragmentSize->setRange(0, std::numeric_limits<int>::max());
    m_fragmentSize->setSpecialValueText(tr("off"));
    m_fragmentSize->setSuffix(tr(" bytes"));
    m_fragmentSize->setToolTip(tr("Split the message into frames of this many bytes (0 sends one frame)"));
    auto *fragmentLabel = new QLabel(tr("Fr&agment into frames of"));
    fragmentLabel->setBuddy(m_fragmentSize);

    auto *row = new QHBoxLayout;
    row->addWidget(fragmentLabel);
    row->addWidget(m_fragmentSize);
    row->addStretch();
    return row;
}

QLayout *Composer::createRepeatRow()
{
    m_repeatCount = new QSpinBox;
    m_repeatCount->setObjectName(QStringLiteral("repeatCountSpin"));
    m_repeatCount->setRange(1, 1'000'000);
    m_repeatCount->setSuffix(tr(" ×"));
    auto *repeatLabel = new QLabel(tr("Send"));
    repeatLabel->setBuddy(m_repeatCount);
    m_repeatInterval = new QSpinBox;
    m_repeatInterval->setObjectName(QStringLiteral("repeatIntervalSpin"));
    m_repeatInterval->setRange(0, 3'600'000);
    m_repeatInterval->setValue(1000);
    m_repeatInterval->setSuffix(tr(" ms"));
    m_repeatInterval->setEnabled(false);
    auto *intervalLabel = new QLabel(tr("&every"));
    intervalLabel->setBuddy(m_repeatInterval);

    auto *row = new QHBoxLayout;
    row->addWidget(repeatLabel);
    row->addWidget(m_repeatCount);
    row->addWidget(intervalLabel);
    row->addWidget(m_repeatInterval);
    row->addStretch();
    return row;
}

QLayout *Composer::createSendRow()
{
    m_progress = new QLabel;
    m_progress->setObjectName(QStringLiteral("progressLabel"));
    m_stop = new QPushButton(tr("Sto&p"));
    m_stop->setObjectName(QStringLiteral("stopButton"));
    m_stop->setToolTip(tr("Stop repeating"));
    m_send = new QPushButton(tr("&Send"));
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setDefault(true);

    auto *row = new QHBoxLayout;
    row->addWidget(m_progress, 1);
    row->addWidget(m_stop);
    row->addWidget(m_send);
    return row;
}

void Composer::connectMessagePage(QWidget *page)
{
    connect(m_mode, &QComboBox::currentIndexChanged, this, &Composer::onModeChanged);
    connect(m_format, &QPushButton::clicked, this, &Composer::onFormatClicked);
    connect(m_editor, &QPlainTextEdit::textChanged, m_error, &ErrorLabel::clearError);
    connect(m_browse, &QPushButton::clicked, this, &Composer::onBrowseClicked);
    connect(m_filePath, &QLineEdit::textChanged, this, &Composer::onFilePathChanged);
    connect(m_filePath, &QLineEdit::returnPressed, m_send, &QPushButton::click);
    connect(m_repeatCount, &QSpinBox::valueChanged, this,
            [this](int count) { m_repeatInterval->setEnabled(count > 1); });
    connect(m_stop, &QPushButton::clicked, this, &Composer::stopRepeat);
    connect(m_send, &QPushButton::clicked, this, &Composer::onSendClicked);
    // Ctrl+Return sends from anywhere on the page, as in chat clients and Postman.
    auto *sendShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), page);
    sendShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(sendShortcut, &QShortcut::activated, m_send, [this] {
        if (m_send->isEnabled())
            m_send->click();
    });
}

QWidget *Composer::createSnippetsBox()
{
    m_snippetList = new QListWidget;
    m_snippetList->setObjectName(QStringLiteral("snippetList"));
    m_snippetList->setMinimumHeight(3 * m_snippetList->fontMetrics().height());
    m_snippetName = new QLineEdit;
    m_snippetName->setObjectName(QStringLiteral("snippetNameEdit"));
    m_snippetName->setPlaceholderText(tr("Snippet name"));
    auto *save = new QPushButton(tr("Sa&ve"));
    save->setObjectName(QStringLiteral("saveSnippetButton"));
    save->setToolTip(tr("Save the current message under this name, replacing a snippet of the same name"));
    save->setEnabled(false);
    m_loadSnippet = new QPushButton(tr("L&oad"));
    m_loadSnippet->setObjectName(QStringLiteral("loadSnippetButton"));
    m_deleteSnippet = new QPushButton(tr("&Delete"));
    m_deleteSnippet->setObjectName(QStringLiteral("deleteSnippetButton"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(save);
    buttons->addWidget(m_loadSnippet);
    buttons->addWidget(m_deleteSnippet);
    auto *box = new QGroupBox(tr("Snippets"));
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_snippetList, 1);
    layout->addWidget(m_snippetName);
    layout->addLayout(buttons);

    connect(m_snippetName, &QLineEdit::textChanged, save,
            [save](const QString &name) { save->setEnabled(!name.trimmed().isEmpty()); });
    connect(m_snippetName, &QLineEdit::returnPressed, save, &QPushButton::click);
    connect(save, &QPushButton::clicked, this, &Composer::onSaveSnippetClicked);
    connect(m_loadSnippet, &QPushButton::clicked, this, &Composer::onLoadSnippetClicked);
    connect(m_deleteSnippet, &QPushButton::clicked, this, &Composer::onDeleteSnippetClicked);
    connect(m_snippetList, &QListWidget::itemActivated, this, &Composer::onLoadSnippetClicked);
    connect(m_snippetList, &QListWidget::currentRowChanged, this, [this](int row) {
        m_loadSnippet->setEnabled(row >= 0);
        m_deleteSnippet->setEnabled(row >= 0);
    });
    return box;
}

void Composer::setTargets(const QList<QPair<quint64, QString>> &peers)
{
    const quint64 previous = currentTarget();
    // Rebuilding the list must not look like a user's choice to anyone listening.
    const QSignalBlocker blocker(m_target);
    m_target->clear();
    m_target->addItem(tr("All peers"), QVariant::fromValue(quint64(0)));
    for (const auto &[id, label] : peers)
        m_target->addItem(label, QVariant::fromValue(id));
    m_target->setCurrentIndex(qMax(0, m_target->findData(QVariant::fromValue(previous))));

    const bool server = !peers.isEmpty();
    m_targetLabel->setVisible(server);
    m_target->setVisible(server);
    m_raw->setClientRole(!server);
}

quint64 Composer::currentTarget() const
{
    return m_target->currentData().value<quint64>();
}

void Composer::setConnected(bool connected)
{
    m_connected = connected;
    if (!connected)
        stopRepeat();
    updateSendButtons();
}

void Composer::stopRepeat()
{
    if (!isRepeating())
        return;
    m_repeatTimer.stop();
    m_progress->setText(tr("Stopped after %1 of %2").arg(m_repeatSent).arg(m_repeatTotal));
    updateSendButtons();
}

MessageMode Composer::mode() const
{
    return MessageMode(m_mode->currentData().toInt());
}

void Composer::setMode(MessageMode mode)
{
    m_mode->setCurrentIndex(m_mode->findData(int(mode)));
}

void Composer::loadMessage(Opcode opcode, const QByteArray &payload)
{
    m_tabs->setCurrentIndex(0);
    const bool text = opcode == Opcode::Text && isUtf8Text(payload);
    setMode(text ? MessageMode::Text : MessageMode::Hex);
    m_editor->setPlainText(text ? QString::fromUtf8(payload) : QString::fromLatin1(payload.toHex(' ')));
    m_editor->setFocus();
}

std::optional<Composer::Message> Composer::buildMessage()
{
    m_error->clearError();
    switch (mode()) {
    case MessageMode::Text:
        return Message{Opcode::Text, m_editor->toPlainText().toUtf8()};
    case MessageMode::Json: {
        const QByteArray json = m_editor->toPlainText().toUtf8();
        QJsonParseError error;
        QJsonDocument::fromJson(json, &error);
        if (error.error != QJsonParseError::NoError) {
            const QString before = QString::fromUtf8(json.first(qBound(0, error.offset, int(json.size()))));
            const QStringView lastLine = QStringView(before).sliced(before.lastIndexOf(u'\n') + 1);
            m_error->showError(tr("Invalid JSON at offset %1 (line %2, column %3): %4")
                                       .arg(QString::number(error.offset), QString::number(before.count(u'\n') + 1),
                                            QString::number(lastLine.size() + 1), error.errorString()));
            moveCursorTo(m_editor, before.size());
            return std::nullopt;
        }
        return Message{Opcode::Text, json};
    }
    case MessageMode::Hex: {
        const HexParser hex(m_editor->toPlainText());
        if (!hex.isValid()) {
            m_error->showError(hex.errorString());
            moveCursorTo(m_editor, hex.errorPosition());
            return std::nullopt;
        }
        return Message{Opcode::Binary, hex.bytes()};
    }
    case MessageMode::File: {
        const QString path = m_filePath->text().trimmed();
        if (path.isEmpty()) {
            m_error->showError(tr("Choose a file to send."));
            return std::nullopt;
        }
        QFile file(path);
        QByteArray data;
        if (file.open(QIODevice::ReadOnly))
            data = file.readAll();
        if (file.error() != QFileDevice::NoError) {
            m_error->showError(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
            return std::nullopt;
        }
        return Message{Opcode::Binary, data};
    }
    }
    Q_UNREACHABLE();
}

void Composer::onModeChanged()
{
    const MessageMode current = mode();
    m_format->setVisible(current == MessageMode::Json);
    m_inputStack->setCurrentIndex(current == MessageMode::File ? kFilePage : kEditorPage);
    switch (current) {
    case MessageMode::Text:
        m_editor->setPlaceholderText(tr("Message text, sent as UTF-8"));
        break;
    case MessageMode::Json:
        m_editor->setPlaceholderText(tr("{\"type\": \"subscribe\", \"channel\": \"ticker\"}"));
        break;
    case MessageMode::Hex:
        m_editor->setPlaceholderText(tr("Hex bytes such as 81 85 37fa or 0x81, 0x85"));
        break;
    case MessageMode::File:
        break;
    }
    m_error->clearError();
}

// Snippets beside the editor when there is room, below it when the composer is narrow, so
// the Send button and the snippets stay in view at any window size.
void Composer::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateMessageDirection();
}

// In a scroll area the composer never gets narrower than its side-by-side minimum, so the
// width its container offers is watched too.
bool Composer::event(QEvent *event)
{
    if (event->type() == QEvent::ParentChange && parentWidget())
        parentWidget()->installEventFilter(this);
    return QWidget::event(event);
}

bool Composer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        updateMessageDirection();
    return QWidget::eventFilter(watched, event);
}

void Composer::updateMessageDirection()
{
    const int available = parentWidget() ? std::min(width(), parentWidget()->width()) : width();
    const auto direction = available >= sideBySideWidth() ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (m_messageLayout->direction() != direction)
        m_messageLayout->setDirection(direction);
}

// What the editor column and the snippets need next to each other with the labels of the
// user's language (German ones are longer), and never less than kSideBySideWidth.
int Composer::sideBySideWidth() const
{
    const QWidget *page = m_messageLayout->parentWidget();
    const QMargins margins = m_messageLayout->contentsMargins();
    const int columns = m_messageLayout->itemAt(0)->minimumSize().width() + m_messageLayout->spacing()
            + m_messageLayout->itemAt(1)->minimumSize().width() + margins.left() + margins.right();
    const int around = page->isVisible() ? width() - page->width() : 0; // the tab frame
    return std::max(kSideBySideWidth, columns + around);
}

void Composer::onFormatClicked()
{
    const std::optional<Message> message = buildMessage();
    if (!message)
        return;
    // Only white space changes: keys keep their order and values their exact bytes, so what is
    // sent is what the user typed, laid out.
    const std::optional<QByteArray> pretty = JsonText::indented(message->data, kMaxJsonDepth);
    if (!pretty) {
        m_error->showError(tr("The JSON nests deeper than %1 levels; it is sent as typed").arg(kMaxJsonDepth));
        return;
    }
    // Replacing through a cursor keeps the change undoable.
    QTextCursor cursor(m_editor->document());
    cursor.select(QTextCursor::Document);
    cursor.insertText(QString::fromUtf8(*pretty));
}

void Composer::onBrowseClicked()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Send File"), QFileInfo(m_filePath->text()).path());
    if (!path.isEmpty())
        m_filePath->setText(path);
}

void Composer::onFilePathChanged()
{
    m_error->clearError();
    const QString path = m_filePath->text().trimmed();
    const QFileInfo info(path);
    if (path.isEmpty())
        m_fileInfo->clear();
    else if (!info.exists())
        m_fileInfo->setText(tr("No such file"));
    else if (info.isDir())
        m_fileInfo->setText(tr("A folder, not a file"));
    else
        m_fileInfo->setText(locale().formattedDataSize(info.size()));
}

void Composer::onSendClicked()
{
    if (!m_connected || isRepeating())
        return;
    const std::optional<Message> message = buildMessage();
    if (!message)
        return;
    m_repeatTarget = currentTarget();
    m_repeatMessage = *message;
    m_repeatFragmentSize = m_fragmentSize->value();
    m_repeatTotal = m_repeatCount->value();
    m_repeatSent = 0;
    if (m_repeatTotal > 1) {
        m_repeatTimer.start(m_repeatInterval->value());
        updateSendButtons();
    }
    onRepeatTimeout();
}

void Composer::onRepeatTimeout()
{
    ++m_repeatSent;
    if (m_repeatSent >= m_repeatTotal && isRepeating()) {
        m_repeatTimer.stop();
        updateSendButtons();
    }
    updateProgress();
    // A copy, because a receiver may stop or restart the repeat while handling the signal.
    const Message message = m_repeatMessage;
    Q_EMIT sendMessageRequested(m_repeatTarget, message.opcode, message.data, m_repeatFragmentSize);
}

void Composer::updateProgress()
{
    if (m_repeatTotal > 1)
        m_progress->setText(tr("Sent %1 of %2").arg(m_repeatSent).arg(m_repeatTotal));
    else
        m_progress->clear();
}

void Composer::updateSendButtons()
{
    const QString why = tr("Nothing to send to: there is no open connection.");
    m_send->setEnabled(m_connected && !isRepeating());
    if (!m_connected)
        m_send->setToolTip(why);
    else if (isRepeating())
        m_send->setToolTip(tr("A repeat is running; stop it first."));
    else
        m_send->setToolTip(tr("Send the message (Ctrl+Return)"));
    m_stop->setEnabled(isRepeating());
    m_ping->setSendAllowed(m_connected, why);
    m_close->setSendAllowed(m_connected, why);
    m_raw->setSendAllowed(m_connected, why);
}

void Composer::reloadSnippets()
{
    m_snippets = loadSnippets();
    m_snippetList->clear();
    for (const Snippet &snippet : std::as_const(m_snippets)) {
        auto *item = new QListWidgetItem(snippet.name, m_snippetList);
        item->setToolTip(modeName(snippet.mode) + u'\n' + snippet.content.left(200));
    }
    m_loadSnippet->setEnabled(false);
    m_deleteSnippet->setEnabled(false);
}

void Composer::onSaveSnippetClicked()
{
    const QString name = m_snippetName->text().trimmed();
    if (name.isEmpty())
        return;
    const Snippet snippet{name, mode(), mode() == MessageMode::File ? m_filePath->text() : m_editor->toPlainText()};
    // Snippets written by another composer since we last looked are kept.
    m_snippets = loadSnippets();
    const auto existing =
            std::find_if(m_snippets.begin(), m_snippets.end(), [&name](const Snippet &s) { return s.name == name; });
    if (existing != m_snippets.end())
        *existing = snippet;
    else
        m_snippets.append(snippet);
    storeSnippets(m_snippets);
    reloadSnippets();
    const QList<QListWidgetItem *> saved = m_snippetList->findItems(name, Qt::MatchExactly);
    if (!saved.isEmpty())
        m_snippetList->setCurrentItem(saved.first());
}

void Composer::onLoadSnippetClicked()
{
    const int row = m_snippetList->currentRow();
    if (row < 0 || row >= m_snippets.size())
        return;
    const Snippet &snippet = m_snippets[row];
    setMode(snippet.mode);
    if (snippet.mode == MessageMode::File)
        m_filePath->setText(snippet.content);
    else
        m_editor->setPlainText(snippet.content);
    m_snippetName->setText(snippet.name);
    m_tabs->setCurrentIndex(0);
}

void Composer::onDeleteSnippetClicked()
{
    const int row = m_snippetList->currentRow();
    if (row < 0 || row >= m_snippets.size())
        return;
    const QString name = m_snippets[row].name;
    m_snippets = loadSnippets();
    m_snippets.removeIf([&name](const Snippet &s) { return s.name == name; });
    storeSnippets(m_snippets);
    reloadSnippets();
}

} // namespace Sockscope
