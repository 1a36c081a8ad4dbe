// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "replay/conversation.h"

#include <QCoreApplication>

class QComboBox;

namespace Sockscope {

// The "Connection:" choice of the dialogs that work on a recorded conversation (mock server,
// replay): one entry per connection, "#id role URL", with its id as the item data.
class ConversationChoice
{
    Q_DECLARE_TR_FUNCTIONS(Sockscope::ConversationChoice)

public:
    static void fill(QComboBox *combo, const QList<Conversation> &conversations, quint64 preselected);
};

} // namespace Sockscope
