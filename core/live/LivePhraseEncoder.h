#pragma once
// LivePhraseEncoder: lets a music model hear a phrase while it is played.
// Each note-on and note-off is encoded the moment it arrives and fed to the
// model's state, so when the phrase ends only the reply is left to compute.
//
// Performance models: the time since the previous event becomes 10 ms time
// shifts (on the grid of the phrase's first note, so rounding never drifts),
// a velocity token precedes a note-on whose bin changed, then NOTE_ON or
// NOTE_OFF. Melody models: 16th-note steps at the given tempo from the
// phrase's first note; the label of a step is written once a later step
// begins (several onsets in one step: the highest wins, as in
// MelodyEncoding); pitches are folded by octaves into the model's range.
// The density control is the corpus average while hearing.
//
// A phrase feeds at most kMaxTokens tokens (a flood of notes is recorded
// but not all heard), which bounds the work per phrase.

#include "audio/TimedMidiEvent.h"
#include "music/IMusicModel.h"

#include <memory>
#include <vector>

namespace atelier::core {

class LivePhraseEncoder {
public:
    static constexpr int kMaxTokens = 2048;

    LivePhraseEncoder(const IMusicModel &model, double sampleRate, double tempo_bpm);

    // A new phrase whose first event is at `frame`: a fresh state fed the
    // neutral start token.
    void begin(Frame frame);
    void noteOn(Frame frame, int pitch, int velocity);
    void noteOff(Frame frame, int pitch);

    // A copy of the state that has heard everything so far (the melody's
    // pending step included) and its next-token logits; nullptr when the
    // model cannot copy states.
    std::unique_ptr<IMusicModel::State> snapshot(std::vector<float> *logits) const;
    // The phrase reached kMaxTokens: later notes are not heard.
    bool saturated() const { return m_fed >= kMaxTokens; }

private:
    void feed(int token);
    void advanceTo(Frame frame);

    const IMusicModel &m_model;
    double m_rate;
    double m_stepFrames;          // melody: frames per 16th
    bool m_melody;
    std::unique_ptr<IMusicModel::State> m_state;
    std::vector<float> m_logits;
    std::vector<float> m_controls;
    Frame m_origin = 0;
    long long m_step = 0;         // performance: 10 ms steps fed; melody: the pending step's index
    int m_pendingLabel = 0;       // melody: the label of step m_step, not yet fed
    int m_velocityBin = 0;        // performance: the bin last fed (0: none yet)
    int m_melodyPitch = -1;       // melody: the sounding (encoded) pitch
    std::vector<bool> m_sounding; // performance: pitches the model heard start and not end
    int m_fed = 0;
};

} // namespace atelier::core
