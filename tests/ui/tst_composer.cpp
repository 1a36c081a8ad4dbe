// SPDX-License-Identifier: GPL-3.0-or-later
#include "composer/composer.h"
#include "screenshot.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Sockscope;

namespace {

template<typename T>
T *find(const QWidget *root, const char *name)
{
    T *widget = root->findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qFatal("no child widget named %s", name);
    return widget;
}

void click(const QWidget *root, const char *button)
{
    QTest::mouseClick(find<QPushButton>(root, button), Qt::LeftButton);
}

void setMode(const QWidget *root, int mode)
{
    find<QComboBox>(root, "modeCombo")->setCurrentIndex(mode);
}

enum Mode { TextMode, JsonMode, HexMode, FileMode };
enum Tab { MessageTab, PingTab, CloseTab, RawTab };

// The widgets a test drives must be visible for mouse clicks to reach them.
struct ShownComposer
{
    ShownComposer()
    {
        composer.resize(900, 480);
        composer.show();
        composer.activateWindow();
        if (!QTest::qWaitForWindowActive(&composer))
            qWarning("the composer's window did not become active");
        composer.setConnected(true);
    }
    Composer composer;
};

} // namespace

class TestComposer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void textMessage();
    void jsonFormatAndSend();
    void jsonFormatKeepsKeyOrderAndValues();
    void everyControlFitsWhenNarrow_data();
    void everyControlFitsWhenNarrow();
    void jsonInvalidShowsOffset();
    void hexMessage_data();
    void hexMessage();
    void fileMessage();
    void unreadableFile();
    void fragmentSizePassed();
    void repeatEmitsNTimesThenStops();
    void stopEndsRepeat();
    void disconnectedDisablesSending();
    void rawFrameBuildsSpec();
    void rawFrameRandomMaskAndBadKey();
    void pingPayloadLimit();
    void pingHexPayload();
    void closeCodes();
    void closeReasonLimit();
    void snippetsPersist();
    void targetSelection();
    void screenshots();
};

void TestComposer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SockscopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_composer"));
    QSettings().remove(QStringLiteral("composer"));
}

void TestComposer::cleanup()
{
    QSettings().remove(QStringLiteral("composer"));
}

void TestComposer::textMessage()
{
    ShownComposer shown;
    const Composer &c = shown.composer;
    QSignalSpy spy(&c, &Composer::sendMessageRequested);
    auto *editor = find<QPlainTextEdit>(&c, "messageEdit");
    editor->setFocus();
    // keyClicks() types ASCII only.
    QTest::keyClicks(editor, QStringLiteral("hello "));
    editor->insertPlainText(QStringLiteral("wörld"));
    click(&c, "sendButton");

    QCOMPARE(spy.count(), 1);
    const QList<QVariant> args = spy.takeFirst();
    QCOMPARE(args.at(0).value<quint64>(), quint64(0));
    QCOMPARE(args.at(1).value<Opcode>(), Opcode::Text);
    QCOMPARE(args.at(2).toByteArray(), QStringLiteral("hello wörld").toUtf8());
    QCOMPARE(args.at(3).value<qsizetype>(), qsizetype(0));

    // Ctrl+Return sends from the editor too.
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(spy.count(), 1);
}

void TestComposer::jsonFormatAndSend()
{
    ShownComposer shown;
    const Composer &c = shown.composer;
    QSignalSpy spy(&c, &Composer::sendMessageRequested);
    setMode(&c, JsonMode);
    QVERIFY(find<QPushButton>(&c, "formatButton")->isVisible());
    auto *editor = find<QPlainTextEdit>(&c, "messageEdit");
    editor->setPlainText(QStringLiteral("{\"type\":\"subscribe\",\"ids\":[1,2]}"));
    click(&c, "formatButton");
    QVERIFY(editor->toPlainText().contains(u'\n'));
    QVERIFY(editor->toPlainText().contains(QStringLiteral("    \"type\": \"subscribe\"")));
    QCOMPARE(spy.count(), 0);

    click(&c, "sendButton");
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(1).value<Opcode>(), Opcode::Text);
    QCOMPARE(spy.at(0).at(2).toByteArray(), editor->toPlainText().toUtf8());

    setMode(&c, TextMode);
    QVERIFY(!find<QPushButton>(&c, "formatButton")->isVisible());
}

