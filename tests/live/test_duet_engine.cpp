// DuetEngine and DuetReplyGenerator with a deterministic model and made-up
// times: phrase ends, leading rests, keys, interruption, the maximum phrase
// length, the sustain pedal, stray input, a flood of notes, mutate, and the
// recording as a Song.

#include "StepPerformanceModel.h"

#include "live/DuetEngine.h"
#include "live/DuetRecording.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace atelier::core;

namespace {

constexpr double kRate = 48000;
Frame at(double seconds) { return Frame(std::llround(seconds * kRate)); }
TimedMidiEvent on(double s, int pitch, int velocity = 100) { return {at(s), MidiMessage::noteOn(0, pitch, velocity)}; }
TimedMidiEvent off(double s, int pitch) { return {at(s), MidiMessage::noteOff(0, pitch)}; }

DuetSettings greedy()
{
    DuetSettings s;
    s.temperature = 0;
    return s;
}

struct Harness {
    std::shared_ptr<StepPerformanceModel> model = std::make_shared<StepPerformanceModel>();
    DuetEngine engine;
    DuetEngine::Output out;
    std::vector<TimedMidiEvent> scheduled;
    int cancels = 0;
    int dense = 0;
    explicit Harness(const DuetSettings &s = greedy()) : engine(model, s, kRate) {}
    void take()
    {
        if (out.cancel)
            ++cancels, scheduled.clear();
        dense += out.phraseTooDense;
        scheduled.insert(scheduled.end(), out.events.begin(), out.events.end());
        out.clear();
    }
    void hear(const TimedMidiEvent &e) { engine.hear(e, out); take(); }
    void advance(double now) { engine.advance(at(now), at(now), out); take(); }
    void finishWork()
    {
        while (engine.work(64, out))
            take();
        take();
    }
    std::vector<TimedMidiEvent> noteOns() const
    {
        std::vector<TimedMidiEvent> v;
        for (const auto &e : scheduled)
            if (e.message.isNoteOn())
                v.push_back(e);
        return v;
    }
};

} // namespace

// A melody "model" that only logs the tokens it is fed.
class TokenLog : public IMusicModel {
public:
    struct S : State {
        int batch() const override { return 1; }
        std::unique_ptr<State> clone() const override { return std::make_unique<S>(*this); }
    };
    QString name() const override { return "log"; }
    MusicModelKind kind() const override { return MusicModelKind::Melody; }
    int vocabSize() const override { return MelodyEncoding::kVocab; }
    int controlSize() const override { return 0; }
    std::unique_ptr<State> newState(int) const override { return std::make_unique<S>(); }
    void step(State &, const int *tokens, const float *, float *logits) const override
    {
        fed.push_back(tokens[0]);
        std::fill(logits, logits + MelodyEncoding::kVocab, 0.0f);
    }
    mutable std::vector<int> fed;
};

class TestDuetEngine : public QObject {
    Q_OBJECT
private slots:
    void melodyPhraseIsHeardAsTheMelodyEncodingWritesIt()
    {
        // At 120 bpm a 16th is 0.125 s. The live encoder must feed what
        // MelodyEncoding::encode makes of the same notes (after the start token).
        TokenLog model;
        LivePhraseEncoder enc(model, kRate, 120);
        enc.begin(0);
        enc.noteOn(at(0.0), 60, 90);
        enc.noteOff(at(0.25), 60);
        enc.noteOn(at(0.25), 64, 90);
        enc.noteOff(at(0.5), 64);
        enc.noteOn(at(0.5), 40, 90);   // folded into the model's range: 52
        enc.noteOff(at(0.625), 40);
        std::vector<float> logits;
        QVERIFY(enc.snapshot(&logits) != nullptr);
        const QList<Note> notes = {{60, 0, 240, 90}, {64, 240, 240, 90}, {40, 480, 120, 90}};
        std::vector<int> expected = {MelodyEncoding::kNoEvent};
        const std::vector<int> labels = MelodyEncoding::encode(notes, 480, 0, 6, 0);
        expected.insert(expected.end(), labels.begin(), labels.end());
        QCOMPARE(model.fed, expected);
    }

