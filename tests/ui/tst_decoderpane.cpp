// SPDX-License-Identifier: GPL-3.0-or-later
// UI-5 decoder pane, driven like a user: a JSON message shows as a tree whose rows copy their
// path and value; "Decode as…" on one connection and sender changes the pane and the log's
// preview for that stream only and comes back with the saved capture; the filter bar's
// "Decoded" search finds what only the decoded form holds. Screenshots of every decoder view.
#include "decode/payloaddecoders.h"
#include "decoders/decoderpane.h"
#include "decoders/protoschemadialog.h"
#include "demosession.h"
#include "framelog/filterbar.h"
#include "framelog/framelogview.h"
#include "mainwindow.h"
#include "models/decoderchoices.h"
#include "models/framelogmodel.h"
#include "models/jsontreemodel.h"
#include "protocol/frameencoder.h"
#include "screenshot.h"
#include "testedmodel.h"
#include "websocketclient.h"
#include "websocketsession.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace Sockscope;

namespace {

const QByteArray kOrder =
        R"({"data":{"items":[{"name":"pen"},{"name":"ink"},{"name":"pad"},{"name":"nib"}]},"odd key":true})";

Event textFrame(quint64 connection, Direction direction, const QByteArray &payload, Opcode opcode = Opcode::Text)
{
    Event e;
    e.connectionId = connection;
    e.direction = direction;
    e.payload = payload;
    FrameSpec spec;
    spec.opcode = std::uint8_t(opcode);
    e.frame = describeFrame(spec, std::uint64_t(payload.size()));
    return e;
}

// The tree row at `path` ("$.data.items[3].name"), found by asking every expanded row.
QModelIndex indexAtPath(QAbstractItemModel *model, const QString &path, const QModelIndex &parent = {})
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        const QString here = index.data(JsonTreeModel::PathRole).toString();
        if (here == path)
            return index;
        if (path.startsWith(here)) {
            const QModelIndex found = indexAtPath(model, path, index);
            if (found.isValid())
                return found;
        }
    }
    return {};
}

int findRow(const FrameLogModel *model, const std::function<bool(const LogRecord &)> &match)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (match(model->record(row)))
            return row;
    }
    return -1;
}

QString preview(const FrameLogModel *model, int row)
{
    return model->index(row, FrameLogModel::PreviewColumn).data().toString();
}

void chooseDecoder(DecoderPane *pane, const QByteArray &id)
{
    QComboBox *box = pane->decodeAsBox();
    const int index = box->findData(id);
    QVERIFY2(index >= 0, id.constData());
    box->setCurrentIndex(index);
    Q_EMIT box->activated(index); // what a user's pick in the list sends
}

} // namespace

class TestDecoderPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void jsonTreeIsLazyAndBounded();
    void jsonTreeCopiesPathAndValue();
    void decodeAsChangesOneStreamAndIsSaved();
    void decodedFilterFindsJsonValues();
    void decodeAsProtobufWithSchema();
    void screenshots();

private:
    QTemporaryDir m_dir;
};

void TestDecoderPane::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SockscopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("sockscope-tst-decoderpane"));
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)).removeRecursively();
}

// A collapsed node is never built; a huge array shows kMaxChildren rows and one "… more".
void TestDecoderPane::jsonTreeIsLazyAndBounded()
{
    SockscopeTest::TestedModel<JsonTreeModel> tested;
    JsonTreeModel &model = tested.model;
    QVERIFY(!model.setJson("\"just a string\""));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.setJson("{\"cut\": "));
    QByteArray big = "[";
    for (int i = 0; i < JsonTreeModel::kMaxChildren + 250; ++i)
        big += QByteArray::number(i) + ',';
    big.back() = ']';
    QVERIFY(model.setJson(big));
    QCOMPARE(model.rowCount(), JsonTreeModel::kMaxChildren + 1);
    const QModelIndex more = model.index(JsonTreeModel::kMaxChildren, JsonTreeModel::KeyColumn);
    QCOMPARE(more.data().toString(), QStringLiteral("… 250 more not shown"));
    const QModelIndex last = model.index(JsonTreeModel::kMaxChildren - 1, JsonTreeModel::ValueColumn);
    QCOMPARE(last.data().toString(), QString::number(JsonTreeModel::kMaxChildren - 1));
    QCOMPARE(last.data(JsonTreeModel::PathRole).toString(),
             QStringLiteral("$[%1]").arg(JsonTreeModel::kMaxChildren - 1));
    QVERIFY(model.setJson(kOrder));
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.hasChildren(model.index(0, 0)));
}

