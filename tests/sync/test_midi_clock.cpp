// MIDI clock without a device: the leader's ticks, Start/Stop/Continue and
// Song Position Pointers against the song's timeline (tempo changes, loop
// wraps, locates), the tempo estimator on recorded jittery clocks (its
// smoothing, a tempo jump, a flood), and the follower driving a song: note
// onsets on the clock's beats, a clock that stops, an SPP beyond the song's
// end, and a leader playing into a follower. Expected frames are worked out
// by hand from the tempo (at 48 kHz and 120 bpm, one clock is 1000 frames).

#include "audio/PlaybackSnapshot.h"
#include "sync/ClockTempoEstimator.h"
#include "sync/MidiClockFollower.h"
#include "sync/MidiClockLeader.h"
#include "sync/SyncedPlayback.h"

#include <QtTest>
#include <cmath>
#include <cstdint>
#include <vector>

using namespace atelier::core;
using namespace atelier::core::midibytes;

namespace {

constexpr double kRate = 48000.0;
constexpr int kBlock = 128;

struct Heard {
    std::int64_t frame;
    RawMidiEvent event;
};

// Quarter notes (pitch 60) on every beat of `beats` beats.
Song quarters(int beats, double bpm = 120.0)
{
    Song song;
    Track t;
    t.channel = 0;
    for (int b = 0; b < beats; ++b)
        t.notes.append(Note{60, Tick(b) * kDefaultPpq, kDefaultPpq / 2, 100});
    song.tracks.append(t);
    song.tempos.append(TempoChange{0, bpm});
    return song;
}

// Runs `frames` frames through the playback in blocks, feeding `input`
// (absolute frames, in order) and keeping what comes out with absolute frames.
class Rig {
public:
    Rig(const Song &song, SyncedPlayback::Options options) : playback(nullptr, kRate, options)
    {
        playback.sequencer().publish(PlaybackSnapshot::build(song, kRate));
    }
    void run(std::int64_t frames, std::vector<Heard> input = {})
    {
        std::vector<float> l(kBlock), r(kBlock);
        std::size_t next = 0;
        for (std::int64_t end = now + frames; now < end; now += kBlock) {
            std::vector<RawMidiEvent> in;
            for (; next < input.size() && input[next].frame < now + kBlock; ++next) {
                RawMidiEvent e = input[next].event;
                e.offset = int(std::max<std::int64_t>(0, input[next].frame - now));
                in.push_back(e);
            }
            RawMidiBuffer out;
            playback.processCycle(now, kBlock, in.data(), int(in.size()), l.data(), r.data(), out);
            for (int i = 0; i < out.size(); ++i)
                heard.push_back({now + out[i].offset, out[i]});
        }
    }
    std::vector<std::int64_t> framesOf(std::uint8_t status) const
    {
        std::vector<std::int64_t> f;
        for (const Heard &h : heard)
            if (h.event.bytes[0] == status && !(status == 0x90 && h.event.bytes[2] == 0))
                f.push_back(h.frame);
        return f;
    }
    SyncedPlayback playback;
    std::int64_t now = 0;
    std::vector<Heard> heard;
};

Heard rt(std::int64_t frame, std::uint8_t status) { return {frame, RawMidiEvent::make(0, status)}; }

// A deterministic jitter in [-amplitude, +amplitude] (a plain LCG, not the code under test).
struct Jitter {
    std::uint32_t state = 12345;
    double next(double amplitude)
    {
        state = state * 1664525u + 1013904223u;
        return (double(state >> 8) / double(1u << 24) * 2.0 - 1.0) * amplitude;
    }
};

// A clock: Start at `start`, then ticks at `bpm` with jitter; returns the
// jitter-free frame of each tick in `ideal`.
std::vector<Heard> clockStream(std::int64_t start, double bpm, int ticks, double jitter_s,
                               std::vector<double> *ideal = nullptr, double jumpBpm = 0, int jumpAt = -1)
{
    std::vector<Heard> in{rt(start, kStart)};
    Jitter j;
    double t = double(start) + 480.0;   // the first clock 10 ms after Start
    for (int i = 0; i < ticks; ++i) {
        const double period = 60.0 * kRate / ((jumpAt >= 0 && i >= jumpAt ? jumpBpm : bpm) * 24);
        if (ideal)
            ideal->push_back(t);
        in.push_back(rt(std::llround(t + j.next(jitter_s * kRate)), kClock));
        t += period;
    }
    return in;
}

} // namespace