// Formatting changes white space only: QJsonDocument sorted the keys and rewrote 1.50 as 1.5.
void TestComposer::jsonFormatKeepsKeyOrderAndValues()
{
    ShownComposer shown;
    const Composer &c = shown.composer;
    QSignalSpy spy(&c, &Composer::sendMessageRequested);
    setMode(&c, JsonMode);
    auto *editor = find<QPlainTextEdit>(&c, "messageEdit");
    editor->setPlainText(QStringLiteral(
            "{\"zeta\":1.50,\"alpha\":{\"k\":\"\\u00e9 \\\" {\"},\"big\":12345678901234567890,\"e\":1E3}"));
    click(&c, "formatButton");
    QCOMPARE(editor->toPlainText(),
             QStringLiteral("{\n    \"zeta\": 1.50,\n    \"alpha\": {\n        \"k\": \"\\u00e9 \\\" {\"\n    },\n"
                            "    \"big\": 12345678901234567890,\n    \"e\": 1E3\n}"));
    click(&c, "sendButton");
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(2).toByteArray(), editor->toPlainText().toUtf8());
}

void TestComposer::everyControlFitsWhenNarrow_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("beside the hex view at 1366x768") << QSize(420, 430);
    QTest::newRow("wide") << QSize(900, 300);
}

// The Send button and the snippets were cut off at every window size tried.
void TestComposer::everyControlFitsWhenNarrow()
{
    QFETCH(QSize, size);
    ShownComposer shown;
    Composer &c = shown.composer;
    c.resize(size);
    QCoreApplication::processEvents();
    QVERIFY2(c.minimumSizeHint().width() <= size.width(), qPrintable(QString::number(c.minimumSizeHint().width())));
    for (const char *name :
         {"sendButton", "snippetList", "snippetNameEdit", "messageEdit", "fragmentSpin", "repeatIntervalSpin"}) {
        auto *widget = c.findChild<QWidget *>(QString::fromLatin1(name));
        QVERIFY2(widget, name);
        const QRect inComposer(widget->mapTo(&c, QPoint(0, 0)), widget->size());
        QVERIFY2(c.rect().contains(inComposer),
                 qPrintable(QStringLiteral("%1 at %2,%3 %4x%5 in %6x%7")
                                    .arg(QLatin1String(name))
                                    .arg(inComposer.x())
                                    .arg(inComposer.y())
                                    .arg(inComposer.width())
                                    .arg(inComposer.height())
                                    .arg(c.width())
                                    .arg(c.height())));
        QVERIFY2(widget->width() >= widget->minimumSizeHint().width(), name);
    }
    const auto *list = c.findChild<QWidget *>(QStringLiteral("snippetList"));
    QVERIFY(list->height() >= 2 * list->fontMetrics().height());
}

void TestComposer::jsonInvalidShowsOffset()
{
    ShownComposer shown;
    const Composer &c = shown.composer;
    QSignalSpy spy(&c, &Composer::sendMessageRequested);
    setMode(&c, JsonMode);
    const QString invalid = QStringLiteral("{\n  \"a\": 1,\n  \"b\": }");
    QJsonParseError expected;
    QJsonDocument::fromJson(invalid.toUtf8(), &expected);
    QVERIFY(expected.error != QJsonParseError::NoError);

    auto *editor = find<QPlainTextEdit>(&c, "messageEdit");
    editor->setPlainText(invalid);
    click(&c, "sendButton");
    QCOMPARE(spy.count(), 0);
    auto *error = find<QLabel>(&c, "messageError");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("offset %1").arg(expected.offset)), qPrintable(error->text()));
    QVERIFY2(error->text().contains(QStringLiteral("line 3")), qPrintable(error->text()));
    QVERIFY(error->palette().color(QPalette::WindowText).red() > 150);

    // Formatting an invalid document changes nothing and shows the same error.
    click(&c, "formatButton");
    QCOMPARE(editor->toPlainText(), invalid);
    QVERIFY(error->isVisible());

    // Editing clears the error.
    QTest::keyClicks(editor, QStringLiteral(" "));
    QVERIFY(!error->isVisible());
}

