// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "payloaddecoder.h"

#include <QCoreApplication>

namespace Sockscope {

// UTF-8 text; invalid sequences are shown as U+FFFD and marked, so a payload that is almost
// text still reads as text and the bad bytes are easy to find.
class TextDecoder final : public PayloadDecoder
{
    Q_DECLARE_TR_FUNCTIONS(Sockscope::TextDecoder)

public:
    QByteArray id() const override { return QByteArrayLiteral("text"); }
    QString name() const override;
    int confidence(QByteArrayView payload, const DecodeContext &context) const override;
    DecodedPayload decode(QByteArrayView payload, const DecodeContext &context) const override;

    // The byte ranges that are not valid UTF-8 (each maximal invalid subpart, as U+FFFD
    // replacement counts them); a sequence cut off by the end of the payload is one range.
    static QList<ByteRange> invalidRanges(QByteArrayView payload);
};

} // namespace Sockscope
