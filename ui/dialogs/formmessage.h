// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace Sockscope {

// A word-wrapped, selectable line in a dialog that says what is wrong (red) or risky (amber);
// hidden while it has nothing to say. Its colour follows light and dark palettes.
class FormMessage : public QLabel
{
    Q_OBJECT

public:
    enum class Kind { Error, Warning };

    explicit FormMessage(Kind kind, QWidget *parent = nullptr);

    void showMessage(const QString &message);
    void clearMessage();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateColour();

    Kind m_kind;
    bool m_updatingColour = false;
};

} // namespace Sockscope
