// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QString>

class QWidget;

namespace SockscopeTest {

// The widget's picture once its layouts have settled: nested layouts take one event-loop pass
// per level, so it is grabbed until two pictures in a row agree (bounded by `timeoutMs`).
QImage settledGrab(QWidget &widget, int timeoutMs = 2000);

// Grabs the settled widget and, when SOCKSCOPE_SCREENSHOT_DIR is set, saves it there as
// `fileName`. False when the grab is empty or the file cannot be written.
bool saveScreenshot(QWidget &widget, const QString &fileName);
// Saves a picture taken already, the same way.
bool saveScreenshot(const QImage &image, const QString &fileName);

} // namespace SockscopeTest
