// SPDX-License-Identifier: GPL-3.0-or-later
#include "clientflags.h"

#include "commandline.h"

namespace Sockscope {
namespace {

std::optional<QNetworkProxy> parseProxy(const QString &text, QString *error)
{
    const QUrl url(text);
    QNetworkProxy::ProxyType type;
    if (url.scheme() == QLatin1String("http"))
        type = QNetworkProxy::HttpProxy;
    else if (url.scheme() == QLatin1String("socks5"))
        type = QNetworkProxy::Socks5Proxy;
    else {
        *error = ClientFlags::tr("--proxy takes http://HOST:PORT or socks5://HOST:PORT, not \"%1\"").arg(text);
        return std::nullopt;
    }
    if (url.host().isEmpty() || url.port() <= 0) {
        *error = ClientFlags::tr("--proxy needs a host and a port: \"%1\"").arg(text);
        return std::nullopt;
    }
    return QNetworkProxy(type, url.host(), quint16(url.port()), url.userName(), url.password());
}

} // namespace

ClientFlags::ClientFlags()
    : m_insecure(QStringLiteral("insecure"), tr("Do not verify the server's TLS certificate.")),
      m_caFile(QStringLiteral("ca-file"), tr("Trust the CA certificates in this PEM file."), QStringLiteral("FILE")),
      m_cert(QStringLiteral("cert"), tr("Client certificate (PEM)."), QStringLiteral("FILE")),
      m_key(QStringLiteral("key"), tr("Client certificate key (PEM)."), QStringLiteral("FILE")),
      m_proxy(QStringLiteral("proxy"), tr("HTTP CONNECT or SOCKS5 proxy: http://HOST:PORT or socks5://HOST:PORT."),
              QStringLiteral("URL")),
      m_timeout(QStringLiteral("connect-timeout"), tr("Connect timeout in seconds (default 10)."), QStringLiteral("S"),
                QStringLiteral("10")),
      m_maxMessage(QStringLiteral("max-message"), tr("Largest message accepted, in bytes (default 256 MiB)."),
                   QStringLiteral("BYTES"))
{ }

void ClientFlags::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_insecure, m_caFile, m_cert, m_key, m_proxy, m_timeout, m_maxMessage});
}

bool ClientFlags::seconds(const QCommandLineParser &parser, const QCommandLineOption &option, double *out)
{
    bool ok = false;
    *out = parser.value(option).toDouble(&ok);
    if (ok && *out >= 0)
        return true;
    printError(tr("--%1 takes a number of seconds, got \"%2\"").arg(option.names().first(), parser.value(option)));
    return false;
}

bool ClientFlags::apply(const QCommandLineParser &parser, ClientOptions *options) const
{
    options->insecure = parser.isSet(m_insecure);
    options->caFile = parser.value(m_caFile);
    options->clientCertFile = parser.value(m_cert);
    options->clientKeyFile = parser.value(m_key);
    if (parser.isSet(m_proxy)) {
        QString error;
        const auto parsed = parseProxy(parser.value(m_proxy), &error);
        if (!parsed) {
            printError(error);
            return false;
        }
        options->proxy = *parsed;
    }
    double value = 0;
    if (!seconds(parser, m_timeout, &value))
        return false;
    options->connectTimeoutMs = int(value * 1000);
    if (parser.isSet(m_maxMessage)) {
        bool ok = false;
        const qulonglong limit = parser.value(m_maxMessage).toULongLong(&ok);
        if (!ok || limit == 0) {
            printError(tr("--max-message takes a number of bytes, got \"%1\"").arg(parser.value(m_maxMessage)));
            return false;
        }
        options->session.limits.maxMessageSize = limit;
        options->session.limits.maxFramePayload = limit;
    }
    return true;
}

} // namespace Sockscope
