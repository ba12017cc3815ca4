#pragma once
// What the TimbreVoiceEngine last played, for the UI's plots (any thread):
// the last rendered block (mono, at most kCapacity samples) and the last
// model frame of the most recently started voice with its f0.
//
// A triple buffer: the audio thread fills its own slot and swaps it with
// the middle one (an atomic exchange, flagged fresh); a reader swaps its own
// slot with the middle one when that is fresh, then copies at leisure. The
// audio thread never waits, never locks and never allocates; the slots are
// never touched by both sides at once. Readers take turns on a mutex of
// their own.

#include "timbre/TimbreSpec.h"

#include <array>
#include <atomic>
#include <mutex>
#include <vector>

namespace atelier::core::timbre {

class TimbreAnalysisTap {
public:
    static constexpr int kCapacity = 8192;

    TimbreAnalysisTap();

    // Audio thread. latest: the frame to show (null: keep the last one).
    void publish(const float *out, int frames, const TimbreFrame *latest, double f0Hz);

    // Any thread.
    std::vector<float> lastBlock() const;
    bool lastFrame(TimbreFrame *frame, double *f0Hz) const;

private:
    struct Slot {
        std::vector<float> block;
        int blockSize = 0;
        bool haveFrame = false;
        TimbreFrame frame{};
        double f0 = 0;
    };
    static constexpr int kFresh = 4;   // flag on m_middle: written since a reader last took it

    const Slot &readerSlot() const;   // m_readers held

    std::array<Slot, 3> m_slots;
    int m_back = 0;                   // the audio thread's slot
    mutable std::atomic<int> m_middle{1};
    mutable int m_front = 2;          // the readers' slot
    mutable std::mutex m_readers;     // readers only
    // The audio thread's latest frame, carried into every slot it fills.
    bool m_haveFrame = false;
    TimbreFrame m_frame{};
    double m_f0 = 0;
};

} // namespace atelier::core::timbre
