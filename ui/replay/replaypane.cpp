// SPDX-License-Identifier: GPL-3.0-or-later
#include "replaypane.h"

#include "clientreplay.h"
#include "composer/hexparser.h"
#include "messagediffview.h"
#include "models/replaydiffmodel.h"
#include "replay/diffreport.h"
#include "websocketclient.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Sockscope {

namespace {

// Rows tinted by what became of them; "same" rows keep the view's own colours.
class DiffRowDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        QColor colour;
        switch (MessageDiff::Entry::Kind(index.data(ReplayDiffModel::KindRole).toInt())) {
        case MessageDiff::Entry::Kind::Same:
            return;
        case MessageDiff::Entry::Kind::Changed:
            colour = QColor(230, 160, 20);
            break;
        case MessageDiff::Entry::Kind::Missing:
            colour = QColor(220, 50, 47);
            break;
        case MessageDiff::Entry::Kind::Extra:
            colour = QColor(40, 120, 220);
            break;
        }
        colour.setAlpha(option->palette.color(QPalette::Base).lightness() > 128 ? 60 : 100);
        option->backgroundBrush = colour;
    }
};

bool isBinary(const RecordedMessage &message)
{
    return message.opcode != 1;
}

} // namespace

ReplayPane::ReplayPane(QWidget *parent)
    : QWidget(parent),
      m_model(new ReplayDiffModel(this)),
      m_title(new QLabel),
      m_progress(new QProgressBar),
      m_state(new QLabel),
      m_stop(new QPushButton(tr("S&top"))),
      m_again(new QPushButton(tr("Replay &Again"))),
      m_stepRow(nullptr),
      m_stepTitle(new QLabel),
      m_stepMessage(new QPlainTextEdit),
      m_send(new QPushButton(tr("Sen&d"))),
      m_counts(new QLabel),
      m_onlyDifferences(new QCheckBox(tr("Only &differences"))),
      m_ignoreSummary(new QLabel),
      m_table(new QTableView),
      m_detail(new MessageDiffView),
      m_answersTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("replayPane"));
    m_table->setObjectName(QStringLiteral("diffTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new DiffRowDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setSectionResizeMode(ReplayDiffModel::ResultColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ReplayDiffModel::RecordedColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ReplayDiffModel::ReplayedColumn, QHeaderView::Stretch);
    // Side by side: the pane stays low enough to leave the frame log room above it.
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("diffSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createProgressRow());
    layout->addWidget(createStepRow());
    layout->addWidget(createDiffBar());
    layout->addWidget(splitter, 1);

    m_answersTimer->setSingleShot(true);
    m_answersTimer->setInterval(100);
    connect(m_answersTimer, &QTimer::timeout, this, [this] {
        if (m_replay)
            m_model->setReplayed(m_replay->received());
    });
    connect(m_model, &ReplayDiffModel::diffChanged, this, &ReplayPane::updateCounts);
    connect(m_model, &ReplayDiffModel::modelReset, this, &ReplayPane::showCurrentPair);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ReplayPane::showCurrentPair);
    connect(m_detail, &MessageDiffView::ignorePatternRequested, this, &ReplayPane::addIgnorePattern);
    updateCounts();
}

ReplayPane::~ReplayPane() = default;

QWidget *ReplayPane::createProgressRow()
{
    m_title->setObjectName(QStringLiteral("replayTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setObjectName(QStringLiteral("replayProgress"));
    m_progress->setFormat(tr("%v of %m sent"));
    m_state->setObjectName(QStringLiteral("replayState"));
    m_stop->setObjectName(QStringLiteral("stopReplay"));
    m_stop->setToolTip(tr("Closes the replay connection; the diff keeps what has arrived"));
    m_again->setObjectName(QStringLiteral("replayAgain"));
    m_again->setToolTip(tr("Replays the same connection with the same settings and the ignore patterns as they are "
                           "now"));
    connect(m_stop, &QPushButton::clicked, this, [this] {
        if (m_replay)
            m_replay->stop();
    });
    connect(m_again, &QPushButton::clicked, this, &ReplayPane::replayAgainRequested);
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_state);
    layout->addWidget(m_stop);
    layout->addWidget(m_again);
    return row;
}

QWidget *ReplayPane::createStepRow()
{
    m_stepMessage->setObjectName(QStringLiteral("stepMessage"));
    m_stepMessage->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_stepMessage->setFixedHeight(m_stepMessage->fontMetrics().lineSpacing() * 3);
    m_stepMessage->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_stepMessage->setToolTip(tr("The next recorded client message; edit it before sending if you like (binary "
                                 "messages as hex)"));
    m_send->setObjectName(QStringLiteral("sendStep"));
    connect(m_send, &QPushButton::clicked, this, &ReplayPane::sendStep);
    m_stepTitle->setObjectName(QStringLiteral("stepTitle"));
    m_stepRow = new QWidget;
    auto *layout = new QHBoxLayout(m_stepRow);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stepTitle, 0, Qt::AlignTop);
    layout->addWidget(m_stepMessage, 1);
    layout->addWidget(m_send, 0, Qt::AlignTop);
    m_stepRow->hide();
    return m_stepRow;
}

QWidget *ReplayPane::createDiffBar()
{
    m_counts->setObjectName(QStringLiteral("diffCounts"));
    m_onlyDifferences->setObjectName(QStringLiteral("onlyDifferences"));
    connect(m_onlyDifferences, &QCheckBox::toggled, m_model, &ReplayDiffModel::setOnlyDifferences);
    m_ignoreSummary->setObjectName(QStringLiteral("ignoreSummary"));
    auto *editIgnore = new QPushButton(tr("&Ignore Patterns…"));
    editIgnore->setObjectName(QStringLiteral("editIgnorePatterns"));
    connect(editIgnore, &QPushButton::clicked, this, &ReplayPane::editIgnorePatterns);
    auto *exportButton = new QPushButton(tr("E&xport Diff…"));
    exportButton->setObjectName(QStringLiteral("exportDiff"));
    connect(exportButton, &QPushButton::clicked, this, &ReplayPane::chooseExportFile);
    auto *bar = new QWidget;
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_counts);
    layout->addWidget(m_onlyDifferences);
    layout->addWidget(m_ignoreSummary, 1);
    layout->addWidget(editIgnore);
    layout->addWidget(exportButton);
    return bar;
}

