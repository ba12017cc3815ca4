#pragma once
// A voice's ADSR, sample by sample: attack to full level, decay to the
// sustain level, held while the key (or the pedal) is down, a linear release
// from wherever the level was (never shorter than the engine's fade, so no
// click), and "erase the onset": a raised-cosine fade-in over the first
// eraseOnset_s that hides the model's own attack. It multiplies the model's
// sound; the engine's audio thread calls it (no allocation, no locks).

#include "timbre/TimbreVoice.h"
#include "timbre/TimbreVoiceEngine.h"

namespace atelier::core::timbre {

class VoiceEnvelope {
public:
    using Voice = voice::Voice;
    // Writes the gains of the voice's next n samples (from v.pos) to out and
    // advances its envelope state; the release starts at v.offPos.
    static void run(Voice &v, const Envelope &envelope, int sampleRate, int fadeSamples, float *out, int n);
};

} // namespace atelier::core::timbre
