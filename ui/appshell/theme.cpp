// SPDX-License-Identifier: GPL-3.0-or-later
#include "theme.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

#include <memory>

namespace Sockscope::Theme {
namespace {

struct SystemLook
{
    QString styleName;
    QPalette palette;
};

// What the platform chose, taken before the first change so "system" can return to it.
const SystemLook &systemLook()
{
    static const SystemLook look{QApplication::style()->name(), QApplication::palette()};
    return look;
}

void setColours(QPalette &palette, QPalette::ColorGroup group, const QColor &text, const QColor &base,
                const QColor &window, const QColor &button)
{
    palette.setColor(group, QPalette::WindowText, text);
    palette.setColor(group, QPalette::Text, text);
    palette.setColor(group, QPalette::ButtonText, text);
    palette.setColor(group, QPalette::Base, base);
    palette.setColor(group, QPalette::Window, window);
    palette.setColor(group, QPalette::Button, button);
}

} // namespace

QPalette lightPalette()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette palette = fusion->standardPalette();
    palette.setColor(QPalette::Highlight, QColor(0x2f, 0x7f, 0xb8));
    return palette;
}

QPalette darkPalette()
{
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor button(0x35, 0x37, 0x3b);
    QPalette palette(window);
    for (const auto group : {QPalette::Active, QPalette::Inactive})
        setColours(palette, group, text, base, window, button);
    setColours(palette, QPalette::Disabled, QColor(0x80, 0x83, 0x88), base, window, button);
    palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    palette.setColor(QPalette::ToolTipBase, button);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8d, 0x91));
    palette.setColor(QPalette::Highlight, QColor(0x2f, 0x7f, 0xb8));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x6c, 0xb6, 0xff));
    palette.setColor(QPalette::LinkVisited, QColor(0xb3, 0x9d, 0xdb));
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    palette.setColor(QPalette::Light, QColor(0x45, 0x48, 0x4d));
    palette.setColor(QPalette::Midlight, QColor(0x3a, 0x3c, 0x40));
    palette.setColor(QPalette::Mid, QColor(0x24, 0x25, 0x28));
    palette.setColor(QPalette::Dark, QColor(0x1a, 0x1b, 0x1d));
    palette.setColor(QPalette::Shadow, QColor(0x10, 0x10, 0x10));
    return palette;
}

void apply(AppSettings::Theme theme)
{
    // The platform's look stays untouched until another theme is chosen.
    static AppSettings::Theme applied = AppSettings::Theme::System;
    if (theme == applied)
        return;
    const SystemLook &system = systemLook();
    applied = theme;
    switch (theme) {
    case AppSettings::Theme::System:
        QApplication::setStyle(system.styleName);
        QApplication::setPalette(system.palette);
        return;
    case AppSettings::Theme::Light:
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(lightPalette());
        return;
    case AppSettings::Theme::Dark:
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(darkPalette());
        return;
    }
}

} // namespace Sockscope::Theme
