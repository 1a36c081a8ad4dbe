// SPDX-License-Identifier: GPL-3.0-or-later
#include "tlsfiles.h"

#include <QFile>

namespace Sockscope {

QList<QSslCertificate> TlsFiles::loadCertificates(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read certificate file %1: %2").arg(path, file.errorString());
        return {};
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certificates.isEmpty())
        *error = tr("no PEM certificate in %1").arg(path);
    return certificates;
}

QSslKey TlsFiles::loadPrivateKey(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read key file %1: %2").arg(path, file.errorString());
        return {};
    }
    const QByteArray pem = file.readAll();
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        QSslKey key(pem, algorithm, QSsl::Pem);
        if (!key.isNull())
            return key;
    }
    *error = tr("no usable PEM private key in %1 (encrypted keys are not supported)").arg(path);
    return {};
}

} // namespace Sockscope