void TestComposer::hexMessage_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");

    QTest::newRow("spaces, newline, 0x") << QStringLiteral("81 85\n0x37fa") << QByteArray::fromHex("818537fa")
                                         << QString();
    QTest::newRow("C array") << QStringLiteral("0x81, 0x85,0X0a") << QByteArray::fromHex("81850a") << QString();
    QTest::newRow("empty") << QString() << QByteArray() << QString();
    QTest::newRow("odd") << QStringLiteral("8") << QByteArray() << QStringLiteral("Line 1, column 1: odd number");
    QTest::newRow("odd later") << QStringLiteral("81 85\n  378") << QByteArray()
                               << QStringLiteral("Line 2, column 3: odd number");
    QTest::newRow("not hex") << QStringLiteral("zz") << QByteArray()
                             << QStringLiteral("Line 1, column 1: 'z' is not a hex digit");
    QTest::newRow("not hex later") << QStringLiteral("81 8g") << QByteArray()
                                   << QStringLiteral("Line 1, column 5: 'g'");
    QTest::newRow("bare 0x") << QStringLiteral("81 0x") << QByteArray() << QStringLiteral("Line 1, column 4: '0x'");
}

void TestComposer::hexMessage()
{
    QFETCH(QString, input);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);

    ShownComposer shown;
    const Composer &c = shown.composer;
    QSignalSpy spy(&c, &Composer::sendMessageRequested);
    setMode(&c, HexMode);
    find<QPlainTextEdit>(&c, "messageEdit")->setPlainText(input);
    click(&c, "sendButton");

    auto *errorLabel = find<QLabel>(&c, "messageError");
    if (error.isEmpty()) {
        QVERIFY2(!errorLabel->isVisible(), qPrintable(errorLabel->text()));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(1).value<Opcode>(), Opcode::Binary);
        QCOMPARE(spy.at(0).at(2).toByteArray(), bytes);
    } else {
        QCOMPARE(spy.count(), 0);
        QVERIFY(errorLabel->isVisible());
        QVERIFY2(errorLabel->text().startsWith(error), qPrintable(errorLabel->text()));
    }
}

void TestComposer::fileMessage()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray content("\x00\x01\x02\xff payload", 12);
    QFile file(dir.filePath(QStringLiteral("payload.bin")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();

    ShownComposer shown;
    const Composer &c = shown.composer;
    QSignalSpy spy(&c, &Composer::sendMessageRequested);
    setMode(&c, FileMode);
    QVERIFY(find<QLineEdit>(&c, "filePathEdit")->isVisible());
    QVERIFY(!find<QPlainTextEdit>(&c, "messageEdit")->isVisible());
    find<QLineEdit>(&c, "filePathEdit")->setText(file.fileName());
    QVERIFY(find<QLabel>(&c, "fileInfoLabel")->text().contains(QStringLiteral("12 bytes")));
    click(&c, "sendButton");

    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(1).value<Opcode>(), Opcode::Binary);
    QCOMPARE(spy.at(0).at(2).toByteArray(), content);
}

void TestComposer::unreadableFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ShownComposer shown;
    const Composer &c = shown.composer;
    QSignalSpy spy(&c, &Composer::sendMessageRequested);
    setMode(&c, FileMode);
    auto *error = find<QLabel>(&c, "messageError");

    click(&c, "sendButton");
    QCOMPARE(spy.count(), 0);
    QVERIFY(error->isVisible());

    for (const QString &path : {dir.filePath(QStringLiteral("missing.bin")), dir.path()}) {
        find<QLineEdit>(&c, "filePathEdit")->setText(path);
        click(&c, "sendButton");
        QCOMPARE(spy.count(), 0);
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QDir::toNativeSeparators(path)), qPrintable(error->text()));
    }
}

void TestComposer::fragmentSizePassed()
{
    ShownComposer shown;
    const Composer &c = shown.composer;
    QSignalSpy spy(&c, &Composer::sendMessageRequested);
    find<QPlainTextEdit>(&c, "messageEdit")->setPlainText(QStringLiteral("0123456789"));
    auto *fragment = find<QSpinBox>(&c, "fragmentSpin");
    QCOMPARE(fragment->value(), 0);
    fragment->setValue(4);
    click(&c, "sendButton");
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(3).value<qsizetype>(), qsizetype(4));
}

