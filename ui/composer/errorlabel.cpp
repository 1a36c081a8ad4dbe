// SPDX-License-Identifier: GPL-3.0-or-later
#include "errorlabel.h"

#include <QEvent>

namespace Sockscope {

ErrorLabel::ErrorLabel(QWidget *parent) : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    updateColor();
    hide();
}

void ErrorLabel::showError(const QString &message)
{
    setText(message);
    show();
}

void ErrorLabel::clearError()
{
    clear();
    hide();
}

void ErrorLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_updatingColor)
        updateColor();
}

void ErrorLabel::updateColor()
{
    // Setting our own palette sends another PaletteChange; the flag stops the recursion.
    m_updatingColor = true;
    QPalette pal = palette();
    const bool dark = pal.color(QPalette::Window).lightness() < 128;
    // A darker red on light backgrounds and a lighter one on dark palettes keep it readable.
    pal.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc6, 0x28, 0x28));
    setPalette(pal);
    m_updatingColor = false;
}

} // namespace Sockscope
