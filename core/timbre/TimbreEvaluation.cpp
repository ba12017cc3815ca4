#include "timbre/TimbreEvaluation.h"

#include "timbre/SpectralMetrics.h"
#include "timbre/TimbreRender.h"

#include <QCoreApplication>
#include <QHash>
#include <cmath>
#include <random>

namespace atelier::core::timbre {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("TimbreEvaluation", text); }

// Leaves the model's own envelope alone: instant attack, full sustain, and a
// release far longer than any note (the model renders its own release tail).
Envelope neutralEnvelope()
{
    Envelope e;
    e.attack_s = 0;
    e.decay_s = 0;
    e.sustain = 1;
    e.release_s = 1e6;
    return e;
}

std::vector<float> renderNote(const std::shared_ptr<const ITimbreModel> &model, const std::vector<float> &z,
                              int pitch, int velocity, double noteOff_s, double seconds)
{
    const std::vector<TimedMidi> events{{0.0, MidiMessage::noteOn(0, pitch, velocity)},
                                        {noteOff_s, MidiMessage::noteOff(0, pitch)}};
    return renderPhrase(model, z, neutralEnvelope(), events, seconds, kDataSampleRate);
}

} // namespace

std::vector<float> repitch(const std::vector<float> &x, double semitones, std::size_t length)
{
    const double ratio = std::pow(2.0, semitones / 12.0);
    std::vector<float> y = resampleLinear(x, kDataSampleRate * ratio, kDataSampleRate);
    y.resize(length, 0.0f);
    return y;
}

bool evaluateTimbre(std::shared_ptr<const ITimbreModel> model, const TimbreDataset &data,
                    const TimbreEvalOptions &options, TimbreEvalResult *result, QString *error,
                    const std::function<bool(int, int)> &progress)
{
    *result = {};
    if (!model) {
        *error = tr("no model");
        return false;
    }
    // The model's embedding of each dataset instrument, by name.
    QHash<QString, int> byName;
    for (std::size_t i = 0; i < model->instruments().size(); ++i) byName.insert(model->instruments()[i].name, int(i));
    std::vector<int> modelIndex(data.instruments().size(), -1);
    for (std::size_t i = 0; i < data.instruments().size(); ++i)
        modelIndex[i] = byName.value(data.instruments()[i].name(), -1);

    // Held-out notes with the standard note-off whose instrument the model knows
    // and that have a training neighbour.
    struct Item { int note, below, above; };
    std::vector<Item> items;
    const double standardOff = data.spec().noteOff_s;
    for (int i : data.heldOutNotes()) {
        const TimbreNote &n = data.notes()[std::size_t(i)];
        if (std::abs(n.noteOff_s - standardOff) > 1e-3 || modelIndex[std::size_t(n.instrument)] < 0) continue;
        const int below = data.find(n.instrument, n.pitch - 3, n.velocity);
        const int above = data.find(n.instrument, n.pitch + 3, n.velocity);
        if (below < 0 && above < 0) continue;
        items.push_back({i, below, above});
    }
    if (items.empty()) {
        *error = tr("the model knows none of the dataset's instruments (or the dataset has no held-out notes)");
        return false;
    }
    if (options.maxNotes > 0 && int(items.size()) > options.maxNotes) {
        std::vector<Item> spread;
        for (int j = 0; j < options.maxNotes; ++j) spread.push_back(items[std::size_t(j) * items.size() / options.maxNotes]);
        items = std::move(spread);
    }

    const int morphPairs = model->instruments().size() >= 2 ? std::max(0, options.morphPairs) : 0;
    const int total = int(items.size()) + morphPairs;
    int done = 0;
    auto step = [&]() {
        ++done;
        if (progress && !progress(done, total)) {
            *error = tr("cancelled");
            return false;
        }
        return true;
    };

    double sums[6] = {};
    for (const Item &item : items) {
        const TimbreNote &n = data.notes()[std::size_t(item.note)];
        const std::vector<float> real = n.toFloat();
        const std::size_t length = real.size();
        const std::vector<float> &z = model->instruments()[std::size_t(modelIndex[std::size_t(n.instrument)])].z;
        std::vector<float> rendered = renderNote(model, z, n.pitch, n.velocity, n.noteOff_s, double(length) / kDataSampleRate);
        rendered.resize(length, 0.0f);
        const int nearest = item.below >= 0 ? item.below : item.above;
        const TimbreNote &nn = data.notes()[std::size_t(nearest)];
        const std::vector<float> sampler = repitch(nn.toFloat(), n.pitch - nn.pitch, length);
        std::vector<float> fade = sampler;
        if (item.below >= 0 && item.above >= 0) {
            const TimbreNote &up = data.notes()[std::size_t(item.above)];
            const std::vector<float> other = repitch(up.toFloat(), n.pitch - up.pitch, length);
            for (std::size_t s = 0; s < length; ++s) fade[s] = 0.5f * (sampler[s] + other[s]);
        }
        const int len = options.cropSeconds > 0
            ? int(std::min<double>(double(length), options.cropSeconds * kDataSampleRate)) : int(length);
        sums[0] += multiScaleSpectralDistance(rendered.data(), real.data(), len);
        sums[1] += multiScaleSpectralDistance(sampler.data(), real.data(), len);
        sums[2] += multiScaleSpectralDistance(fade.data(), real.data(), len);
        sums[3] += logSpectralDistance_dB(rendered.data(), real.data(), len);
        sums[4] += logSpectralDistance_dB(sampler.data(), real.data(), len);
        sums[5] += logSpectralDistance_dB(fade.data(), real.data(), len);
        if (!step()) return false;
    }
    const double count = double(items.size());
    result->notes = int(items.size());
    result->mss = {sums[0] / count, sums[1] / count, sums[2] / count};
    result->lsdDb = {sums[3] / count, sums[4] / count, sums[5] / count};

    // Morph smoothness.
    std::mt19937_64 rng(options.seed);
    const int instruments = int(model->instruments().size());
    const int steps = std::max(3, options.morphSteps);
    int monotone = 0;
    constexpr double kSeconds = 1.5;
    for (int p = 0; p < morphPairs; ++p) {
        const int a = std::uniform_int_distribution<int>(0, instruments - 1)(rng);
        int b = std::uniform_int_distribution<int>(0, instruments - 2)(rng);
        if (b >= a) ++b;
        const std::vector<float> &za = model->instruments()[std::size_t(a)].z;
        const std::vector<float> &zb = model->instruments()[std::size_t(b)].z;
        std::vector<std::vector<float>> audio;
        for (int s = 0; s < steps; ++s) {
            const double t = double(s) / (steps - 1);
            std::vector<float> z(za.size());
            for (std::size_t k = 0; k < z.size(); ++k) z[k] = float((1 - t) * za[k] + t * zb[k]);
            audio.push_back(renderNote(model, z, 60, 80, 1.0, kSeconds));
        }
        const int len = int(audio.front().size());
        bool ok = true;
        double lastA = -1, lastB = 1e300;
        for (int s = 0; s < steps && ok; ++s) {
            const double da = multiScaleSpectralDistance(audio[std::size_t(s)].data(), audio.front().data(), len);
            const double db = multiScaleSpectralDistance(audio[std::size_t(s)].data(), audio.back().data(), len);
            ok = da >= lastA && db <= lastB;
            lastA = da;
            lastB = db;
        }
        monotone += ok ? 1 : 0;
        if (!step()) return false;
    }
    result->morphPairs = morphPairs;
    result->morphMonotoneFraction = morphPairs > 0 ? double(monotone) / morphPairs : 0.0;
    return true;
}

} // namespace atelier::core::timbre