void TestComposer::repeatEmitsNTimesThenStops()
{
    ShownComposer shown;
    const Composer &c = shown.composer;
    QSignalSpy spy(&c, &Composer::sendMessageRequested);
    find<QPlainTextEdit>(&c, "messageEdit")->setPlainText(QStringLiteral("tick"));
    find<QSpinBox>(&c, "repeatCountSpin")->setValue(3);
    find<QSpinBox>(&c, "repeatIntervalSpin")->setValue(10);
    click(&c, "sendButton");

    QVERIFY(c.isRepeating());
    QVERIFY(!find<QPushButton>(&c, "sendButton")->isEnabled());
    QVERIFY(find<QPushButton>(&c, "stopButton")->isEnabled());
    QTRY_COMPARE(spy.count(), 3);
    QVERIFY(!c.isRepeating());
    // Proves a negative: ten 10 ms intervals pass without a fourth message. Nothing to wait for.
    QTest::qWait(100);
    QCOMPARE(spy.count(), 3);
    for (const QList<QVariant> &args : std::as_const(spy))
        QCOMPARE(args.at(2).toByteArray(), QByteArray("tick"));
    QCOMPARE(find<QLabel>(&c, "progressLabel")->text(), QStringLiteral("Sent 3 of 3"));
    QVERIFY(find<QPushButton>(&c, "sendButton")->isEnabled());
    QVERIFY(!find<QPushButton>(&c, "stopButton")->isEnabled());
}

void TestComposer::stopEndsRepeat()
{
    ShownComposer shown;
    Composer &c = shown.composer;
    QSignalSpy spy(&c, &Composer::sendMessageRequested);
    find<QSpinBox>(&c, "repeatCountSpin")->setValue(1000);
    find<QSpinBox>(&c, "repeatIntervalSpin")->setValue(20);
    click(&c, "sendButton");
    QTRY_VERIFY(spy.count() >= 2);
    click(&c, "stopButton");
    QVERIFY(!c.isRepeating());
    const qsizetype sent = spy.count();
    QVERIFY(find<QLabel>(&c, "progressLabel")->text().startsWith(QStringLiteral("Stopped after %1 of 1000").arg(sent)));
    // Proves a negative: five 20 ms intervals pass without another message. Nothing to wait for.
    QTest::qWait(100);
    QCOMPARE(spy.count(), sent);

    // Losing the connection stops a repeat as well.
    click(&c, "sendButton");
    QVERIFY(c.isRepeating());
    c.setConnected(false);
    QVERIFY(!c.isRepeating());
}

