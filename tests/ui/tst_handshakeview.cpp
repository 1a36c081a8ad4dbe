// SPDX-License-Identifier: GPL-3.0-or-later
#include "handshake/handshakeview.h"
#include "handshakesamples.h"
#include "screenshot.h"

#include <QFontDatabase>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace Sockscope;
using SockscopeTest::kRfcRequest;
using SockscopeTest::saveScreenshot;

namespace {

QByteArray response101(const QByteArray &accept, const QByteArray &extensions = {})
{
    QByteArray raw = "HTTP/1.1 101 Switching Protocols\r\n"
                     "Upgrade: websocket\r\n"
                     "Connection: Upgrade\r\n"
                     "Sec-WebSocket-Accept: "
            + accept
            + "\r\n"
              "Sec-WebSocket-Protocol: chat\r\n";
    if (!extensions.isEmpty())
        raw += "Sec-WebSocket-Extensions: " + extensions + "\r\n";
    return raw + "\r\n";
}

Event requestEvent(const QByteArray &raw = kRfcRequest)
{
    Event event;
    event.kind = Event::Kind::HandshakeRequest;
    event.direction = Direction::Outgoing;
    event.raw = raw;
    return event;
}

Event responseEvent(const QByteArray &raw, int status)
{
    Event event;
    event.kind = Event::Kind::HandshakeResponse;
    event.raw = raw;
    event.statusCode = status;
    return event;
}

Event openedEvent(const QByteArray &extensions = {})
{
    Event event;
    event.kind = Event::Kind::Opened;
    event.text = QStringLiteral("chat");
    event.detail = QString::fromLatin1(extensions);
    event.timings = {1234, 310, -1, 5021};
    return event;
}

QString labelText(const QWidget &view, const char *name)
{
    const auto *label = view.findChild<QLabel *>(QLatin1String(name));
    Q_ASSERT(label);
    return label->text();
}

QStringList column(const QTableWidget *table, int col)
{
    QStringList values;
    for (int row = 0; row < table->rowCount(); ++row)
        values.append(table->item(row, col)->text());
    return values;
}

} // namespace

class TestHandshakeView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rfcExampleMatches();
    void wrongAcceptIsMismatch();
    void duplicateHeadersKeptInWireOrder();
    void refusedUpgradeShowsStatusAndBody();
    void refusedUpgradeFromFailedEventOnly();
    void connectionFailureWithoutResponse();
    void deflateParametersBrokenOut();
    void invalidDeflateAnswerFlagged();
    void tlsSectionSaysOnlyWhatIsKnown();
    void serverSideTitles();
    void clearResets();
    void summaryFitsAtEveryWidth_data();
    void summaryFitsAtEveryWidth();
};

void TestHandshakeView::rfcExampleMatches()
{
    HandshakeView view;
    view.resize(1100, 760);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setHandshake(
            requestEvent(),
            responseEvent(response101("s3pPLMBiTxaQ9kYGzzhZRbK+xOo=", "permessage-deflate; client_max_window_bits=12"),
                          101),
            openedEvent("permessage-deflate; client_max_window_bits=12"),
            QUrl(QStringLiteral("ws://server.example.com/chat")));

    const QString check = labelText(view, "acceptCheck");
    QVERIFY2(check.contains(QStringLiteral("✓ match")), qPrintable(check));
    QVERIFY(!check.contains(QStringLiteral("mismatch")));
    QCOMPARE(labelText(view, "acceptExpected"), QStringLiteral("s3pPLMBiTxaQ9kYGzzhZRbK+xOo="));
    QCOMPARE(labelText(view, "acceptReceived"), QStringLiteral("s3pPLMBiTxaQ9kYGzzhZRbK+xOo="));
    QCOMPARE(labelText(view, "subprotocolValue"), QStringLiteral("chat"));
    QCOMPARE(labelText(view, "offeredSubprotocols"), QStringLiteral("chat, superchat"));
    QVERIFY(labelText(view, "statusBanner").contains(QStringLiteral("101 Switching Protocols")));
    QVERIFY(view.findChild<QLabel *>(QStringLiteral("errorLabel"))->isHidden());
    QCOMPARE(labelText(view, "requestLine"), QStringLiteral("GET /chat HTTP/1.1"));

    QCOMPARE(labelText(view, "dnsTiming"), QStringLiteral("%1 µs").arg(QLocale().toString(1234)));
    QCOMPARE(labelText(view, "tcpTiming"), QStringLiteral("310 µs"));
    QCOMPARE(labelText(view, "tlsTiming"), QStringLiteral("—"));
    QVERIFY(labelText(view, "upgradeTiming").endsWith(QStringLiteral("µs")));

    const auto *requestRaw = view.findChild<QPlainTextEdit *>(QStringLiteral("requestRaw"));
    QVERIFY(requestRaw->isReadOnly());
    QVERIFY(requestRaw->toPlainText().startsWith(QStringLiteral("GET /chat HTTP/1.1\nHost: server.example.com\n")));
    QCOMPARE(requestRaw->font().family(), QFontDatabase::systemFont(QFontDatabase::FixedFont).family());
    QVERIFY(view.findChild<QPlainTextEdit *>(QStringLiteral("responseRaw"))
                    ->toPlainText()
                    .contains(QStringLiteral("Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=")));
    QVERIFY(saveScreenshot(view, QStringLiteral("handshakeview.png")));
}

