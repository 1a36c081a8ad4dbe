// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capture/recordeddecoderchoice.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>

namespace Sockscope {

// The "Decode as…" of every connection and sender, as a value: a filter worker takes a copy.
class DecoderChoiceMap
{
public:
    // The automatic choice when none was made.
    DecoderChoice choice(quint64 connectionId, DecodeContext::Sender sender) const;
    // An automatic choice removes the entry; a choice naming .proto files has them compiled
    // into ProtoSchemaPool (unless they are already), so its message type can be decoded.
    void set(const RecordedDecoderChoice &choice);
    QList<RecordedDecoderChoice> list() const;
    bool isEmpty() const { return m_choices.isEmpty(); }

private:
    using Key = QPair<quint64, int>;
    QHash<Key, DecoderChoice> m_choices;
};

// The choices of the session or capture on screen (UI-5). The views read them, the decoder
// pane changes them; whoever stores them (the recording, a save) listens to choiceChanged.
class DecoderChoices : public QObject
{
    Q_OBJECT

public:
    explicit DecoderChoices(QObject *parent = nullptr);

    const DecoderChoiceMap &map() const { return m_map; }
    DecoderChoice choice(quint64 connectionId, DecodeContext::Sender sender) const;
    void setChoice(quint64 connectionId, DecodeContext::Sender sender, const DecoderChoice &choice);
    QList<RecordedDecoderChoice> list() const { return m_map.list(); }
    // Replaces every choice (an opened capture's); emits choicesReset.
    void load(const QList<RecordedDecoderChoice> &choices);
    void clear() { load({}); }

Q_SIGNALS:
    void choiceChanged(const Sockscope::RecordedDecoderChoice &choice);
    void choicesReset();

private:
    DecoderChoiceMap m_map;
};

} // namespace Sockscope
