// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QTcpSocket>

namespace SockscopeTest {

// A loopback port where connecting is refused for as long as the object lives: a socket is
// bound to it without listening, so no other test's server can take it meanwhile (a port that
// was free a moment ago once answered a "refused" test with a 101 under ctest -j2).
class RefusedPort
{
public:
    RefusedPort() { m_holder.bind(QHostAddress::LocalHost, 0); }
    bool isValid() const { return m_holder.state() == QAbstractSocket::BoundState; }
    quint16 port() const { return m_holder.localPort(); }

private:
    QTcpSocket m_holder;
};

} // namespace SockscopeTest
