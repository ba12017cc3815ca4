#pragma once
// LinkDriver: the sequencer plays on an Ableton Link session's timeline.
// Play waits for the session's next bar (its 4-beat quantum) and starts the
// song there, so the song's bars fall on the session's bars; from then on,
// each block the song is moved at the rate that lands it on the session's
// beat at the block's end (the session's tempo, and any change of it, come
// with it). With start/stop sync, play and stop go through the session: a
// peer's start starts the song on the next bar, a peer's stop stops it.
// A jump of the session's timeline by more than a beat relocates the song.
//
// Threads: requestPlay/requestStop and the readings from any thread; the
// rest on the audio thread, between the sequencer's blocks.

#include "audio/ITransportDriver.h"

#include <atomic>
#include <cstdint>

namespace atelier::core {

class LinkSession;

class LinkDriver final : public ITransportDriver {
public:
    explicit LinkDriver(LinkSession &session) : m_session(session) {}

    // Any thread. It drives while the session is enabled.
    bool isDriving() const override;
    void requestPlay() override { m_wantPlay.store(true); }
    void requestStop() override { m_wantStop.store(true); }
    double bpm() const { return m_bpm.load(std::memory_order_relaxed); }
    // The largest phase error (ms, signed) since the last call: the song
    // against the session's timeline at the start of each cycle.
    double takePhaseError_ms() { return m_phaseError.exchange(0.0, std::memory_order_relaxed); }
    // Where the song was at a host time (Link's clock), as of the last cycle.
    struct Reading {
        std::int64_t host_us = 0;
        double songBeat = 0;
        double sessionBeat = 0;
        bool playing = false;
    };
    Reading lastReading() const;

    // Audio thread.
    void beginCycle(Frame cycleStart, double sampleRate, std::int64_t outputLatency_us,
                    const Sequencer &sequencer) override;
    // Before the sequencer renders from `offset` for up to `frames` frames:
    // starts, stops or sets its rate; returns how many frames to render now.
    int drive(Sequencer &sequencer, int offset, int frames) override;

private:
    void publish(const Reading &reading);

    LinkSession &m_session;
    bool m_armed = false;
    bool m_aligned = false;
    bool m_sessionPlaying = false;
    double m_offset = 0;   // song beat minus session beat while aligned
    std::atomic<bool> m_wantPlay{false}, m_wantStop{false};
    std::atomic<double> m_bpm{0}, m_phaseError{0};
    std::atomic<std::uint32_t> m_seq{0};
    std::atomic<std::int64_t> m_readHost{0};
    std::atomic<double> m_readSong{0}, m_readSession{0};
    std::atomic<bool> m_readPlaying{false};
};

} // namespace atelier::core