void TestComposer::disconnectedDisablesSending()
{
    ShownComposer shown;
    Composer &c = shown.composer;
    QSignalSpy messages(&c, &Composer::sendMessageRequested);
    c.setConnected(false);
    for (const char *name : {"sendButton", "pingButton", "closeButton", "rawSendButton"}) {
        auto *button = find<QPushButton>(&c, name);
        QVERIFY2(!button->isEnabled(), name);
        QVERIFY2(button->toolTip().contains(QStringLiteral("no open connection")), qPrintable(button->toolTip()));
    }
    click(&c, "sendButton");
    QTest::keyClick(find<QPlainTextEdit>(&c, "messageEdit"), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(messages.count(), 0);

    c.setConnected(true);
    for (const char *name : {"sendButton", "pingButton", "closeButton", "rawSendButton"})
        QVERIFY2(find<QPushButton>(&c, name)->isEnabled(), name);
    QVERIFY(!find<QPushButton>(&c, "sendButton")->toolTip().contains(QStringLiteral("no open connection")));
    QVERIFY(!Composer().isConnected());
}

void TestComposer::rawFrameBuildsSpec()
{
    ShownComposer shown;
    const Composer &c = shown.composer;
    QSignalSpy spy(&c, &Composer::sendRawFrameRequested);
    find<QTabWidget>(&c, "tabs")->setCurrentIndex(RawTab);
    find<QCheckBox>(&c, "finCheck")->setChecked(false);
    find<QCheckBox>(&c, "rsv2Check")->setChecked(true);
    auto *opcode = find<QComboBox>(&c, "opcodeCombo");
    opcode->setCurrentIndex(11);
    QVERIFY(opcode->currentText().contains(QStringLiteral("reserved")));
    find<QCheckBox>(&c, "maskCheck")->setChecked(true);
    auto *key = find<QLineEdit>(&c, "maskKeyEdit");
    key->clear();
    QTest::keyClicks(key, QStringLiteral("01020304"));
    QTest::keyClicks(find<QLineEdit>(&c, "lengthOverrideEdit"), QStringLiteral("5"));
    find<QComboBox>(&c, "lengthEncodingCombo")->setCurrentIndex(2);
    QTest::keyClicks(find<QPlainTextEdit>(&c, "rawPayloadEdit"), QStringLiteral("hi"));

    QCOMPARE(find<QLabel>(&c, "headerPreviewLabel")->text().left(41),
             QStringLiteral("2b ff 00 00 00 00 00 00 00 05 01 02 03 04"));
    QVERIFY(find<QLabel>(&c, "lengthInfoLabel")->text().contains(QStringLiteral("64-bit")));
    const QString notes = find<QLabel>(&c, "violationsLabel")->text();
    for (const char *rule : {"RSV2", "reserved opcode", "length field 5, payload size 2", "shortest encoding"})
        QVERIFY2(notes.contains(QLatin1String(rule)), qPrintable(notes));

    click(&c, "rawSendButton");
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<quint64>(), quint64(0));
    const auto spec = spy.at(0).at(1).value<FrameSpec>();
    QCOMPARE(spec.fin, false);
    QCOMPARE(spec.rsv1, false);
    QCOMPARE(spec.rsv2, true);
    QCOMPARE(spec.rsv3, false);
    QCOMPARE(spec.opcode, std::uint8_t(11));
    QCOMPARE(spec.masked, true);
    QVERIFY(spec.maskKey == (MaskKey{1, 2, 3, 4}));
    QVERIFY(spec.lengthOverride.has_value());
    QCOMPARE(*spec.lengthOverride, std::uint64_t(5));
    QVERIFY(spec.lengthEncoding == LengthEncoding::Bits64);
    QCOMPARE(spy.at(0).at(2).toByteArray(), QByteArray("hi"));
}

void TestComposer::rawFrameRandomMaskAndBadKey()
{
    ShownComposer shown;
    const Composer &c = shown.composer;
    QSignalSpy spy(&c, &Composer::sendRawFrameRequested);
    find<QTabWidget>(&c, "tabs")->setCurrentIndex(RawTab);
    find<QComboBox>(&c, "rawPayloadFormatCombo")->setCurrentIndex(1);
    find<QPlainTextEdit>(&c, "rawPayloadEdit")->setPlainText(QStringLiteral("0x03e8"));
    find<QComboBox>(&c, "opcodeCombo")->setCurrentIndex(8);

    // The defaults: a client frame, masked with a random key, shortest length.
    QCOMPARE(find<QLineEdit>(&c, "maskKeyEdit")->text(), QStringLiteral("random"));
    QVERIFY(find<QLabel>(&c, "headerPreviewLabel")->text().startsWith(QStringLiteral("88 82 ?? ?? ?? ??")));
    QCOMPARE(find<QLabel>(&c, "violationsLabel")->text(), QStringLiteral("A valid frame."));
    click(&c, "rawSendButton");
    QCOMPARE(spy.count(), 1);
    const auto spec = spy.at(0).at(1).value<FrameSpec>();
    QVERIFY(spec.masked);
    QVERIFY(spec.fin);
    QCOMPARE(spec.opcode, std::uint8_t(Opcode::Close));
    QVERIFY(!spec.lengthOverride);
    QVERIFY(!spec.lengthEncoding);
    QCOMPARE(spy.at(0).at(2).toByteArray(), QByteArray::fromHex("03e8"));

    find<QLineEdit>(&c, "maskKeyEdit")->setText(QStringLiteral("0102"));
    click(&c, "rawSendButton");
    QCOMPARE(spy.count(), 1);
    auto *error = find<QLabel>(&c, "rawError");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("Mask key")), qPrintable(error->text()));

    // Unmasked is allowed on purpose, and flagged for a client.
    find<QCheckBox>(&c, "maskCheck")->setChecked(false);
    QVERIFY(!error->isVisible());
    QVERIFY(find<QLabel>(&c, "violationsLabel")->text().contains(QStringLiteral("unmasked")));
    click(&c, "rawSendButton");
    QCOMPARE(spy.count(), 2);
    QVERIFY(!spy.at(1).at(1).value<FrameSpec>().masked);
}

