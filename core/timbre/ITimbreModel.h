#pragma once
// The timbre model as the core engine sees it (torch-free): a decoder from
// (timbre embedding z, note conditioning) to synthesis frames, an encoder
// from a recorded note's MFCC statistics to z, and the embeddings of the
// instruments it was trained on (the morph corners). Implemented in models/
// (TimbreMlpModel); tests may implement it with an analytic stand-in.
//
// Threading: const functions are safe to call from several threads at once.

#include "timbre/TimbreSpec.h"

#include <QString>
#include <functional>
#include <memory>
#include <vector>

namespace atelier::core::timbre {

struct TimbreInstrument {
    QString name;     // e.g. "Flute (FluidR3_GM)"
    QString source;   // soundfont name, or the WAV it was encoded from
    int program = -1; // GM program, -1 for a user's note
    std::vector<float> z;
};

class ITimbreModel {
public:
    virtual ~ITimbreModel() = default;
    virtual QString name() const = 0;
    virtual int zSize() const = 0;
    virtual const std::vector<TimbreInstrument> &instruments() const = 0;

    // count rows: inputs[r * (zSize() + kConditioningSize) ...] = [z, conditioning],
    // f0Hz[r] the row's fundamental (harmonics at or above kMaxFrequency come out 0).
    virtual void decode(int count, const float *inputs, const double *f0Hz, TimbreFrame *frames) const = 0;
    // MFCC statistics (SpectralMetrics::mfccStatistics of a 16 kHz note) to z.
    virtual std::vector<float> encode(const std::vector<float> &mfccStats) const = 0;
};

// Loads a model file; nullptr and *error ("<file>: <problem>") on failure.
using TimbreModelLoader = std::function<std::shared_ptr<const ITimbreModel>(const QString &path, QString *error)>;

} // namespace atelier::core::timbre
