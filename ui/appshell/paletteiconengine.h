// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QIconEngine>
#include <QPixmap>

namespace Sockscope {

// Paints one of our action SVGs with its neutral strokes (#4c5766) in the palette's text colour
// for the icon's mode, read at paint time: the icons follow a light, dark or changed palette
// without shipping a variant for each. Accent strokes (connect green, disconnect red) stay.
class PaletteIconEngine : public QIconEngine
{
public:
    // The colour the SVG files draw their neutral strokes with.
    static constexpr QLatin1StringView kNeutralColour{"#4c5766"};

    explicit PaletteIconEngine(const QString &resourcePath);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QIconEngine *clone() const override;
    QString key() const override;
    bool isNull() override;

    // The SVG text with the neutral colour replaced by `colour` (#rrggbb).
    QByteArray recoloured(const QString &colour) const;

private:
    QString m_path;
    QByteArray m_svg;
    QHash<QString, QPixmap> m_cache; // by size, colour and device pixel ratio
};

} // namespace Sockscope