void TestDecoderPane::jsonTreeCopiesPathAndValue()
{
    FrameLogModel log;
    DecoderChoices choices;
    log.setDecoderChoices(&choices);
    log.appendEvent(textFrame(1, Direction::Incoming, kOrder));
    log.flush();
    DecoderPane pane;
    pane.setSources(&log, &choices);
    pane.resize(700, 400);
    pane.show();
    pane.showRow(0);
    QCOMPARE(pane.decoderName(), QStringLiteral("JSON (automatic)"));
    QCOMPARE(pane.views()->currentIndex(), 0); // the tree
    QVERIFY(pane.views()->isTabEnabled(0));
    QTreeView *tree = pane.treeView();
    const QModelIndex name = indexAtPath(tree->model(), QStringLiteral("$.data.items[3].name"));
    QVERIFY(name.isValid());
    QCOMPARE(name.siblingAtColumn(JsonTreeModel::ValueColumn).data().toString(), QStringLiteral("\"nib\""));
    QCOMPARE(name.siblingAtColumn(JsonTreeModel::TypeColumn).data().toString(), QStringLiteral("string"));
    tree->setCurrentIndex(name.siblingAtColumn(JsonTreeModel::ValueColumn));
    QVERIFY(tree->actions().contains(pane.copyPathAction())); // the row's context menu
    pane.copyPathAction()->trigger();
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("$.data.items[3].name"));
    pane.copyValueAction()->trigger();
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("nib"));
    // A member name that is no identifier is quoted; a container's value is its JSON.
    tree->setCurrentIndex(indexAtPath(tree->model(), QStringLiteral("$[\"odd key\"]")));
    pane.copyPathAction()->trigger();
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("$[\"odd key\"]"));
    tree->setCurrentIndex(indexAtPath(tree->model(), QStringLiteral("$.data.items[1]")));
    pane.copyValueAction()->trigger();
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("{\"name\":\"ink\"}"));
    // Not JSON: no tree, the text; a wrong choice: the one-line reason.
    log.appendEvent(textFrame(1, Direction::Incoming, "plain words"));
    log.flush();
    pane.showRow(1);
    QVERIFY(!pane.views()->isTabEnabled(0));
    QCOMPARE(pane.textView()->toPlainText(), QStringLiteral("plain words"));
    chooseDecoder(&pane, "json");
    QVERIFY2(pane.errorText().startsWith(QLatin1String("cannot decode: ")), qPrintable(pane.errorText()));
    QVERIFY(!pane.errorText().contains(QLatin1Char('\n')));
    QCOMPARE(preview(&log, 1), QStringLiteral("plain words")); // the log falls back to the text
}

// The demo's client sends JSON; its server's peer receives the same message. Hex for what the
// client sent on the client connection changes that stream only, and is saved with the session.
void TestDecoderPane::decodeAsChangesOneStreamAndIsSaved()
{
    const QString saved = m_dir.filePath(QStringLiteral("decoded.wscap"));
    auto isSubscribe = [](const FrameLogModel *model, Direction direction, bool masked) {
        return findRow(model, [model, direction, masked](const LogRecord &r) {
            const int row = model->rowForSequence(r.sequence);
            return r.isFrame() && r.direction == direction && bool(r.flags & FrameMasked) == masked
                    && model->decodedMessage(row)->payload.contains("subscribe");
        });
    };
    qint64 clientSequence = 0;
    {
        MainWindow window;
        window.show();
        window.startDemo();
        QSignalSpy finished(window.demo(), &DemoSession::exchangeFinished);
        QVERIFY(finished.wait(10000));
        FrameLogModel *log = window.logModel();
        log->flush();
        const int sent = isSubscribe(log, Direction::Outgoing, true);     // client → server
        const int received = isSubscribe(log, Direction::Incoming, true); // the peer's copy
        const int echoed = isSubscribe(log, Direction::Incoming, false);  // server → client
        QVERIFY(sent >= 0 && received >= 0 && echoed >= 0);
        const QString json = preview(log, sent);
        QVERIFY2(json.startsWith(QLatin1String("{\"type\":\"subscribe\"")), qPrintable(json));
        window.logView()->selectRow(sent);
        QAction *viewDecoded = nullptr; // View → Decoded
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->shortcut() == QKeySequence(QStringLiteral("Alt+3")))
                viewDecoded = action;
        }
        QVERIFY(viewDecoded);
        viewDecoded->trigger();
        QCOMPARE(window.detailsTabs()->currentWidget(), static_cast<QWidget *>(window.decoderPane()));
        chooseDecoder(window.decoderPane(), "hex");
        QCOMPARE(window.decoderPane()->decoderName(), QStringLiteral("Hex"));
        QVERIFY2(preview(log, sent).startsWith(QLatin1String("7b 22 74 79")), qPrintable(preview(log, sent)));
        QCOMPARE(preview(log, received), json);
        QCOMPARE(preview(log, echoed), json);
        clientSequence = log->record(sent).sequence;
        QString error;
        QVERIFY2(window.workspace()->saveRecording(saved, &error), qPrintable(error));
        window.workspace()->markSaved();
    }
    MainWindow window;
    window.show();
    QVERIFY(window.openCapture(saved));
    FrameLogModel *log = window.logModel();
    const int sent = log->rowForSequence(clientSequence);
    QVERIFY(sent >= 0);
    QVERIFY2(preview(log, sent).startsWith(QLatin1String("7b 22 74 79")), qPrintable(preview(log, sent)));
    QVERIFY(preview(log, isSubscribe(log, Direction::Incoming, false)).startsWith(QLatin1String("{\"type\"")));
    window.detailsTabs()->setCurrentWidget(window.decoderPane());
    window.logView()->selectRow(sent);
    QCOMPARE(window.decoderPane()->decodeAsBox()->currentData().toByteArray(), QByteArray("hex"));
}

