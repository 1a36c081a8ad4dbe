// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionprofiles.h"

#include <QSettings>
#include <QUrl>

namespace Sockscope {
namespace {

constexpr char kClientGroup[] = "profiles/clients";
constexpr char kServerGroup[] = "profiles/servers";

// Profile names become settings groups, where '/' would nest and '\' is reserved.
QString groupKey(const QString &name)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(name));
}

QString groupPath(const char *group, const QString &name)
{
    return QLatin1String(group) + QLatin1Char('/') + groupKey(name);
}

QStringList names(const char *group)
{
    QSettings settings;
    settings.beginGroup(QLatin1String(group));
    QStringList result;
    for (const QString &key : settings.childGroups())
        result.append(QUrl::fromPercentEncoding(key.toLatin1()));
    result.sort(Qt::CaseInsensitive);
    return result;
}

bool exists(QSettings &settings, const char *group, const QString &name)
{
    settings.beginGroup(QLatin1String(group));
    const bool found = settings.childGroups().contains(groupKey(name));
    settings.endGroup();
    return found;
}

void remove(const char *group, const QString &name)
{
    QSettings settings;
    settings.remove(groupPath(group, name));
}

// Byte strings (tokens, header names and values) are kept as Latin-1 text: readable in the
// settings file and exact for every byte.
QString text(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes);
}

QByteArray bytes(const QVariant &value)
{
    return value.toString().toLatin1();
}

QStringList texts(const QList<QByteArray> &list)
{
    QStringList result;
    for (const QByteArray &item : list)
        result.append(text(item));
    return result;
}

QList<QByteArray> byteList(const QVariant &value)
{
    QList<QByteArray> result;
    for (const QString &item : value.toStringList())
        result.append(item.toLatin1());
    return result;
}

void writeSession(QSettings &settings, const SessionOptions &session)
{
    settings.setValue(QStringLiteral("pingIntervalMs"), session.pingIntervalMs);
    settings.setValue(QStringLiteral("autoPong"), session.autoPong);
    settings.setValue(QStringLiteral("closeTimeoutMs"), session.closeTimeoutMs);
    settings.setValue(QStringLiteral("maxFramePayload"), qulonglong(session.limits.maxFramePayload));
    settings.setValue(QStringLiteral("maxMessageSize"), qulonglong(session.limits.maxMessageSize));
}

SessionOptions readSession(const QSettings &settings)
{
    SessionOptions session;
    session.pingIntervalMs = settings.value(QStringLiteral("pingIntervalMs"), session.pingIntervalMs).toInt();
    session.autoPong = settings.value(QStringLiteral("autoPong"), session.autoPong).toBool();
    session.closeTimeoutMs = settings.value(QStringLiteral("closeTimeoutMs"), session.closeTimeoutMs).toInt();
    session.limits.maxFramePayload =
            settings.value(QStringLiteral("maxFramePayload"), qulonglong(session.limits.maxFramePayload)).toULongLong();
    session.limits.maxMessageSize =
            settings.value(QStringLiteral("maxMessageSize"), qulonglong(session.limits.maxMessageSize)).toULongLong();
    return session;
}

QString proxyTypeName(QNetworkProxy::ProxyType type)
{
    switch (type) {
    case QNetworkProxy::HttpProxy:
        return QStringLiteral("http");
    case QNetworkProxy::Socks5Proxy:
        return QStringLiteral("socks5");
    case QNetworkProxy::DefaultProxy:
        return QStringLiteral("system");
    default:
        return QStringLiteral("none");
    }
}

QNetworkProxy::ProxyType proxyType(const QString &name)
{
    if (name == QLatin1String("http"))
        return QNetworkProxy::HttpProxy;
    if (name == QLatin1String("socks5"))
        return QNetworkProxy::Socks5Proxy;
    if (name == QLatin1String("system"))
        return QNetworkProxy::DefaultProxy;
    return QNetworkProxy::NoProxy;
}

QString behaviourName(ServerBehaviour behaviour)
{
    switch (behaviour) {
    case ServerBehaviour::Echo:
        return QStringLiteral("echo");
    case ServerBehaviour::Broadcast:
        return QStringLiteral("broadcast");
    case ServerBehaviour::Manual:
        return QStringLiteral("manual");
    }
    return QStringLiteral("echo");
}

