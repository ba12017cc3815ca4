#pragma once
// Held-out evaluation of a music model: the mean negative log-likelihood in
// nats per event over every token of every held-out sequence except each
// sequence's first (the same event set as NgramBaseline::nll, so the numbers
// compare directly), teacher-forced from a zero state per sequence, each
// position with its controls. Sequences are fed in batches (padded; the
// padding is never scored), which gives the same numbers as batch 1 because
// the rows of a batch are independent. Sums are accumulated in double. A
// model without controls may be scored on data with controls (it ignores
// them); other control sizes must match the data's.

#include "music/IMusicModel.h"
#include "music/MusicTrainingData.h"

#include <QString>
#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace atelier::core {

struct MusicEvalResult {
    std::int64_t events = 0;
    double nll = 0;            // nats per event
    bool cancelled = false;    // progress returned false; the other fields are then partial
    QString error;             // e.g. a vocabulary mismatch; empty when fine
};

// progress(done events, total events); return false to cancel.
MusicEvalResult evaluateModel(const IMusicModel &model, const IMusicTrainingData &data, bool test,
                              const std::function<bool(int done, int total)> &progress = {});

// The building block (also used to score continuations): for each row, the
// sum of log p(tokens[j] | tokens[0..j-1]) over j >= firstTargets[row]
// (at least 1). A row's controls are read per input position when it holds
// (tokens.size() - 1) * controlSize() floats, as one vector for every
// position when it holds exactly controlSize(), else zeros. Tokens outside
// the vocabulary are fed as 0 and not scored. nullopt when cancelled.
std::optional<std::vector<double>> sequenceLogLikelihoods(
    const IMusicModel &model, const std::vector<MusicWindow> &rows, const std::vector<int> &firstTargets,
    int batchSize = 16, const std::function<bool(std::int64_t done, std::int64_t total)> &progress = {});

} // namespace atelier::core
