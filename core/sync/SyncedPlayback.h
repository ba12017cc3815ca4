#pragma once
// SyncedPlayback: the song played inside a device cycle that carries audio
// and MIDI on one clock (IMidiCycle; JackMidiClient on JACK), with
//  - every message the sequencer plays also leaving as MIDI at its exact
//    frame (MidiTeeSink), on the track's channel;
//  - optionally MIDI clock sent from the song's timeline (MidiClockLeader);
//  - optionally the transport following an incoming MIDI clock
//    (MidiClockFollower): the cycle is split at every incoming message so
//    that each one acts at its own frame;
//  - optionally the song on an Ableton Link session's timeline (LinkDriver).
// The transport from other threads goes through sequencer() (publish, play,
// stop, locate: the lock-free messages). Device thread: processCycle only.

#include "audio/IMidiCycle.h"
#include "audio/Sequencer.h"
#include "sync/LinkDriver.h"
#include "sync/MidiClockFollower.h"
#include "sync/MidiClockLeader.h"
#include "sync/MidiTeeSink.h"

#include <atomic>
#include <memory>
#include <vector>

namespace atelier::core {

class IEventSink;
class LinkSession;

class SyncedPlayback final : public IMidiCycle {
public:
    struct Options {
        bool midiOut = true;       // the song's messages leave as MIDI
        bool sendClock = false;    // MIDI clock, Start/Stop/Continue, SPP
        bool followClock = false;  // the transport follows the incoming clock
        LinkSession *link = nullptr;   // not owned: play on this Link session's timeline
    };
    static constexpr int kMaxFrames = 8192;

    // `synth` (not owned, may be null) renders the audio.
    SyncedPlayback(IEventSink *synth, double sampleRate, const Options &options);
    ~SyncedPlayback() override;

    Sequencer &sequencer() { return *m_sequencer; }
    MidiClockFollower *follower() { return m_follower.get(); }
    LinkDriver *linkDriver() { return m_link.get(); }
    // Any thread: play and stop as the sync mode wants it (on Link: from the
    // session's next bar; otherwise at once).
    void requestPlay();
    void requestStop();
    // Any thread: how long until a cycle's first frame is heard (for Link).
    void setOutputLatency_us(std::int64_t latency) { m_outputLatency_us.store(latency); }
    // Any thread: song position (ticks) and whether it plays, as of the last cycle.
    Tick playhead() const { return m_sequencer->playheadTick(); }
    bool isPlaying() const { return m_sequencer->isPlaying(); }
    // Any thread: MIDI messages that did not fit a cycle's buffers.
    std::int64_t droppedMidi() const { return m_dropped.load(std::memory_order_relaxed); }

    void processCycle(Frame cycleStart, int frames, const RawMidiEvent *in, int inCount, float *left, float *right,
                      RawMidiBuffer &out) override;

private:
    Options m_options;
    MidiTeeSink m_tee;
    std::unique_ptr<Sequencer> m_sequencer;
    MidiClockLeader m_leader;
    std::unique_ptr<MidiClockFollower> m_follower;
    std::unique_ptr<LinkDriver> m_link;
    double m_sampleRate;
    std::atomic<std::int64_t> m_outputLatency_us{0};
    RawMidiBuffer m_clock;
    std::vector<float> m_scratchL, m_scratchR;
    std::atomic<std::int64_t> m_dropped{0};
};

} // namespace atelier::core