ServerBehaviour behaviour(const QString &name)
{
    if (name == QLatin1String("broadcast"))
        return ServerBehaviour::Broadcast;
    if (name == QLatin1String("manual"))
        return ServerBehaviour::Manual;
    return ServerBehaviour::Echo;
}

} // namespace

QStringList ConnectionProfiles::clientNames()
{
    return names(kClientGroup);
}

std::optional<ClientOptions> ConnectionProfiles::loadClient(const QString &name)
{
    QSettings settings;
    if (!exists(settings, kClientGroup, name))
        return std::nullopt;
    settings.beginGroup(groupPath(kClientGroup, name));
    ClientOptions options;
    options.url = QUrl(settings.value(QStringLiteral("url")).toString());
    const int headerCount = settings.beginReadArray(QStringLiteral("headers"));
    for (int i = 0; i < headerCount; ++i) {
        settings.setArrayIndex(i);
        options.headers.append(
                {bytes(settings.value(QStringLiteral("name"))), bytes(settings.value(QStringLiteral("value")))});
    }
    settings.endArray();
    options.subprotocols = byteList(settings.value(QStringLiteral("subprotocols")));
    options.origin = bytes(settings.value(QStringLiteral("origin")));
    options.deflate = settings.value(QStringLiteral("deflate"), options.deflate).toBool();
    options.insecure = settings.value(QStringLiteral("insecure"), options.insecure).toBool();
    options.caFile = settings.value(QStringLiteral("caFile")).toString();
    options.clientCertFile = settings.value(QStringLiteral("clientCertFile")).toString();
    options.clientKeyFile = settings.value(QStringLiteral("clientKeyFile")).toString();
    options.tlsServerName = settings.value(QStringLiteral("tlsServerName")).toString();
    options.proxy = QNetworkProxy(proxyType(settings.value(QStringLiteral("proxyType")).toString()),
                                  settings.value(QStringLiteral("proxyHost")).toString(),
                                  quint16(settings.value(QStringLiteral("proxyPort")).toUInt()),
                                  settings.value(QStringLiteral("proxyUser")).toString());
    options.connectTimeoutMs = settings.value(QStringLiteral("connectTimeoutMs"), options.connectTimeoutMs).toInt();
    options.autoReconnect = settings.value(QStringLiteral("autoReconnect"), options.autoReconnect).toBool();
    options.reconnectInitialDelayMs =
            settings.value(QStringLiteral("reconnectInitialDelayMs"), options.reconnectInitialDelayMs).toInt();
    options.reconnectMaxDelayMs =
            settings.value(QStringLiteral("reconnectMaxDelayMs"), options.reconnectMaxDelayMs).toInt();
    options.session = readSession(settings);
    return options;
}

void ConnectionProfiles::saveClient(const QString &name, const ClientOptions &options)
{
    QSettings settings;
    // Replace, not merge: a header removed from the form must not survive in the profile.
    settings.remove(groupPath(kClientGroup, name));
    settings.beginGroup(groupPath(kClientGroup, name));
    settings.setValue(QStringLiteral("url"), options.url.toString());
    settings.beginWriteArray(QStringLiteral("headers"), int(options.headers.size()));
    for (int i = 0; i < options.headers.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("name"), text(options.headers[i].name));
        settings.setValue(QStringLiteral("value"), text(options.headers[i].value));
    }
    settings.endArray();
    settings.setValue(QStringLiteral("subprotocols"), texts(options.subprotocols));
    settings.setValue(QStringLiteral("origin"), text(options.origin));
    settings.setValue(QStringLiteral("deflate"), options.deflate);
    settings.setValue(QStringLiteral("insecure"), options.insecure);
    settings.setValue(QStringLiteral("caFile"), options.caFile);
    settings.setValue(QStringLiteral("clientCertFile"), options.clientCertFile);
    settings.setValue(QStringLiteral("clientKeyFile"), options.clientKeyFile);
    settings.setValue(QStringLiteral("tlsServerName"), options.tlsServerName);
    settings.setValue(QStringLiteral("proxyType"), proxyTypeName(options.proxy.type()));
    settings.setValue(QStringLiteral("proxyHost"), options.proxy.hostName());
    settings.setValue(QStringLiteral("proxyPort"), options.proxy.port());
    settings.setValue(QStringLiteral("proxyUser"), options.proxy.user());
    settings.setValue(QStringLiteral("connectTimeoutMs"), options.connectTimeoutMs);
    settings.setValue(QStringLiteral("autoReconnect"), options.autoReconnect);
    settings.setValue(QStringLiteral("reconnectInitialDelayMs"), options.reconnectInitialDelayMs);
    settings.setValue(QStringLiteral("reconnectMaxDelayMs"), options.reconnectMaxDelayMs);
    writeSession(settings, options.session);
}

