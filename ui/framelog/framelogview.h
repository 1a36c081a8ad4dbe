// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/opcodemetatype.h"
#include "protocol/frameheader.h"

#include <QTableView>

class QMenu;

namespace Sockscope {

class FrameLogDelegate;
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
    // The selected rows' payloads (inflated when compressed) as hex or base64, one per line,
    // or their frames and events as JSON Lines.
    enum class CopyFormat { Text, Hex, Base64, JsonLines };
    QString selectedRowsAs(CopyFormat format) const;
    // What right-clicking a row offers: copy, resend, filter by, show in.
    void fillContextMenu(QMenu &menu, int row);
    // Rows whose preview matches are highlighted (find without filtering).
    void setHighlight(const QString &text, bool regex);

Q_SIGNALS:
    void autoscrollPausedChanged(bool paused);
    // The row whose frame or event the details panes should show.
    void currentRowChanged(int row);
    void resendRequested(Sockscope::Opcode opcode, const QByteArray &payload);
    void filterByConnectionRequested(quint32 connectionId);
    void filterByOpcodeRequested(int opcode);
    void showInHexRequested(int row);
    void showHandshakeRequested(quint32 connectionId);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void showContextMenu(const QPoint &position);
    QList<int> selectedRowNumbers() const;
    void onScrolled(int value);
    void onRowsInserted();

    FrameLogModel *m_logModel = nullptr;
    FrameLogDelegate *m_delegate;
    bool m_autoscrollEnabled = true;
    bool m_autoscrollPaused = false;
    bool m_scrollingProgrammatically = false;
};

} // namespace Sockscope
