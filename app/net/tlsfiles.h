// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/event.h"

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QString>

namespace Sockscope {

// Loads PEM certificates and keys with an error message that names the file.
class TlsFiles
{
    Q_DECLARE_TR_FUNCTIONS(Sockscope::TlsFiles)

public:
    static QList<QSslCertificate> loadCertificates(const QString &path, QString *error);
    static QSslKey loadPrivateKey(const QString &path, QString *error);
    // Fills a TlsEstablished event: protocol and cipher, how the peer was verified, and the
    // peer's certificate chain as PEM.
    static void describeSession(const QSslSocket &socket, Event &event);
};

} // namespace Sockscope
