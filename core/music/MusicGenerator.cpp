#include "music/MusicGenerator.h"

#include "music/MusicEvaluation.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>

namespace atelier::core {

namespace {

constexpr int kDefaultDensityBin = 4;
constexpr double kNegInf = -std::numeric_limits<double>::infinity();

double uniform01(std::mt19937_64 &rng) { return double(rng() >> 11) * 0x1.0p-53; }

} // namespace

int sampleToken(std::vector<double> &l, double temperature, double topP, std::mt19937_64 &rng)
{
    const int v = int(l.size());
    int best = -1;
    for (int k = 0; k < v; ++k)
        if (std::isfinite(l[std::size_t(k)]) && (best < 0 || l[std::size_t(k)] > l[std::size_t(best)]))
            best = k;
    if (best < 0)
        return 0;   // everything masked or broken: NO_EVENT / note-on 0; never happens with real masks
    if (!(temperature > 0))
        return best;
    const double mx = l[std::size_t(best)] / temperature;
    std::vector<double> p(static_cast<std::size_t>(v));
    double sum = 0;
    for (int k = 0; k < v; ++k) {
        const double x = l[std::size_t(k)];
        p[std::size_t(k)] = std::isfinite(x) ? std::exp(x / temperature - mx) : 0.0;
        sum += p[std::size_t(k)];
    }
    if (!(sum > 0) || !std::isfinite(sum))
        return best;
    if (topP < 1.0) {
        std::vector<int> order(static_cast<std::size_t>(v));
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(),
                         [&](int a, int b) { return p[std::size_t(a)] > p[std::size_t(b)]; });
        const double keep = std::max(topP, 0.0) * sum;
        double mass = 0;
        std::size_t kept = 0;
        while (kept < order.size() && (kept == 0 || mass < keep) && p[std::size_t(order[kept])] > 0)
            mass += p[std::size_t(order[kept++])];
        const double u = uniform01(rng) * mass;
        double acc = 0;
        for (std::size_t i = 0; i < kept; ++i) {
            acc += p[std::size_t(order[i])];
            if (u < acc)
                return order[i];
        }
        return order[kept - 1];
    }
    const double u = uniform01(rng) * sum;
    double acc = 0;
    int last = best;
    for (int k = 0; k < v; ++k) {
        if (p[std::size_t(k)] <= 0)
            continue;
        acc += p[std::size_t(k)];
        last = k;
        if (u < acc)
            return k;
    }
    return last;
}

int neutralStartToken(MusicModelKind kind)
{
    return kind == MusicModelKind::Melody ? MelodyEncoding::kNoEvent : PerformanceEncoding::timeShift(1);
}

std::vector<float> musicControls(const IMusicModel &model, const std::vector<int> &primer, int densityBin)
{
    const int cs = std::max(model.controlSize(), 0);
    if (cs == 0)
        return {};
    if (model.kind() != MusicModelKind::Performance || cs != PerformanceEncoding::kDensityBins)
        return std::vector<float>(std::size_t(cs), 0.0f);
    int bin = densityBin;
    if (bin < 0)
        bin = primer.empty() ? kDefaultDensityBin
                             : PerformanceEncoding::densityBin(PerformanceEncoding::tokenDensity(primer));
    return PerformanceEncoding::densityControl(bin);
}

