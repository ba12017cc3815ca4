#pragma once
// What the TimbreVoiceEngine's frame source (the worker thread that runs the
// model ahead of the audio, or the inline decode offline) and its audio
// thread exchange: a model input row per frame (z and the note's
// conditioning), the slot descriptors the audio thread publishes as a seqlock
// of atomics, and the packets (frames, started oscillators) the worker sends
// back through lock-free queues. Internal to the engine's parts.

#include "timbre/HarmonicSynth.h"
#include "timbre/TimbreSpec.h"
#include "timbre/TimbreVoice.h"

#include <algorithm>
#include <atomic>
#include <cstdint>

namespace atelier::core::timbre::voice {

// One model input row, [z, conditioning], for frame f of a note released at
// sample offPos after its onset (-1: not released).
inline void conditionRow(float *row, const float *z, int zSize, int pitch, int velocity, std::int64_t f,
                  std::int64_t offPos, const FrameClock &clock, int sampleRate)
{
    std::copy(z, z + zSize, row);
    const double t = double(f) / kFrameRate;
    double sinceOff = -1.0;
    // The two frames around the release instant stay held: the segment being
    // played at the note-off keeps its end points, and the released sound
    // begins with a ramp over the next frame, never with a step (a click).
    if (offPos >= 0 && f > clock.floorFrame(offPos) + 1)
        sinceOff = std::max(0.0, t - double(offPos) / sampleRate);
    frameConditioning(pitch, velocity, t, sinceOff, row + zSize);
}

// Worker -> audio thread.
struct FramePacket {
    std::int32_t slot = -1;
    std::uint32_t stream = 0;
    std::int64_t frame = 0;
    TimbreFrame data{};
};
struct OscPacket {
    std::int32_t slot = -1;
    std::uint32_t stream = 0;
    HarmonicVoice osc;
};

// A slot as the worker sees it. The audio thread writes it as a seqlock:
// stream is 0 while the other fields change (and while the slot is free).
// position is separate: (stream << 32) | the voice's current frame.
struct SlotShared {
    std::atomic<std::uint32_t> stream{0};
    std::atomic<std::int32_t> pitch{0};
    std::atomic<std::int32_t> velocity{0};
    std::atomic<std::int64_t> offPos{-1};
    std::atomic<std::int64_t> firstFrame{0};
    std::atomic<std::uint64_t> position{0};
};
struct SlotView {
    std::uint32_t stream = 0;
    int pitch = 0;
    int velocity = 0;
    std::int64_t offPos = -1;
    std::int64_t firstFrame = 0;
};

inline std::uint64_t packPosition(std::uint32_t stream, std::int64_t frame)
{
    return (std::uint64_t(stream) << 32) | std::uint64_t(std::uint32_t(frame));
}

} // namespace atelier::core::timbre::voice
