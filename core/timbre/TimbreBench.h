#pragma once
// benchmarkVoices: how fast the timbre instrument renders N voices.
//
// Renders `voices` simultaneous notes (pitches spread over 48..72; beyond 25
// voices the pitches repeat on other MIDI channels) for `seconds` of audio in
// Mode::Offline, block by block, each note re-struck every second (staggered)
// so onsets and releases are part of the load. The envelope has a short
// release (10 ms) so re-struck notes barely overlap; the engine has room for
// twice `voices` so nothing is stolen. Single thread, wall time by
// std::chrono::steady_clock around the render calls only.
//
//  - rtf: wall time / audio time (< 1: faster than real time);
//  - decodeCallsPerSecond: ITimbreModel::decode() calls per second of audio
//    (one per sub-block when any voice needs a frame: sampleRate / block
//    for blocks of up to TimbreVoiceEngine::kMaxSubBlock frames).

#include "timbre/ITimbreModel.h"

#include <memory>

namespace atelier::core::timbre {

struct TimbreBenchResult {
    int voices = 0;
    double rtf = 0;
    double decodeCallsPerSecond = 0;
};

// Note-on to sound in Mode::RealTime, the path the panel plays: the calling
// thread acts as the audio callback, rendering `block` frames at real-time
// pace (sleeping until each block is due). Right before a block starts, a
// note-on is posted from another thread (as the UI or the MIDI thread would);
// the latency is the audio time from that block's start to the first non-zero
// output sample. Each trial note is released and has died away before the
// next one (0.3 s apart), so the output is silent before each onset. Device
// latency excluded.
struct TimbreLatencyResult {
    double meanMs = 0, maxMs = 0;
    double declaredMs = 0;  // the engine's declaredLatencySeconds() at the end
    int trials = 0;
};

TimbreLatencyResult measureNoteOnLatency(std::shared_ptr<const ITimbreModel> model, int sampleRate = 48000,
                                         int block = 256, int trials = 20);

TimbreBenchResult benchmarkVoices(std::shared_ptr<const ITimbreModel> model, int voices, double seconds = 5.0,
                                  int sampleRate = 48000, int block = 256);

} // namespace atelier::core::timbre
