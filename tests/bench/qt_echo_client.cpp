// SPDX-License-Identifier: GPL-3.0-or-later
// Peer for the echo-client benchmark: N of Qt's QWebSocket clients in one thread, each sending
// every message it receives (binary or text) back as it came, with Qt's defaults.
// Usage: qt_echo_client --url ws://HOST:PORT/PATH [--connections N]
// Exits once every socket is disconnected (the server closed or dropped it, or it could not
// connect): 0 if every one of them had connected, 1 otherwise.
#include <QCoreApplication>
#include <QUrl>
#include <QWebSocket>

#include <cstdio>
#include <memory>
#include <vector>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QUrl url;
    int connections = 1;
    const QStringList args = QCoreApplication::arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--url")) {
            url = QUrl(args[i + 1]);
        } else if (args[i] == QLatin1String("--connections")) {
            connections = args[i + 1].toInt();
        } else {
            std::fprintf(stderr, "qt_echo_client: unknown option %s\n", qPrintable(args[i]));
            return 1;
        }
    }
    if (!url.isValid() || url.scheme() != QLatin1String("ws") || connections <= 0) {
        std::fprintf(stderr, "usage: qt_echo_client --url ws://HOST:PORT/PATH [--connections N]\n");
        return 1;
    }

    std::vector<std::unique_ptr<QWebSocket>> sockets;
    int open = connections;
    int failures = 0;
    for (int i = 0; i < connections; ++i) {
        QWebSocket *socket = sockets.emplace_back(std::make_unique<QWebSocket>()).get();
        auto connected = std::make_shared<bool>(false);
        auto ended = std::make_shared<bool>(false);
        QObject::connect(socket, &QWebSocket::connected, socket, [connected] { *connected = true; });
        QObject::connect(socket, &QWebSocket::binaryMessageReceived, socket,
                         [socket](const QByteArray &message) { socket->sendBinaryMessage(message); });
        QObject::connect(socket, &QWebSocket::textMessageReceived, socket,
                         [socket](const QString &message) { socket->sendTextMessage(message); });
        // The one signal every ending goes through, a refused connection included.
        QObject::connect(socket, &QWebSocket::stateChanged, socket,
                         [socket, connected, ended, &open, &failures](QAbstractSocket::SocketState state) {
                             if (state != QAbstractSocket::UnconnectedState || *ended)
                                 return;
                             *ended = true;
                             if (!*connected) {
                                 std::fprintf(stderr, "qt_echo_client: %s\n", qPrintable(socket->errorString()));
                                 ++failures;
                             }
                             if (--open == 0)
                                 QCoreApplication::exit(failures ? 1 : 0);
                         });
        socket->open(url);
    }
    return QCoreApplication::exec();
}
