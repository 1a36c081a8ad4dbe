// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace.h"

#include "capture/capturefiles.h"
#include "capture/capturereader.h"
#include "clientreplay.h"
#include "localca.h"
#include "mockserver.h"
#include "proxypair.h"
#include "proxyserver.h"
#include "replay/conversation.h"
#include "websocketclient.h"
#include "websocketserver.h"
#include "websocketsession.h"

#include <QTemporaryDir>

namespace Sockscope {

Workspace::Workspace(QObject *parent) : QObject(parent) { }

Workspace::~Workspace()
{
    // Peers are gone with the process; stop recording cleanly so the file is complete.
    for (const auto &client : std::as_const(m_clients)) {
        if (client)
            client->disconnect(this);
    }
    for (const auto &server : std::as_const(m_servers)) {
        if (server)
            server->disconnect(this);
    }
    for (const auto &replay : std::as_const(m_replays)) {
        if (replay)
            replay->disconnect(this);
    }
    for (const auto &proxy : std::as_const(m_proxies)) {
        if (proxy)
            proxy->disconnect(this);
    }
    if (m_recorder)
        m_recorder->close();
}

bool Workspace::startRecording(const QString &path)
{
    auto recorder = std::make_unique<CaptureWriter>();
    if (!recorder->open(path)) {
        m_error = recorder->errorString();
        return false;
    }
    m_recorder = std::move(recorder);
    m_failureWatch.watch(m_recorder.get(), [this](const QString &error) { Q_EMIT recordingFailed(error); });
    return true;
}

void Workspace::discardRecording()
{
    if (!m_recorder)
        return;
    m_failureWatch.watch(nullptr, {});
    m_recorder->discard();
    m_recorder.reset();
}

QString Workspace::recordingPath() const
{
    return m_recorder ? m_recorder->path() : QString();
}

bool Workspace::saveRecording(const QString &path, QString *error, const ExportProgress &progress)
{
    const qint64 before = m_eventsSinceSave;
    if (!exportRecording(path, error, progress))
        return false;
    // Events that arrived while writing are not in the saved file.
    m_eventsSinceSave -= before;
    return true;
}

bool Workspace::exportRecording(const QString &path, QString *error, const ExportProgress &progress,
                                const std::function<void(Event &)> &transform)
{
    if (!m_recorder) {
        *error = tr("nothing is being recorded");
        return false;
    }
    m_recorder->flush();
    CaptureReader reader;
    if (!reader.open(m_recorder->path())) {
        *error = reader.errorString();
        return false;
    }
    reader.setEventTransform(transform);
    return CaptureFiles::save(reader, path, error, progress);
}

void Workspace::onEvent(const Event &event)
{
    ++m_eventsSinceSave;
    if (m_recorder && !m_recorder->append(event))
        m_failureWatch.check();
    Q_EMIT eventOccurred(event);
}

WebSocketClient *Workspace::addClient(const ClientOptions &options)
{
    auto *client = new WebSocketClient(options, this);
    m_clients.insert(client->connectionId(), client);
    connect(client, &WebSocketClient::eventOccurred, this, &Workspace::onEvent);
    client->open();
    return client;
}

WebSocketServer *Workspace::addServer(const ServerOptions &options, const QString &replayCapture, QString *error,
                                      MockServer::Pacing pacing)
{
    if (replayCapture.isEmpty()) {
        auto *server = new WebSocketServer(options, this);
        connect(server, &WebSocketServer::eventOccurred, this, &Workspace::onEvent);
        return startListening(server, server, error);
    }
    QTemporaryDir scratch;
    CaptureReader reader;
    if (!CaptureFiles::open(replayCapture, scratch.filePath(QStringLiteral("import.wscap")), reader, error))
        return nullptr;
    const QList<Conversation> conversations = Conversation::fromCapture(reader);
    if (conversations.isEmpty()) {
        *error = tr("%1 has no connection with messages to replay").arg(replayCapture);
        return nullptr;
    }
    return addMockServer(options, conversations.first(), pacing, error);
}

WebSocketServer *Workspace::addMockServer(const ServerOptions &options, const Conversation &conversation,
                                          MockServer::Pacing pacing, QString *error)
{
    auto *mock = new MockServer(conversation, options, pacing, this);
    connect(mock, &MockServer::eventOccurred, this, &Workspace::onEvent);
    return startListening(mock->server(), mock, error);
}

WebSocketServer *Workspace::startListening(WebSocketServer *server, QObject *owner, QString *error)
{
    if (!server->listen()) {
        *error = server->errorString();
        delete owner;
        return nullptr;
    }
    m_servers.insert(server->serverId(), server);
    return server;
}

ClientReplay *Workspace::addReplay(const Conversation &conversation, const ClientOptions &target)
{
    auto *replay = new ClientReplay(conversation, target, this);
    m_replays.insert(replay->client()->connectionId(), replay);
    connect(replay, &ClientReplay::eventOccurred, this, &Workspace::onEvent);
    return replay;
}

ProxyServer *Workspace::addProxy(const ProxyOptions &options, QString *error)
{
    auto *proxy = new ProxyServer(options, this);
    proxy->setInterceptor(&m_interceptor);
    if (proxy->isForward()) {
        if (!m_localCa)
            m_localCa = std::make_unique<LocalCa>(LocalCa::defaultDirectory());
        proxy->setLocalCa(m_localCa.get());
    }
    connect(proxy, &ProxyServer::eventOccurred, this, &Workspace::onEvent);
    if (!proxy->listen()) {
        *error = proxy->errorString();
        delete proxy;
        return nullptr;
    }
    m_proxies.insert(proxy->serverId(), proxy);
    return proxy;
}

ProxyServer *Workspace::proxy(quint64 serverId) const
{
    return m_proxies.value(serverId);
}

ProxyPair *Workspace::proxyPairWithLeg(quint64 connectionId) const
{
    for (const auto &proxy : std::as_const(m_proxies)) {
        if (ProxyPair *pair = proxy ? proxy->pairWithLeg(connectionId) : nullptr)
            return pair;
    }
    return nullptr;
}

WebSocketClient *Workspace::client(quint64 connectionId) const
{
    return m_clients.value(connectionId);
}

ClientReplay *Workspace::replay(quint64 connectionId) const
{
    return m_replays.value(connectionId);
}

WebSocketServer *Workspace::server(quint64 serverId) const
{
    return m_servers.value(serverId);
}

WebSocketSession *Workspace::session(quint64 connectionId) const
{
    if (WebSocketClient *c = client(connectionId))
        return c->session();
    if (ClientReplay *r = replay(connectionId))
        return r->client()->session();
    for (const auto &server : std::as_const(m_servers)) {
        if (server) {
            if (WebSocketSession *s = server->session(connectionId))
                return s;
        }
    }
    if (ProxyPair *pair = proxyPairWithLeg(connectionId))
        return pair->leg(pair->clientLegId() == connectionId ? ProxyPair::Leg::Client : ProxyPair::Leg::Upstream);
    return nullptr;
}

void Workspace::removeClient(quint64 connectionId)
{
    if (WebSocketClient *c = m_clients.take(connectionId)) {
        c->abort();
        c->deleteLater();
    }
}

void Workspace::stopServer(quint64 serverId)
{
    if (WebSocketServer *s = server(serverId))
        s->stop(quint16(CloseCode::GoingAway));
    else if (ProxyServer *p = proxy(serverId))
        p->stop(quint16(CloseCode::GoingAway));
}

void Workspace::closeAll()
{
    for (const auto &client : std::as_const(m_clients)) {
        if (client)
            client->close(quint16(CloseCode::GoingAway));
    }
    for (const auto &server : std::as_const(m_servers)) {
        if (server)
            server->stop(quint16(CloseCode::GoingAway));
    }
    for (const auto &replay : std::as_const(m_replays)) {
        if (replay)
            replay->stop();
    }
    for (const auto &proxy : std::as_const(m_proxies)) {
        if (proxy)
            proxy->stop(quint16(CloseCode::GoingAway));
    }
}

QList<WebSocketSession *> Workspace::commandTargets(quint64 target) const
{
    QList<WebSocketSession *> sessions;
    if (target != 0) {
        if (WebSocketSession *s = session(target))
            sessions.append(s);
    } else if (WebSocketServer *selectedServer = server(m_selectedConnection)) {
        sessions = selectedServer->sessions();
    } else if (WebSocketSession *s = session(m_selectedConnection)) {
        sessions.append(s);
    }
    return sessions;
}

void Workspace::command(quint64 target, const std::function<void(WebSocketSession *)> &send)
{
    for (WebSocketSession *s : commandTargets(target)) {
        if (ProxyPair *pair = proxyPairWithLeg(target ? target : m_selectedConnection))
            pair->inject(s, send);
        else
            send(s);
    }
}

void Workspace::sendMessage(quint64 target, Opcode opcode, const QByteArray &data, qsizetype fragmentSize)
{
    command(target, [&](WebSocketSession *s) { s->sendMessage(opcode, data, fragmentSize); });
}

void Workspace::sendRawFrame(quint64 target, const FrameSpec &spec, const QByteArray &payload)
{
    command(target, [&](WebSocketSession *s) { s->sendRawFrame(spec, payload); });
}

void Workspace::sendPing(quint64 target, const QByteArray &payload)
{
    command(target, [&](WebSocketSession *s) { s->sendPing(payload); });
}

void Workspace::sendClose(quint64 target, quint16 code, const QString &reason)
{
    command(target, [&](WebSocketSession *s) { s->close(code, reason); });
}

void Workspace::reconnect(quint64 connectionId)
{
    if (WebSocketClient *c = client(connectionId)) {
        if (c->session())
            c->close(quint16(CloseCode::Normal));
        c->open();
    }
}

void Workspace::closeConnection(quint64 connectionId)
{
    if (WebSocketClient *c = client(connectionId))
        c->close(quint16(CloseCode::Normal));
    else if (ClientReplay *r = replay(connectionId))
        r->stop();
    else if (WebSocketSession *s = session(connectionId))
        s->close(quint16(CloseCode::Normal));
}

void Workspace::duplicateClient(quint64 connectionId)
{
    if (WebSocketClient *c = client(connectionId))
        addClient(c->options());
}

} // namespace Sockscope