class TestMidiClock : public QObject {
    Q_OBJECT
private slots:
    void leaderTicksFollowTheTempoMap()
    {
        Song song = quarters(8);
        song.tempos.append(TempoChange{2 * kDefaultPpq, 60.0});   // from beat 2 on, one clock is 2000 frames
        Rig rig(song, {true, true, false});
        rig.playback.sequencer().play();
        rig.run(200000);
        const std::vector<std::int64_t> start = rig.framesOf(kStart);
        QCOMPARE(start.size(), std::size_t(1));
        QCOMPARE(start[0], std::int64_t(0));
        const std::vector<std::int64_t> clocks = rig.framesOf(kClock);
        QVERIFY(clocks.size() > 100);
        for (std::size_t k = 0; k < clocks.size(); ++k) {
            const std::int64_t expected = k < 48 ? std::int64_t(k) * 1000 : 48000 + std::int64_t(k - 48) * 2000;
            QCOMPARE(clocks[k], expected);
        }
        // The notes leave on the clock of their beat.
        const std::vector<std::int64_t> notes = rig.framesOf(0x90);
        QCOMPARE(notes[0], std::int64_t(0));
        QCOMPARE(notes[2], std::int64_t(48000));
        QCOMPARE(notes[3], std::int64_t(96000));
    }

    void leaderSendsStopSppContinueAtTheLoopWrap()
    {
        Song song = quarters(8);
        song.loop = LoopRegion{kDefaultPpq, 3 * kDefaultPpq, true};   // beats 1..3
        Rig rig(song, {true, true, false});
        rig.playback.sequencer().play();
        rig.run(100000);   // past the wrap at 72000 (3 beats at 120 bpm)
        const std::vector<std::int64_t> stops = rig.framesOf(kStop), conts = rig.framesOf(kContinue),
                                        spps = rig.framesOf(kSongPosition);
        QCOMPARE(stops, std::vector<std::int64_t>{72000});
        QCOMPARE(conts, std::vector<std::int64_t>{72000});
        QCOMPARE(spps, std::vector<std::int64_t>{72000});
        for (const Heard &h : rig.heard)
            if (h.event.bytes[0] == kSongPosition) {
                QCOMPARE(int(h.event.bytes[1]), 4);   // beat 1 = sixteenth 4
                QCOMPARE(int(h.event.bytes[2]), 0);
            }
        // Clocks: 0..71 every 1000 frames, then from the loop start (clock 24) at the wrap frame.
        const std::vector<std::int64_t> clocks = rig.framesOf(kClock);
        QCOMPARE(clocks[71], std::int64_t(71000));
        QCOMPARE(clocks[72], std::int64_t(72000));
        QCOMPARE(clocks[73], std::int64_t(73000));
        // Order at the wrap: Stop, SPP, Continue, then the clock.
        std::vector<std::uint8_t> atWrap;
        for (const Heard &h : rig.heard)
            if (h.frame == 72000 && h.event.bytes[0] >= 0xF0)
                atWrap.push_back(h.event.bytes[0]);
        QCOMPARE(atWrap, (std::vector<std::uint8_t>{kStop, kSongPosition, kContinue, kClock}));
    }

