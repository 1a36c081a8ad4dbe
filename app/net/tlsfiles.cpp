// SPDX-License-Identifier: GPL-3.0-or-later
#include "tlsfiles.h"

#include <QFile>
#include <QSslCipher>

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

void TlsFiles::describeSession(const QSslSocket &socket, Event &event)
{
    event.kind = Event::Kind::TlsEstablished;
    const QSslCipher cipher = socket.sessionCipher();
    QString protocol;
    switch (socket.sessionProtocol()) {
    case QSsl::TlsV1_2:
        protocol = QStringLiteral("TLS 1.2");
        break;
    case QSsl::TlsV1_3:
        protocol = QStringLiteral("TLS 1.3");
        break;
    default:
        protocol = cipher.protocolString();
        break;
    }
    event.text = tr("%1, %2").arg(protocol, cipher.name());
    const QList<QSslError> errors = socket.sslHandshakeErrors();
    if (socket.peerVerifyMode() == QSslSocket::VerifyNone)
        event.detail = errors.isEmpty()
                ? tr("peer not verified (verification off)")
                : tr("peer not verified (verification off): %1").arg(errors.first().errorString());
    else
        event.detail = tr("peer verified");
    for (const QSslCertificate &certificate : socket.peerCertificateChain())
        event.raw += certificate.toPem();
}

} // namespace Sockscope
