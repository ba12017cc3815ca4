#pragma once
// LinkSession: Atelier in an Ableton Link session (tempo, beat phase and,
// optionally, start/stop shared with Live, Bitwig, phones, another Atelier
// on the local network). The only file that includes Link's headers (with
// asio, they are heavy): everything else sees this small interface.
//
// Threads: enable/tempo/peers from any one control thread (Link's app-side
// state); beginCycle/beatAt/... on the audio thread only (Link's realtime-
// safe audio-side state, captured once per cycle).

#include <cstdint>
#include <memory>

namespace atelier::core {

class LinkSession {
public:
    static constexpr double kQuantum = 4.0;   // beats: a 4/4 bar

    explicit LinkSession(double bpm = 120.0);
    ~LinkSession();
    LinkSession(const LinkSession &) = delete;
    LinkSession &operator=(const LinkSession &) = delete;

    // Control thread.
    void setEnabled(bool enabled);
    bool isEnabled() const;
    void setStartStopSync(bool enabled);
    bool startStopSync() const;
    int peers() const;
    double tempo() const;
    void setTempo(double bpm);
    // Link's clock (microseconds), the time base every peer shares.
    std::int64_t hostMicros() const;

    // Audio thread. At the start of a cycle: `sampleTime` counts the frames
    // of every cycle so far; `outputLatency_us` is how long until the
    // cycle's first frame is heard.
    void beginCycle(double sampleTime, double sampleRate, std::int64_t outputLatency_us);
    // The session's beat and tempo when frame `offset` of this cycle is heard.
    double beatAt(double offset) const;
    std::int64_t hostTimeAt(double offset) const;
    double cycleTempo() const;
    bool cyclePlaying() const;   // the session's start/stop state (with start/stop sync)
    // Audio thread: start or stop the session's transport (with start/stop sync).
    void setPlayingAt(bool playing, double offset);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace atelier::core
