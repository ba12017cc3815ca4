#pragma once
// DuetReplyGenerator: samples a reply, a few tokens at a time, from a model
// state that has already heard the phrase, and turns the tokens into notes
// whose times count from the reply's first note-on (leading rests are
// dropped, so a reply starts sounding at once).
//
// Performance models: 10 ms time shifts, velocity bins, note-on/off; the
// reply ends `length_s` after its first note. Melody models: one label per
// 16th step at the settings' tempo; the reply ends `length_s` after its
// first onset (rounded to steps). A key masks out-of-key onsets (as
// MusicGenerator does). A note still sounding at the end ends there; a
// reply that never plays a note ends empty after a cap on tokens.
//
// Not thread-safe: one thread runs it (the duet's worker).

#include "live/DuetTypes.h"
#include "music/IMusicModel.h"

#include <memory>
#include <random>
#include <vector>

namespace atelier::core {

class DuetReplyGenerator {
public:
    struct Params {
        double temperature = 1.0;
        double topP = 1.0;
        std::optional<KeyScale> key;
        double length_s = 2.0;
        double sampleRate = 48000;
        double tempo_bpm = 120;      // melody
        int melodyVelocity = 90;     // melody (the model has no dynamics)
        std::vector<float> controls; // performance: the density control for every step (may be empty)
        std::uint64_t seed = 1;
    };

    // `state` has heard the phrase; `logits` are its next-token logits.
    DuetReplyGenerator(const IMusicModel &model, std::unique_ptr<IMusicModel::State> state,
                       std::vector<float> logits, Params params);

    // Samples up to maxTokens more tokens; returns done().
    bool run(int maxTokens);
    bool done() const { return m_done; }

    // Notes so far, times relative to the first note-on (frame 0); end -1
    // while sounding. Every note has ended once done().
    const std::vector<DuetNote> &notes() const { return m_notes; }

private:
    void feed(int token);
    void onPerformanceToken(int token);
    void onMelodyToken(int token);
    Frame relFrame() const;
    void startNote(int pitch, int velocity);
    void endNote(int pitch);
    void finish();

    const IMusicModel &m_model;
    std::unique_ptr<IMusicModel::State> m_state;
    std::vector<float> m_logits;
    Params m_p;
    bool m_melody;
    std::mt19937_64 m_rng;
    std::vector<bool> m_masked;
    std::vector<double> m_work;

    std::vector<DuetNote> m_notes;
    std::vector<int> m_soundingIndex;   // per pitch: index into m_notes, or -1
    int m_tokens = 0;
    int m_cap = 0;
    long long m_elapsed = 0;      // performance: 10 ms steps; melody: 16th steps (since the start of the reply)
    long long m_anchor = -1;      // m_elapsed at the first note-on
    long long m_target = 0;       // steps after the anchor
    int m_velocity = PerformanceEncoding::kDefaultVelocity;
    int m_melodyPitch = -1;       // melody: the sounding pitch
    bool m_done = false;
};

} // namespace atelier::core
