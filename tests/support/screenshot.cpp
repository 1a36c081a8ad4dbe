// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshot.h"

#include <QDir>
#include <QTest>
#include <QWidget>

#include <utility>

namespace SockscopeTest {

QImage settledGrab(QWidget &widget, int timeoutMs)
{
    QImage previous;
    QImage current;
    // qWaitFor asks once before its first event-loop pass; that picture is only the reference.
    const bool settled = QTest::qWaitFor(
            [&] {
                previous = std::exchange(current, widget.grab().toImage());
                return !previous.isNull() && current == previous;
            },
            timeoutMs);
    if (!settled)
        qWarning("%s still changed after %d ms; taking its last picture", qPrintable(widget.objectName()), timeoutMs);
    return current;
}

bool saveScreenshot(QWidget &widget, const QString &fileName)
{
    return saveScreenshot(settledGrab(widget), fileName);
}

bool saveScreenshot(const QImage &image, const QString &fileName)
{
    if (image.isNull())
        return false;
    const QString dir = qEnvironmentVariable("SOCKSCOPE_SCREENSHOT_DIR");
    // The first test to save one makes the folder; which test runs first is ctest's choice.
    return dir.isEmpty() || (QDir().mkpath(dir) && image.save(QDir(dir).filePath(fileName)));
}

} // namespace SockscopeTest
