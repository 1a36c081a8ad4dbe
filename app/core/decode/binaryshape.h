// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "payloaddecoder.h"

#include <QString>

namespace Sockscope {

// What a binary payload that parsed completely holds (CBOR, MessagePack): the automatic
// choice prefers the reading with more structure, and leaves a lone number to hex.
struct BinaryShape
{
    enum Kind : quint8 { Scalar, Map, Array, Tagged };

    Kind rootKind = Scalar;
    qsizetype rootCount = 0; // entries of a root map, elements of a root array
    qsizetype items = 0;     // every value, keys included
    qsizetype maps = 0;
    qsizetype arrays = 0;
    qsizetype strings = 0;
    qsizetype byteStrings = 0;
};

// 0 for a scalar (one number or string says little), 35 for an empty container, 50 to 65 the
// richer the structure: above text in a binary frame (30) and raw protobuf (40), below
// a protocol known by its subprotocol (90 and more).
int structuredConfidence(const BinaryShape &shape);
class TreeText;

// The decoded payload of a value tree: its text, and a summary such as
// `msgpack map{3} {"type":"chat",…}` (the format, the root's kind and size, the compact text).
DecodedPayload treePayload(const QString &format, const BinaryShape &shape, const TreeText &tree);

} // namespace Sockscope
