// SPDX-License-Identifier: GPL-3.0-or-later
#include "binaryshape.h"

#include "protocoltext.h"
#include "treetext.h"

#include <algorithm>

namespace Sockscope {

int structuredConfidence(const BinaryShape &shape)
{
    if (shape.rootKind == BinaryShape::Scalar)
        return 0;
    if (shape.items <= 1)
        return 35;
    const qsizetype richness = 2 * (shape.maps + shape.arrays) + shape.strings + shape.byteStrings + shape.items / 4;
    return 50 + int(std::min<qsizetype>(15, richness));
}

namespace {

QString rootWord(const BinaryShape &shape)
{
    if (shape.rootKind == BinaryShape::Map)
        return QStringLiteral("map{%1} ").arg(shape.rootCount);
    if (shape.rootKind == BinaryShape::Array)
        return QStringLiteral("array[%1] ").arg(shape.rootCount);
    return {};
}

} // namespace

DecodedPayload treePayload(const QString &format, const BinaryShape &shape, const TreeText &tree)
{
    DecodedPayload result;
    result.text = tree.text();
    result.summary = ProtocolText::summaryLine(format + QLatin1Char(' ') + rootWord(shape) + tree.compact());
    return result;
}

} // namespace Sockscope
