// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "payloaddecoder.h"

#include <memory>
#include <vector>

namespace Sockscope {

// Every payload decoder, once per process: the list "Decode as…" offers, and the automatic
// choice (the most confident decoder; hex when nothing else fits).
class PayloadDecoders
{
public:
    static const PayloadDecoders &instance();

    const std::vector<std::unique_ptr<PayloadDecoder>> &all() const { return m_decoders; }
    const PayloadDecoder *find(QByteArrayView id) const;
    const PayloadDecoder &choose(QByteArrayView payload, const DecodeContext &context) const;
    // The flow for the connection's next message in either direction: callers walk a
    // connection's messages in order and pass each one's result into the next context.
    QByteArray flowAfter(QByteArrayView payload, const DecodeContext &context) const;

private:
    PayloadDecoders();

    std::vector<std::unique_ptr<PayloadDecoder>> m_decoders;
};

} // namespace Sockscope
