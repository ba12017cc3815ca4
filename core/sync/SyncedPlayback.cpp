#include "sync/SyncedPlayback.h"

#include <algorithm>

namespace atelier::core {

SyncedPlayback::SyncedPlayback(IEventSink *synth, double sampleRate, const Options &options)
    : m_options(options), m_tee(synth), m_sequencer(std::make_unique<Sequencer>(m_tee)),
      m_sampleRate(sampleRate), m_scratchL(kMaxFrames), m_scratchR(kMaxFrames)
{
    m_tee.setMidiEnabled(options.midiOut);
    if (options.followClock)
        m_follower = std::make_unique<MidiClockFollower>(sampleRate);
    if (options.link)
        m_link = std::make_unique<LinkDriver>(*options.link);
}

void SyncedPlayback::requestPlay()
{
    if (m_link)
        m_link->requestPlay();
    else
        m_sequencer->play();
}

void SyncedPlayback::requestStop()
{
    if (m_link)
        m_link->requestStop();
    else
        m_sequencer->stop();
}

SyncedPlayback::~SyncedPlayback() = default;

void SyncedPlayback::processCycle(Frame cycleStart, int frames, const RawMidiEvent *in, int inCount, float *left,
                                  float *right, RawMidiBuffer &out)
{
    if (!left || !right) {
        left = m_scratchL.data();
        right = m_scratchR.data();
        frames = std::min(frames, kMaxFrames);
    }
    m_tee.beginCycle();
    m_clock.clear();
    Sequencer &seq = *m_sequencer;
    if (m_link)
        m_link->beginCycle(cycleStart, m_sampleRate, m_outputLatency_us.load(std::memory_order_relaxed), seq);
    int done = 0, next = 0;
    while (done < frames) {
        // Messages at or before this frame act now; the block runs to the next one.
        for (; next < inCount && in[next].offset <= done; ++next)
            if (m_follower)
                m_follower->receive(in[next], cycleStart + done, seq);
        int end = next < inCount ? std::clamp(in[next].offset, done + 1, frames) : frames;
        if (m_link)
            end = done + std::max(1, m_link->drive(seq, done, end - done));
        if (m_follower)
            m_follower->drive(seq, cycleStart + done, end - done);
        seq.process(left + done, right + done, end - done);
        if (m_options.sendClock)
            m_leader.collect(seq, done, m_clock);
        done = end;
    }
    // Both lists are in frame order: merge them (clock bytes first at a frame).
    const RawMidiBuffer &notes = m_tee.midi();
    int a = 0, b = 0;
    std::int64_t lost = 0;
    while (a < m_clock.size() || b < notes.size()) {
        const bool clockFirst = b == notes.size() || (a < m_clock.size() && m_clock[a].offset <= notes[b].offset);
        if (!out.push(clockFirst ? m_clock[a] : notes[b]))
            ++lost;
        (clockFirst ? a : b) += 1;
    }
    if (lost)
        m_dropped.fetch_add(lost, std::memory_order_relaxed);
}

} // namespace atelier::core
