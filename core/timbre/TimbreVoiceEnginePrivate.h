#pragma once
// The voice engine's private state (TimbreVoiceEngine::Private) and its
// constants, shared by TimbreVoiceEngine.cpp (construction, the audio
// thread, the public API) and TimbreVoiceWorker.cpp (the real-time frame
// worker). Not for other files: see TimbreVoiceEngine.cpp for the design.

#include "timbre/TimbreVoiceEngine.h"

#include "audio/SpscQueue.h"
#include "timbre/DelayedMidi.h"
#include "timbre/EnvelopeHandOver.h"
#include "timbre/HarmonicSynth.h"
#include "timbre/TimbreAnalysisTap.h"
#include "timbre/TimbreFrameExchange.h"
#include "timbre/TimbreVoice.h"
#include "timbre/VoiceEnvelope.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <mutex>
#include <thread>
#include <vector>

namespace atelier::core::timbre {

namespace engine {


using namespace voice;   // Voice, FrameClock, the frame exchange
using Clock = std::chrono::steady_clock;

inline constexpr int kMaxLookahead = kRing - 8;  // so the worker never overwrites frames in use
inline constexpr double kWakeSlack_s = 0.002;    // sleep_for overshoot and scheduling, in the latency bound
inline constexpr int kDefaultBlock = 256;        // render() size assumed until the first call
inline constexpr std::size_t kMidiQueueSize = 1024;
inline constexpr std::size_t kFrameQueueSize = 1024;
inline constexpr std::size_t kOscQueueSize = 64;
inline constexpr int kDecodeHistory = 256;       // recent decodes whose slowest enters the latency bound
inline constexpr double kMinPendingNote_s = 0.01;

inline std::uint32_t noiseOffsetFor(std::uint32_t stream) { return stream * 0x9E3779B9u; }

} // namespace engine

using namespace engine;

struct TimbreVoiceEngine::Private {
    Private(std::shared_ptr<const ITimbreModel> m, int rate, Mode md, int voiceCount);

    // --- audio thread ---
    void render(float *left, float *right, int frames);
    void handleMidi(const MidiMessage &m);   // now, or held for the start delay
    // Acts on the notes with order <= upTo (all by default; see DelayedMidi).
    void applyMidi(const MidiMessage &m, std::uint64_t upTo = ~std::uint64_t(0));
    void noteOn(int channel, int pitch, int velocity, bool restrike);
    void keyUp(int slot);
    void release(int slot);
    void allNotesOff(std::uint64_t upTo);
    void allSoundOff(std::uint64_t upTo);
    int pickSlot() const;
    void fadeOut(Voice &v);
    void freeVoice(int slot);
    std::uint32_t nextStream();
    void publish(int slot);
    void applyParameters();
    void receiveFromWorker();
    void computeFrames(int n);
    void renderSubBlock(float *out, int n);
    void renderVoice(Voice &v, int n);  // into scratch
    void updateAnalysis(const float *out, int frames);
    int lookaheadFor(int block) const;

    // --- any thread ---
    void decode(int rows, const float *inputs, const double *f0, TimbreFrame *out) const;

    // --- worker thread (real time) ---
    void workerLoop();
    bool readSlot(int slot, SlotView *view) const;
    void warmUp();

    // Fixed at construction.
    std::shared_ptr<const ITimbreModel> model;
    int sampleRate;
    Mode mode;
    int maxVoices;
    int zSize;
    int rowSize;
    int maxRows;
    int fadeSamples;
    FrameClock frameClock;

    // Audio-thread state.
    std::vector<Voice> voices;
    std::vector<float> scratch, envBuffer, mix, tail;
    std::int64_t tailMask = 0;
    std::int64_t clock = 0;  // samples rendered so far
    std::uint64_t noteSerial = 0;
    std::uint32_t streamSerial = 0;
    bool pedal = false;
    Envelope envelope;
    float gainNow = 1.0f;
    int latestSlot = -1;
    std::uint64_t latestOrder = 0;
    int maxBlockSeen = 0;
    DelayedMidi delayed;     // note-offs and controllers held for the start delay

    // Offline decoding (on the rendering thread).
    std::vector<float> inputs;
    std::vector<double> f0s;
    std::vector<TimbreFrame> decoded;
    std::vector<std::pair<int, std::int64_t>> rowRefs;  // (slot, frame)
    std::vector<float> zLocal;
    std::uint64_t zSeen = 0;

    // Set from any thread.
    EnvelopeHandOver pendingEnvelope;
    std::atomic<float> gain{1.0f};
    std::mutex zMutex;  // guards z
    std::vector<float> z;
    std::atomic<std::uint64_t> zVersion{1};
    std::mutex postMutex;  // serializes postMidi() producers
    SpscQueue<MidiMessage, kMidiQueueSize> midiQueue;

    // Real time: audio thread <-> worker.
    std::unique_ptr<SlotShared[]> shared;
    std::unique_ptr<SpscQueue<FramePacket, kFrameQueueSize>> framesIn;
    std::unique_ptr<SpscQueue<OscPacket, kOscQueueSize>> oscIn;
    std::atomic<int> lookahead{0};
    std::atomic<int> maxBlock{0};
    std::atomic<double> warmupDecode_s{0.0};
    std::atomic<double> recentDecode_s{0.0};
    std::atomic<bool> stop{false};
    std::thread worker;

    TimbreAnalysisTap analysis;   // copies for the UI
    std::atomic<int> active{0};
    std::atomic<int> startDelay{0};            // frames (real time only)
    std::atomic<std::int64_t> lateStarts{0};   // voices that started after their time
};

} // namespace atelier::core::timbre
