#pragma once
// MidiClockFollower: the sequencer follows a MIDI clock leader (a DAW, a
// drum machine). Called on the audio thread between the sequencer's blocks,
// which the caller splits at every incoming message:
//  - Start locates to the song start, Continue keeps the position (or the
//    last Song Position Pointer), and playback begins on the first clock
//    after either; Stop stops; SPP locates (sixteenths).
//  - Each clock moves the followed position to the next 1/24 beat; between
//    clocks the position runs on at the tempo the ClockTempoEstimator sees
//    (jitter smoothed, jumps followed) but never past the next clock that
//    has not come yet, so a clock that stops holds the song where it is
//    (no runaway), and the song stays phase-locked to the tick count.
//  - Before the line has two ticks, the song's own tempo stands in.
// The followed tempo, the phase error (the song's position against the
// clock's, measured at each tick) and whether the clock went quiet are
// published through atomics for any thread.

#include "audio/IMidiCycle.h"
#include "sync/ClockTempoEstimator.h"

#include <atomic>
#include <cstdint>

namespace atelier::core {

class Sequencer;

class MidiClockFollower {
public:
    static constexpr double kClockLost_s = 1.0;

    explicit MidiClockFollower(double sampleRate);
    // Audio thread (or before it runs): forgets the clock, as if new.
    void reset(double sampleRate);

    // Audio thread only. A real-time or song-position message at `frame`
    // (channel messages are ignored).
    void receive(const RawMidiEvent &event, Frame frame, Sequencer &sequencer);
    // Audio thread only. Before the sequencer renders [from, from + frames):
    // sets its rate so that it lands where the clock will be.
    void drive(Sequencer &sequencer, Frame from, int frames);

    // Any thread.
    bool running() const { return m_runningFlag.load(std::memory_order_relaxed); }
    double bpm() const { return m_bpm.load(std::memory_order_relaxed); }
    bool clockLost() const { return m_lost.load(std::memory_order_relaxed); }
    std::int64_t ignoredTicks() const { return m_ignored.load(std::memory_order_relaxed); }
    // The largest phase error (ms, signed by the worse side) since the last call.
    double takePhaseError_ms();

private:
    void tick(Frame frame, Sequencer &sequencer);

    double m_rate;
    ClockTempoEstimator m_estimator;
    bool m_armed = false;
    bool m_running = false;
    std::int64_t m_clock = 0;          // position (clocks) of the latest tick
    std::int64_t m_startClock = 0;     // where the next Start/Continue begins
    double m_lastTick = 0;             // frame of the latest tick
    std::atomic<bool> m_runningFlag{false};
    std::atomic<double> m_bpm{0};
    std::atomic<bool> m_lost{false};
    std::atomic<std::int64_t> m_ignored{0};
    std::atomic<double> m_phaseError{0};
};

} // namespace atelier::core
