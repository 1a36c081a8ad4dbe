// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/frameencoder.h"
#include "protocol/utf8validator.h"

#include <QRandomGenerator>
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
    void everySplitAtEveryPosition_data();
    void everySplitAtEveryPosition();
    void errorOffsetAtEveryPosition_data();
    void errorOffsetAtEveryPosition();
    void agreesWithQtOnLongTexts();
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

namespace {

// Multi-byte sequences at the edges of what RFC 3629 allows.
void addValidSequences()
{
    QTest::addColumn<QByteArray>("sequence");
    QTest::newRow("U+0080") << QByteArray("\xc2\x80");
    QTest::newRow("U+07FF") << QByteArray("\xdf\xbf");
    QTest::newRow("U+0800") << QByteArray("\xe0\xa0\x80");
    QTest::newRow("U+D7FF") << QByteArray("\xed\x9f\xbf");
    QTest::newRow("U+E000") << QByteArray("\xee\x80\x80");
    QTest::newRow("U+FFFF") << QByteArray("\xef\xbf\xbf");
    QTest::newRow("U+10000") << QByteArray("\xf0\x90\x80\x80");
    QTest::newRow("U+4FFFF") << QByteArray("\xf1\xbf\xbf\xbf");
    QTest::newRow("U+10FFFF") << QByteArray("\xf4\x8f\xbf\xbf");
}

// Each input is invalid exactly at the byte `offset` counts from its start.
void addInvalidSequences()
{
    QTest::addColumn<QByteArray>("sequence");
    QTest::addColumn<int>("offset");
    QTest::newRow("overlong C0 80") << QByteArray("\xc0\x80") << 0;
    QTest::newRow("overlong C1 BF") << QByteArray("\xc1\xbf") << 0;
    QTest::newRow("overlong E0 9F BF") << QByteArray("\xe0\x9f\xbf") << 1;
    QTest::newRow("overlong F0 8F BF BF") << QByteArray("\xf0\x8f\xbf\xbf") << 1;
    QTest::newRow("surrogate U+D800") << QByteArray("\xed\xa0\x80") << 1;
    QTest::newRow("surrogate U+DFFF") << QByteArray("\xed\xbf\xbf") << 1;
    QTest::newRow("U+110000") << QByteArray("\xf4\x90\x80\x80") << 1;
    QTest::newRow("lead F5") << QByteArray("\xf5\x80\x80\x80") << 0;
    QTest::newRow("lead FF") << QByteArray("\xff") << 0;
    QTest::newRow("lone continuation") << QByteArray("\x80") << 0;
    QTest::newRow("fifth byte") << QByteArray("\xf0\x9f\x91\x8b\x80") << 4;
    QTest::newRow("2-byte cut by ASCII") << QByteArray("\xc3"
                                                       "a")
                                         << 1;
    QTest::newRow("3-byte cut by a lead") << QByteArray("\xe4\xbd\xe4\xbd\xa0") << 2;
    QTest::newRow("4-byte cut by ASCII") << QByteArray("\xf0\x9f\x91"
                                                       "a")
                                         << 3;
}

// Text of `before` ASCII and multi-byte characters, so a sequence placed after it lands at
// every offset within the validator's 8-byte words, 16-byte lanes and 64-byte blocks.
QByteArray prefix(int before)
{
    QByteArray text;
    for (int i = 0; i < before; ++i)
        text += (i % 5 == 4) ? QByteArray("\xc3\xa9") : QByteArray(1, char('a' + i % 26));
    return text.left(before);
}

} // namespace

void TestUtf8Validator::everySplitAtEveryPosition_data()
{
    addValidSequences();
}