    void replyStartsAtPhraseEndWithoutLeadingRest()
    {
        Harness h;
        h.hear(on(0.0, 60));
        h.hear(off(0.2, 60));
        h.hear(on(0.3, 64));
        h.hear(off(0.5, 64));
        h.advance(0.9);
        QVERIFY(h.scheduled.empty());        // 0.4 s of silence: not yet
        h.finishWork();                      // speculative: nothing is scheduled before the phrase ends
        QVERIFY(h.scheduled.empty());
        QVERIFY(h.engine.replies().empty());
        h.advance(1.0);
        h.finishWork();
        QCOMPARE(h.engine.replies().size(), std::size_t(1));
        const DuetReply &r = h.engine.replies().front();
        QCOMPARE(r.phraseEnd, at(1.0));
        QCOMPARE(r.start, at(1.0));
        QVERIFY(r.complete);
        // 64 + 1 = 65 (F, in C major), 200 ms; then 65 + 1 = 66 is out of C major -> 67.
        // The reply is as long as the phrase (0.5 s) clamped to 1 s: two notes.
        const auto ons = h.noteOns();
        QCOMPARE(ons.size(), std::size_t(2));
        QCOMPARE(ons[0].frame, at(1.0));
        QCOMPARE(int(ons[0].message.data1), 65);
        QCOMPARE(ons[1].frame, at(1.7));
        QCOMPARE(int(ons[1].message.data1), 67);
        QCOMPARE(r.notes.size(), std::size_t(2));
        QCOMPARE(r.notes[0].end, at(1.2));
        QCOMPARE(r.notes[1].end, at(1.9));
        QCOMPARE(r.key->toString(), QStringLiteral("C:major"));
        int offs = 0;
        for (const auto &e : h.scheduled)
            offs += e.message.isNoteOff();
        QCOMPARE(offs, 2);
    }

    void tempoSyncedPhraseEndsOnTheNextBarLine()
    {
        DuetSettings s = greedy();
        s.barSync = true;   // 120 bpm: a beat is 0.5 s, the gap 0.25 s
        Harness h(s);
        bool transportRuns = true;
        // Bar lines every 2 s from 0.1 s (4/4 at 120 bpm, the song started at 0.1 s).
        h.engine.setBarLines([&transportRuns](Frame after) -> std::optional<Frame> {
            if (!transportRuns)
                return std::nullopt;
            const Frame origin = at(0.1), bar = at(2.0);
            return origin + std::max<Frame>(0, (after - origin + bar - 1) / bar) * bar;
        });
        h.hear(on(0.2, 60));
        h.hear(off(0.9, 60));
        h.advance(1.5);       // the silence is long over, but the bar line is at 2.1 s
        h.finishWork();
        QVERIFY(h.engine.replies().empty());
        h.advance(2.1);
        h.finishWork();
        QCOMPARE(h.engine.replies().size(), std::size_t(1));
        QCOMPARE(h.engine.replies()[0].phraseEnd, at(2.1));
        QCOMPARE(h.engine.replies()[0].start, at(2.1));
        QCOMPARE(h.noteOns().front().frame, at(2.1));
        // Keys up 0.1 s before a bar line: shorter than the gap, so the next bar (6.1 s).
        h.hear(on(3.0, 62));
        h.hear(off(4.0, 62));
        h.advance(4.2);
        QCOMPARE(h.engine.replies().size(), std::size_t(1));
        h.advance(6.0);
        QCOMPARE(h.engine.replies().size(), std::size_t(1));
        h.advance(6.1);
        QCOMPARE(h.engine.replies().size(), std::size_t(2));
        QCOMPARE(h.engine.replies()[1].phraseEnd, at(6.1));
        // The transport stopped: the silence ends the phrase again.
        transportRuns = false;
        h.hear(on(8.0, 64));
        h.hear(off(8.2, 64));
        h.advance(8.7);
        QCOMPARE(h.engine.replies().size(), std::size_t(3));
        QCOMPARE(h.engine.replies()[2].phraseEnd, at(8.7));
    }

