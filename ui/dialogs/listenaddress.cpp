// SPDX-License-Identifier: GPL-3.0-or-later
#include "listenaddress.h"

#include "tlsfiles.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QSpinBox>

namespace Sockscope::ListenAddress {

void setUpFields(QComboBox *address, QSpinBox *port)
{
    address->setObjectName(QStringLiteral("address"));
    address->setEditable(true);
    address->setInsertPolicy(QComboBox::NoInsert);
    address->addItems(
            {QStringLiteral("127.0.0.1"), QStringLiteral("::1"), QStringLiteral("0.0.0.0"), QStringLiteral("::")});
    address->setToolTip(QCoreApplication::translate("Sockscope::NewServerDialog",
                                                    "The IP address to listen on. Loopback (127.0.0.1, ::1) accepts "
                                                    "only this machine; 0.0.0.0 and :: accept every network "
                                                    "interface."));
    port->setObjectName(QStringLiteral("port"));
    port->setRange(0, 65535);
    port->setSpecialValueText(QCoreApplication::translate("Sockscope::NewServerDialog", "any free port"));
}

std::optional<QHostAddress> parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return QHostAddress(QHostAddress::LocalHost);
    QHostAddress address;
    if (!address.setAddress(trimmed))
        return std::nullopt;
    return address;
}

QString error(const QString &text)
{
    return parse(text) ? QString()
                       : QCoreApplication::translate("Sockscope::NewServerDialog",
                                                     "\"%1\" is not an IP address to listen on: use e.g. 127.0.0.1 "
                                                     "or ::1.")
                                 .arg(text.trimmed());
}

QString exposureWarning(const QString &text)
{
    const std::optional<QHostAddress> address = parse(text);
    if (!address || address->isLoopback())
        return {};
    const bool any = *address == QHostAddress(QHostAddress::AnyIPv4) || *address == QHostAddress(QHostAddress::AnyIPv6)
            || *address == QHostAddress(QHostAddress::Any);
    return any ? QCoreApplication::translate("Sockscope::NewServerDialog",
                                             "⚠ Listening on every network interface: other machines can connect to "
                                             "this server.")
               : QCoreApplication::translate("Sockscope::NewServerDialog",
                                             "⚠ %1 is not a loopback address: other machines can connect to this "
                                             "server.")
                         .arg(address->toString());
}

QString tlsFilesError(const QString &cert, const QString &key)
{
    if (!cert.isEmpty() && key.isEmpty())
        return QCoreApplication::translate("Sockscope::NewServerDialog",
                                           "A wss:// server needs a private key file with its certificate.");
    if (cert.isEmpty() && !key.isEmpty())
        return QCoreApplication::translate("Sockscope::NewServerDialog",
                                           "A wss:// server needs a certificate file with its private key.");
    QString error;
    if (!cert.isEmpty() && TlsFiles::loadCertificates(cert, &error).isEmpty())
        return error;
    if (!key.isEmpty() && TlsFiles::loadPrivateKey(key, &error).isNull())
        return error;
    return {};
}

} // namespace Sockscope::ListenAddress
