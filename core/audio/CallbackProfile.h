#pragma once
// CallbackProfile: where an audio callback's time went, for the callbacks
// that came near their deadline. Off by default (each callback then costs
// one relaxed load); atelier soak turns it on.
//
// Per callback it takes the wall time (steady clock), the thread's CPU time
// (CLOCK_THREAD_CPUTIME_ID), its page faults and context switches
// (getrusage(RUSAGE_THREAD)) and its CPU at the start, after the song part
// and at the end. The CPU time is what the scheduler charged the thread:
// where the kernel accounts steal time apart (a virtual machine's kernel
// with PARAVIRT_TIME_ACCOUNTING), time the host took the CPU away is wall
// time but not CPU time; interrupts count as the thread's CPU time unless
// the kernel also has IRQ_TIME_ACCOUNTING. So a late callback whose CPU
// time is near its wall time did too much work (or served interrupts); one
// whose CPU time is small waited (stolen, or blocked: its fault and switch
// counts say).
//
// Every callback lands in a histogram of its wall time as a share of its
// period; those over half the period are kept, the worst kLate of them, with
// their details. The audio thread is the only writer; read late() after the
// device has stopped (the histogram is atomic and can be read any time).

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
    // Upper bounds of the histogram's buckets, in percent of the period; the
    // last bucket holds the rest.
    static constexpr std::array<int, 6> kBucketPercent{25, 50, 75, 100, 200, 400};
    static constexpr int kBuckets = int(kBucketPercent.size()) + 1;

    // Any thread, while no callback runs (before the device starts).
    void enable(bool on);
    bool enabled() const { return m_enabled.load(std::memory_order_relaxed); }

    // Audio thread, in this order, once per callback.
    void begin();
    void songDone();
    void end(std::int64_t periodNs);

    // Any thread: callbacks per bucket.
    std::array<std::int64_t, kBuckets> histogram() const;
    // After the device has stopped: the worst late callbacks, the worst first.
    std::vector<Late> late() const;

private:
    struct Stamp {
        std::int64_t wallNs = 0, cpuNs = 0;
        long minflt = 0, majflt = 0, nvcsw = 0, nivcsw = 0;
        int cpu = -1;
    };
    static Stamp now();

    std::atomic<bool> m_enabled{false};
    bool m_on = false;   // the audio thread's copy, taken at begin()
    std::int64_t m_originNs = 0;
    Stamp m_begin, m_song;
    std::array<std::atomic<std::int64_t>, kBuckets> m_histogram{};
    std::array<Late, kLate> m_late{};
    int m_lateCount = 0;
};

} // namespace atelier::core
