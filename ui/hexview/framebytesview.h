// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/event.h"

#include <QWidget>

class QLabel;
class QSplitter;

namespace Sockscope {

class HexView;

// The hex decoder pane: a frame's wire bytes and, for a frame of a compressed message, its
// inflated bytes beside them, with how many bytes the frame and its whole message inflate to.
class FrameBytesView : public QWidget
{
    Q_OBJECT

public:
    explicit FrameBytesView(QWidget *parent = nullptr);

    // `messageInflatedTotal` is the inflated size of the frame's whole message (-1 unknown).
    void setFrame(const Event &frame, qint64 messageInflatedTotal = -1);
    void clear();

    HexView *wireView() const { return m_wire; }
    HexView *inflatedView() const { return m_inflated; }
    bool isShowingInflated() const;

protected:
    // Side by side when both grids fit, the inflated bytes below the wire bytes otherwise.
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitPanesSideBySide();

    QSplitter *m_splitter = nullptr;
    HexView *m_wire;
    HexView *m_inflated;
    QWidget *m_inflatedPane;
    QLabel *m_inflatedCaption;
};

} // namespace Sockscope
