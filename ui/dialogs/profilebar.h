// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

class QComboBox;
class QPushButton;

namespace Sockscope {

// The "Profile" row of the connection dialogs: choose a saved profile to fill the form, save
// the form under a name, delete a profile. Where profiles live is the dialog's business.
class ProfileBar : public QWidget
{
    Q_OBJECT

public:
    explicit ProfileBar(QWidget *parent = nullptr);

    // Replaces the list without emitting profileChosen; `current` empty selects none.
    void setNames(const QStringList &names, const QString &current = {});
    QString currentName() const;

Q_SIGNALS:
    void profileChosen(const QString &name);
    void saveRequested(const QString &name);
    void removeRequested(const QString &name);

private:
    void askSave();
    void askRemove();

    QComboBox *m_combo;
    QPushButton *m_remove;
};

} // namespace Sockscope