void ReplayPane::setReplay(ClientReplay *replay, const QStringList &ignorePatterns, const QString &title)
{
    if (m_replay)
        m_replay->disconnect(this);
    m_replay = replay;
    m_title->setText(title);
    m_title->setToolTip(title);
    m_model->setIgnorePatterns(ignorePatterns);
    m_model->setRecorded(replay->recordedAnswers());
    m_model->setReplayed({});
    m_detail->clear();
    m_stepRow->setVisible(replay->pacing() == ClientReplay::Pacing::StepByStep);
    connectReplay();
    updateProgress();
    updateStepMessage();
}

void ReplayPane::connectReplay()
{
    connect(m_replay, &ClientReplay::answerReceived, m_answersTimer, qOverload<>(&QTimer::start));
    connect(m_replay, &ClientReplay::messageSent, this, [this] {
        updateProgress();
        updateStepMessage();
    });
    connect(m_replay->client(), &WebSocketClient::opened, this, [this] {
        updateProgress();
        updateStepMessage();
    });
    connect(m_replay, &ClientReplay::finished, this, &ReplayPane::onFinished);
    connect(m_replay, &ClientReplay::failed, this, [this](const QString &error) {
        m_state->setText(tr("Failed: %1").arg(error));
        m_state->setToolTip(error);
        m_stop->setEnabled(false);
        m_send->setEnabled(false);
    });
}

void ReplayPane::updateProgress()
{
    m_progress->setRange(0, m_replay->messageCount());
    m_progress->setValue(m_replay->sentCount());
    const bool running = !m_replay->isFinished();
    m_stop->setEnabled(running);
    if (running)
        m_state->setText(m_replay->client()->session() ? tr("Replaying") : tr("Connecting…"));
}

void ReplayPane::onFinished()
{
    m_answersTimer->stop();
    m_model->setReplayed(m_replay->received());
    updateProgress();
    m_state->setText(m_replay->sentCount() < m_replay->messageCount() ? tr("Stopped") : tr("Finished"));
    updateStepMessage();
}