    void laterEarliestFrameDelaysTheStart()
    {
        Harness h;
        h.hear(on(0.0, 60));
        h.hear(off(0.2, 60));
        h.finishWork();
        h.engine.advance(at(0.7), at(0.703), h.out);
        h.take();
        QCOMPARE(h.engine.replies().front().start, at(0.703));
        QCOMPARE(h.noteOns().front().frame, at(0.703));
    }

    void anyKeyAndFixedKey()
    {
        DuetSettings s = greedy();
        s.keyMode = DuetSettings::KeyMode::Any;
        Harness any(s);
        any.hear(on(0.0, 60));
        any.hear(off(0.3, 60));
        any.advance(0.8);
        any.finishWork();
        QCOMPARE(int(any.noteOns().front().message.data1), 61);
        QVERIFY(!any.engine.replies().front().key);

        s.keyMode = DuetSettings::KeyMode::Fixed;
        s.fixedKey = *KeyScale::parse("F#:major");   // 61 (C#) is in it, 62 is not
        Harness fixed(s);
        fixed.hear(on(0.0, 61));
        fixed.hear(off(0.3, 61));
        fixed.advance(0.8);
        fixed.finishWork();
        QCOMPARE(int(fixed.noteOns().front().message.data1), 63);   // 62 masked
    }

    void playingDuringAReplyStopsIt()
    {
        Harness h;
        h.hear(on(0.0, 64));
        h.hear(off(0.5, 64));
        h.advance(1.0);
        h.finishWork();
        QCOMPARE(h.noteOns().size(), std::size_t(2));
        h.hear(on(1.5, 72));   // during the rest between the reply's notes
        QCOMPARE(h.cancels, 1);
        QVERIFY(h.engine.phraseActive());
        const DuetReply &r = h.engine.replies().front();
        QVERIFY(r.interrupted);
        QCOMPARE(r.notes.size(), std::size_t(1));   // the note at 1.7 s never sounded
        QCOMPARE(r.notes[0].end, at(1.2));
        h.hear(off(1.8, 72));
        h.advance(2.3);
        h.finishWork();
        QCOMPARE(h.engine.replies().size(), std::size_t(2));
        QCOMPARE(int(h.noteOns().front().message.data1), 74);   // 73 is out of C major
    }

    void maximumPhraseLengthEndsAHeldPhrase()
    {
        DuetSettings s = greedy();
        s.maxPhrase_s = 2.0;
        Harness h(s);
        h.hear(on(0.0, 60));
        h.advance(1.9);
        QVERIFY(h.engine.replies().empty());
        h.advance(2.01);
        h.finishWork();
        QCOMPARE(h.engine.replies().size(), std::size_t(1));
        QCOMPARE(h.engine.replies().front().phraseEnd, at(2.0));
        QCOMPARE(h.engine.replies().front().start, at(2.01));   // nothing before the earliest frame
        // The held key's note-off later is recorded and starts nothing.
        h.hear(off(2.5, 60));
        QCOMPARE(h.engine.playerNotes().front().end, at(2.5));
        QVERIFY(!h.engine.phraseActive());
    }

    void sustainPedalHoldsThePhrase()
    {
        Harness h;
        h.hear({at(0.0), MidiMessage::controlChange(0, 64, 127)});
        h.hear(on(0.1, 60));
        h.hear(off(0.3, 60));
        h.advance(1.5);
        QVERIFY(h.engine.replies().empty());   // the pedal still holds the note
        h.hear({at(2.0), MidiMessage::controlChange(0, 64, 0)});
        h.advance(2.49);
        QVERIFY(h.engine.replies().empty());
        h.advance(2.5);
        h.finishWork();
        QCOMPARE(h.engine.replies().size(), std::size_t(1));
        QCOMPARE(h.engine.replies().front().phraseEnd, at(2.5));
    }

