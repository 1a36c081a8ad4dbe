// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

namespace Sockscope {

class FrameLogModel;

// The frame log table: fixed row heights, colours by direction and kind, and autoscroll that
// pauses while the user looks at older rows and resumes when they scroll back to the bottom.
class FrameLogView : public QTableView
{
    Q_OBJECT

public:
    explicit FrameLogView(QWidget *parent = nullptr);

    void setLogModel(FrameLogModel *model);
    bool isAutoscrollPaused() const { return m_autoscrollPaused; }
    void setAutoscrollEnabled(bool enabled);
    // The selected rows as tab-separated text, one line per row, in view order.
    QString selectedRowsText() const;

Q_SIGNALS:
    void autoscrollPausedChanged(bool paused);
    // The row whose frame or event the details panes should show.
    void currentRowChanged(int row);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void onScrolled(int value);
    void onRowsInserted();

    bool m_autoscrollEnabled = true;
    bool m_autoscrollPaused = false;
    bool m_scrollingProgrammatically = false;
};

} // namespace Sockscope
