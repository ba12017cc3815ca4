#include "timbre/VoiceEnvelope.h"

#include <algorithm>
#include <cmath>

namespace atelier::core::timbre {

namespace {
constexpr double kPi = 3.14159265358979323846;
}

void VoiceEnvelope::run(Voice &v, const Envelope &envelope, int sampleRate, int fadeSamples, float *out, int n)
{
    const double sr = sampleRate;
    const double sustain = envelope.sustain;
    const double attackStep = envelope.attack_s > 0 ? 1.0 / (envelope.attack_s * sr) : 1.0;
    const double decayStep = envelope.decay_s > 0 ? (1.0 - sustain) / (envelope.decay_s * sr) : 1.0;
    const double releaseSamples = std::max(envelope.release_s * sr, double(fadeSamples));
    const double erase = envelope.eraseOnset_s * sr;
    for (int i = 0; i < n; ++i) {
        const std::int64_t p = v.pos + i;
        if (v.offPos >= 0 && p >= v.offPos && v.stage < Voice::Stage::Release) {
            v.stage = Voice::Stage::Release;
            v.releaseStep = std::max(v.level, 1e-6) / releaseSamples;
        }
        switch (v.stage) {
        case Voice::Stage::Attack:
            v.level += attackStep;
            if (v.level >= 1.0) {
                v.level = 1.0;
                v.stage = Voice::Stage::Decay;
            }
            break;
        case Voice::Stage::Decay:
            v.level -= decayStep;
            if (v.level <= sustain) {
                v.level = sustain;
                v.stage = Voice::Stage::Sustain;
            }
            break;
        case Voice::Stage::Sustain:
            v.level = sustain;
            break;
        case Voice::Stage::Release:
            v.level -= v.releaseStep;
            if (v.level <= 0.0) {
                v.level = 0.0;
                v.stage = Voice::Stage::Done;
            }
            break;
        case Voice::Stage::Done:
            v.level = 0.0;
            break;
        }
        double g = v.level;
        if (double(p) < erase)  // raised-cosine fade-in over the onset
            g *= 0.5 - 0.5 * std::cos(kPi * double(p) / erase);
        out[i] = float(g);
    }
}

} // namespace atelier::core::timbre
