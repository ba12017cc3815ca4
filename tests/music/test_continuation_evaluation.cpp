// The figures a continuation is judged by, on notes whose answers are
// counted by hand.

#include "music/ContinuationEvaluation.h"

#include <QTest>

using namespace atelier::core;

class TestContinuationEvaluation : public QObject {
    Q_OBJECT
private slots:
    void statsByHand()
    {
        // ppq 4, 2 beats: C (on the beat, vel 80), C# (off the beat, 100), G (on beat 2, 90), F# (off, 70).
        const QList<Note> notes{{60, 0, 2, 80}, {61, 2, 2, 100}, {67, 4, 2, 90}, {66, 6, 2, 70}};
        const auto s = ContinuationEvaluation::stats(notes, *KeyScale::parse("C:major"), 4, 8);
        QCOMPARE(s.notes, 4);
        QCOMPARE(s.inKey, 0.5);          // C and G
        QCOMPARE(s.notesPerBeat, 2.0);   // 4 notes over 2 beats
        QCOMPARE(s.onBeat, 0.5);
        QCOMPARE(s.meanVelocity, 85.0);
        // In G major F# belongs: three of four.
        QCOMPARE(ContinuationEvaluation::stats(notes, *KeyScale::parse("G:major"), 4, 8).inKey, 0.75);
        QCOMPARE(ContinuationEvaluation::stats({}, *KeyScale::parse("C:major"), 4, 8).notes, 0);
        QCOMPARE(ContinuationEvaluation::stats(notes, *KeyScale::parse("C:major"), 4, 0).notes, 0);
    }
};

QTEST_GUILESS_MAIN(TestContinuationEvaluation)
#include "test_continuation_evaluation.moc"
