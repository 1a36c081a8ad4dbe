// SPDX-License-Identifier: GPL-3.0-or-later
// The replay diff below the window (CAP-4): alignment, JSON fields, highlights, the table model
// and the exported report.
#include "models/replaydiffmodel.h"
#include "replay/diffreport.h"
#include "replay/jsondiff.h"
#include "replay/sequencealign.h"
#include "replay/textdiff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Sockscope;

namespace {

RecordedMessage text(const char *data)
{
    return {0, false, 1, QByteArray(data)};
}

QList<RecordedMessage> texts(std::initializer_list<const char *> items)
{
    QList<RecordedMessage> messages;
    for (const char *item : items)
        messages.append(text(item));
    return messages;
}

QString kinds(const MessageDiff &diff)
{
    QStringList names;
    for (const MessageDiff::Entry &e : diff.entries())
        names << diffKindName(e.kind);
    return names.join(QLatin1Char(' '));
}

} // namespace

class TestReplayDiffModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void alignsOnTheLongestCommonSubsequence();
    void hostileSizesAreComparedByPosition();
    void jsonFieldsByPath();
    void notJsonHasNoFields();
    void ignorePatternBlanksOneFieldOnly();
    void highlightsChangedLinesAndCharacters();
    void modelRealignsAndHidesSameRows();
    void reportAsJsonAndText();
};

void TestReplayDiffModel::alignsOnTheLongestCommonSubsequence()
{
    const QList<AlignStep> steps = alignSequences(4, 4, [](int i, int j) {
        static const char left[] = "abcd";
        static const char right[] = "axcd";
        return left[i] == right[j];
    });
    QStringList got;
    for (const AlignStep &s : steps)
        got << QStringLiteral("%1:%2:%3").arg(int(s.kind)).arg(s.left).arg(s.right);
    QCOMPARE(got, (QStringList{QStringLiteral("0:0:0"), QStringLiteral("1:1:-1"), QStringLiteral("2:-1:1"),
                           QStringLiteral("0:2:2"), QStringLiteral("0:3:3")}));

    // One message missing in the middle does not make the rest "changed".
    const MessageDiff diff(texts({"1", "2", "3", "4"}), texts({"1", "3", "4"}));
    QCOMPARE(kinds(diff), QStringLiteral("same missing same same"));
}

// A table for 200 000 x 200 000 entries would take 160 GB; past maxCells the middle is compared
// position by position and the common ends still match.
void TestReplayDiffModel::hostileSizesAreComparedByPosition()
{
    const int n = 200000;
    const QList<AlignStep> steps = alignSequences(
            n, n, [](int i, int j) { return i == j && (i < 10 || i >= n - 10); }, 1024);
    QCOMPARE(steps.size(), 20 + 2 * (n - 20));
    QCOMPARE(steps.first().kind, AlignStep::Kind::Same);
    QCOMPARE(steps.last().kind, AlignStep::Kind::Same);
    QCOMPARE(steps.last().left, n - 1);
}

void TestReplayDiffModel::jsonFieldsByPath()
{
    const auto changes = jsonFieldChanges(R"({"id":1,"ts":100,"items":[{"q":1},{"q":2}],"a b":true,"gone":0})",
                                          R"({"id":1,"ts":205,"items":[{"q":1},{"q":3},{"q":4}],"a b":false,"new":"x"})");
    QVERIFY(changes);
    QStringList got;
    for (const JsonFieldChange &c : *changes)
        got << QStringLiteral("%1 %2 %3>%4 key=%5").arg(int(c.kind)).arg(c.path, c.recordedValue, c.replayedValue, c.key);
    QCOMPARE(got, (QStringList{QStringLiteral(R"(0 $["a b"] true>false key=a b)"),
                               QStringLiteral(R"(2 $.gone 0> key=gone)"),
                               QStringLiteral(R"(0 $.items[1].q 2>3 key=q)"),
                               QStringLiteral(R"(1 $.items[2] >{"q":4} key=)"),
                               QStringLiteral(R"(1 $.new >"x" key=new)"),
                               QStringLiteral(R"(0 $.ts 100>205 key=ts)")}));
}

void TestReplayDiffModel::notJsonHasNoFields()
{
    QVERIFY(!jsonFieldChanges("plain text", R"({"a":1})"));
    QVERIFY(!jsonFieldChanges("42", "43")); // scalars are compared as text
    QVERIFY(jsonFieldChanges("[1]", "[1]")->isEmpty());
}

