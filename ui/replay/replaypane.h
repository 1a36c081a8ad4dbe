// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;

namespace Sockscope {

class ClientReplay;
class MessageDiffView;
class ReplayDiffModel;

// The running or finished replay (CAP-4): progress with Stop, in step mode the next message to
// edit and send, and the diff of recorded and replayed server answers, updated as they arrive:
// counts at the top, only the differences on request, one pair in detail below, ignore
// patterns (added from a changed field or edited), export as text or JSON, and Replay Again
// with the patterns as they are now.
class ReplayPane : public QWidget
{
    Q_OBJECT

public:
    explicit ReplayPane(QWidget *parent = nullptr);
    ~ReplayPane() override;

    // Shows `replay` (not started yet, or running); `title` says what is replayed where.
    void setReplay(ClientReplay *replay, const QStringList &ignorePatterns, const QString &title);
    QStringList ignorePatterns() const;
    void setIgnorePatterns(const QStringList &patterns);
    // Writes the diff as JSON for a .json path, as text lines otherwise; false with `error`.
    bool exportDiff(const QString &path, QString *error) const;

    ReplayDiffModel *diffModel() const { return m_model; }
    QTableView *diffTable() const { return m_table; }
    MessageDiffView *detailView() const { return m_detail; }
    QLabel *countsLabel() const { return m_counts; }

Q_SIGNALS:
    void replayAgainRequested();

private:
    QWidget *createProgressRow();
    QWidget *createStepRow();
    QWidget *createDiffBar();
    void connectReplay();
    void updateProgress();
    void updateCounts();
    void updateStepMessage();
    void sendStep();
    void showCurrentPair();
    void onFinished();
    void addIgnorePattern(const QString &pattern);
    void editIgnorePatterns();
    void chooseExportFile();

    QPointer<ClientReplay> m_replay;
    ReplayDiffModel *m_model;
    QLabel *m_title;
    QProgressBar *m_progress;
    QLabel *m_state;
    QPushButton *m_stop;
    QPushButton *m_again;
    QWidget *m_stepRow;
    QLabel *m_stepTitle;
    QPlainTextEdit *m_stepMessage;
    QPushButton *m_send;
    QLabel *m_counts;
    QCheckBox *m_onlyDifferences;
    QLabel *m_ignoreSummary;
    QTableView *m_table;
    MessageDiffView *m_detail;
    QTimer *m_answersTimer; // coalesces realigning while answers stream in
};

} // namespace Sockscope
