#pragma once
// FixedLoad: an instrument that does the same work every audio callback and
// plays silence. `atelier soak --fixed-load MS` plays it alone: each
// callback computes a fixed number of multiply-adds over a small table
// (whose time does not depend on the values), as many as took MS
// milliseconds of CPU time here when it was made (the median of 7 tries).
// The work never changes, so a callback that takes much longer than MS, in
// CPU time, shows the machine running slower (a virtual machine's host, a
// busy core), not the instrument doing more: the baseline for the studio's
// own late callbacks.

#include "audio/IEventSink.h"

#include <array>
#include <cstdint>

namespace atelier::app {

class FixedLoad final : public core::IEventSink {
public:
    explicit FixedLoad(double milliseconds);

    void sendMidi(const core::MidiMessage &) override {}
    void render(float *left, float *right, int frames) override;

    std::int64_t steps() const { return m_steps; }

private:
    float work(std::int64_t steps);

    std::array<float, 8192> m_table{};
    std::int64_t m_steps = 0;
    float m_sink = 0.0f;   // keeps the work from being optimised away
};

} // namespace atelier::app
