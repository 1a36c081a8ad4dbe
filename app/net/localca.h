// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QSslConfiguration>
#include <QString>

#include <optional>

namespace Sockscope {

// The forward proxy's own certificate authority: a key and a self-signed CA certificate kept
// in a folder (created on first use, the key readable by its owner only), and server
// certificates minted for each host a wss:// tunnel asks for. The user trusts the CA
// certificate once to let a browser accept every minted one.
class LocalCa
{
    Q_DECLARE_TR_FUNCTIONS(Sockscope::LocalCa)

public:
    explicit LocalCa(const QString &directory);

    // sockscope/ under the user's configuration folder.
    static QString defaultDirectory();
    QString certificatePath() const;
    QString keyPath() const;
    // Loads the CA, creating it when the folder has none; false with `error`.
    bool ensure(QString *error);
    // A TLS server configuration with a certificate for `host` signed by the CA; nullopt with `error`.
    std::optional<QSslConfiguration> serverConfiguration(const QString &host, QString *error);

private:
    bool create(QString *error);
    bool load(QString *error);

    QString m_directory;
    QByteArray m_certificatePem;
    QByteArray m_keyPem;
    QHash<QString, QSslConfiguration> m_minted;
};

} // namespace Sockscope
