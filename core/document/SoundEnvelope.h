#pragma once
// The envelope a timbre-model voice is shaped with: attack, decay to the
// sustain level, release after the note-off; eraseOnset_s fades the model's
// own onset in (0 = off). One struct for the voice engine (as
// timbre::Envelope), a track's baked sound and the Sound-Morph state.

namespace atelier::core {

struct SoundEnvelope {
    double attack_s = 0.005;
    double decay_s = 0.2;
    double sustain = 1.0;     // 0..1
    double release_s = 0.3;
    double eraseOnset_s = 0;  // fade-in of the model's onset, 0 = off
    bool operator==(const SoundEnvelope &) const = default;
};

} // namespace atelier::core