void TestHandshakeView::wrongAcceptIsMismatch()
{
    HandshakeView view;
    Event failed;
    failed.kind = Event::Kind::Failed;
    failed.text = QStringLiteral("Sec-WebSocket-Accept does not match the key sent");
    view.setHandshake(requestEvent(), responseEvent(response101("AAAAAAAAAAAAAAAAAAAAAAAAAAA="), 101), failed);

    const QString check = labelText(view, "acceptCheck");
    QVERIFY2(check.contains(QStringLiteral("✗ mismatch")), qPrintable(check));
    QCOMPARE(labelText(view, "acceptExpected"), QStringLiteral("s3pPLMBiTxaQ9kYGzzhZRbK+xOo="));
    QCOMPARE(labelText(view, "acceptReceived"), QStringLiteral("AAAAAAAAAAAAAAAAAAAAAAAAAAA="));
    QVERIFY(labelText(view, "statusBanner").contains(QStringLiteral("failed")));
    QCOMPARE(labelText(view, "errorLabel"), failed.text);
}

void TestHandshakeView::duplicateHeadersKeptInWireOrder()
{
    HandshakeView view;
    view.setHandshake(requestEvent(), responseEvent(response101("s3pPLMBiTxaQ9kYGzzhZRbK+xOo="), 101), openedEvent());
    const auto *table = view.findChild<QTableWidget *>(QStringLiteral("requestHeaders"));
    QVERIFY(table);
    const QStringList names = column(table, 0);
    QCOMPARE(names,
             (QStringList{QStringLiteral("Host"), QStringLiteral("Upgrade"), QStringLiteral("Connection"),
                          QStringLiteral("Sec-WebSocket-Key"), QStringLiteral("Origin"),
                          QStringLiteral("Sec-WebSocket-Protocol"), QStringLiteral("Sec-WebSocket-Version"),
                          QStringLiteral("Sec-WebSocket-Extensions"), QStringLiteral("X-Dup"), QStringLiteral("Cookie"),
                          QStringLiteral("x-dup")}));
    const QStringList values = column(table, 1);
    QCOMPARE(values.at(names.indexOf(QStringLiteral("X-Dup"))), QStringLiteral("one"));
    QCOMPARE(values.at(names.indexOf(QStringLiteral("x-dup"))), QStringLiteral("two"));
    QVERIFY(names.indexOf(QStringLiteral("X-Dup")) < names.indexOf(QStringLiteral("x-dup")));

    const auto *responseTable = view.findChild<QTableWidget *>(QStringLiteral("responseHeaders"));
    QCOMPARE(column(responseTable, 0).first(), QStringLiteral("Upgrade"));
    QCOMPARE(responseTable->rowCount(), 4);
}

