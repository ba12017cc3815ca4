#include "sync/LinkDriver.h"

#include "audio/PlaybackSnapshot.h"
#include "audio/Sequencer.h"
#include "sync/LinkSession.h"

#include <algorithm>
#include <cmath>

namespace atelier::core {

bool LinkDriver::isDriving() const
{
    return m_session.isEnabled();
}

LinkDriver::Reading LinkDriver::lastReading() const
{
    Reading r;
    for (;;) {
        const std::uint32_t before = m_seq.load(std::memory_order_acquire);
        if (before & 1u)
            continue;
        r.host_us = m_readHost.load(std::memory_order_relaxed);
        r.songBeat = m_readSong.load(std::memory_order_relaxed);
        r.sessionBeat = m_readSession.load(std::memory_order_relaxed);
        r.playing = m_readPlaying.load(std::memory_order_relaxed);
        std::atomic_thread_fence(std::memory_order_acquire);
        if (m_seq.load(std::memory_order_relaxed) == before)
            return r;
    }
}

void LinkDriver::publish(const Reading &r)
{
    const std::uint32_t s = m_seq.load(std::memory_order_relaxed);
    m_seq.store(s + 1, std::memory_order_relaxed);
    std::atomic_thread_fence(std::memory_order_release);
    m_readHost.store(r.host_us, std::memory_order_relaxed);
    m_readSong.store(r.songBeat, std::memory_order_relaxed);
    m_readSession.store(r.sessionBeat, std::memory_order_relaxed);
    m_readPlaying.store(r.playing, std::memory_order_relaxed);
    m_seq.store(s + 2, std::memory_order_release);
}

void LinkDriver::beginCycle(Frame cycleStart, double sampleRate, std::int64_t outputLatency_us,
                            const Sequencer &sequencer)
{
    m_session.beginCycle(double(cycleStart), sampleRate, outputLatency_us);
    m_bpm.store(m_session.cycleTempo(), std::memory_order_relaxed);
    const PlaybackSnapshot *s = sequencer.snapshot();
    const double songBeat = s ? sequencer.positionTick() / s->ppq() : 0.0;
    const double sessionBeat = m_session.beatAt(0);
    const bool playing = sequencer.playingNow() && m_aligned;
    publish({m_session.hostTimeAt(0), songBeat, sessionBeat, playing});
    if (playing) {
        const double error_ms = (songBeat - (sessionBeat + m_offset)) * 60000.0 / m_session.cycleTempo();
        if (std::abs(error_ms) > std::abs(m_phaseError.load(std::memory_order_relaxed)))
            m_phaseError.store(error_ms, std::memory_order_relaxed);
    }
}

int LinkDriver::drive(Sequencer &sequencer, int offset, int frames)
{
    const PlaybackSnapshot *s = sequencer.snapshot();
    if (!s || frames <= 0)
        return frames;
    const bool sync = m_session.startStopSync();
    // Requests, and with start/stop sync the session's own transport.
    if (m_wantPlay.exchange(false)) {
        if (sync)
            m_session.setPlayingAt(true, offset);
        m_armed = true;
    }
    if (m_wantStop.exchange(false)) {
        if (sync)
            m_session.setPlayingAt(false, offset);
        sequencer.stopNow();
        m_armed = m_aligned = false;
    }
    if (sync) {
        const bool sessionPlaying = m_session.cyclePlaying();
        if (sessionPlaying && !m_sessionPlaying && !sequencer.playingNow())
            m_armed = true;
        if (!sessionPlaying && m_sessionPlaying) {
            sequencer.stopNow();
            m_armed = m_aligned = false;
        }
        m_sessionPlaying = sessionPlaying;
    }
    if (m_aligned && !sequencer.playingNow())
        m_aligned = false;   // the song ended, or someone stopped it
    const double ppq = double(s->ppq());
    if (m_armed) {
        // Start on the session's next bar: hold until the frame where it begins.
        const double b0 = m_session.beatAt(offset), b1 = m_session.beatAt(offset + frames);
        const double perFrame = (b1 - b0) / frames;
        double bar = std::floor(b0 / LinkSession::kQuantum) * LinkSession::kQuantum;
        if (b0 - bar > 1.5 * perFrame) {   // not within a frame past a bar: wait for the next one
            bar += LinkSession::kQuantum;
            if (bar >= b1)
                return frames;
            const int at = int(std::ceil((bar - b0) / perFrame - 1e-9));
            if (at > 0)
                return std::min(at, frames);
        }
        m_offset = sequencer.positionTick() / ppq - bar;
        m_armed = false;
        m_aligned = true;
        sequencer.playNow();
    }
    if (!m_aligned)
        return frames;
    const double now = sequencer.positionTick() / ppq;
    const double b0 = m_session.beatAt(offset);
    double expected = b0 + m_offset;
    if (std::abs(now - expected) > 0.5) {
        // A loop wrap or a locate moved the song, or the session's timeline jumped: keep
        // the song where it is when that keeps the bars on the session's bars, else
        // move it to the nearest place that does.
        m_offset += LinkSession::kQuantum * std::round((now - expected) / LinkSession::kQuantum);
        expected = b0 + m_offset;
        if (std::abs(now - expected) * ppq > 1.0)
            sequencer.locateNow(Tick(std::llround(expected * ppq)));
    }
    const double target = m_session.beatAt(offset + frames) + m_offset;
    const double rate = (s->tickToSample(target * ppq) - sequencer.positionSample()) / frames;
    sequencer.setRate(std::max(0.0, rate));
    return frames;
}

} // namespace atelier::core