void TestComposer::pingPayloadLimit()
{
    ShownComposer shown;
    const Composer &c = shown.composer;
    QSignalSpy spy(&c, &Composer::pingRequested);
    find<QTabWidget>(&c, "tabs")->setCurrentIndex(PingTab);
    auto *payload = find<QLineEdit>(&c, "pingPayloadEdit");
    auto *error = find<QLabel>(&c, "pingError");

    payload->setText(QString(126, u'x'));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("126")), qPrintable(error->text()));
    click(&c, "pingButton");
    QCOMPARE(spy.count(), 0);

    payload->setText(QString(125, u'x'));
    QVERIFY(!error->isVisible());
    QCOMPARE(find<QLabel>(&c, "pingSizeLabel")->text(), QStringLiteral("125 / 125 bytes"));
    click(&c, "pingButton");
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(1).toByteArray(), QByteArray(125, 'x'));

    // The limit is in bytes of UTF-8, not characters.
    payload->setText(QString(63, u'ü'));
    QVERIFY(error->isVisible());
}

void TestComposer::pingHexPayload()
{
    ShownComposer shown;
    const Composer &c = shown.composer;
    QSignalSpy spy(&c, &Composer::pingRequested);
    find<QTabWidget>(&c, "tabs")->setCurrentIndex(PingTab);
    find<QComboBox>(&c, "pingFormatCombo")->setCurrentIndex(1);
    auto *payload = find<QLineEdit>(&c, "pingPayloadEdit");
    QTest::keyClicks(payload, QStringLiteral("0x00ff 7f"));
    QTest::keyClick(payload, Qt::Key_Return);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<quint64>(), quint64(0));
    QCOMPARE(spy.at(0).at(1).toByteArray(), QByteArray::fromHex("00ff7f"));

    payload->setText(QStringLiteral("0q"));
    QVERIFY(find<QLabel>(&c, "pingError")->text().contains(QStringLiteral("column 2")));
    click(&c, "pingButton");
    QCOMPARE(spy.count(), 1);
}

void TestComposer::closeCodes()
{
    ShownComposer shown;
    const Composer &c = shown.composer;
    QSignalSpy spy(&c, &Composer::closeRequested);
    find<QTabWidget>(&c, "tabs")->setCurrentIndex(CloseTab);
    auto *code = find<QComboBox>(&c, "closeCodeCombo");
    auto *error = find<QLabel>(&c, "closeError");

    // Pre-filled with the codes a peer may send: no 1004-1006.
    QStringList codes;
    for (int i = 0; i < code->count(); ++i)
        codes.append(code->itemText(i).left(4));
    QCOMPARE(
            codes,
            QStringList({QStringLiteral("1000"), QStringLiteral("1001"), QStringLiteral("1002"), QStringLiteral("1003"),
                         QStringLiteral("1007"), QStringLiteral("1008"), QStringLiteral("1009"), QStringLiteral("1010"),
                         QStringLiteral("1011"), QStringLiteral("1012"), QStringLiteral("1013"), QStringLiteral("1014"),
                         QStringLiteral("3000"), QStringLiteral("4000")}));
    QVERIFY(code->itemText(0).contains(QStringLiteral("Normal Closure")));

    for (const char *invalid : {"1005", "1004", "999", "2000", "5000", "70000", "abc", ""}) {
        code->setEditText(QString::fromLatin1(invalid));
        QVERIFY2(error->isVisible(), invalid);
        click(&c, "closeButton");
        QCOMPARE(spy.count(), 0);
    }
    code->setEditText(QStringLiteral("1005"));
    QVERIFY(error->text().contains(QStringLiteral("No Status Received")));

    code->lineEdit()->selectAll();
    QTest::keyClicks(code->lineEdit(), QStringLiteral("4000"));
    QVERIFY(!error->isVisible());
    QCOMPARE(find<QLabel>(&c, "closeCodeName")->text(), QStringLiteral("Private use"));
    QTest::keyClicks(find<QLineEdit>(&c, "closeReasonEdit"), QStringLiteral("bye"));
    click(&c, "closeButton");
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<quint64>(), quint64(0));
    QCOMPARE(spy.at(0).at(1).value<quint16>(), quint16(4000));
    QCOMPARE(spy.at(0).at(2).toString(), QStringLiteral("bye"));

    code->setCurrentIndex(1);
    click(&c, "closeButton");
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(1).value<quint16>(), quint16(1001));
}