void TestHandshakeView::refusedUpgradeShowsStatusAndBody()
{
    const QByteArray body = "origin http://evil.example is not allowed\n";
    const QByteArray raw = "HTTP/1.1 403 Forbidden\r\n"
                           "Content-Type: text/plain\r\n"
                           "Content-Length: "
            + QByteArray::number(body.size())
            + "\r\n"
              "\r\n"
            + body;
    Event failed;
    failed.kind = Event::Kind::Failed;
    failed.text = QStringLiteral("server refused the upgrade: 403 Forbidden");
    failed.statusCode = 403;
    failed.raw = raw;
    failed.timings = {-1, 220, -1, -1};

    HandshakeView view;
    view.resize(1100, 760);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setHandshake(requestEvent(), responseEvent(raw, 403), failed,
                      QUrl(QStringLiteral("ws://server.example.com/chat")));

    const QString banner = labelText(view, "statusBanner");
    QVERIFY2(banner.contains(QStringLiteral("403 Forbidden")), qPrintable(banner));
    const auto *error = view.findChild<QLabel *>(QStringLiteral("errorLabel"));
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), failed.text);
    const QString responseText = view.findChild<QPlainTextEdit *>(QStringLiteral("responseRaw"))->toPlainText();
    QVERIFY(responseText.startsWith(QStringLiteral("HTTP/1.1 403 Forbidden\n")));
    QVERIFY(responseText.endsWith(QString::fromLatin1(body)));
    QCOMPARE(labelText(view, "responseLine"), QStringLiteral("HTTP/1.1 403 Forbidden"));
    QVERIFY(labelText(view, "acceptCheck").contains(QStringLiteral("no Sec-WebSocket-Accept")));
    QCOMPARE(labelText(view, "subprotocolValue"), QStringLiteral("none"));
    QCOMPARE(view.findChild<QTableWidget *>(QStringLiteral("responseHeaders"))->rowCount(), 2);
    QCOMPARE(labelText(view, "dnsTiming"), QStringLiteral("—"));
    QCOMPARE(labelText(view, "tcpTiming"), QStringLiteral("220 µs"));
    QVERIFY(saveScreenshot(view, QStringLiteral("handshakeview-403.png")));
}

void TestHandshakeView::refusedUpgradeFromFailedEventOnly()
{
    // A caller that kept only the Failed event still sees the response it carries.
    Event failed;
    failed.kind = Event::Kind::Failed;
    failed.text = QStringLiteral("server refused the upgrade: 401 Unauthorized");
    failed.statusCode = 401;
    failed.raw = "HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Bearer\r\nContent-Length: 12\r\n\r\nlog in first";
    HandshakeView view;
    view.setHandshake(requestEvent(), Event(), failed);
    QVERIFY(labelText(view, "statusBanner").contains(QStringLiteral("401 Unauthorized")));
    QVERIFY(view.findChild<QPlainTextEdit *>(QStringLiteral("responseRaw"))
                    ->toPlainText()
                    .endsWith(QStringLiteral("log in first")));
}

void TestHandshakeView::connectionFailureWithoutResponse()
{
    Event failed;
    failed.kind = Event::Kind::Failed;
    failed.text = QStringLiteral("Connection refused");
    HandshakeView view;
    view.setHandshake(Event(), Event(), failed);
    QVERIFY(labelText(view, "statusBanner").contains(QStringLiteral("Connection failed")));
    QCOMPARE(labelText(view, "errorLabel"), QStringLiteral("Connection refused"));
    QVERIFY(labelText(view, "acceptCheck").startsWith(QStringLiteral("not checked")));
    QCOMPARE(labelText(view, "responseLine"), QStringLiteral("No response received"));
    QCOMPARE(view.findChild<QTableWidget *>(QStringLiteral("responseHeaders"))->rowCount(), 0);
}

void TestHandshakeView::deflateParametersBrokenOut()
{
    const QByteArray extensions = "permessage-deflate; server_no_context_takeover; client_max_window_bits=10";
    HandshakeView view;
    view.setHandshake(requestEvent(), responseEvent(response101("s3pPLMBiTxaQ9kYGzzhZRbK+xOo=", extensions), 101),
                      openedEvent(extensions));
    QCOMPARE(labelText(view, "extensionsValue"), QString::fromLatin1(extensions));
    QCOMPARE(labelText(view, "offeredExtensions"), QStringLiteral("permessage-deflate; client_max_window_bits"));
    const auto *tree = view.findChild<QTreeWidget *>(QStringLiteral("extensionsTree"));
    QCOMPARE(tree->topLevelItemCount(), 1);
    const QTreeWidgetItem *deflate = tree->topLevelItem(0);
    QCOMPARE(deflate->text(0), QStringLiteral("permessage-deflate"));
    QVERIFY(deflate->text(1).contains(QStringLiteral("valid")));
    QHash<QString, QString> params;
    for (int i = 0; i < deflate->childCount(); ++i)
        params.insert(deflate->child(i)->text(0), deflate->child(i)->text(1));
    QCOMPARE(params.value(QStringLiteral("server_no_context_takeover")), QStringLiteral("yes"));
    QCOMPARE(params.value(QStringLiteral("client_no_context_takeover")), QStringLiteral("no"));
    QCOMPARE(params.value(QStringLiteral("client_max_window_bits")), QStringLiteral("10"));
    QCOMPARE(params.value(QStringLiteral("server_max_window_bits")), QStringLiteral("15 (default)"));
}

