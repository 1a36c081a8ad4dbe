// SPDX-License-Identifier: GPL-3.0-or-later
#include "framebytesview.h"

#include "hexview.h"

#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>

namespace Sockscope {

FrameBytesView::FrameBytesView(QWidget *parent)
    : QWidget(parent),
      m_wire(new HexView),
      m_inflated(new HexView),
      m_inflatedPane(new QWidget),
      m_inflatedCaption(new QLabel)
{
    m_inflated->setObjectName(QStringLiteral("inflatedHexView"));
    m_inflatedCaption->setObjectName(QStringLiteral("inflatedCaption"));
    m_inflatedCaption->setWordWrap(true);
    auto *inflatedLayout = new QVBoxLayout(m_inflatedPane);
    inflatedLayout->setContentsMargins(0, 0, 0, 0);
    inflatedLayout->addWidget(m_inflatedCaption);
    inflatedLayout->addWidget(m_inflated, 1);

    auto *splitter = new QSplitter(Qt::Horizontal);
    m_splitter = splitter;
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_wire);
    splitter->addWidget(m_inflatedPane);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    m_inflatedPane->hide();
}

void FrameBytesView::setFrame(const Event &frame, qint64 messageInflatedTotal)
{
    m_wire->setFrame(frame.frame, frame.payload);
    if (!frame.compressed) {
        m_inflated->clear();
        m_inflatedPane->hide();
        return;
    }
    // The inflated bytes have no frame header of their own: a header-less layout shows them.
    FrameHeader bare;
    bare.headerSize = 0;
    bare.payloadLength = quint64(frame.inflated.size());
    m_inflated->setFrame(bare, frame.inflated);
    const QLocale locale;
    QString caption = tr("Inflated: %1 of this frame's %2 compressed bytes")
                              .arg(locale.toString(frame.inflated.size()), locale.toString(frame.payload.size()));
    if (messageInflatedTotal >= 0)
        caption += QLatin1Char('\n')
                + tr("The whole message inflates to %1 bytes").arg(locale.toString(messageInflatedTotal));
    m_inflatedCaption->setText(caption);
    m_inflatedPane->show();
    fitPanesSideBySide();
}

void FrameBytesView::clear()
{
    m_wire->clear();
    m_inflated->clear();
    m_inflatedPane->hide();
}

void FrameBytesView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const int sideBySide = m_wire->sizeHint().width() + m_inflated->sizeHint().width() + m_splitter->handleWidth();
    m_splitter->setOrientation(width() >= sideBySide ? Qt::Horizontal : Qt::Vertical);
    fitPanesSideBySide();
}

// QSplitter shares space by its own measure, which left the wire bytes narrower than a hex
// row: side by side, each pane gets its rows' width first and the rest is shared. A width the
// user dragged to is kept as long as neither pane is cut.
void FrameBytesView::fitPanesSideBySide()
{
    if (m_splitter->orientation() != Qt::Horizontal || m_inflatedPane->isHidden())
        return;
    const int wire = m_wire->sizeHint().width();
    const int inflated = m_inflated->sizeHint().width();
    const QList<int> sizes = m_splitter->sizes();
    if (sizes.value(0) >= wire && sizes.value(1) >= inflated)
        return;
    const int spare = std::max(0, width() - m_splitter->handleWidth() - wire - inflated);
    m_splitter->setSizes({wire + spare / 2, inflated + spare - spare / 2});
}

bool FrameBytesView::isShowingInflated() const
{
    return !m_inflatedPane->isHidden();
}

} // namespace Sockscope
