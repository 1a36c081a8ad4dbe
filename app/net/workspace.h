// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capture/capturefailurewatch.h"
#include "capture/capturefiles.h"
#include "capture/capturewriter.h"
#include "clientoptions.h"
#include "interceptor.h"
#include "mockserver.h"
#include "protocol/frameencoder.h"
#include "proxyoptions.h"
#include "serveroptions.h"
#include "store/event.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace Sockscope {

class ClientReplay;
class LocalCa;
class ProxyPair;
class ProxyServer;
class WebSocketClient;
class WebSocketServer;
class WebSocketSession;

// Everything a GUI session holds: client connections, local servers (echo, broadcast, manual
// or replaying a capture) and the recording of all their events into one capture. The GUI
// talks to it through slots and the eventOccurred stream; it knows no widgets.
class Workspace : public QObject
{
    Q_OBJECT

public:
    explicit Workspace(QObject *parent = nullptr);
    ~Workspace() override;

    // Records every event from now on into `path` (CAP-1); false with errorString().
    bool startRecording(const QString &path);
    // Ends the recording and deletes its file at once (CaptureWriter::discard): for the
    // temporary recording of a session the user saved or discarded.
    void discardRecording();
    QString recordingPath() const;
    CaptureWriter *recorder() const { return m_recorder.get(); }
    // Commits the recording and writes it to `path` in the format of its extension.
    // Writes the recording to `path` and counts it as saved.
    bool saveRecording(const QString &path, QString *error, const ExportProgress &progress = {});
    // Writes a copy (any capture format) without changing what counts as saved.
    // `transform` (an export's redaction) is applied to every event written.
    bool exportRecording(const QString &path, QString *error, const ExportProgress &progress = {},
                         const std::function<void(Event &)> &transform = {});
    bool hasUnsavedData() const { return m_eventsSinceSave > 0; }
    qint64 eventsSinceSave() const { return m_eventsSinceSave; }
    void markSaved() { m_eventsSinceSave = 0; }

    // Creates and opens a client connection; its id is the connection id of its events.
    WebSocketClient *addClient(const ClientOptions &options);
    // Starts a server; null with `error` when it cannot listen. A replay capture makes it a
    // mock server (CAP-5) answering by trigger or by the original timing.
    WebSocketServer *addServer(const ServerOptions &options, const QString &replayCapture, QString *error,
                               MockServer::Pacing pacing = MockServer::Pacing::Triggered);
    // Starts a mock server answering with the server side of `conversation`; null with `error`.
    WebSocketServer *addMockServer(const ServerOptions &options, const Conversation &conversation,
                                   MockServer::Pacing pacing, QString *error);

    // Replays the client side of `conversation` against `target` (CAP-4) as a new client
    // connection, recorded like any other; the returned replay has not started yet.
    ClientReplay *addReplay(const Conversation &conversation, const ClientOptions &target);

    // Starts a proxy (issue 11): reverse with an upstream URL, forward without; null with
    // `error` when it cannot listen. Its pairs pause messages in interceptor().
    ProxyServer *addProxy(const ProxyOptions &options, QString *error);
    ProxyServer *proxy(quint64 serverId) const;
    // The pair one of whose legs is `connectionId`, or null.
    ProxyPair *proxyPairWithLeg(quint64 connectionId) const;
    Interceptor *interceptor() { return &m_interceptor; }

    WebSocketClient *client(quint64 connectionId) const;
    ClientReplay *replay(quint64 connectionId) const;
    WebSocketServer *server(quint64 serverId) const;
    // The open session of a client, a server's peer or a proxy's leg, by connection id.
    WebSocketSession *session(quint64 connectionId) const;
    void removeClient(quint64 connectionId);
    void stopServer(quint64 serverId);
    void closeAll();

    // The connection the user has selected; composer commands without a target go to it, or
    // to every peer when it is a server. Kept here so a command is routed in one place.
    // A command to a proxy's leg is an injection, marked as such.
    void setSelectedConnection(quint64 connectionId) { m_selectedConnection = connectionId; }
    quint64 selectedConnection() const { return m_selectedConnection; }

    QString errorString() const { return m_error; }

public Q_SLOTS:
    // Composer commands: to the session `target`, or with target 0 to the selection.
    void sendMessage(quint64 target, Sockscope::Opcode opcode, const QByteArray &data, qsizetype fragmentSize);
    void sendRawFrame(quint64 target, const Sockscope::FrameSpec &spec, const QByteArray &payload);
    void sendPing(quint64 target, const QByteArray &payload);
    void sendClose(quint64 target, quint16 code, const QString &reason);
    // Connection manager commands, by connection id; ids that are gone are ignored.
    void reconnect(quint64 connectionId);
    void closeConnection(quint64 connectionId);
    void duplicateClient(quint64 connectionId);

Q_SIGNALS:
    void eventOccurred(const Sockscope::Event &event);
    void recordingFailed(const QString &error);

private:
    void onEvent(const Event &event);
    // Once per recording: the writer can fail after the last event (a batch written later).
    QList<WebSocketSession *> commandTargets(quint64 target) const;
    void command(quint64 target, const std::function<void(WebSocketSession *)> &send);
    // Listens, and keeps `server` (owned by `owner`); deletes `owner` with `error` on failure.
    WebSocketServer *startListening(WebSocketServer *server, QObject *owner, QString *error);

    std::unique_ptr<CaptureWriter> m_recorder;
    CaptureFailureWatch m_failureWatch;
    qint64 m_eventsSinceSave = 0;
    QHash<quint64, QPointer<WebSocketClient>> m_clients;
    QHash<quint64, QPointer<WebSocketServer>> m_servers;
    QHash<quint64, QPointer<ClientReplay>> m_replays;
    QHash<quint64, QPointer<ProxyServer>> m_proxies; // by server id
    Interceptor m_interceptor;
    std::unique_ptr<LocalCa> m_localCa; // the forward proxies' CA, made on first use
    quint64 m_selectedConnection = 0;
    QString m_error;
};

} // namespace Sockscope
