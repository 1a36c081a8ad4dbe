// SPDX-License-Identifier: GPL-3.0-or-later
// File → Export with redaction: the dialog hides the usual secret headers by default, takes more
// names and payload patterns, and the copy the main window writes holds none of the secrets
// while the opened capture stays as it was.
#include "capture/capturewriter.h"
#include "dialogs/exportdialog.h"
#include "mainwindow.h"

#include <QCheckBox>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Sockscope;

namespace {

const QByteArray kBearer = "Bearer s3cr3t-bearer-token";
const QByteArray kCookie = "sid=c00kie-42";
const QByteArray kToken = "TOKEN-9941-BRAVO";

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

Event eventOf(Event::Kind kind, quint64 connection)
{
    Event event;
    event.kind = kind;
    event.connectionId = connection;
    event.timestampNs = nowNs();
    return event;
}

// A client connection whose upgrade carries an Authorization and a Cookie header and whose
// first message holds a token.
bool writeCaptureWithSecrets(const QString &path)
{
    CaptureWriter writer;
    if (!writer.open(path))
        return false;
    const quint64 id = nextConnectionId();
    Event connecting = eventOf(Event::Kind::Connecting, id);
    connecting.text = QStringLiteral("ws://127.0.0.1:9/api");
    Event request = eventOf(Event::Kind::HandshakeRequest, id);
    request.direction = Direction::Outgoing;
    request.raw = "GET /api HTTP/1.1\r\nHost: 127.0.0.1:9\r\nAuthorization: " + kBearer + "\r\nCookie: " + kCookie
            + "\r\nUpgrade: websocket\r\n\r\n";
    Event response = eventOf(Event::Kind::HandshakeResponse, id);
    response.raw = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n\r\n";
    response.statusCode = 101;
    Event frame = eventOf(Event::Kind::Frame, id);
    frame.direction = Direction::Outgoing;
    frame.frame.opcode = 1;
    frame.frame.fin = true;
    frame.payload = "{\"auth\":\"" + kToken + "\",\"say\":\"hi\"}";
    frame.frame.payloadLength = std::uint64_t(frame.payload.size());
    for (const Event &event : {connecting, request, response, eventOf(Event::Kind::Opened, id), frame}) {
        if (!writer.append(event))
            return false;
    }
    writer.close();
    return !writer.hasFailed();
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void dialogRedactsByDefault();
    void dialogRejectsABadPattern();
    void dialogRemembersTheChoice();
    void exportedCopyHoldsNoSecret_data();
    void exportedCopyHoldsNoSecret();

private:
    QTemporaryDir m_dir;
};

void TestExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SockscopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("sockscope-tst-export"));
    QVERIFY(m_dir.isValid());
}

void TestExport::init()
{
    QSettings().clear();
}

void TestExport::dialogRedactsByDefault()
{
    ExportDialog dialog;
    QVERIFY(dialog.findChild<QCheckBox *>(QStringLiteral("redact"))->isChecked());
    const std::optional<ExportDialog::Choice> choice = dialog.choice();
    QVERIFY(choice && choice->redaction);
    QCOMPARE(choice->redaction->headers, RedactionRules::defaultHeaders());
    QVERIFY(choice->redaction->payloadPatterns.isEmpty());
}

void TestExport::dialogRejectsABadPattern()
{
    ExportDialog dialog;
    dialog.show();
    dialog.findChild<QPlainTextEdit *>(QStringLiteral("redactPatterns"))->setPlainText(QStringLiteral("ok\n(bad"));
    QVERIFY(!dialog.choice());
    dialog.accept();
    QVERIFY(dialog.isVisible()); // not accepted: the error says which line
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("(bad")), qPrintable(error->text()));
}

void TestExport::dialogRemembersTheChoice()
{
    {
        ExportDialog dialog;
        dialog.findChild<QLineEdit *>(QStringLiteral("redactHeaders"))->setText(QStringLiteral("Cookie, X-Api-Key"));
        dialog.findChild<QPlainTextEdit *>(QStringLiteral("redactPatterns"))
                ->setPlainText(QStringLiteral("TOKEN-\\d+"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    ExportDialog again;
    const std::optional<ExportDialog::Choice> choice = again.choice();
    QVERIFY(choice && choice->redaction);
    QCOMPARE(choice->redaction->headers, (QStringList{QStringLiteral("Cookie"), QStringLiteral("X-Api-Key")}));
    QCOMPARE(choice->redaction->payloadPatterns.size(), 1);
    QCOMPARE(choice->redaction->payloadPatterns[0].pattern(), QStringLiteral("TOKEN-\\d+"));

    again.findChild<QCheckBox *>(QStringLiteral("redact"))->setChecked(false);
    const std::optional<ExportDialog::Choice> off = again.choice();
    QVERIFY(off && !off->redaction);
}

void TestExport::exportedCopyHoldsNoSecret_data()
{
    QTest::addColumn<QString>("extension");
    QTest::newRow("har") << QStringLiteral("har");
    QTest::newRow("jsonl") << QStringLiteral("jsonl");
    QTest::newRow("wscap") << QStringLiteral("wscap");
}

void TestExport::exportedCopyHoldsNoSecret()
{
    QFETCH(QString, extension);
    const QString capture = m_dir.filePath(QStringLiteral("secrets-%1.wscap").arg(extension));
    QVERIFY(writeCaptureWithSecrets(capture));
    const QByteArray before = QCryptographicHash::hash(fileBytes(capture), QCryptographicHash::Sha256);

    MainWindow window;
    QVERIFY(window.openCapture(capture));
    const QString plain = m_dir.filePath(QStringLiteral("plain.") + extension);
    QVERIFY(window.exportTo(plain));
    QVERIFY(fileBytes(plain).contains(kBearer)); // what the search below looks for is there

    ExportDialog dialog;
    dialog.findChild<QPlainTextEdit *>(QStringLiteral("redactPatterns"))
            ->setPlainText(QStringLiteral("TOKEN-\\d+-\\w+"));
    const std::optional<ExportDialog::Choice> choice = dialog.choice();
    QVERIFY(choice && choice->redaction);
    const QString shared = m_dir.filePath(QStringLiteral("shared.") + extension);
    QVERIFY(window.exportTo(shared, choice->redaction));
    const QByteArray bytes = fileBytes(shared);
    for (const QByteArray &secret : {kBearer, kCookie, kToken})
        QVERIFY2(!bytes.contains(secret) && !bytes.contains(secret.toBase64()), secret.constData());
    QVERIFY(bytes.contains("Authorization"));
    QVERIFY(bytes.contains("hi"));
    QCOMPARE(QCryptographicHash::hash(fileBytes(capture), QCryptographicHash::Sha256), before);
}

QTEST_MAIN(TestExport)
#include "tst_export.moc"
