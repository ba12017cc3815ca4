#pragma once
// CallbackProfile: where an audio callback's time went, for the callbacks
// that came near their deadline. Off unless turned on before the device
// starts (AudioEngine::setCallbackProfiling); off, each callback costs one
// load and two tests of a flag, inline. atelier soak turns it on; the
// studio never does: on, each callback makes six system calls (none blocks,
// but getrusage takes the kernel's short task locks).
//
// Per callback it takes the wall time (steady clock), the thread's CPU time
// (CLOCK_THREAD_CPUTIME_ID), its page faults and context switches
// (getrusage(RUSAGE_THREAD)) and its CPU at the start, after the song part
// and at the end. The CPU time is what the scheduler charged the thread:
// where the kernel accounts steal time apart (a virtual machine's kernel
// with PARAVIRT_TIME_ACCOUNTING), time the host took the CPU away is wall
// time but not CPU time; interrupts count as the thread's CPU time unless
// the kernel also has IRQ_TIME_ACCOUNTING. So a late callback whose CPU
// time is near its wall time did too much work (or served interrupts, or
// ran on a slower CPU); one whose CPU time is small waited (stolen, or
// blocked: its fault and switch counts say).
//
// Every callback lands in a histogram of its wall time as a share of its
// period; those over half the period are kept, the worst kLate of them, with
// their details; those over the whole period that ran less than half their
// wall time are counted (overlongWaiting). The audio thread is the only
// writer; read late() after the device has stopped (the counts are atomic
// and can be read any time).

#include <array>
#include <atomic>
#include <cstdint>
#include <vector>

namespace atelier::core {

class CallbackProfile {
public:
    struct Late {
        double atSeconds = 0;   // since enable()
        double wallMs = 0, cpuMs = 0;   // the whole callback
        double songMs = 0, songCpuMs = 0;   // the sequencer and the synth
        double liveMs = 0;   // the live instruments
        long minorFaults = 0, majorFaults = 0;
        long voluntarySwitches = 0, involuntarySwitches = 0;
        int cpu = -1;   // where it ended
        bool migrated = false;   // began on another
    };
    static constexpr int kLate = 24;
    // Upper bounds of the histogram's buckets, in percent of the period (a
    // callback of exactly 25 % is in the first); the last bucket holds the rest.
    static constexpr std::array<int, 6> kBucketPercent{25, 50, 75, 100, 200, 400};
    static constexpr int kBuckets = int(kBucketPercent.size()) + 1;
    static int bucketFor(std::int64_t wallNs, std::int64_t periodNs);

    // Only while no callback runs (AudioEngine::setCallbackProfiling): starts
    // afresh, on or off.
    void enable(bool on);

    // Audio thread, in this order, once per callback.
    void begin()
    {
        m_on = m_enabled.load(std::memory_order_acquire);
        if (m_on)
            beginOn();
    }
    void songDone()
    {
        if (m_on)
            songDoneOn();
    }
    void end(int frames, unsigned sampleRate)
    {
        if (m_on)
            endOn(frames, sampleRate);
    }

    // Any thread: callbacks per bucket, and those over their period that ran
    // less than half their wall time.
    std::array<std::int64_t, kBuckets> histogram() const;
    std::int64_t overlongWaiting() const { return m_overlongWaiting.load(std::memory_order_relaxed); }
    // After the device has stopped: the worst late callbacks, the worst first.
    std::vector<Late> late() const;

private:
    struct Stamp {
        std::int64_t wallNs = 0, cpuNs = 0;
        long minflt = 0, majflt = 0, nvcsw = 0, nivcsw = 0;
        int cpu = -1;
    };
    static Stamp now();
    void beginOn();
    void songDoneOn();
    void endOn(int frames, unsigned sampleRate);

    std::atomic<bool> m_enabled{false};
    bool m_on = false;   // the audio thread's copy, taken at begin()
    std::int64_t m_originNs = 0;
    Stamp m_begin, m_song;
    std::array<std::atomic<std::int64_t>, kBuckets> m_histogram{};
    std::atomic<std::int64_t> m_overlongWaiting{0};
    std::array<Late, kLate> m_late{};
    int m_lateCount = 0;
};

} // namespace atelier::core
