// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "payloaddecoder.h"

#include <QCoreApplication>

namespace Sockscope {

// GraphQL over WebSocket: graphql-transport-ws (the graphql-ws library) and the legacy
// graphql-ws of subscriptions-transport-ws. The subprotocol says which; without one, a JSON
// object whose "type" only these protocols use (subscribe, next, start, ka, …) is taken.
class GraphQlDecoder final : public PayloadDecoder
{
    Q_DECLARE_TR_FUNCTIONS(Sockscope::GraphQlDecoder)

public:
    QByteArray id() const override { return QByteArrayLiteral("graphql"); }
    QString name() const override;
    int confidence(QByteArrayView payload, const DecodeContext &context) const override;
    DecodedPayload decode(QByteArrayView payload, const DecodeContext &context) const override;
};

} // namespace Sockscope
