#pragma once
// Offline rendering of the timbre instrument: a phrase of timed MIDI messages
// played by a TimbreVoiceEngine in Mode::Offline (deterministic), block by
// block, each message dispatched at its own sample (the engine renders up to
// the message, takes it, and goes on), so timing is sample-accurate whatever
// the block size. Used by the Sound-Morph panel's previews and WAV exports.
//
// Messages may come in any order (they are sorted by time, stably); messages
// at or after `seconds` are not played. Notes still held at the end are cut
// by the end of the buffer (add note-offs and a tail to hear the release).

#include "audio/MidiMessage.h"
#include "timbre/ITimbreModel.h"
#include "timbre/TimbreVoiceEngine.h"

#include <memory>
#include <vector>

namespace atelier::core::timbre {

struct TimedMidi {
    double time_s = 0;  // from the start of the render
    MidiMessage message;
};

// Mono samples (the mean of the engine's two channels), round(seconds *
// sampleRate) of them; empty for a null model, seconds <= 0 or a z of the
// wrong size.
std::vector<float> renderPhrase(std::shared_ptr<const ITimbreModel> model, const std::vector<float> &z,
                                const Envelope &envelope, const std::vector<TimedMidi> &events, double seconds,
                                int sampleRate);

} // namespace atelier::core::timbre