// Step mode: the next message as text, or as hex when it is binary.
void ReplayPane::updateStepMessage()
{
    const RecordedMessage *next = m_replay->isFinished() ? nullptr : m_replay->nextMessage();
    m_send->setEnabled(next && m_replay->client()->session());
    if (!next) {
        m_stepTitle->setText(tr("Every client message has been sent."));
        m_stepMessage->clear();
        return;
    }
    m_stepTitle->setText(
            isBinary(*next)
                    ? tr("Next message (%1 of %2, binary, as hex):")
                              .arg(m_replay->sentCount() + 1)
                              .arg(m_replay->messageCount())
                    : tr("Next message (%1 of %2):").arg(m_replay->sentCount() + 1).arg(m_replay->messageCount()));
    m_stepMessage->setPlainText(isBinary(*next) ? QString::fromLatin1(next->data.toHex(' '))
                                                : QString::fromUtf8(next->data));
}

void ReplayPane::sendStep()
{
    const RecordedMessage *next = m_replay ? m_replay->nextMessage() : nullptr;
    if (!next)
        return;
    QByteArray data = m_stepMessage->toPlainText().toUtf8();
    if (isBinary(*next)) {
        const HexParser parser(m_stepMessage->toPlainText());
        if (!parser.isValid()) {
            m_stepTitle->setText(parser.errorString());
            return;
        }
        data = parser.bytes();
    }
    m_replay->step(data);
}

void ReplayPane::updateCounts()
{
    const MessageDiff &diff = m_model->diff();
    m_counts->setText(tr("%1 same · %2 changed · %3 missing · %4 extra")
                              .arg(diff.count(MessageDiff::Entry::Kind::Same))
                              .arg(diff.count(MessageDiff::Entry::Kind::Changed))
                              .arg(diff.count(MessageDiff::Entry::Kind::Missing))
                              .arg(diff.count(MessageDiff::Entry::Kind::Extra)));
    const QStringList patterns = m_model->ignorePatterns();
    m_ignoreSummary->setText(patterns.isEmpty() ? tr("Nothing ignored")
                                                : tr("Ignoring %n pattern(s)", nullptr, int(patterns.size())));
    m_ignoreSummary->setToolTip(patterns.join(QLatin1Char('\n')));
}

void ReplayPane::showCurrentPair()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_detail->clear();
        return;
    }
    const MessageDiff::Entry entry = m_model->entry(current.row());
    m_detail->showPair(entry.recordedIndex >= 0 ? &m_model->recorded().at(entry.recordedIndex) : nullptr,
                       entry.replayedIndex >= 0 ? &m_model->replayed().at(entry.replayedIndex) : nullptr);
}

QStringList ReplayPane::ignorePatterns() const
{
    return m_model->ignorePatterns();
}

void ReplayPane::setIgnorePatterns(const QStringList &patterns)
{
    m_model->setIgnorePatterns(patterns);
}

void ReplayPane::addIgnorePattern(const QString &pattern)
{
    QStringList patterns = m_model->ignorePatterns();
    if (!patterns.contains(pattern))
        setIgnorePatterns(patterns << pattern);
}

void ReplayPane::editIgnorePatterns()
{
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(this, tr("Ignore Patterns"),
                                                        tr("Regular expressions, one per line; text they match is "
                                                           "left out when answers are compared:"),
                                                        m_model->ignorePatterns().join(QLatin1Char('\n')), &ok);
    if (!ok)
        return;
    QStringList patterns;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (line.trimmed().isEmpty())
            continue;
        const QRegularExpression regex(line);
        if (!regex.isValid()) {
            QMessageBox::warning(this, tr("Ignore Patterns"),
                                 tr("Invalid regular expression \"%1\": %2").arg(line, regex.errorString()));
            return;
        }
        patterns.append(line);
    }
    setIgnorePatterns(patterns);
}

bool ReplayPane::exportDiff(const QString &path, QString *error) const
{
    const DiffReport report(m_model->diff(), m_model->recorded(), m_model->replayed(), m_model->ignorePatterns());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.write(path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)
                       ? report.toJson()
                       : report.lines().join(QLatin1Char('\n')).toUtf8() + '\n');
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

void ReplayPane::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Diff"), QStringLiteral("replay-diff.json"),
                                                      tr("JSON (*.json);;Text (*.txt)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportDiff(path, &error))
        QMessageBox::warning(this, tr("Export Diff"), tr("Could not write %1: %2").arg(path, error));
}

} // namespace Sockscope