void TestComposer::closeReasonLimit()
{
    ShownComposer shown;
    const Composer &c = shown.composer;
    QSignalSpy spy(&c, &Composer::closeRequested);
    find<QTabWidget>(&c, "tabs")->setCurrentIndex(CloseTab);
    auto *reason = find<QLineEdit>(&c, "closeReasonEdit");
    auto *error = find<QLabel>(&c, "closeError");

    reason->setText(QString(123, u'r'));
    QVERIFY(!error->isVisible());
    QCOMPARE(find<QLabel>(&c, "closeReasonSize")->text(), QStringLiteral("123 / 123 bytes"));
    // 62 two-byte characters are 124 bytes.
    reason->setText(QString(62, u'é'));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("124")), qPrintable(error->text()));
    click(&c, "closeButton");
    QCOMPARE(spy.count(), 0);
}

void TestComposer::snippetsPersist()
{
    const QString json = QStringLiteral("{\"type\": \"subscribe\"}");
    {
        ShownComposer shown;
        const Composer &c = shown.composer;
        setMode(&c, JsonMode);
        find<QPlainTextEdit>(&c, "messageEdit")->setPlainText(json);
        QTest::keyClicks(find<QLineEdit>(&c, "snippetNameEdit"), QStringLiteral("subscribe"));
        click(&c, "saveSnippetButton");
        setMode(&c, HexMode);
        find<QPlainTextEdit>(&c, "messageEdit")->setPlainText(QStringLiteral("81 85"));
        find<QLineEdit>(&c, "snippetNameEdit")->setText(QStringLiteral("bytes"));
        click(&c, "saveSnippetButton");
        // Saving under an existing name replaces that snippet.
        find<QPlainTextEdit>(&c, "messageEdit")->setPlainText(QStringLiteral("81 86"));
        click(&c, "saveSnippetButton");
        QCOMPARE(find<QListWidget>(&c, "snippetList")->count(), 2);
    }
    {
        ShownComposer shown;
        const Composer &c = shown.composer;
        auto *list = find<QListWidget>(&c, "snippetList");
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->item(0)->text(), QStringLiteral("subscribe"));
        QCOMPARE(list->item(1)->text(), QStringLiteral("bytes"));

        list->setCurrentRow(0);
        click(&c, "loadSnippetButton");
        QCOMPARE(find<QComboBox>(&c, "modeCombo")->currentIndex(), int(JsonMode));
        QCOMPARE(find<QPlainTextEdit>(&c, "messageEdit")->toPlainText(), json);

        list->setCurrentRow(1);
        click(&c, "loadSnippetButton");
        QCOMPARE(find<QComboBox>(&c, "modeCombo")->currentIndex(), int(HexMode));
        QCOMPARE(find<QPlainTextEdit>(&c, "messageEdit")->toPlainText(), QStringLiteral("81 86"));
        QSignalSpy spy(&c, &Composer::sendMessageRequested);
        click(&c, "sendButton");
        QCOMPARE(spy.at(0).at(2).toByteArray(), QByteArray::fromHex("8186"));

        list->setCurrentRow(0);
        click(&c, "deleteSnippetButton");
        QCOMPARE(list->count(), 1);
    }
    ShownComposer shown;
    auto *list = find<QListWidget>(&shown.composer, "snippetList");
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->text(), QStringLiteral("bytes"));
}

