// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Sockscope {

// The user's "Decode as…" for one connection and direction; remembered in the capture.
struct DecoderChoice
{
    QByteArray decoderId;    // a PayloadDecoder::id(); empty means the automatic choice
    QString schemaType;      // for schema decoders (protobuf): "package.Message"
    QStringList schemaFiles; // the .proto files that define schemaType

    bool isAutomatic() const { return decoderId.isEmpty(); }
    friend bool operator==(const DecoderChoice &, const DecoderChoice &) = default;
};

} // namespace Sockscope
