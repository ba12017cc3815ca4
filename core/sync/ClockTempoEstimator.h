#pragma once
// ClockTempoEstimator: the tempo and phase of an incoming MIDI clock, from
// the frames its ticks arrived at. A least-squares line through the last two
// beats of ticks (48) gives the period and the smoothed time of the latest
// tick, so jitter of a few milliseconds on single ticks averages out. Two
// ticks in a row that miss the line by more than the jitter tolerance (in
// the same direction) mean the tempo changed: the line restarts from the
// ticks at the new tempo, so a jump is followed within a fraction of a beat.
// Ticks closer together than a 400 bpm clock allows (a flood) are ignored.

#include <array>
#include <cstdint>

namespace atelier::core {

class ClockTempoEstimator {
public:
    static constexpr int kWindow = 48;
    static constexpr double kJitterTolerance_s = 0.0035;
    static constexpr int kMinTicksForJumps = 6;   // a line of fewer ticks is too rough to judge by
    static constexpr double kMinBpm = 10.0, kMaxBpm = 400.0;

    explicit ClockTempoEstimator(double sampleRate) : m_rate(sampleRate) {}

    void reset();
    // A tick arrived at `frame`. False when it was ignored (too soon after the last).
    bool addTick(double frame);

    int ticks() const { return m_count; }            // in the current line
    bool hasTempo() const { return m_count >= 2; }
    double periodFrames() const { return m_period; } // frames per clock
    double bpm() const;
    // The line's time (frames) of the latest tick.
    double fittedLastTick() const { return m_fittedLast; }
    // Where the clock is at `frame`, in clocks after the latest tick (may be
    // negative just after a tick that came early).
    double clocksSinceLastTick(double frame) const;
    std::int64_t ignoredTicks() const { return m_ignored; }
    std::int64_t tempoJumps() const { return m_jumps; }

private:
    void fit();

    double m_rate;
    std::array<double, kWindow> m_times{};   // ring, the latest at (m_head - 1)
    int m_head = 0;
    int m_count = 0;
    double m_lastRaw = -1e300;
    double m_period = 0;
    double m_fittedLast = 0;
    int m_outliers = 0;        // consecutive ticks off the line, same side
    int m_outlierSign = 0;
    std::int64_t m_ignored = 0;
    std::int64_t m_jumps = 0;
};

} // namespace atelier::core
