// The Sound-Morph phrase: it starts at the first note-on (earlier messages
// are not part of it), keeps each message's time since then, ignores what is
// not a note or a controller, stops at its length limit (saying so once), and
// clear() starts a new one.

#include "timbre/PhraseRecorder.h"

#include <QTest>

using namespace atelier::core;
using timbre::PhraseRecorder;

class TestPhraseRecorder : public QObject {
    Q_OBJECT
private slots:
    void startsAtTheFirstNoteOn()
    {
        PhraseRecorder phrase(10.0);
        const auto t0 = PhraseRecorder::Clock::now();
        using std::chrono::milliseconds;
        QCOMPARE(phrase.record(MidiMessage::noteOff(0, 60), t0), PhraseRecorder::Result::Ignored);
        QCOMPARE(phrase.record(MidiMessage::controlChange(0, 64, 127), t0), PhraseRecorder::Result::Ignored);
        QCOMPARE(phrase.record(MidiMessage::noteOn(0, 60, 90), t0 + milliseconds(500)), PhraseRecorder::Result::Recorded);
        QCOMPARE(phrase.record(MidiMessage::controlChange(0, 64, 127), t0 + milliseconds(750)),
                 PhraseRecorder::Result::Recorded);
        QCOMPARE(phrase.record(MidiMessage::noteOff(0, 60), t0 + milliseconds(1500)), PhraseRecorder::Result::Recorded);
        QCOMPARE(phrase.events().size(), std::size_t(3));
        QCOMPARE(phrase.events()[0].time_s, 0.0);
        QCOMPARE(phrase.events()[1].time_s, 0.25);
        QCOMPARE(phrase.events()[2].time_s, 1.0);
        QCOMPARE(phrase.noteCount(), 1);
        QCOMPARE(phrase.lengthSeconds(), 1.0);
    }

    void notesStillDownAreLetGoAtTheEnd()
    {
        PhraseRecorder phrase;
        const auto t0 = PhraseRecorder::Clock::now();
        using std::chrono::milliseconds;
        phrase.record(MidiMessage::noteOn(0, 60, 90), t0);
        phrase.record(MidiMessage::noteOn(0, 64, 90), t0 + milliseconds(200));
        phrase.record(MidiMessage::noteOff(0, 60), t0 + milliseconds(400));
        phrase.record(MidiMessage::controlChange(0, 64, 127), t0 + milliseconds(500));
        double end = 0;
        const auto events = phrase.closedEvents(0.25, &end);
        QCOMPARE(end, 0.75);
        QCOMPARE(events.size(), std::size_t(6));   // four played, E4 let go, the pedal up
        QVERIFY(events[4].message.isNoteOff() && events[4].message.data1 == 64);
        QCOMPARE(events[4].time_s, 0.75);
        QVERIFY(events[5].message.isController(MidiMessage::kCcSustain) && events[5].message.data2 == 0);
        // Nothing down: nothing added, the end is the last event.
        PhraseRecorder done;
        done.record(MidiMessage::noteOn(0, 60, 90), t0);
        done.record(MidiMessage::noteOff(0, 60), t0 + milliseconds(300));
        QCOMPARE(done.closedEvents(0.25, &end).size(), std::size_t(2));
        QCOMPARE(end, 0.3);
    }

    void stopsAtItsLimitAndSaysSoOnce()
    {
        PhraseRecorder phrase(2.0);
        const auto t0 = PhraseRecorder::Clock::now();
        using std::chrono::milliseconds;
        QCOMPARE(phrase.record(MidiMessage::noteOn(0, 60, 90), t0), PhraseRecorder::Result::Recorded);
        QCOMPARE(phrase.record(MidiMessage::noteOn(0, 62, 90), t0 + milliseconds(2500)), PhraseRecorder::Result::BecameFull);
        QCOMPARE(phrase.record(MidiMessage::noteOn(0, 64, 90), t0 + milliseconds(2600)), PhraseRecorder::Result::Full);
        QVERIFY(phrase.isFull());
        QCOMPARE(phrase.noteCount(), 1);
        phrase.clear();
        QVERIFY(!phrase.isFull());
        QVERIFY(phrase.events().empty());
        QCOMPARE(phrase.record(MidiMessage::noteOn(0, 64, 90), t0 + milliseconds(9000)), PhraseRecorder::Result::Recorded);
        QCOMPARE(phrase.events().front().time_s, 0.0);   // a new phrase starts at its own first note
    }
};

QTEST_GUILESS_MAIN(TestPhraseRecorder)
#include "test_phrase_recorder.moc"