void TestReplayDiffModel::ignorePatternBlanksOneFieldOnly()
{
    const QRegularExpression ts(ignorePatternForJsonKey(QStringLiteral("ts")));
    QVERIFY(ts.isValid());
    const QList<RecordedMessage> recorded = texts({R"({"ts": 100, "v": 1, "tsx": 5})", R"({"ts":"a \"b\"","v":2})"});
    const QList<RecordedMessage> replayed = texts({R"({"ts":205,"v": 1, "tsx": 5})", R"({"ts":"c","v":3})"});
    QCOMPARE(kinds(MessageDiff(recorded, replayed)), QStringLiteral("changed changed"));
    // The first pair differs in ts and spacing only where ts is; the second still in v.
    QCOMPARE(kinds(MessageDiff(texts({R"({"ts": 100, "v": 1})"}), texts({R"({"ts": 205, "v": 1})"}), {ts})),
             QStringLiteral("same"));
    QCOMPARE(kinds(MessageDiff(texts({R"({"ts":"a \"b\"","v":2})"}), texts({R"({"ts":"c","v":2})"}), {ts})),
             QStringLiteral("same"));
    QCOMPARE(kinds(MessageDiff(texts({R"({"ts":1,"v":2})"}), texts({R"({"ts":1,"v":3})"}), {ts})),
             QStringLiteral("changed"));
    QCOMPARE(kinds(MessageDiff(texts({R"({"ts":1,"tsx":2})"}), texts({R"({"ts":1,"tsx":3})"}), {ts})),
             QStringLiteral("changed")); // another key that starts alike is not ignored
}

void TestReplayDiffModel::highlightsChangedLinesAndCharacters()
{
    const QString left = QStringLiteral("{\n    \"id\": 1,\n    \"ts\": 100\n}\n");
    const QString right = QStringLiteral("{\n    \"id\": 1,\n    \"ts\": 205\n}\n");
    const TextDifferences lines = textDifferences(left, right, DiffUnit::Lines);
    QCOMPARE(lines.left.size(), 1);
    QCOMPARE(left.mid(lines.left[0].start, lines.left[0].length), QStringLiteral("    \"ts\": 100\n"));
    QCOMPARE(right.mid(lines.right[0].start, lines.right[0].length), QStringLiteral("    \"ts\": 205\n"));

    const TextDifferences chars =
            textDifferences(QStringLiteral("price 10 EUR"), QStringLiteral("price 11 EUR"), DiffUnit::Characters);
    QCOMPARE(chars.left, (QList<TextRange>{{7, 1}}));
    QCOMPARE(chars.right, (QList<TextRange>{{7, 1}}));
    QVERIFY(textDifferences(left, left, DiffUnit::Lines).left.isEmpty());
}

void TestReplayDiffModel::modelRealignsAndHidesSameRows()
{
    ReplayDiffModel model;
    model.setRecorded(texts({"a", R"({"ts":1})", "c"}));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.diff().count(MessageDiff::Entry::Kind::Missing), 3); // nothing arrived yet
    model.setReplayed(texts({"a", R"({"ts":2})", "c", "d"}));
    QCOMPARE(kinds(model.diff()), QStringLiteral("same changed same extra"));
    model.setOnlyDifferences(true);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, ReplayDiffModel::ResultColumn).data().toString(), QStringLiteral("Changed"));
    QCOMPARE(model.index(1, ReplayDiffModel::RecordedColumn).data().toString(), QString());
    QCOMPARE(model.index(1, ReplayDiffModel::ReplayedColumn).data().toString(), QStringLiteral("#4  d"));
    model.setIgnorePatterns({ignorePatternForJsonKey(QStringLiteral("ts")), QStringLiteral("(unclosed")});
    QCOMPARE(model.rowCount(), 1); // only the extra one is left
    QCOMPARE(model.ignorePatterns().size(), 2);
}

void TestReplayDiffModel::reportAsJsonAndText()
{
    QList<RecordedMessage> recorded = texts({R"({"ts":1,"v":1})", "gone"});
    recorded.append({0, false, 2, QByteArray("\xff\x00", 2)});
    QList<RecordedMessage> replayed = texts({R"({"ts":1,"v":2})"});
    replayed.append({0, false, 2, QByteArray("\xff\x00", 2)});
    const MessageDiff diff(recorded, replayed);
    const DiffReport report(diff, recorded, replayed, {QStringLiteral("x")});
    const QJsonObject json = QJsonDocument::fromJson(report.toJson()).object();
    QCOMPARE(json.value(QLatin1String("counts")).toObject().value(QLatin1String("same")).toInt(), 1);
    QCOMPARE(json.value(QLatin1String("counts")).toObject().value(QLatin1String("changed")).toInt(), 1);
    QCOMPARE(json.value(QLatin1String("counts")).toObject().value(QLatin1String("missing")).toInt(), 1);
    QCOMPARE(json.value(QLatin1String("ignore")).toArray().first().toString(), QStringLiteral("x"));
    const QJsonArray entries = json.value(QLatin1String("entries")).toArray();
    QCOMPARE(entries.size(), 3);
    const QJsonObject changed = entries.at(0).toObject();
    QCOMPARE(changed.value(QLatin1String("kind")).toString(), QStringLiteral("changed"));
    QCOMPARE(changed.value(QLatin1String("fields")).toArray().first().toObject().value(QLatin1String("path")).toString(), QStringLiteral("$.v"));
    const QJsonObject binary = entries.at(2).toObject().value(QLatin1String("replayed")).toObject();
    QCOMPARE(binary.value(QLatin1String("encoding")).toString(), QStringLiteral("base64"));
    QCOMPARE(QByteArray::fromBase64(binary.value(QLatin1String("data")).toString().toLatin1()), QByteArray("\xff\x00", 2));
    const QStringList lines = report.lines();
    QCOMPARE(lines.size(), 4);
    QVERIFY2(lines.first().startsWith(QStringLiteral("changed  #1")), qPrintable(lines.first()));
    QCOMPARE(lines.last(), QStringLiteral("diff: 1 same, 1 changed, 1 missing, 0 extra"));
}

QTEST_GUILESS_MAIN(TestReplayDiffModel)
#include "tst_replaydiffmodel.moc"
