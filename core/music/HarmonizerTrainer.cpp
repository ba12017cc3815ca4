#include "music/HarmonizerTrainer.h"

#include "music/HarmonyEvaluation.h"
#include "music/KeyFinder.h"

#include <QJsonArray>
#include <cmath>

namespace atelier::core::HarmonizerTrainer {

namespace {

constexpr int S = Harmonizer::kStates;

// Transition log probabilities from counts, smoothed toward the unigram.
std::vector<double> transitions(const std::vector<double> &counts, const std::vector<double> &unigram)
{
    std::vector<double> out(std::size_t(S) * S);
    for (int i = 0; i < S; ++i) {
        double row = 0;
        for (int j = 0; j < S; ++j)
            row += counts[std::size_t(i) * S + std::size_t(j)];
        for (int j = 0; j < S; ++j)
            out[std::size_t(i) * S + std::size_t(j)] =
                std::log((counts[std::size_t(i) * S + std::size_t(j)] + kBackoff * unigram[std::size_t(j)]) / (row + kBackoff));
    }
    return out;
}

} // namespace

Harmonizer train(const HarmonyCorpus &corpus)
{
    std::vector<double> initial(S, 0.0), within(std::size_t(S) * S, 0.0), across(std::size_t(S) * S, 0.0),
        states(S, 0.0), emission(std::size_t(Harmonizer::kQualities) * 12, 0.0);
    double labelled = 0, tunes = 0;
    for (const HarmonyTune *tune : corpus.tunes(MusicSplit::Train)) {
        Song own = tune->song;
        own.chords = tune->chords;
        const int tonic = Harmonizer::referenceTonic(KeyFinder::estimate(tune->melody).key);
        const auto segments = Harmonizer::segments(tune->song, tune->melody, tune->end);
        int previous = -1;
        bool first = true;
        for (std::size_t i = 0; i < segments.size(); ++i) {
            const int s = Harmonizer::stateOf(own.chordAt(segments[i].from), tonic);
            if (s < 0) {
                previous = -1;
                continue;
            }
            states[std::size_t(s)] += 1;
            labelled += 1;
            if (previous >= 0)
                (segments[i].half == 1 ? within : across)[std::size_t(previous) * S + std::size_t(s)] += 1;
            else if (first)
                initial[std::size_t(s)] += 1;
            first = false;
            const int root = s / Harmonizer::kQualities, q = s % Harmonizer::kQualities;
            for (int pc = 0; pc < 12; ++pc)
                emission[std::size_t(q) * 12 + std::size_t(((pc - tonic - root) % 12 + 24) % 12)] +=
                    segments[i].weight[std::size_t(pc)];
            previous = s;
        }
        tunes += 1;
    }
    Harmonizer h;
    std::vector<double> unigram(S);
    for (int s = 0; s < S; ++s)
        unigram[std::size_t(s)] = (states[std::size_t(s)] + 0.1) / (labelled + 0.1 * S);
    double starts = 0;
    for (double c : initial)
        starts += c;
    for (int s = 0; s < S; ++s)
        h.initial[std::size_t(s)] = std::log((initial[std::size_t(s)] + unigram[std::size_t(s)]) / (starts + 1.0));
    h.withinBar = transitions(within, unigram);
    h.acrossBar = transitions(across, unigram);
    for (int q = 0; q < Harmonizer::kQualities; ++q) {
        double sum = 0;
        for (int k = 0; k < 12; ++k)
            sum += emission[std::size_t(q) * 12 + std::size_t(k)];
        for (int k = 0; k < 12; ++k)
            h.emission[std::size_t(q) * 12 + std::size_t(k)] =
                std::log((emission[std::size_t(q) * 12 + std::size_t(k)] + 0.5) / (sum + 6.0));
    }

    // The emission weight with the best root agreement on the valid tunes.
    const auto valid = corpus.tunes(MusicSplit::Valid);
    double bestAgreement = -1;
    QJsonArray search;
    Harmonizer trial = h;
    for (double w : kEmissionWeights) {
        trial.emissionWeight = w;
        const HarmonyEvaluation::HarmonizerScore sc = HarmonyEvaluation::scoreHarmonizer(trial, valid);
        search.append(QJsonObject{{"emission_weight", w}, {"valid_root_agreement", sc.rootAgreement}});
        if (sc.rootAgreement > bestAgreement + 1e-12) {
            bestAgreement = sc.rootAgreement;
            h.emissionWeight = w;
        }
    }
    h.training = QJsonObject{{"train_tunes", tunes},
                             {"labelled_half_bars", labelled},
                             {"backoff", kBackoff},
                             {"valid_tunes", double(valid.size())},
                             {"weight_search", search},
                             {"valid_root_agreement", bestAgreement}};
    return h;
}

} // namespace atelier::core::HarmonizerTrainer
