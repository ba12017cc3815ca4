#pragma once
// ClockFollowDriver: the studio's song follows a MIDI clock that comes in
// through the studio's MIDI input (a DAW playing into "Atelier In", or any
// port chosen in Preferences). It reads a clock-only input (the
// MidiInputHub's clock tap) on the audio thread and hands each message to a
// MidiClockFollower at its frame: Start, Continue, Stop and Song Position
// drive the transport, the ticks set the tempo and the phase.
//
// The input's stamps are on the studio's audio clock at arrival, which is
// at most one callback ahead of what the callback renders; each message acts
// one callback after its stamp, so a steady clock stays steady (a constant
// delay, not a jitter of a callback).
//
// While it drives, Play and Stop from the studio do not start the song: the
// clock's Start does (the transport bar says so); Stop still stops it at once.
//
// Threads: setFollowing() and the readings from any thread; beginCycle() and
// drive() on the audio thread, which is the input's one consumer.

#include "audio/IMidiInput.h"
#include "audio/ITransportDriver.h"
#include "sync/MidiClockFollower.h"

#include <atomic>

namespace atelier::core {

class ClockFollowDriver final : public ITransportDriver {
public:
    explicit ClockFollowDriver(IMidiInput &clockInput) : m_input(clockInput) {}

    // On: the next callback forgets what came before and waits for the clock.
    void setFollowing(bool on);
    bool isFollowing() const { return m_following.load(std::memory_order_relaxed); }

    // ITransportDriver
    bool isDriving() const override { return isFollowing(); }
    void requestPlay() override {}
    void requestStop() override {}
    void beginCycle(Frame cycleStart, double sampleRate, std::int64_t outputLatency_us,
                    const Sequencer &sequencer) override;
    int drive(Sequencer &sequencer, int offset, int frames) override;

    // Any thread: the follower's readings (bpm(), running(), clockLost()).
    const MidiClockFollower &follower() const { return m_follower; }
    double takePhaseError_ms() { return m_follower.takePhaseError_ms(); }

private:
    void handle(const TimedMidiEvent &event, Frame at, Sequencer &sequencer);

    IMidiInput &m_input;
    MidiClockFollower m_follower{48000.0};
    std::atomic<bool> m_following{false};
    std::atomic<bool> m_reset{true};
    double m_rate = 0;
    Frame m_cycleStart = 0;
    int m_delay = 0;               // frames: one callback
    TimedMidiEvent m_pending;
    bool m_hasPending = false;
};

} // namespace atelier::core
