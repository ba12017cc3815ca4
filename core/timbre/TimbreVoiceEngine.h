#pragma once
// TimbreVoiceEngine: the polyphonic instrument that plays the timbre model.
//
// Playing: MIDI note-on/off (and CC 64 sustain, CC 120/123 all off) arrive
// through sendMidi() on the audio thread, or through postMidi() from any
// other thread (UI keyboard, MIDI-input thread; serialized by a small mutex on
// the producer side, then a lock-free SPSC queue to the audio thread).
// render() mixes all voices into the stereo buffers (overwrites them).
//
// Model calls: the decoder is stateless per frame, so frames are computed
// ahead for every sounding voice, in ONE batched ITimbreModel::decode() call
// for all voices and all frames needed (never one call per voice or frame).
//  - Mode::RealTime: a worker thread computes frames up to kLookaheadFrames
//    ahead of the audio position; the audio thread never calls the model.
//    A new voice starts sounding at the first block after its first frames
//    are ready (declaredLatencySeconds() bounds that); if frames are late
//    the voice holds its last frame (no dropout).
//  - Mode::Offline: render() computes the frames inline (deterministic; the
//    same rendering otherwise). Used by tests, WAV export and song rendering.
//
// Voices: up to maxVoices (default 16, at least 8). A new note when all are
// busy steals the oldest released voice, else the oldest one, with a 5 ms
// fade-out (no click). Per voice an ADSR (Envelope) multiplies the model's
// own envelope; eraseOnset_s fades the first milliseconds in (the "erase the
// onset" control). The morph point z can change at any time (setZ); sounding
// voices follow it at their next computed frames.
//
// Start delay (real time; latency compensation for song playback): with
// setStartDelay(D) a note-on at sample t sounds from sample t + D exactly,
// not "as soon as its frames are ready", and note-offs and controllers take
// effect D samples late too, so what plays is the offline rendering delayed
// by D. The voice is taken and its frames computed at once; D at least
// latencyBoundSeconds() of the device's block leaves time for that, and a
// voice whose frames are later still starts at once they are here
// (lateStarts() counts those). latencyFrames() reports D to ChannelRouter,
// which delays the GM tracks as much. Live playing keeps D = 0.
//
// Analysis for the UI (any thread): the last rendered block (mono) and the
// last frame of the most recently started voice.

#include "audio/IEventSink.h"
#include "document/SoundEnvelope.h"
#include "timbre/ITimbreModel.h"

#include <cstdint>
#include <memory>
#include <vector>

namespace atelier::core::timbre {

using Envelope = SoundEnvelope;

class TimbreVoiceEngine final : public IEventSink {
public:
    enum class Mode { RealTime, Offline };
    static constexpr int kDefaultVoices = 16;
    // Real time: frames computed ahead of each voice's position, on top of
    // the frames one render() call consumes (see declaredLatencySeconds()).
    static constexpr int kLookaheadFrames = 3;
    // render() works in sub-blocks of at most this many frames (Offline: one
    // batched decode per sub-block).
    static constexpr int kMaxSubBlock = 256;
    // A stolen voice (and every voice at CC 120) fades out linearly over this.
    static constexpr double kStealFadeSeconds = 0.005;
    // Real time: how often the frame worker wakes up.
    static constexpr double kWorkerPollSeconds = 0.001;

    TimbreVoiceEngine(std::shared_ptr<const ITimbreModel> model, int sampleRate, Mode mode,
                      int maxVoices = kDefaultVoices);
    ~TimbreVoiceEngine() override;  // stops the worker
    TimbreVoiceEngine(const TimbreVoiceEngine &) = delete;
    TimbreVoiceEngine &operator=(const TimbreVoiceEngine &) = delete;

    // Any thread.
    void setZ(const std::vector<float> &z);  // zSize() values
    void setEnvelope(const Envelope &envelope);
    void setGain(double gain);               // linear, default 1
    bool postMidi(const MidiMessage &message);
    int activeVoices() const;
    // Worst case from a note-on taken at the start of a render() call to the
    // note's first sample, device latency excluded. Offline: 0. Real time:
    // worker poll interval + wake-up slack (2 ms) + one batched decode (the
    // larger of a warm-up decode of a full batch and the slowest of the
    // recent decodes) + the longest render() block seen (256 frames before
    // the first call): the frames arrive within poll + decode, and the voice
    // starts at the next render() call after that.
    double declaredLatencySeconds() const;
    // The same bound for render() blocks of `blockFrames` (0 for Offline).
    double latencyBoundSeconds(int blockFrames) const;
    // Real time: the start delay in frames (0..sampleRate; see the top).
    void setStartDelay(int frames);
    int latencyFrames() const override;
    std::int64_t lateStarts() const;

    // Audio thread (IEventSink).
    void sendMidi(const MidiMessage &message) override;
    void render(float *left, float *right, int frames) override;

    // Any thread: copies of what was last played.
    std::vector<float> lastBlock() const;
    bool lastFrame(TimbreFrame *frame, double *f0Hz) const;

    const ITimbreModel &model() const;
    int sampleRate() const;
    int maxVoices() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace atelier::core::timbre