// The payload holds "channel":"ticker"; only the decoded (pretty) form holds "channel": "ticker".
void TestDecoderPane::decodedFilterFindsJsonValues()
{
    MainWindow window;
    window.show();
    window.startDemo();
    QSignalSpy finished(window.demo(), &DemoSession::exchangeFinished);
    QVERIFY(finished.wait(10000));
    window.logModel()->flush();
    auto *text = window.filterBar()->findChild<QLineEdit *>(QStringLiteral("filterText"));
    auto *decoded = window.filterBar()->findChild<QCheckBox *>(QStringLiteral("filterDecoded"));
    QVERIFY(text && decoded);
    QSignalSpy filtered(window.logModel(), &FrameLogModel::filterFinished);
    text->setText(QStringLiteral("\"channel\": \"ticker\""));
    QVERIFY(filtered.wait(5000));
    QCOMPARE(window.logModel()->rowCount(), 0);
    decoded->click();
    QVERIFY(filtered.wait(5000));
    QVERIFY(window.logModel()->rowCount() >= 2); // sent, received by the peer, echoed back
    for (int row = 0; row < window.logModel()->rowCount(); ++row)
        QVERIFY(window.logModel()->decodedMessage(row)->decoded.payload.text.contains(text->text()));
    window.workspace()->markSaved();
}

// One message per decoder in the registry (base64 before Socket.IO: once a connection has
// spoken Socket.IO, base64 text reads as its binary attachments): sent by the demo's client, echoed by its server,
// shown in the pane. Samples name no decoder class: a decoder missing from the registry is
// simply not photographed.
struct Sample
{
    const char *decoderId;
    Opcode opcode;
    QByteArray payload;
};

QList<Sample> samples()
{
    return {
            {"json", Opcode::Text,
             R"({"type":"order","data":{"items":[{"name":"pen","qty":2},{"name":"ink","qty":1}],)"
             R"("total":7.5},"paid":true})"},
            {"text", Opcode::Text, "Hello from Sockscope"},
            {"hex", Opcode::Binary, QByteArray::fromHex("00010203fffefdfccafebabedeadbeef")},
            {"base64", Opcode::Text, "eyJ1c2VyIjoiYm9iIn0="},
            {"socketio", Opcode::Text, R"(42["chat",{"text":"hi","room":"lobby"}])"},
            {"graphql", Opcode::Text, R"({"id":"1","type":"next","payload":{"data":{"price":101.25}}})"},
            {"stomp", Opcode::Text,
             QByteArray("SEND\ndestination:/queue/orders\ncontent-type:text/plain\n\nhello") + '\0'},
            {"mqtt", Opcode::Binary, QByteArray::fromHex("3010000a73656e736f72732f7431") + "21.5"},
            {"msgpack", Opcode::Binary, QByteArray::fromHex("82a475736572a3626f62a47461677392a161a162")},
            {"cbor", Opcode::Binary, QByteArray::fromHex("a2647573657263626f6264746167738261616162")},
            {"protobuf", Opcode::Binary, QByteArray::fromHex("0a03626f6210961a1a020801")},
    };
}

QString screenshotName(const QByteArray &decoderId)
{
    return QStringLiteral("decoder-%1.png").arg(QString::fromLatin1(decoderId));
}