    void strayInputIsHarmless()
    {
        Harness h;
        h.hear(off(0.0, 60));                                           // note-off with no note-on
        h.hear({at(0.0), MidiMessage::controlChange(0, 1, 90)});        // other controllers
        h.hear({at(0.0), MidiMessage::make(0xE0, 0, 0, 64)});           // pitch bend
        h.hear({at(0.0), MidiMessage::programChange(0, 5)});
        QVERIFY(!h.engine.phraseActive());
        QVERIFY(h.engine.playerNotes().empty());
        h.hear({at(0.1), MidiMessage::make(MidiMessage::kNoteOn, 0, 60, 0)});   // velocity 0 = note-off
        QVERIFY(h.engine.playerNotes().empty());
        h.advance(5.0);
        QVERIFY(h.engine.replies().empty());
        QVERIFY(h.scheduled.empty());
    }

    void floodOfNotesIsBoundedAndLeavesNoStuckNote()
    {
        Harness h;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 10000; ++i) {   // 10,000 notes in one second
            const double t = i / 10000.0;
            h.hear(on(t, 36 + i % 60));
            h.hear(off(t + 0.00005, 36 + i % 60));
            if (i % 50 == 0)
                h.advance(t);
        }
        QVERIFY2(timer.elapsed() < 60000, "a flood must not take minutes");
        QCOMPARE(h.dense, 1);   // reported once
        QVERIFY(h.model->steps <= LivePhraseEncoder::kMaxTokens + 1000);
        h.advance(1.6);
        h.finishWork();
        QCOMPARE(h.engine.replies().size(), std::size_t(1));
        for (const DuetNote &n : h.engine.playerNotes())
            QVERIFY(n.end > n.start);
        DuetEngine::Output out;
        h.engine.stop(at(1.65), out);
        for (const DuetNote &n : h.engine.replies().front().notes)
            QVERIFY(n.end >= n.start);
    }

    void mutateResamplesTheLastReply()
    {
        DuetSettings s;
        s.temperature = 1.0;
        Harness h(s);
        h.hear(on(0.0, 60));
        h.hear(off(0.5, 60));
        h.advance(1.0);
        h.finishWork();
        QCOMPARE(h.engine.replies().size(), std::size_t(1));
        QVERIFY(h.engine.mutate(at(1.1), at(1.1), h.out));
        h.take();
        h.finishWork();
        QCOMPARE(h.cancels, 1);
        QCOMPARE(h.engine.replies().size(), std::size_t(2));
        QVERIFY(h.engine.replies()[0].interrupted);
        QCOMPARE(h.engine.replies()[1].start, at(1.1));
    }

    void stopEndsEveryNote()
    {
        Harness h;
        h.hear(on(0.0, 60));
        h.hear(off(0.5, 60));
        h.advance(1.0);
        h.finishWork();
        h.hear(on(1.05, 67));   // interrupts, and is held
        DuetEngine::Output out;
        h.engine.stop(at(1.1), out);
        QVERIFY(!out.cancel);   // the reply was already cut by the note
        for (const DuetNote &n : h.engine.playerNotes())
            QVERIFY(n.end > n.start);
        QCOMPARE(h.engine.playerNotes().back().end, at(1.1));
    }

    void recordingIsTwoTracksAtThePlayedTimes()
    {
        Harness h;
        h.hear(on(1.0, 60, 90));
        h.hear(off(1.5, 60));
        h.advance(2.0);
        h.finishWork();
        const Song song = DuetRecording::toSong(h.engine.playerNotes(), h.engine.replies(), at(0.5), kRate);
        QCOMPARE(song.tracks.size(), 2);
        // 120 bpm, 480 ppq: 960 ticks per second, from the origin at 0.5 s.
        QCOMPARE(song.tracks[0].notes.size(), 1);
        QCOMPARE(song.tracks[0].notes[0].start, Tick(480));
        QCOMPARE(song.tracks[0].notes[0].length, Tick(480));
        QCOMPARE(song.tracks[0].notes[0].velocity, 90);
        QCOMPARE(song.tracks[1].notes.size(), 2);
        QCOMPARE(song.tracks[1].notes[0].start, Tick(1440));   // 2.0 s
        QCOMPARE(song.tracks[1].notes[0].pitch, 62);           // 61 is out of C major
        QCOMPARE(song.tracks[1].channel, 1);
    }
};

QTEST_GUILESS_MAIN(TestDuetEngine)
#include "test_duet_engine.moc"
