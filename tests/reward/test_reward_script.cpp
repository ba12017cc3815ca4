// Reward scripts: the JavaScript host in this process (a number, parts, a
// syntax error with its line, a throw, NaN, a string, a loop that never
// ends), then the real path, Atelier's helper process atelier-reward-host
// under its memory and CPU-time limits: a good script scores, one that
// loops forever or allocates without end costs that sample only and the
// next call works, a FIFO or /dev/zero is not read, and the samples a script
// sees have the documented shape (worked out by hand here).

#include "reward/RewardSample.h"
#include "reward/RewardScript.h"
#include "reward/RewardScriptHost.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>
#include <sys/stat.h>

using namespace atelier::core;

namespace {

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &text)
{
    QFile f(dir.filePath(name));
    f.open(QIODevice::WriteOnly);
    f.write(text);
    return f.fileName();
}

QJsonObject someNotes()
{
    return RewardSample::music({Note{60, 480, 480, 100}, Note{64, 960, 240, 90}}, 480, {Note{55, 0, 480, 70}}, 0,
                               480, KeyScale{7, false}, 120.0);
}

QString helper() { return QStringLiteral(ATELIER_BINARY_DIR "/atelier-reward-host"); }

} // namespace

class TestRewardScript : public QObject {
    Q_OBJECT
private slots:
    void theHostScoresNumbersAndParts()
    {
        RewardScriptHost host;
        QVERIFY(host.load("function score(s) { return s.notes.length * 10 + s.key.tonic; }", "count.js").ok());
        RewardResult r = host.score(someNotes());
        QVERIFY(r.ok());
        QCOMPARE(r.reward, 27.0);   // two notes, tonic G (7)
        QVERIFY(host.load("function score(s) { return {reward: 0.5, parts: {first: s.notes[0].start, "
                          "dur: s.notes[1].duration}}; }", "parts.js").ok());
        r = host.score(someNotes());
        QVERIFY(r.ok());
        QCOMPARE(r.reward, 0.5);
        QCOMPARE(r.parts.value("first"), 0.0);   // counted from the part's own start
        QCOMPARE(r.parts.value("dur"), 0.5);     // 240 ticks at 480 per beat
    }

