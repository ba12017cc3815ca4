#include "timbre/TimbreSpec.h"

namespace atelier::core::timbre {

void frameConditioning(double pitch, double velocity, double sinceOn_s, double sinceOff_s, float *out)
{
    const double p = (pitch - 60.0) / 24.0;
    out[0] = float(p);
    out[1] = float(p * p);
    out[2] = float(velocity / 127.0);
    // Time since the onset on several scales (attack, decay, slow decay).
    static constexpr double kOnScales[] = {0.005, 0.02, 0.05, 0.15, 0.4, 1.0, 2.5};
    const double ton = sinceOn_s < 0 ? 0 : sinceOn_s;
    for (int i = 0; i < 7; ++i) out[3 + i] = float(std::exp(-ton / kOnScales[i]));
    // Release: 0 while held; after note-off 1 and decaying envelopes.
    static constexpr double kOffScales[] = {0.01, 0.04, 0.15, 0.5, 1.5};
    const bool released = sinceOff_s >= 0;
    out[10] = released ? 1.0f : 0.0f;
    for (int i = 0; i < 5; ++i) out[11 + i] = released ? float(std::exp(-sinceOff_s / kOffScales[i])) : 0.0f;
}

} // namespace atelier::core::timbre
