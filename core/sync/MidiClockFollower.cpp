#include "sync/MidiClockFollower.h"

#include "audio/PlaybackSnapshot.h"
#include "audio/Sequencer.h"

#include <algorithm>
#include <cmath>

namespace atelier::core {

using namespace midibytes;

MidiClockFollower::MidiClockFollower(double sampleRate) : m_rate(sampleRate), m_estimator(sampleRate) {}

void MidiClockFollower::reset(double sampleRate)
{
    m_rate = sampleRate;
    m_estimator = ClockTempoEstimator(sampleRate);
    m_armed = m_running = false;
    m_clock = m_startClock = 0;
    m_lastTick = 0;
    m_runningFlag.store(false, std::memory_order_relaxed);
    m_bpm.store(0, std::memory_order_relaxed);
    m_lost.store(false, std::memory_order_relaxed);
    m_phaseError.store(0, std::memory_order_relaxed);
}

double MidiClockFollower::takePhaseError_ms()
{
    return m_phaseError.exchange(0.0, std::memory_order_relaxed);
}

void MidiClockFollower::receive(const RawMidiEvent &event, Frame frame, Sequencer &sequencer)
{
    const PlaybackSnapshot *s = sequencer.snapshot();
    const int ppq = s ? s->ppq() : kDefaultPpq;
    switch (event.bytes[0]) {
    case kStart:
        sequencer.stopNow();
        sequencer.locateNow(0);
        m_startClock = 0;
        m_armed = true;
        m_running = false;
        break;
    case kContinue:
        if (!m_running) {
            m_startClock = std::llround(sequencer.positionTick() * kClocksPerBeat / ppq);
            m_armed = true;
        }
        break;
    case kStop:
        sequencer.stopNow();
        m_armed = false;
        m_running = false;
        break;
    case kSongPosition: {
        if (event.size < 3)
            break;
        const std::int64_t sixteenths = std::int64_t(event.bytes[1] & 0x7F) | (std::int64_t(event.bytes[2] & 0x7F) << 7);
        m_startClock = sixteenths * kClocksPerSixteenth;
        sequencer.locateNow(Tick(std::llround(double(sixteenths) * ppq / 4.0)));
        if (m_running) {   // a jump while running: the next clock plays from there
            m_running = false;
            m_armed = true;
        }
        break;
    }
    case kClock:
        tick(frame, sequencer);
        break;
    default:
        break;
    }
    m_runningFlag.store(m_running, std::memory_order_relaxed);
}

void MidiClockFollower::tick(Frame frame, Sequencer &sequencer)
{
    if (!m_estimator.addTick(double(frame))) {
        m_ignored.fetch_add(1, std::memory_order_relaxed);
        return;
    }
    m_lastTick = double(frame);
    m_lost.store(false, std::memory_order_relaxed);
    if (m_estimator.hasTempo())
        m_bpm.store(m_estimator.bpm(), std::memory_order_relaxed);
    if (m_armed) {
        m_armed = false;
        m_running = true;
        m_clock = m_startClock;
        sequencer.playNow();
        return;
    }
    if (!m_running)
        return;
    ++m_clock;
    const PlaybackSnapshot *s = sequencer.snapshot();
    if (!s || !m_estimator.hasTempo())
        return;
    const double clocks = sequencer.positionTick() * kClocksPerBeat / s->ppq();
    const double error_ms = (clocks - double(m_clock)) * m_estimator.periodFrames() / m_rate * 1000.0;
    if (std::abs(error_ms) > std::abs(m_phaseError.load(std::memory_order_relaxed)))
        m_phaseError.store(error_ms, std::memory_order_relaxed);
}

void MidiClockFollower::drive(Sequencer &sequencer, Frame from, int frames)
{
    const PlaybackSnapshot *s = sequencer.snapshot();
    if (!m_running || !s || frames <= 0 || !sequencer.playingNow())
        return;
    const double end = double(from + frames);
    if (end - m_lastTick > kClockLost_s * m_rate)
        m_lost.store(true, std::memory_order_relaxed);
    const double ticksPerClock = double(s->ppq()) / kClocksPerBeat;
    const double limitSample = s->tickToSample(double(m_clock + 1) * ticksPerClock);
    double target = 0;
    if (m_estimator.hasTempo()) {
        const double clocks = double(m_clock) + m_estimator.clocksSinceLastTick(end);
        target = s->tickToSample(std::min(clocks, double(m_clock + 1)) * ticksPerClock);
    } else {
        target = std::min(limitSample, sequencer.positionSample() + frames);   // the song's own tempo
    }
    const double rate = (target - sequencer.positionSample()) / frames;
    sequencer.setRate(std::max(0.0, rate));
}

} // namespace atelier::core