void TestHandshakeView::invalidDeflateAnswerFlagged()
{
    const QByteArray extensions = "permessage-deflate; server_max_window_bits=99";
    Event failed;
    failed.kind = Event::Kind::Failed;
    failed.text = QStringLiteral("invalid permessage-deflate parameter");
    HandshakeView view;
    view.setHandshake(requestEvent(), responseEvent(response101("s3pPLMBiTxaQ9kYGzzhZRbK+xOo=", extensions), 101),
                      failed);
    const auto *tree = view.findChild<QTreeWidget *>(QStringLiteral("extensionsTree"));
    QCOMPARE(tree->topLevelItemCount(), 1);
    QVERIFY(tree->topLevelItem(0)->text(1).startsWith(QStringLiteral("✗")));
}

void TestHandshakeView::tlsSectionSaysOnlyWhatIsKnown()
{
    HandshakeView view;
    const Event request = requestEvent();
    const Event response = responseEvent(response101("s3pPLMBiTxaQ9kYGzzhZRbK+xOo="), 101);
    Event opened = openedEvent();
    view.setHandshake(request, response, opened, QUrl(QStringLiteral("ws://h/")));
    QVERIFY(labelText(view, "tlsValue").contains(QStringLiteral("Not TLS")));
    view.setHandshake(request, response, opened, QUrl(QStringLiteral("wss://h/")));
    QVERIFY(labelText(view, "tlsValue").contains(QStringLiteral("not recorded")));
    opened.timings.tlsUs = 4000;
    view.setHandshake(request, response, opened);
    QVERIFY(labelText(view, "tlsValue").contains(QStringLiteral("TLS was used")));
    QVERIFY(labelText(view, "tlsValue").contains(QStringLiteral("not recorded")));
}

void TestHandshakeView::serverSideTitles()
{
    HandshakeView view;
    Event request = requestEvent();
    request.direction = Direction::Incoming;
    view.setHandshake(request, responseEvent(response101("s3pPLMBiTxaQ9kYGzzhZRbK+xOo="), 101), openedEvent());
    QCOMPARE(view.findChild<QGroupBox *>(QStringLiteral("requestBox"))->title(), QStringLiteral("Request (received)"));
    QCOMPARE(view.findChild<QGroupBox *>(QStringLiteral("responseBox"))->title(), QStringLiteral("Response (sent)"));
    QVERIFY(labelText(view, "acceptCheck").contains(QStringLiteral("✓ match")));
}

void TestHandshakeView::clearResets()
{
    HandshakeView view;
    view.setHandshake(requestEvent(), responseEvent(response101("s3pPLMBiTxaQ9kYGzzhZRbK+xOo="), 101), openedEvent());
    view.clear();
    QCOMPARE(view.findChild<QTableWidget *>(QStringLiteral("requestHeaders"))->rowCount(), 0);
    QVERIFY(view.findChild<QPlainTextEdit *>(QStringLiteral("responseRaw"))->toPlainText().isEmpty());
    QCOMPARE(labelText(view, "acceptCheck"), QStringLiteral("—"));
    QCOMPARE(labelText(view, "dnsTiming"), QStringLiteral("—"));
}

void TestHandshakeView::summaryFitsAtEveryWidth_data()
{
    QTest::addColumn<int>("width");
    QTest::newRow("beside the composer at 1366x768") << 560;
    QTest::newRow("1920x1080") << 1100;
    QTest::newRow("narrow") << 380;
}

// The Timings box was cut off and needed horizontal scrolling beside the composer.
void TestHandshakeView::summaryFitsAtEveryWidth()
{
    QFETCH(int, width);
    HandshakeView view;
    view.setHandshake(requestEvent(),
                      responseEvent(response101("s3pPLMBiTxaQ9kYGzzhZRbK+xOo=", "permessage-deflate"), 101),
                      openedEvent("permessage-deflate"));
    view.resize(width, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCoreApplication::processEvents();
    QVERIFY2(view.minimumSizeHint().width() <= width, qPrintable(QString::number(view.minimumSizeHint().width())));
    QCOMPARE(view.width(), width);
    for (QGroupBox *box : view.findChildren<QGroupBox *>()) {
        if (!box->isVisible())
            continue;
        const QRect inView(box->mapTo(&view, QPoint(0, 0)), box->size());
        QVERIFY2(view.rect().contains(inView),
                 qPrintable(QStringLiteral("%1 at %2,%3 %4x%5")
                                    .arg(box->title())
                                    .arg(inView.x())
                                    .arg(inView.y())
                                    .arg(inView.width())
                                    .arg(inView.height())));
        QVERIFY2(box->width() >= box->minimumSizeHint().width(), qPrintable(box->title()));
    }
}

QTEST_MAIN(TestHandshakeView)
#include "tst_handshakeview.moc"