void TestComposer::targetSelection()
{
    ShownComposer shown;
    Composer &c = shown.composer;
    auto *target = find<QComboBox>(&c, "targetCombo");
    QVERIFY(!target->isVisible());
    QCOMPARE(c.currentTarget(), quint64(0));

    c.setTargets({{7, QStringLiteral("#7 127.0.0.1:50007")}, {9, QStringLiteral("#9 127.0.0.1:50009")}});
    QVERIFY(target->isVisible());
    QCOMPARE(target->count(), 3);
    QCOMPARE(target->itemText(0), QStringLiteral("All peers"));
    QCOMPARE(c.currentTarget(), quint64(0));
    // A server does not mask by default.
    QVERIFY(!find<QCheckBox>(&c, "maskCheck")->isChecked());

    target->setCurrentIndex(2);
    QSignalSpy messages(&c, &Composer::sendMessageRequested);
    QSignalSpy pings(&c, &Composer::pingRequested);
    QSignalSpy closes(&c, &Composer::closeRequested);
    QSignalSpy frames(&c, &Composer::sendRawFrameRequested);
    click(&c, "sendButton");
    click(&c, "pingButton");
    click(&c, "closeButton");
    click(&c, "rawSendButton");
    QCOMPARE(messages.count(), 1);
    QCOMPARE(messages.at(0).at(0).value<quint64>(), quint64(9));
    QCOMPARE(pings.at(0).at(0).value<quint64>(), quint64(9));
    QCOMPARE(closes.at(0).at(0).value<quint64>(), quint64(9));
    QCOMPARE(frames.at(0).at(0).value<quint64>(), quint64(9));

    // The choice survives an update that still lists its peer, and falls back to all peers.
    c.setTargets({{9, QStringLiteral("#9 127.0.0.1:50009")}, {11, QStringLiteral("#11 127.0.0.1:50011")}});
    QCOMPARE(c.currentTarget(), quint64(9));
    c.setTargets({{11, QStringLiteral("#11 127.0.0.1:50011")}});
    QCOMPARE(c.currentTarget(), quint64(0));

    c.setTargets({});
    QVERIFY(!target->isVisible());
    QCOMPARE(c.currentTarget(), quint64(0));
    QVERIFY(find<QCheckBox>(&c, "maskCheck")->isChecked());
}

void TestComposer::screenshots()
{
    // Set SOCKSCOPE_SCREENSHOT_DIR to keep the pictures for a look at the layout.
    ShownComposer shown;
    Composer &c = shown.composer;
    c.setTargets({{3, QStringLiteral("#3 127.0.0.1:50003")}, {4, QStringLiteral("#4 127.0.0.1:50004")}});
    c.resize(c.sizeHint().expandedTo(QSize(760, 420)));
    find<QPlainTextEdit>(&c, "messageEdit")
            ->setPlainText(QStringLiteral("{\"type\": \"subscribe\", \"channel\": \"ticker\"}"));
    find<QLineEdit>(&c, "snippetNameEdit")->setText(QStringLiteral("subscribe"));
    click(&c, "saveSnippetButton");
    find<QSpinBox>(&c, "repeatCountSpin")->setValue(3);

    const auto save = [&c](Tab tab, const QString &file) {
        find<QTabWidget>(&c, "tabs")->setCurrentIndex(tab);
        // The picture is taken once the layouts have caught up with the texts set just before.
        QVERIFY(SockscopeTest::saveScreenshot(c, file));
    };
    save(MessageTab, QStringLiteral("composer-text.png"));
    save(PingTab, QStringLiteral("composer-ping.png"));
    find<QComboBox>(&c, "closeCodeCombo")->setEditText(QStringLiteral("4001"));
    save(CloseTab, QStringLiteral("composer-close.png"));

    setMode(&c, JsonMode);
    find<QPlainTextEdit>(&c, "messageEdit")->setPlainText(QStringLiteral("{\"type\": \"subscribe\", \"channel\": }"));
    click(&c, "sendButton");
    save(MessageTab, QStringLiteral("composer-json-error.png"));

    save(RawTab, QStringLiteral("composer-raw.png"));
    find<QCheckBox>(&c, "rsv1Check")->setChecked(true);
    find<QComboBox>(&c, "opcodeCombo")->setCurrentIndex(0xB);
    find<QCheckBox>(&c, "maskCheck")->setChecked(true);
    find<QLineEdit>(&c, "maskKeyEdit")->setText(QStringLiteral("37fa213d"));
    find<QLineEdit>(&c, "lengthOverrideEdit")->setText(QStringLiteral("70000"));
    find<QComboBox>(&c, "lengthEncodingCombo")->setCurrentIndex(2);
    find<QPlainTextEdit>(&c, "rawPayloadEdit")->setPlainText(QStringLiteral("Hello"));
    save(RawTab, QStringLiteral("composer-raw-malformed.png"));
    find<QLineEdit>(&c, "maskKeyEdit")->setText(QStringLiteral("37fa21"));
    save(RawTab, QStringLiteral("composer-raw-error.png"));
}

QTEST_MAIN(TestComposer)
#include "tst_composer.moc"
