// SPDX-License-Identifier: GPL-3.0-or-later
// The dialog that picks .proto files and a message type for the protobuf-schema decoder: it
// compiles real files (tests/data/chat.proto and its import) through ProtoSchemaPool, shows
// libprotoc's errors and returns the choice the decoder then reads payloads with.
#include "decode/payloaddecoders.h"
#include "decode/protoschemapool.h"
#include "decoders/protoschemadialog.h"
#include "dialogs/formmessage.h"
#include "peerprocess.h"
#include "screenshot.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Sockscope;
using SockscopeTest::saveScreenshot;

namespace {

QString chatProto()
{
    return SockscopeTest::testDataDirectory() + QStringLiteral("/chat.proto");
}

QStringList visibleTypes(const ProtoSchemaDialog &dialog)
{
    QStringList types;
    const auto *list = dialog.findChildren<QListWidget *>().at(1);
    for (int row = 0; row < list->count(); ++row) {
        if (!list->item(row)->isHidden())
            types.append(list->item(row)->text());
    }
    return types;
}

QPushButton *okButton(const ProtoSchemaDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

} // namespace

class TestProtoSchemaDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void reopensTheCurrentChoice();
    void showsLoadErrors();
    void importFolderFindsImports();
    void chooseReturnsWhatTheDecoderReads();
};

void TestProtoSchemaDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SockscopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_protoschemadialog"));
    QSettings().clear();
}

void TestProtoSchemaDialog::reopensTheCurrentChoice()
{
    const DecoderChoice current{"protobuf-schema", QStringLiteral("demo.Chat.Reaction"), {chatProto()}};
    ProtoSchemaDialog dialog(current);
    QCOMPARE(visibleTypes(dialog), (QStringList{QStringLiteral("demo.Chat"), QStringLiteral("demo.Chat.Reaction")}));
    QCOMPARE(dialog.choice(), current);
    QVERIFY(okButton(dialog)->isEnabled());
    QVERIFY(saveScreenshot(dialog, QStringLiteral("protoschemadialog.png"))
            || qEnvironmentVariableIsEmpty("SOCKSCOPE_SCREENSHOT_DIR"));
    // The filter hides the other types; a hidden choice cannot be accepted.
    dialog.findChild<QLineEdit *>()->setText(QStringLiteral("chat"));
    QCOMPARE(visibleTypes(dialog).size(), 2);
    dialog.findChild<QLineEdit *>()->setText(QStringLiteral("nothing"));
    QVERIFY(visibleTypes(dialog).isEmpty());
    QVERIFY(!okButton(dialog)->isEnabled());
}

void TestProtoSchemaDialog::showsLoadErrors()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile broken(dir.filePath(QStringLiteral("broken.proto")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("syntax = \"proto3\";\nmessage A {\n  int32 x = ;\n}\n");
    broken.close();
    ProtoSchemaDialog dialog(DecoderChoice{});
    QVERIFY(visibleTypes(dialog).isEmpty());
    QVERIFY(!okButton(dialog)->isEnabled());
    dialog.addFiles({broken.fileName()});
    dialog.show();
    const auto *error = dialog.findChild<FormMessage *>();
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), QStringLiteral("broken.proto:3:13: Expected field number."));
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY(saveScreenshot(dialog, QStringLiteral("protoschemadialog-error.png"))
            || qEnvironmentVariableIsEmpty("SOCKSCOPE_SCREENSHOT_DIR"));
}

void TestProtoSchemaDialog::importFolderFindsImports()
{
    // chat.proto copied away from chat_meta.proto: its import is found only in the folder.
    QTemporaryDir dir;
    QVERIFY(QFile::copy(chatProto(), dir.filePath(QStringLiteral("chat.proto"))));
    ProtoSchemaDialog dialog(DecoderChoice{});
    dialog.addFiles({dir.filePath(QStringLiteral("chat.proto"))});
    QVERIFY(visibleTypes(dialog).isEmpty());
    QVERIFY(dialog.findChild<FormMessage *>()->text().contains(QStringLiteral("chat_meta.proto")));
    dialog.addImportFolder(SockscopeTest::testDataDirectory());
    QCOMPARE(visibleTypes(dialog), (QStringList{QStringLiteral("demo.Chat"), QStringLiteral("demo.Chat.Reaction")}));
    QVERIFY(dialog.findChild<FormMessage *>()->text().isEmpty());
    dialog.accept();
    QCOMPARE(QSettings().value(QStringLiteral("decoders/protoImportFolders")).toStringList(),
             QStringList{SockscopeTest::testDataDirectory()});
}

// The static choose(), as "Decode as…" calls it: the choice it returns is what the decoder
// reads payloads with.
void TestProtoSchemaDialog::chooseReturnsWhatTheDecoderReads()
{
    QTimer::singleShot(0, this, [] {
        auto *dialog = qobject_cast<ProtoSchemaDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->addFiles({chatProto()});
        okButton(*dialog)->click();
    });
    const std::optional<DecoderChoice> chosen = ProtoSchemaDialog::choose(nullptr, DecoderChoice{});
    QVERIFY(chosen);
    QCOMPARE(chosen->decoderId, QByteArray("protobuf-schema"));
    QCOMPARE(chosen->schemaType, QStringLiteral("demo.Chat"));
    QCOMPARE(chosen->schemaFiles, QStringList{chatProto()});
    DecodeContext context = DecodeContext::ofOpcode(0x2);
    context.schemaType = chosen->schemaType;
    const DecodedPayload decoded = PayloadDecoders::instance()
                                           .find(chosen->decoderId)
                                           ->decode(QByteArray::fromHex("0a03616e6e12026869"), context);
    QCOMPARE(decoded.summary, QStringLiteral("protobuf demo.Chat {user: \"ann\" text: \"hi\"}"));

    QTimer::singleShot(0, this, [] { QApplication::activeModalWidget()->close(); });
    QVERIFY(!ProtoSchemaDialog::choose(nullptr, *chosen));
}

QTEST_MAIN(TestProtoSchemaDialog)
#include "tst_protoschemadialog.moc"
