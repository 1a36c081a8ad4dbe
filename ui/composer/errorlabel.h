// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace Sockscope {

// A red, selectable, word-wrapped label under an input that says what is wrong with it;
// hidden while there is nothing to say.
class ErrorLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ErrorLabel(QWidget *parent = nullptr);

    void showError(const QString &message);
    void clearError();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateColor();

    bool m_updatingColor = false;
};

} // namespace Sockscope
