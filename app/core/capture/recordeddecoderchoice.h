// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decode/decoderchoice.h"
#include "decode/payloaddecoder.h"

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace Sockscope {

// One row of a capture's decoder_choices table: the user's "Decode as…" for what one side of
// one connection sent (docs/capture-format.md).
struct RecordedDecoderChoice
{
    quint64 connectionId = 0;
    DecodeContext::Sender sender = DecodeContext::Sender::Unknown;
    DecoderChoice choice;

    friend bool operator==(const RecordedDecoderChoice &, const RecordedDecoderChoice &) = default;
};

// The stored spelling of a sender: "client" or "server" (Unknown is never stored).
const char *senderName(DecodeContext::Sender sender);
std::optional<DecodeContext::Sender> senderFromName(QByteArrayView name);
// Schema files are stored as one JSON array of paths.
QString schemaFilesText(const QStringList &files);
QStringList schemaFilesFromText(const QString &text);

} // namespace Sockscope
