// SPDX-License-Identifier: GPL-3.0-or-later
#include "conversationchoice.h"

#include <QComboBox>

namespace Sockscope {

void ConversationChoice::fill(QComboBox *combo, const QList<Conversation> &conversations, quint64 preselected)
{
    combo->setObjectName(QStringLiteral("connection"));
    for (const Conversation &c : conversations) {
        const QString role = c.role == QLatin1String("server") ? tr("server peer") : tr("client");
        combo->addItem(tr("#%1 %2 %3").arg(c.connectionId).arg(role, c.url), c.connectionId);
    }
    combo->setCurrentIndex(qMax(0, combo->findData(preselected)));
}

} // namespace Sockscope
