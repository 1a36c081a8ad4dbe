// SPDX-License-Identifier: GPL-3.0-or-later
#include "paletteiconengine.h"

#include <QApplication>
#include <QFile>
#include <QPainter>
#include <QPalette>
#include <QSvgRenderer>

namespace Sockscope {
namespace {

QColor colourFor(QIcon::Mode mode)
{
    const QPalette palette = QApplication::palette();
    return mode == QIcon::Selected ? palette.color(QPalette::Active, QPalette::HighlightedText)
                                   : palette.color(QPalette::Active, QPalette::ButtonText);
}

} // namespace

PaletteIconEngine::PaletteIconEngine(const QString &resourcePath) : m_path(resourcePath)
{
    QFile file(resourcePath);
    if (file.open(QIODevice::ReadOnly))
        m_svg = file.readAll();
}

QByteArray PaletteIconEngine::recoloured(const QString &colour) const
{
    QByteArray svg = m_svg;
    return svg.replace(QByteArray(kNeutralColour.data(), kNeutralColour.size()), colour.toLatin1());
}

void PaletteIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state)
{
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    QPixmap picture = pixmap(rect.size() * ratio, mode, state);
    picture.setDevicePixelRatio(ratio);
    painter->drawPixmap(rect.topLeft(), picture);
}

QPixmap PaletteIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State)
{
    const QColor colour = colourFor(mode);
    const QString cacheKey = QStringLiteral("%1x%2 %3 %4")
                                     .arg(size.width())
                                     .arg(size.height())
                                     .arg(colour.name(QColor::HexArgb))
                                     .arg(int(mode));
    if (const auto cached = m_cache.constFind(cacheKey); cached != m_cache.constEnd())
        return *cached;
    QPixmap picture(size);
    picture.fill(Qt::transparent);
    QSvgRenderer renderer(recoloured(colour.name()));
    QPainter painter(&picture);
    // Disabled icons are dimmed as a whole, accents included.
    if (mode == QIcon::Disabled)
        painter.setOpacity(0.4);
    renderer.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
    painter.end();
    m_cache.insert(cacheKey, picture);
    return picture;
}

QSize PaletteIconEngine::actualSize(const QSize &size, QIcon::Mode, QIcon::State)
{
    const int side = std::min(size.width(), size.height());
    return {side, side};
}

QIconEngine *PaletteIconEngine::clone() const
{
    return new PaletteIconEngine(*this);
}

QString PaletteIconEngine::key() const
{
    return QStringLiteral("SockscopePaletteIconEngine");
}

bool PaletteIconEngine::isNull()
{
    return m_svg.isEmpty();
}

} // namespace Sockscope