    // The shipped per-note RL Tuner rules on a part worked out by hand: C D E
    // F# G G G G G in C major (no key given): F# is out of key (-1), the
    // third G in a row costs 0.5, the fourth and fifth 2 each (-4), there are
    // no leaps (all resolved: +0.5) and no 3-interval pattern comes again (0).
    void thePerNoteRulesScoreAsWorkedOut()
    {
        QFile f(QStringLiteral(ATELIER_SOURCE_DIR "/assets/rewards/rl-tuner-per-note.js"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        RewardScriptHost host;
        QVERIFY(host.load(QString::fromUtf8(f.readAll()), "rl-tuner-per-note.js").ok());
        QList<Note> notes;
        const int pitches[] = {60, 62, 64, 66, 67, 67, 67, 67, 67};
        for (int i = 0; i < 9; ++i)
            notes.append(Note{pitches[i], Tick(i * 240), 240, 90});
        const RewardResult r = host.score(RewardSample::music(notes, 0, {}, 0, 480, std::nullopt, 120.0));
        QVERIFY(r.ok());
        QCOMPARE(r.reward, -1.0 - 0.5 - 4.0 + 0.5);
        QCOMPARE(r.parts.value("in_key"), 8.0 / 9.0);
        QCOMPARE(r.parts.value("repeated"), 2.0 / 9.0);
        QCOMPARE(r.parts.value("resolved_leaps"), 1.0);
        QCOMPARE(r.parts.value("motif"), 0.0);
    }

    void theHostSaysWhatWentWrong()
    {
        RewardScriptHost host;
        RewardResult r = host.load("function score(s) {\n  return s.notes.length +;\n}", "broken.js");
        QCOMPARE(r.error, RewardResult::Error::Load);
        QCOMPARE(r.line, 2);
        QVERIFY2(r.message("broken.js").startsWith("broken.js:2: "), qPrintable(r.message("broken.js")));
        QCOMPARE(host.load("var x = 1;", "none.js").error, RewardResult::Error::Load);

        QVERIFY(host.load("function score(s) {\n\n  throw new Error('no notes I like');\n}", "throws.js").ok());
        r = host.score(someNotes());
        QCOMPARE(r.error, RewardResult::Error::Thrown);
        QCOMPARE(r.line, 3);
        QVERIFY(r.message("throws.js").contains("no notes I like"));

        QVERIFY(host.load("function score(s) { return NaN; }", "nan.js").ok());
        QCOMPARE(host.score(someNotes()).error, RewardResult::Error::NotANumber);
        QVERIFY(host.load("function score(s) { return 'lovely'; }", "string.js").ok());
        r = host.score(someNotes());
        QCOMPARE(r.error, RewardResult::Error::NotANumber);
        QVERIFY(r.message("string.js").contains("lovely"));
        QVERIFY(host.load("function score(s) { }", "nothing.js").ok());
        QCOMPARE(host.score(someNotes()).error, RewardResult::Error::NotANumber);
        QVERIFY(host.load("function score(s) { return {reward: 1, parts: {a: 'x'}}; }", "part.js").ok());
        QCOMPARE(host.score(someNotes()).error, RewardResult::Error::NotANumber);
    }

    void theHostInterruptsALoopThatNeverEnds()
    {
        RewardScriptHost host;
        QVERIFY(host.load("function score(s) { if (s.bpm > 100) { while (true) {} } return 1; }", "loop.js").ok());
        QElapsedTimer t;
        t.start();
        const RewardResult r = host.score(someNotes(), 50);
        QCOMPARE(r.error, RewardResult::Error::TimeLimit);
        QVERIFY(t.elapsed() < 5000);
        QVERIFY(r.message("loop.js").contains("50 ms"));
        // The engine is usable again.
        QJsonObject slow = someNotes();
        slow.insert("bpm", 60);
        QCOMPARE(host.score(slow).reward, 1.0);
    }

    void theHelperScoresAndSurvivesBadScripts()
    {
        QVERIFY2(QFileInfo(helper()).isExecutable(), qPrintable(helper()));
        QTemporaryDir dir;
        RewardScript script(helper());
        QString error;
        QVERIFY2(script.load(write(dir, "count.js", "function score(s) { return s.notes.length; }"), &error),
                 qPrintable(error));
        QCOMPARE(script.score(someNotes()).reward, 2.0);

        // A syntax error: at load, with the file and line.
        RewardScript broken(helper());
        QVERIFY(!broken.load(write(dir, "broken.js", "function score(s) {\n\n  return )(;\n}"), &error));
        QVERIFY2(error.startsWith("broken.js:3: "), qPrintable(error));

        // Forever: the sample costs its time limit, the next works.
        RewardScript loop(helper());
        QVERIFY(loop.load(write(dir, "loop.js", "function score(s) { while (s.bpm > 100) {} return 3; }"), &error));
        QElapsedTimer t;
        t.start();
        RewardResult r = loop.score(someNotes());
        QCOMPARE(r.error, RewardResult::Error::TimeLimit);
        QVERIFY(r.message(loop.name()).contains("time limit"));
        QVERIFY(t.elapsed() < 10000);
        QJsonObject slow = someNotes();
        slow.insert("bpm", 60);
        QCOMPARE(loop.score(slow).reward, 3.0);

        // Without end: memory (one huge builtin call the watchdog cannot stop, then a
        // loop of allocations) ends in an error for that sample, not a hang.
        RewardScript greedy(helper());
        QVERIFY(greedy.load(write(dir, "greedy.js",
                                  "function score(s) { if (s.bpm > 100) { var a = []; while (true) "
                                  "a.push('x'.repeat(1 << 24) + a.length); } return 4; }"),
                            &error));
        t.restart();
        r = greedy.score(someNotes());
        QVERIFY(!r.ok());
        QVERIFY(t.elapsed() < 20000);
        QCOMPARE(greedy.score(slow).reward, 4.0);
        // A 512 MiB string doubled in one builtin call: past the helper's 768 MiB address
        // space (without the limit it returns 2^29), the helper ends; the next call works.
        // (A time limit of 5 s here, so that the memory limit is what stops it.)
        RewardScript::Limits roomy;
        roomy.call_ms = 5000;
        RewardScript huge(helper(), roomy);
        QVERIFY(huge.load(write(dir, "huge.js", "function score(s) { if (s.bpm > 100) { var a = 'x'.repeat(1 << 28);"
                                                " var b = a + a; return b.length; } return 5; }"), &error));
        t.restart();
        r = huge.score(someNotes());
        QCOMPARE(r.error, RewardResult::Error::Crashed);
        QVERIFY2(r.message(huge.name()).contains("memory"), qPrintable(r.message(huge.name())));
        QVERIFY(t.elapsed() < 20000);
        QCOMPARE(huge.score(slow).reward, 5.0);
    }

    void onlyRegularFilesAreRead()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath("pipe.js");
        QCOMPARE(mkfifo(fifo.toLocal8Bit().constData(), 0600), 0);
        RewardScript script(helper());
        QString error;
        QVERIFY(!script.load(fifo, &error));
        QVERIFY2(error.contains("not a regular file"), qPrintable(error));
        QVERIFY(!script.load("/dev/zero", &error));
        QVERIFY(error.contains("not a regular file"));
        QVERIFY(!script.load(dir.filePath("missing.js"), &error));
        QVERIFY(error.contains("no such file"));
        QByteArray big(RewardScript::kMaxScriptBytes + 10, ' ');
        QVERIFY(!script.load(write(dir, "big.js", big), &error));
        QVERIFY(error.contains("larger than"));
    }

    void samplesHaveTheDocumentedShape()
    {
        const QJsonObject m = someNotes();
        const QJsonArray notes = m.value("notes").toArray();
        QCOMPARE(notes.size(), 2);
        QCOMPARE(notes[0].toObject(), (QJsonObject{{"pitch", 60}, {"velocity", 100}, {"start", 0.0}, {"duration", 1.0}}));
        QCOMPARE(notes[1].toObject().value("start").toDouble(), 1.0);
        QCOMPARE(m.value("context").toArray()[0].toObject().value("pitch").toInt(), 55);
        QCOMPARE(m.value("key").toObject(), (QJsonObject{{"tonic", 7}, {"mode", "major"}}));
        QCOMPARE(m.value("bpm").toDouble(), 120.0);
        QVERIFY(RewardSample::music({}, 0, {}, 0, 480, std::nullopt, 90).value("key").isNull());

        // Strokes: absolute points, the generated part going on from the context's end.
        const QList<Stroke5> context{{1, 0, Stroke5::Down}, {1, 0, Stroke5::Up}};
        const QList<Stroke5> rows{{0, 2, Stroke5::Down}, {0, 1, Stroke5::Down}, {3, 0, Stroke5::Up},
                                  {1, 1, Stroke5::Up}, {0, 0, Stroke5::End}};
        const QJsonObject s = RewardSample::sketch(rows, context);
        const QJsonArray before = s.value("context").toArray();
        QCOMPARE(before.size(), 1);
        QCOMPARE(before[0].toArray().last().toObject(), (QJsonObject{{"x", 2.0}, {"y", 0.0}}));
        const QJsonArray strokes = s.value("strokes").toArray();
        QCOMPARE(strokes.size(), 2);
        QCOMPARE(strokes[0].toArray().size(), 3);
        QCOMPARE(strokes[0].toArray()[0].toObject(), (QJsonObject{{"x", 2.0}, {"y", 2.0}}));
        QCOMPARE(strokes[0].toArray()[2].toObject(), (QJsonObject{{"x", 5.0}, {"y", 3.0}}));
        QCOMPARE(strokes[1].toArray()[0].toObject(), (QJsonObject{{"x", 6.0}, {"y", 4.0}}));
    }
};

QTEST_GUILESS_MAIN(TestRewardScript)
#include "test_reward_script.moc"
