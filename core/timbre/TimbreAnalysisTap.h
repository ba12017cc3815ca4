#pragma once
// What the TimbreVoiceEngine last played, for the UI's plots (any thread):
// the last rendered block (mono, at most kCapacity samples) and the last
// model frame of the most recently started voice with its f0. The audio
// thread publishes with try_lock and skips a block while a reader copies, so
// it never waits.

#include "timbre/ITimbreModel.h"

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
    mutable std::mutex m_mutex;
    std::vector<float> m_block;
    int m_blockSize = 0;
    bool m_haveFrame = false;
    TimbreFrame m_frame{};
    double m_f0 = 0;
};

} // namespace atelier::core::timbre
