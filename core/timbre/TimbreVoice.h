#pragma once
// One voice of the TimbreVoiceEngine, as the audio thread keeps it: its note,
// its place in time (samples since the onset; FrameClock turns them into model
// frames in exact integer arithmetic), its ADSR state (VoiceEnvelope runs it),
// its oscillators, and a ring of the last kRing model frames, indexed by frame
// number since the onset; [lo, hi) is the range present. Sample n after the
// onset is rendered between frames floor(n * kFrameRate / sr) and the next
// one; a frame outside [lo, hi) is clamped to the nearest one present, so a
// late frame holds the last one (no dropout). Internal to the engine's parts.

#include "timbre/HarmonicSynth.h"
#include "timbre/TimbreSpec.h"
#include "timbre/ITimbreModel.h"

#include <algorithm>
#include <cstdint>

namespace atelier::core::timbre::voice {

inline constexpr int kRing = 64;   // frames kept per voice (a power of two)

// Frame positions in exact integer arithmetic: sample n (since the onset) is
// at frame n * kDataSampleRate / (kDataHop * sr) = n * kFrameRate / sr.
struct FrameClock {
    std::int64_t den = 1;  // kDataHop * sr
    std::int64_t floorFrame(std::int64_t n) const { return n * kDataSampleRate / den; }
    std::int64_t ceilFrame(std::int64_t n) const { return (n * kDataSampleRate + den - 1) / den; }
};

struct Voice {
    enum class State : std::uint8_t { Free, Pending, Sounding };
    enum class Stage : std::uint8_t { Attack, Decay, Sustain, Release, Done };

    State state = State::Free;
    std::uint64_t order = 0;      // note-on serial number: smaller is older
    std::uint32_t stream = 0;     // frames are accepted from this stream only
    int channel = 0;
    int pitch = 0;
    int velocity = 0;
    bool keyDown = false;         // the key is held
    bool sustained = false;       // the key is up, the sustain pedal holds the note
    bool oscReady = false;        // the oscillators are started
    std::int64_t pos = 0;         // samples rendered since the onset
    std::int64_t startAt = 0;     // the engine's sample at which it is to sound (real time)
    bool delayed = false;         // startAt keeps the engine's start delay
    std::int64_t offPos = -1;     // the release starts at this pos (-1: not released)
    Stage stage = Stage::Attack;  // ADSR
    double level = 0;
    double releaseStep = 0;       // per sample, fixed when the release starts
    std::int64_t lo = 0, hi = 0;  // frames [lo, hi) are in the ring
    HarmonicVoice synth;
    TimbreFrame ring[kRing];

    bool released() const { return offPos >= 0; }
    // Requires hi > lo.
    const TimbreFrame &frame(std::int64_t f) const { return ring[std::clamp(f, lo, hi - 1) & (kRing - 1)]; }
    void store(std::int64_t f, const TimbreFrame &data)
    {
        if (f < hi)
            return;  // a duplicate
        if (f > hi)
            lo = f;  // a gap (the worker skipped ahead): older frames are not usable
        ring[f & (kRing - 1)] = data;
        hi = f + 1;
        lo = std::max(lo, hi - kRing);
    }
};

} // namespace atelier::core::timbre::voice