// Every split of the sequence between two feeds (and a third feed after it), at every
// position in the text, with ASCII or more multi-byte text following.
void TestUtf8Validator::everySplitAtEveryPosition()
{
    QFETCH(QByteArray, sequence);
    for (int before = 0; before < 140; ++before) {
        QByteArray head = prefix(before);
        if (!Utf8Validator::isValid(bytesOf(head)))
            head.chop(1); // cut inside the é
        for (const QByteArray &tail : {QByteArray(70, 'z'), QByteArray("\xe4\xbd\xa0").repeated(30)}) {
            const QByteArray text = head + sequence + tail;
            for (qsizetype split = head.size(); split <= head.size() + sequence.size(); ++split) {
                Utf8Validator validator;
                QVERIFY(validator.feed(bytesOf(text.left(split))));
                QVERIFY(validator.feed(bytesOf(text.mid(split, 1))));
                QVERIFY2(validator.feed(bytesOf(text.mid(split + 1))),
                         qPrintable(QStringLiteral("before %1, split %2").arg(before).arg(split)));
                QVERIFY(validator.isComplete());
            }
            // Truncated at the end: every proper prefix of the sequence is incomplete, not failed.
            for (qsizetype cut = 1; cut < sequence.size(); ++cut) {
                const QByteArray truncated = head + sequence.left(cut);
                Utf8Validator validator;
                QVERIFY(validator.feed(bytesOf(truncated)));
                QVERIFY(!validator.isComplete());
                QVERIFY(!validator.hasFailed());
                QVERIFY(!Utf8Validator::isValid(bytesOf(truncated)));
            }
        }
    }
}

void TestUtf8Validator::errorOffsetAtEveryPosition_data()
{
    addInvalidSequences();
}

// The offending byte is found exactly, wherever it falls and however the input is split.
void TestUtf8Validator::errorOffsetAtEveryPosition()
{
    QFETCH(QByteArray, sequence);
    QFETCH(int, offset);
    for (int before = 0; before < 140; ++before) {
        QByteArray head = prefix(before);
        if (!Utf8Validator::isValid(bytesOf(head)))
            head.chop(1);
        const QByteArray text = head + sequence + QByteArray(100, 'z');
        const qsizetype bad = head.size() + offset;
        QVERIFY(!Utf8Validator::isValid(bytesOf(text)));
        for (const qsizetype split : {qsizetype(0), bad, bad + 1, text.size() / 2}) {
            Utf8Validator validator;
            const bool first = validator.feed(bytesOf(text.left(split)));
            QCOMPARE(first, split <= bad);
            QVERIFY(!validator.feed(bytesOf(text.mid(split))));
            QVERIFY(validator.hasFailed());
            QCOMPARE(validator.errorOffset(), std::uint64_t(bad));
        }
    }
}

// Long random texts, mostly valid with an occasional stray byte, against Qt's decoder (which
// replaces every invalid sequence, so a round trip keeps exactly the valid texts).
void TestUtf8Validator::agreesWithQtOnLongTexts()
{
    const QList<QByteArray> pieces = {"a",
                                      "hello world ",
                                      "\xc3\xa9",
                                      "\xe4\xbd\xa0",
                                      "\xf0\x9f\x91\x8b",
                                      "\xed\x9f\xbf",
                                      "\xf4\x8f\xbf\xbf",
                                      "\xee\x80\x80"};
    QRandomGenerator random(3629);
    int invalid = 0;
    for (int round = 0; round < 3000; ++round) {
        QByteArray text;
        const int count = random.bounded(300);
        for (int i = 0; i < count; ++i)
            text += random.bounded(200) == 0 ? QByteArray(1, char(random.bounded(256)))
                                             : pieces.at(random.bounded(pieces.size()));
        const bool valid = QString::fromUtf8(text).toUtf8() == text;
        invalid += valid ? 0 : 1;
        QCOMPARE(Utf8Validator::isValid(bytesOf(text)), valid);
        const qsizetype split = random.bounded(text.size() + 1);
        Utf8Validator validator;
        const bool ok = validator.feed(bytesOf(text.left(split))) && validator.feed(bytesOf(text.mid(split)));
        QCOMPARE(ok && validator.isComplete(), valid);
    }
    QVERIFY(invalid > 300 && invalid < 2700); // both kinds were tried
}

QTEST_GUILESS_MAIN(TestUtf8Validator)
#include "tst_utf8validator.moc"
