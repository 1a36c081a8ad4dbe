// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilebar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>

namespace Sockscope {

ProfileBar::ProfileBar(QWidget *parent) : QWidget(parent), m_combo(new QComboBox), m_remove(new QPushButton)
{
    m_combo->setObjectName(QStringLiteral("profileCombo"));
    m_combo->setPlaceholderText(tr("Choose a saved profile…"));
    m_combo->setMinimumContentsLength(20);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto *save = new QPushButton(tr("Save…"));
    save->setObjectName(QStringLiteral("saveProfileButton"));
    save->setToolTip(tr("Save the form as a named profile"));
    m_remove->setText(tr("Delete"));
    m_remove->setObjectName(QStringLiteral("deleteProfileButton"));
    m_remove->setToolTip(tr("Delete the chosen profile"));
    m_remove->setEnabled(false);

    auto *label = new QLabel(tr("&Profile:"));
    label->setBuddy(m_combo);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_combo, 1);
    layout->addWidget(save);
    layout->addWidget(m_remove);

    connect(m_combo, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_remove->setEnabled(index >= 0);
        if (index >= 0)
            Q_EMIT profileChosen(m_combo->itemText(index));
    });
    connect(save, &QPushButton::clicked, this, &ProfileBar::askSave);
    connect(m_remove, &QPushButton::clicked, this, &ProfileBar::askRemove);
}

void ProfileBar::setNames(const QStringList &names, const QString &current)
{
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    m_combo->addItems(names);
    m_combo->setCurrentIndex(m_combo->findText(current));
    m_remove->setEnabled(m_combo->currentIndex() >= 0);
}

QString ProfileBar::currentName() const
{
    return m_combo->currentIndex() < 0 ? QString() : m_combo->currentText();
}

void ProfileBar::askSave()
{
    bool ok = false;
    const QString name =
            QInputDialog::getText(this, tr("Save Profile"), tr("Profile name:"), QLineEdit::Normal, currentName(), &ok)
                    .trimmed();
    if (ok && !name.isEmpty())
        Q_EMIT saveRequested(name);
}

void ProfileBar::askRemove()
{
    const QString name = currentName();
    if (name.isEmpty())
        return;
    if (QMessageBox::question(this, tr("Delete Profile"), tr("Delete the saved profile \"%1\"?").arg(name))
        == QMessageBox::Yes)
        Q_EMIT removeRequested(name);
}

} // namespace Sockscope
