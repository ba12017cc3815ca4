#pragma once
// What the sketch canvas and the command line need from a drawing model,
// without knowing how it is computed (the models/ library implements it
// with LibTorch; ui never sees torch). All functions are const and safe to
// call from several worker threads at once: each call keeps its own state.
//
// Rows are stroke-5 in the model's normalised units (pixels / scaleFactor()).
// A prefix is the user's drawing so far (StrokeCodec::encode), without the
// start token, which the model adds itself.

#include "sketch/Sketch.h"

#include <QList>
#include <QString>
#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>

namespace atelier::core {

struct SketchSampleOptions {
    double temperature = 0.65;   // offsets; the pen/mixture choices use 0.5 + 0.5 * temperature
    bool greedy = false;         // argmax component, its mean, argmax pen state
    std::uint64_t seed = 0;
    int maxSteps = 0;            // 0: the model's max_seq_len
};

class ISketchModel {
public:
    virtual ~ISketchModel() = default;

    virtual QString name() const = 0;          // e.g. "sheep"
    virtual double scaleFactor() const = 0;    // pixels per normalised unit
    virtual int maxSeqLen() const = 0;
    virtual bool hasEncoder() const = 0;       // a VAE: encode() and decodeLatent() work
    virtual int latentSize() const = 0;        // 0 without an encoder

    // Called after each generated row with (variation index, row); return false to cancel.
    using StepCallback = std::function<bool(int variation, const Stroke5 &row)>;

    // `count` independent continuations of `prefix` (count = 1..9), computed as
    // one batch. Each ends with its End row, or stops at maxSteps. Variation i
    // uses seed + i. Returns nothing if cancelled.
    virtual std::optional<QList<QList<Stroke5>>> continueSketch(const QList<Stroke5> &prefix, int count,
                                                                const SketchSampleOptions &options,
                                                                const StepCallback &onStep = {}) const = 0;

    // Negative log-likelihood (nats) of each row of `rows` under the model
    // (offset mixture density plus pen state), teacher-forced from the start.
    // `cell` > 0 (in normalised units; one pixel is 1 / scaleFactor()): of
    // the offset falling in its cell of that size instead of its density, as
    // the data's offsets are whole pixels; bounded below where the density is
    // not (a component far sharper than a pixel), so a relative change means
    // something.
    virtual QList<double> rowNll(const QList<Stroke5> &rows, double cell = 0.0) const = 0;

    // VAE only: the latent mean for a drawing, and a drawing from a latent.
    virtual std::optional<QList<float>> encode(const QList<Stroke5> &rows) const { Q_UNUSED(rows); return std::nullopt; }
    virtual std::optional<QList<Stroke5>> decodeLatent(const QList<float> &z, const SketchSampleOptions &options,
                                                       const StepCallback &onStep = {}) const
    {
        Q_UNUSED(z); Q_UNUSED(options); Q_UNUSED(onStep);
        return std::nullopt;
    }
};

// Loads a model file (e.g. a .gen.json); a clear error names the file and
// the problem. Provided by the models library and handed to the UI by the app.
using SketchModelLoader =
    std::function<std::shared_ptr<const ISketchModel>(const QString &path, QString *error)>;

} // namespace atelier::core