std::optional<std::vector<std::vector<int>>> generate(const IMusicModel &model, const std::vector<int> &primer,
                                                      int count, const MusicLength &length,
                                                      const MusicSampleOptions &options,
                                                      const MusicProgress &progress)
{
    const int rows = std::clamp(count, 1, 8);
    const int v = model.vocabSize();
    const bool melody = model.kind() == MusicModelKind::Melody;
    std::vector<std::vector<int>> out(static_cast<std::size_t>(rows));
    if (v <= 0)
        return out;

    // How long each row runs.
    const qint64 targetSteps = !melody && length.seconds > 0
                                   ? std::max<qint64>(qint64(std::llround(length.seconds / PerformanceEncoding::kStepSeconds)), 1)
                                   : 0;
    int cap;
    if (melody)
        cap = length.steps > 0 ? length.steps : std::max(length.maxEvents, 0);
    else if (length.maxEvents > 0)
        cap = length.maxEvents;
    else if (targetSteps > 0)
        cap = int(std::min<double>(std::ceil(length.seconds * 300.0) + 256, 1e8));
    else
        cap = std::max(length.steps, 0);
    if (cap <= 0)
        return out;
    const int total = targetSteps > 0 ? int(std::min<qint64>(targetSteps, std::numeric_limits<int>::max())) : cap;

    // The constant per-token masks and key bonuses.
    std::vector<bool> masked(std::size_t(v), false);
    std::vector<double> bonus(std::size_t(v), 0.0);
    auto pitchOfNoteOn = [&](int k) {
        if (melody && MelodyEncoding::isNoteOn(k))
            return MelodyEncoding::pitchOf(k) - options.melodyTranspose;
        if (!melody && PerformanceEncoding::isNoteOn(k))
            return PerformanceEncoding::pitchOf(k);
        return -1;
    };
    for (int k = 0; k < v; ++k) {
        const int pitch = pitchOfNoteOn(k);
        if (pitch < 0)
            continue;
        if (options.key)
            masked[std::size_t(k)] = !options.key->contains(pitch);
        if (options.biasKey && options.keyBias != 0 && options.biasKey->contains(pitch))
            bonus[std::size_t(k)] = options.keyBias;
    }

    const int cs = std::max(model.controlSize(), 0);
    const std::vector<float> control = musicControls(model, primer, options.densityBin);
    std::vector<float> controls;
    for (int r = 0; r < rows; ++r)
        controls.insert(controls.end(), control.begin(), control.end());
    const float *ctrl = cs > 0 ? controls.data() : nullptr;
    // A chord-conditioned melody model: every row reads the chord of the
    // step after the token it is fed (steps count from the primer's first).
    const bool chordInputs = ChordConditioning::readsChords(model);
    const std::size_t primerSteps = primer.size();
    auto setChordControls = [&](std::size_t nextStep) {
        if (!chordInputs)
            return;
        StepChord chord;
        if (nextStep < primerSteps)
            chord = nextStep < options.primerChords.size() ? options.primerChords[nextStep] : StepChord{};
        else if (!options.chords.empty())
            chord = options.chords[std::min(nextStep - primerSteps, options.chords.size() - 1)];
        for (int r = 0; r < rows; ++r)
            ChordConditioning::encode(chord, controls.data() + std::size_t(r) * std::size_t(cs));
    };

    auto state = model.newState(rows);
    std::vector<int> tokens(static_cast<std::size_t>(rows));
    std::vector<float> logits(std::size_t(rows) * std::size_t(v));

    // The primer, fed to every row.
    const std::vector<int> feed = primer.empty() ? std::vector<int>{neutralStartToken(model.kind())} : primer;
    bool sounding = false;   // melody: a note sounds at the end of the primer
    for (std::size_t i = 0; i < feed.size(); ++i) {
        const int t = feed[i] >= 0 && feed[i] < v ? feed[i] : 0;
        if (MelodyEncoding::isNoteOn(t))
            sounding = true;
        else if (t == MelodyEncoding::kNoteOff)
            sounding = false;
        std::fill(tokens.begin(), tokens.end(), t);
        setChordControls(primer.empty() ? primerSteps : i + 1);
        model.step(*state, tokens.data(), ctrl, logits.data());
        if (progress && i % 256 == 255 && !progress(0, total))
            return std::nullopt;
    }
    if (progress && !progress(0, total))
        return std::nullopt;

    std::vector<std::mt19937_64> rngs;
    for (int r = 0; r < rows; ++r)
        rngs.emplace_back(options.seed + std::uint64_t(r));
    std::vector<bool> rowSounding(std::size_t(rows), melody && sounding);
    std::vector<qint64> elapsed(std::size_t(rows), 0);
    std::vector<bool> done(std::size_t(rows), false);
    std::vector<double> l(static_cast<std::size_t>(v));

    for (int step = 0;; ++step) {
        bool any = false;
        for (int r = 0; r < rows; ++r) {
            if (done[std::size_t(r)]) {
                tokens[std::size_t(r)] = feed.back() >= 0 && feed.back() < v ? feed.back() : 0;   // padding
                continue;
            }
            const float *row = logits.data() + std::size_t(r) * std::size_t(v);
            for (int k = 0; k < v; ++k)
                l[std::size_t(k)] = masked[std::size_t(k)] || std::isnan(row[k]) ? kNegInf : double(row[k]) + bonus[std::size_t(k)];
            // The chord of this step pulls its tones.
            const std::size_t at = melody ? out[std::size_t(r)].size() : std::size_t(elapsed[std::size_t(r)]);
            if (options.chordBias != 0 && at < options.chords.size() && options.chords[at].tones != 0) {
                const quint16 tones = options.chords[at].tones;
                for (int k = 0; k < v; ++k) {
                    const int pitch = pitchOfNoteOn(k);
                    if (pitch >= 0 && ((tones >> (pitch % 12)) & 1) && l[std::size_t(k)] != kNegInf)
                        l[std::size_t(k)] += options.chordBias;
                }
            }
            if (melody && !rowSounding[std::size_t(r)] && MelodyEncoding::kNoteOff < v)
                l[MelodyEncoding::kNoteOff] = kNegInf;
            const int t = sampleToken(l, options.temperature, options.topP, rngs[std::size_t(r)]);
            out[std::size_t(r)].push_back(t);
            tokens[std::size_t(r)] = t;
            if (melody) {
                if (MelodyEncoding::isNoteOn(t))
                    rowSounding[std::size_t(r)] = true;
                else if (t == MelodyEncoding::kNoteOff)
                    rowSounding[std::size_t(r)] = false;
            } else {
                elapsed[std::size_t(r)] += PerformanceEncoding::shiftStepsOf(t);
            }
            if (int(out[std::size_t(r)].size()) >= cap || (targetSteps > 0 && elapsed[std::size_t(r)] >= targetSteps))
                done[std::size_t(r)] = true;
            else
                any = true;
        }
        if (progress) {
            int reached;
            if (targetSteps > 0) {
                qint64 slowest = targetSteps;
                for (int r = 0; r < rows; ++r)
                    if (!done[std::size_t(r)])
                        slowest = std::min(slowest, elapsed[std::size_t(r)]);
                reached = int(slowest);
            } else {
                reached = step + 1;
            }
            if (!progress(reached, total))
                return std::nullopt;
        }
        if (!any)
            break;
        setChordControls(primerSteps + std::size_t(step) + 1);
        model.step(*state, tokens.data(), ctrl, logits.data());
    }
    return out;
}

double scoreContinuation(const IMusicModel &model, const std::vector<int> &tokensBefore,
                         const std::vector<int> &candidate, const std::vector<int> &tokensAfter, int densityBin)
{
    if (tokensAfter.empty())
        return 0.0;
    MusicWindow w;
    w.tokens = tokensBefore;
    w.tokens.insert(w.tokens.end(), candidate.begin(), candidate.end());
    w.controls = musicControls(model, w.tokens, densityBin);
    if (w.tokens.empty())
        w.tokens.push_back(neutralStartToken(model.kind()));
    const int first = int(w.tokens.size());
    w.tokens.insert(w.tokens.end(), tokensAfter.begin(), tokensAfter.end());
    const auto sums = sequenceLogLikelihoods(model, {w}, {first}, 1);
    return sums ? sums->front() : 0.0;
}

} // namespace atelier::core