    void leaderLocatesToTheNextSixteenth()
    {
        Rig rig(quarters(8), {true, true, false});
        rig.playback.sequencer().locate(500);   // between sixteenths 4 (480) and 5 (600)
        rig.run(1280);
        QVERIFY(rig.framesOf(kClock).empty());
        QCOMPARE(rig.framesOf(kSongPosition).size(), std::size_t(1));   // cued while stopped
        rig.playback.sequencer().play();
        rig.run(20000);
        std::vector<int> spp;
        for (const Heard &h : rig.heard)
            if (h.event.bytes[0] == kSongPosition)
                spp.push_back(h.event.bytes[1]);
        QCOMPARE(spp, (std::vector<int>{5, 5}));
        QVERIFY(rig.framesOf(kStart).empty());
        QCOMPARE(rig.framesOf(kContinue).size(), std::size_t(1));
        // Playing began at tick 500 (frame 1280); clock 30 (tick 600) is 100 ticks = 5000 frames later.
        QCOMPARE(rig.framesOf(kClock).front(), std::int64_t(1280 + 5000));
        QCOMPARE(MidiClockLeader::sixteenthAtOrAfter(480.0, 480), std::int64_t(4));
        QCOMPARE(MidiClockLeader::sixteenthAtOrAfter(481.0, 480), std::int64_t(5));
    }

    void leaderStopsAtTheSongEnd()
    {
        Rig rig(quarters(2), {true, true, false});   // ends at beat 1.5 (note of half a beat): 36000 frames
        rig.playback.sequencer().play();
        rig.run(60000);
        QCOMPARE(rig.framesOf(kStop), std::vector<std::int64_t>{36000});
        QCOMPARE(rig.framesOf(kClock).size(), std::size_t(36));
    }

    void estimatorSmoothsJitter()
    {
        for (double jitter_ms : {1.0, 2.0}) {
            ClockTempoEstimator est(kRate);
            Jitter j;
            const double period = 60.0 * kRate / (100.0 * 24);   // 1200 frames
            for (int i = 0; i < 1000; ++i) {
                QVERIFY(est.addTick(10000.0 + i * period + j.next(jitter_ms / 1000.0 * kRate)));
                if (i >= 48)
                    QVERIFY2(std::abs(est.bpm() - 100.0) < 0.5, qPrintable(QString::number(est.bpm())));
            }
            QCOMPARE(est.tempoJumps(), std::int64_t(0));   // jitter is not a tempo change
        }
    }

    void estimatorFollowsATempoJumpWithinABeat()
    {
        ClockTempoEstimator est(kRate);
        Jitter j;
        double t = 0;
        for (int i = 0; i < 200; ++i, t += 1200.0)
            est.addTick(t + j.next(48));
        for (int i = 0; i < 24; ++i, t += 60.0 * kRate / (130.0 * 24))
            est.addTick(t + j.next(48));
        QCOMPARE(est.tempoJumps(), std::int64_t(1));
        QVERIFY2(std::abs(est.bpm() - 130.0) < 1.3, qPrintable(QString::number(est.bpm())));
    }

    void estimatorIgnoresAFlood()
    {
        ClockTempoEstimator est(kRate);
        int accepted = 0;
        for (int i = 0; i < 10000; ++i)
            accepted += est.addTick(i * 4.8) ? 1 : 0;   // one every 0.1 ms
        QVERIFY(accepted < 400);   // at most one per 3 ms
        QVERIFY(est.bpm() <= ClockTempoEstimator::kMaxBpm);
        QVERIFY(est.ignoredTicks() > 9000);
    }

    void followerPlaysOnTheClocksBeats()
    {
        Rig rig(quarters(16, 120.0), {true, false, true});   // the song says 120; the clock says 100
        std::vector<double> ideal;
        rig.run(8 * 48000, clockStream(1000, 100.0, 24 * 12, 0.001, &ideal));
        const std::vector<std::int64_t> notes = rig.framesOf(0x90);
        QVERIFY(notes.size() >= 10);
        for (std::size_t b = 0; b < notes.size(); ++b) {
            const double error_ms = (double(notes[b]) - ideal[b * 24]) / kRate * 1000.0;
            QVERIFY2(std::abs(error_ms) <= 5.0, qPrintable(QStringLiteral("beat %1: %2 ms").arg(b).arg(error_ms)));
        }
        QVERIFY(std::abs(rig.playback.follower()->bpm() - 100.0) < 0.5);
    }

