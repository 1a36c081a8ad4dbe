// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QTest>
#include <QTimer>

#include <functional>

namespace SockscopeTest {

// Runs `interact` on the next modal dialog of type D as soon as it is shown (it is exec()'d by
// the code under test, so the test cannot reach it otherwise). Waits at most ~5 s.
template<typename D>
void whenDialogOpens(std::function<void(D *)> interact)
{
    QTimer::singleShot(0, [interact] {
        for (int attempt = 0; attempt < 500; ++attempt) {
            if (auto *dialog = qobject_cast<D *>(QApplication::activeModalWidget())) {
                interact(dialog);
                return;
            }
            QTest::qWait(10);
        }
        qWarning("the %s did not open", D::staticMetaObject.className());
    });
}

// The menu's action with exactly this text, or null.
inline QAction *actionNamed(QMenu &menu, const QString &text)
{
    for (QAction *action : menu.actions()) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

} // namespace SockscopeTest