// "Protobuf with schema…" opens the schema dialog; the type picked there reads the message by
// field names, and the list shows the entry as the choice in force.
void TestDecoderPane::decodeAsProtobufWithSchema()
{
    const QString proto = m_dir.filePath(QStringLiteral("reply.proto"));
    QFile file(proto);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("syntax = \"proto3\";\npackage chat;\nmessage Reply { string words = 1; int32 count = 2; }\n");
    file.close();
    FrameLogModel log;
    DecoderChoices choices;
    log.setDecoderChoices(&choices);
    log.appendEvent(textFrame(1, Direction::Incoming, QByteArray::fromHex("0a0268691007"), Opcode::Binary));
    log.flush();
    DecoderPane pane;
    pane.setSources(&log, &choices);
    pane.show();
    pane.showRow(0);
    bool dialogSeen = false;
    QTimer::singleShot(0, [&dialogSeen, proto] {
        for (int attempt = 0; attempt < 200 && !dialogSeen; ++attempt) {
            if (auto *dialog = qobject_cast<ProtoSchemaDialog *>(QApplication::activeModalWidget())) {
                dialogSeen = true;
                dialog->addFiles({proto});
                for (QListWidget *list : dialog->findChildren<QListWidget *>()) {
                    const auto types = list->findItems(QStringLiteral("chat.Reply"), Qt::MatchExactly);
                    if (!types.isEmpty())
                        list->setCurrentItem(types.first());
                }
                dialog->accept();
                return;
            }
            QTest::qWait(10);
        }
    });
    chooseDecoder(&pane, "protobuf-schema…");
    QVERIFY(dialogSeen);
    QCOMPARE(choices.choice(1, DecodeContext::Sender::Server).schemaType, QStringLiteral("chat.Reply"));
    QVERIFY2(pane.textView()->toPlainText().contains(QLatin1String("words: \"hi\"")),
             qPrintable(pane.textView()->toPlainText() + pane.errorText()));
    QCOMPARE(pane.decodeAsBox()->currentData().toByteArray(), QByteArray("protobuf-schema…"));
}

void TestDecoderPane::screenshots()
{
    QSettings().clear();
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    window.startDemo();
    QSignalSpy finished(window.demo(), &DemoSession::exchangeFinished);
    QVERIFY(finished.wait(10000));
    FrameLogModel *log = window.logModel();
    log->flush();
    const int connecting = findRow(log, [](const LogRecord &r) { return r.kind == Event::Kind::Connecting; });
    const quint32 clientId = log->record(connecting).connectionId;
    WebSocketSession *client = window.workspace()->session(clientId);
    QVERIFY(client);
    window.detailsTabs()->setCurrentWidget(window.decoderPane());
    DecoderPane *pane = window.decoderPane();
    for (const Sample &sample : samples()) {
        if (!PayloadDecoders::instance().find(sample.decoderId))
            continue;
        const int before = log->rowCount();
        client->sendMessage(sample.opcode, sample.payload);
        // The echo: the last row the client received.
        int echo = -1;
        QTRY_VERIFY_WITH_TIMEOUT((log->flush(),
                                  echo = findRow(log,
                                                 [&](const LogRecord &r) {
                                                     return r.connectionId == clientId
                                                             && r.direction == Direction::Incoming
                                                             && log->rowForSequence(r.sequence) >= before;
                                                 }))
                                         >= 0,
                                 5000);
        window.logView()->selectRow(echo);
        if (log->decodedMessage(echo)->decoded.decoder->id() != sample.decoderId)
            chooseDecoder(pane, sample.decoderId); // Decode as…, for what automatic reads otherwise
        pane->treeView()->expandAll();
        QVERIFY2(SockscopeTest::saveScreenshot(*pane, screenshotName(sample.decoderId)), sample.decoderId);
        if (qstrcmp(sample.decoderId, "json") == 0)
            QVERIFY(SockscopeTest::saveScreenshot(window, QStringLiteral("decoder-mainwindow.png")));
        chooseDecoder(pane, QByteArray());
    }
    // The client closes with a reason: the close decoder reads code, name and reason.
    client->close(1000, QStringLiteral("demo finished"));
    int close = -1;
    QTRY_VERIFY_WITH_TIMEOUT(
            (log->flush(), close = findRow(log, [](const LogRecord &r) { return r.isFrame() && r.opcode == 8; })) >= 0,
            5000);
    window.logView()->selectRow(close);
    QVERIFY(SockscopeTest::saveScreenshot(*pane, screenshotName("close")));
    window.workspace()->markSaved();
}

QTEST_MAIN(TestDecoderPane)

#include "tst_decoderpane.moc"
