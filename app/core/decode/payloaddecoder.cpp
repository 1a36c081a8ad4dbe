// SPDX-License-Identifier: GPL-3.0-or-later
#include "payloaddecoder.h"

#include <QCoreApplication>

namespace Sockscope {

DecodedPayload DecodedPayload::failure(const QString &reason)
{
    DecodedPayload result;
    result.error = QCoreApplication::translate("Sockscope::PayloadDecoder", "cannot decode: %1").arg(reason);
    return result;
}

} // namespace Sockscope
