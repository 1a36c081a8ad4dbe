// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUrl>
#include <QWidget>

#include "store/event.h"

class QGridLayout;
class QSplitter;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QTableWidget;
class QTreeWidget;

namespace Sockscope {

struct HttpMessage;

// The opening handshake of one connection (UI-3): raw request and response, their headers in
// wire order, the Sec-WebSocket-Accept check, what was negotiated, the set-up timings, and
// for a refused upgrade its status, error and body. Works for both sides: a client's sent
// request and a server peer's received one.
class HandshakeView : public QWidget
{
    Q_OBJECT

public:
    explicit HandshakeView(QWidget *parent = nullptr);
    ~HandshakeView() override;

    // `request` and `response` are the HandshakeRequest and HandshakeResponse events (a
    // default Event when that step never happened); `outcome` is the Opened or Failed event.
    // `url` tells ws:// from wss:// for the TLS section; without it, the TLS timing decides.
    // `tls` is the TlsEstablished event of a wss:// connection (protocol, cipher, verification,
    // peer chain), when there is one.
    void setHandshake(const Sockscope::Event &request, const Sockscope::Event &response,
                      const Sockscope::Event &outcome, const QUrl &url = {}, const Sockscope::Event &tls = {});
    void clear();
    QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    enum class Tone { Neutral, Good, Bad };

    void arrangeSummary(int columns);
    QGroupBox *createAcceptBox();
    QGroupBox *createNegotiationBox();
    QGroupBox *createTimingsBox();
    QGroupBox *createTlsBox();
    QGroupBox *createMessageBox(const QString &title, const QString &name, QLabel **startLine, QTableWidget **headers,
                                QPlainTextEdit **raw);
    bool showMessage(const QByteArray &raw, bool isRequest, QLabel *startLine, QTableWidget *headers,
                     QPlainTextEdit *rawView, HttpMessage *parsed);
    void showBanner(const Event &request, const Event &outcome, const HttpMessage *response);
    void showAcceptCheck(const HttpMessage *request, const HttpMessage *response);
    void showNegotiation(const Event &outcome, const HttpMessage *request, const HttpMessage *response);
    void showExtensions(const QByteArray &answered);
    void showTimings(const ConnectionTimings &timings);
    void showTls(const Event &outcome, const QUrl &url, const Event &tls);
    void setTone(QLabel *label, Tone tone);
    void applyTone(QLabel *label);

    QWidget *m_checks = nullptr;
    QGroupBox *m_negotiation = nullptr;
    QGroupBox *m_timings = nullptr;
    QGridLayout *m_summary = nullptr;
    QSplitter *m_messages = nullptr;
    int m_summaryColumns = 0;
    QLabel *m_banner = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_acceptCheck = nullptr;
    QLabel *m_acceptExpected = nullptr;
    QLabel *m_acceptReceived = nullptr;
    QLabel *m_subprotocol = nullptr;
    QLabel *m_offeredSubprotocols = nullptr;
    QLabel *m_extensions = nullptr;
    QLabel *m_offeredExtensions = nullptr;
    QTreeWidget *m_extensionTree = nullptr;
    QLabel *m_dns = nullptr;
    QLabel *m_tcp = nullptr;
    QLabel *m_tlsTime = nullptr;
    QLabel *m_upgrade = nullptr;
    QLabel *m_tls = nullptr;
    QGroupBox *m_requestBox = nullptr;
    QLabel *m_requestLine = nullptr;
    QTableWidget *m_requestHeaders = nullptr;
    QPlainTextEdit *m_requestRaw = nullptr;
    QGroupBox *m_responseBox = nullptr;
    QLabel *m_responseLine = nullptr;
    QTableWidget *m_responseHeaders = nullptr;
    QPlainTextEdit *m_responseRaw = nullptr;
};

} // namespace Sockscope
