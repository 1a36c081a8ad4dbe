// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/frameencoder.h"
#include "protocol/utf8validator.h"

#include <QTest>

using namespace Sockscope;

class TestUtf8Validator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sequences_data();
    void sequences();
    void splitAtEveryByte_data() { sequences_data(); }
    void splitAtEveryByte();
    void failsFast();
};

void TestUtf8Validator::sequences_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("valid");
    QTest::newRow("empty") << QByteArray() << true;
    QTest::newRow("ascii") << QByteArray("Hello, world! 0123456789abcdef") << true;
    QTest::newRow("2-byte") << QByteArray("Gr\xc3\xbc\xc3\x9f"
                                          "e")
                            << true;
    QTest::newRow("3-byte") << QByteArray("\xe4\xbd\xa0\xe5\xa5\xbd") << true;
    QTest::newRow("4-byte") << QByteArray("\xf0\x9f\x91\x8b") << true;
    QTest::newRow("U+10FFFF") << QByteArray("\xf4\x8f\xbf\xbf") << true;
    QTest::newRow("U+FFFF") << QByteArray("\xef\xbf\xbf") << true;
    QTest::newRow("above U+10FFFF") << QByteArray("\xf4\x90\x80\x80") << false;
    QTest::newRow("surrogate D800") << QByteArray("\xed\xa0\x80") << false;
    QTest::newRow("overlong slash") << QByteArray("\xc0\xaf") << false;
    QTest::newRow("overlong 3-byte") << QByteArray("\xe0\x80\xaf") << false;
    QTest::newRow("overlong 4-byte") << QByteArray("\xf0\x80\x80\xaf") << false;
    QTest::newRow("lone continuation") << QByteArray("a\x80"
                                                     "b")
                                       << false;
    QTest::newRow("truncated at end") << QByteArray("abc\xe4\xbd") << false;
    QTest::newRow("invalid byte FE") << QByteArray("\xfe") << false;
    QTest::newRow("invalid byte F5") << QByteArray("\xf5\x80\x80\x80") << false;
    QTest::newRow("autobahn 6.4.1 prefix")
            << QByteArray("\xce\xba\xe1\xbd\xb9\xcf\x83\xce\xbc\xce\xb5\xf4\x90\x80\x80") << false;
    QTest::newRow("long ascii then multibyte") << QByteArray(100, 'x') + QByteArray("\xc3\xa9") << true;
}

void TestUtf8Validator::sequences()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, valid);
    QCOMPARE(Utf8Validator::isValid(bytesOf(bytes)), valid);
    QCOMPARE(QString::fromUtf8(bytes).toUtf8() == bytes, valid); // Qt agrees
}

void TestUtf8Validator::splitAtEveryByte()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, valid);
    Utf8Validator validator;
    bool ok = true;
    for (qsizetype i = 0; i < bytes.size() && ok; ++i)
        ok = validator.feed(bytesOf(bytes.mid(i, 1)));
    QCOMPARE(ok && validator.isComplete(), valid);
}

void TestUtf8Validator::failsFast()
{
    // The invalid byte is reported at once, before the message ends.
    Utf8Validator validator;
    QVERIFY(validator.feed(bytesOf(QByteArray("valid so far \xce\xba"))));
    QVERIFY(!validator.feed(bytesOf(QByteArray("\xf4\x90"))));
    QVERIFY(validator.hasFailed());
    QVERIFY(!validator.feed(bytesOf(QByteArray("a"))));
}

QTEST_GUILESS_MAIN(TestUtf8Validator)
#include "tst_utf8validator.moc"
