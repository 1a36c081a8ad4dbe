// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QString>

#include <optional>

class QComboBox;
class QSpinBox;

namespace Sockscope::ListenAddress {

// Sets up a server dialog's address box (editable; loopback first, then every interface) and
// port box (0 is "any free port"), named "address" and "port".
void setUpFields(QComboBox *address, QSpinBox *port);
// IP literals, plus "localhost" because people type it.
std::optional<QHostAddress> parse(const QString &text);
// Why `text` is no address to listen on; empty when it is one.
QString error(const QString &text);
// The warning for an address that other machines can reach; empty for loopback and non-addresses.
QString exposureWarning(const QString &text);
// Why a listener's TLS certificate and key files (both empty: plain ws://) cannot be used;
// empty when they can.
QString tlsFilesError(const QString &certFile, const QString &keyFile);

} // namespace Sockscope::ListenAddress
