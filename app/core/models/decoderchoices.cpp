// SPDX-License-Identifier: GPL-3.0-or-later
#include "decoderchoices.h"

#include "decode/protoschemapool.h"

#include <algorithm>

namespace Sockscope {

DecoderChoice DecoderChoiceMap::choice(quint64 connectionId, DecodeContext::Sender sender) const
{
    return m_choices.value({connectionId, int(sender)});
}

void DecoderChoiceMap::set(const RecordedDecoderChoice &recorded)
{
    const Key key{recorded.connectionId, int(recorded.sender)};
    if (recorded.choice.isAutomatic()) {
        m_choices.remove(key);
        return;
    }
    m_choices.insert(key, recorded.choice);
    // A capture's schema choice must find its types compiled, whoever reads it (pane, CLI).
    if (!recorded.choice.schemaFiles.isEmpty())
        ProtoSchemaPool::instance().ensureLoaded(recorded.choice.schemaFiles);
}

QList<RecordedDecoderChoice> DecoderChoiceMap::list() const
{
    QList<RecordedDecoderChoice> result;
    for (auto it = m_choices.cbegin(); it != m_choices.cend(); ++it)
        result.append({it.key().first, DecodeContext::Sender(it.key().second), it.value()});
    // Hash order is random; a saved file and a test see the same order every time.
    std::sort(result.begin(), result.end(), [](const RecordedDecoderChoice &a, const RecordedDecoderChoice &b) {
        return std::pair(a.connectionId, int(a.sender)) < std::pair(b.connectionId, int(b.sender));
    });
    return result;
}

DecoderChoices::DecoderChoices(QObject *parent) : QObject(parent) { }

DecoderChoice DecoderChoices::choice(quint64 connectionId, DecodeContext::Sender sender) const
{
    return m_map.choice(connectionId, sender);
}

void DecoderChoices::setChoice(quint64 connectionId, DecodeContext::Sender sender, const DecoderChoice &choice)
{
    if (m_map.choice(connectionId, sender) == choice)
        return;
    const RecordedDecoderChoice recorded{connectionId, sender, choice};
    m_map.set(recorded);
    Q_EMIT choiceChanged(recorded);
}

void DecoderChoices::load(const QList<RecordedDecoderChoice> &choices)
{
    m_map = {};
    for (const RecordedDecoderChoice &choice : choices)
        m_map.set(choice);
    Q_EMIT choicesReset();
}

} // namespace Sockscope
