// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "events/event.h"

#include <QMainWindow>

class QLabel;
class QPlainTextEdit;
class QTreeWidget;

namespace Sockscope {

class DemoSession;

// The main window. For now a plain event log with a detail pane; the full inspector
// (connection manager, frame log model, hex decoder, composer) replaces it (UI-1..UI-8).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void startDemo();
    int eventCount() const;

private:
    void appendEvent(const Event &event);
    void showDetails();

    QTreeWidget *m_log = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QLabel *m_status = nullptr;
    DemoSession *m_demo = nullptr;
    QList<Event> m_events;
};

} // namespace Sockscope