    void followerRelocksAfterATempoJump()
    {
        Rig rig(quarters(32, 120.0), {true, false, true});
        std::vector<double> ideal;
        rig.run(13 * 48000, clockStream(1000, 100.0, 24 * 24, 0.001, &ideal, 130.0, 24 * 10));
        const std::vector<std::int64_t> notes = rig.framesOf(0x90);
        QVERIFY(notes.size() >= 20);
        for (std::size_t b = 12; b < std::min<std::size_t>(notes.size(), 24); ++b) {   // two beats after the jump at 10
            const double error_ms = (double(notes[b]) - ideal[b * 24]) / kRate * 1000.0;
            QVERIFY2(std::abs(error_ms) <= 5.0, qPrintable(QStringLiteral("beat %1: %2 ms").arg(b).arg(error_ms)));
        }
        QVERIFY(std::abs(rig.playback.follower()->bpm() - 130.0) < 0.65);
    }

    void followerHoldsWhenTheClockStops()
    {
        Rig rig(quarters(16), {true, false, true});
        rig.run(60000, clockStream(1000, 120.0, 48, 0.0));   // clocks 0..47 (two beats), then silence
        // It runs on to the clock that did not come (48, beat 2) and waits there.
        const Tick held = rig.playback.playhead();
        QCOMPARE(held, Tick(2 * kDefaultPpq));
        rig.run(3 * 48000);
        QCOMPARE(rig.playback.playhead(), held);   // no runaway
        QVERIFY(rig.playback.follower()->clockLost());
        QCOMPARE(rig.framesOf(0x90).size(), std::size_t(2));
    }

    void followerSurvivesSppBeyondTheEndAndAFlood()
    {
        Rig rig(quarters(4), {true, false, true});
        std::vector<Heard> in{{100, RawMidiEvent::make(0, kSongPosition, 3, 0x7F, 0x7F)}, rt(200, kContinue)};
        for (int i = 0; i < 20000; ++i)
            in.push_back(rt(300 + i * 2, kClock));   // 24,000 clocks a second
        rig.run(48000, in);
        QVERIFY(rig.framesOf(0x90).empty());   // nothing to play out there
        QVERIFY(rig.playback.follower()->ignoredTicks() > 15000);
        // A proper Start afterwards plays the song from its beginning.
        std::vector<Heard> again = clockStream(rig.now + 100, 120.0, 30, 0.0);
        rig.run(30000, again);
        QCOMPARE(rig.framesOf(0x90).size(), std::size_t(2));
    }

    void leaderDrivesAFollower()
    {
        Song song = quarters(8);
        song.tempos.append(TempoChange{4 * kDefaultPpq, 90.0});
        Rig leader(song, {true, true, false});
        leader.playback.sequencer().play();
        leader.run(5 * 48000);
        std::vector<Heard> clock;
        for (const Heard &h : leader.heard)
            if (h.event.bytes[0] >= 0xF0)
                clock.push_back(h);
        Rig follower(quarters(8, 60.0), {true, false, true});   // its own tempo does not matter
        follower.run(5 * 48000, clock);
        const std::vector<std::int64_t> a = leader.framesOf(0x90), b = follower.framesOf(0x90);
        QCOMPARE(b.size(), a.size());
        for (std::size_t i = 0; i < a.size(); ++i)
            QVERIFY2(std::abs(double(b[i] - a[i])) / kRate * 1000.0 <= 2.0,
                     qPrintable(QStringLiteral("note %1: %2 vs %3").arg(i).arg(b[i]).arg(a[i])));
    }
};

QTEST_GUILESS_MAIN(TestMidiClock)
#include "test_midi_clock.moc"