void ConnectionProfiles::removeClient(const QString &name)
{
    remove(kClientGroup, name);
}

QStringList ConnectionProfiles::serverNames()
{
    return names(kServerGroup);
}

std::optional<ServerProfile> ConnectionProfiles::loadServer(const QString &name)
{
    QSettings settings;
    if (!exists(settings, kServerGroup, name))
        return std::nullopt;
    settings.beginGroup(groupPath(kServerGroup, name));
    ServerProfile profile;
    ServerOptions &options = profile.options;
    const QString address = settings.value(QStringLiteral("address")).toString();
    if (!address.isEmpty())
        options.address = QHostAddress(address);
    options.port = quint16(settings.value(QStringLiteral("port"), options.port).toUInt());
    options.certFile = settings.value(QStringLiteral("certFile")).toString();
    options.keyFile = settings.value(QStringLiteral("keyFile")).toString();
    options.handshake.subprotocols = byteList(settings.value(QStringLiteral("subprotocols")));
    options.handshake.acceptDeflate = settings.value(QStringLiteral("deflate"), false).toBool();
    options.handshake.requiredHeaders = byteList(settings.value(QStringLiteral("requiredHeaders")));
    options.behaviour = behaviour(settings.value(QStringLiteral("behaviour")).toString());
    options.handshakeTimeoutMs =
            settings.value(QStringLiteral("handshakeTimeoutMs"), options.handshakeTimeoutMs).toInt();
    options.session = readSession(settings);
    profile.replayCapture = settings.value(QStringLiteral("replayCapture")).toString();
    profile.replayPacing = settings.value(QStringLiteral("replayPacing")).toString() == QLatin1String("timing")
            ? MockServer::Pacing::OriginalTiming
            : MockServer::Pacing::Triggered;
    return profile;
}

void ConnectionProfiles::saveServer(const QString &name, const ServerProfile &profile)
{
    const ServerOptions &options = profile.options;
    QSettings settings;
    settings.remove(groupPath(kServerGroup, name));
    settings.beginGroup(groupPath(kServerGroup, name));
    settings.setValue(QStringLiteral("address"), options.address.toString());
    settings.setValue(QStringLiteral("port"), options.port);
    settings.setValue(QStringLiteral("certFile"), options.certFile);
    settings.setValue(QStringLiteral("keyFile"), options.keyFile);
    settings.setValue(QStringLiteral("subprotocols"), texts(options.handshake.subprotocols));
    settings.setValue(QStringLiteral("deflate"), options.handshake.acceptDeflate);
    settings.setValue(QStringLiteral("requiredHeaders"), texts(options.handshake.requiredHeaders));
    settings.setValue(QStringLiteral("behaviour"), behaviourName(options.behaviour));
    settings.setValue(QStringLiteral("handshakeTimeoutMs"), options.handshakeTimeoutMs);
    writeSession(settings, options.session);
    settings.setValue(QStringLiteral("replayCapture"), profile.replayCapture);
    settings.setValue(QStringLiteral("replayPacing"),
                      profile.replayPacing == MockServer::Pacing::OriginalTiming ? QStringLiteral("timing")
                                                                                 : QStringLiteral("triggered"));
}

void ConnectionProfiles::removeServer(const QString &name)
{
    remove(kServerGroup, name);
}

QStringList ConnectionProfiles::recentUrls()
{
    return QSettings().value(QStringLiteral("recent/urls")).toStringList();
}

void ConnectionProfiles::addRecentUrl(const QString &url)
{
    QStringList urls = recentUrls();
    urls.removeAll(url);
    urls.prepend(url);
    QSettings().setValue(QStringLiteral("recent/urls"), QStringList(urls.mid(0, kRecentUrls)));
}

} // namespace Sockscope
