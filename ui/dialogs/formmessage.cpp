// SPDX-License-Identifier: GPL-3.0-or-later
#include "formmessage.h"

#include <QEvent>

namespace Sockscope {

FormMessage::FormMessage(Kind kind, QWidget *parent) : QLabel(parent), m_kind(kind)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = font();
    bold.setBold(true);
    setFont(bold);
    updateColour();
    hide();
}

void FormMessage::showMessage(const QString &message)
{
    setText(message);
    setVisible(!message.isEmpty());
}

void FormMessage::clearMessage()
{
    clear();
    hide();
}

void FormMessage::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_updatingColour)
        updateColour();
}

void FormMessage::updateColour()
{
    // Setting our own palette sends another PaletteChange; the flag stops the recursion.
    m_updatingColour = true;
    QPalette pal = palette();
    // Darker shades on light windows, lighter ones on dark windows, for contrast on both.
    const bool dark = pal.color(QPalette::Window).lightness() < 128;
    if (m_kind == Kind::Error)
        pal.setColor(QPalette::WindowText, dark ? QColor(0xff7b72) : QColor(0xcf222e));
    else
        pal.setColor(QPalette::WindowText, dark ? QColor(0xd29922) : QColor(0x9a6700));
    setPalette(pal);
    m_updatingColour = false;
}

} // namespace Sockscope
