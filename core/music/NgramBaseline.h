#pragma once
// Count-based baselines for the music models: unigram and bigram next-event
// models with add-one (Laplace) smoothing over the whole vocabulary, fitted
// on the train split (IMusicTrainingData::trainSequence, un-augmented).
//
//   unigram  p(t)          = (c(t) + 1) / (N + V)
//   bigram   p(t | prev)   = (c(prev, t) + 1) / (c(prev, .) + V)
//
// nll() is the mean negative log-likelihood in nats per event over every
// token of every held-out sequence except each sequence's first (each token
// is predicted from its predecessor), the same event set as evaluateModel()
// (MusicEvaluation.h), so the numbers compare directly. A model that learned
// nothing scores log(V).

#include "music/MusicTrainingData.h"

#include <cstdint>
#include <vector>

namespace atelier::core {

struct NgramNll {
    std::int64_t events = 0;
    double unigramNll = 0;   // nats per event
    double bigramNll = 0;
};

class NgramBaseline {
public:
    [[nodiscard]] static NgramBaseline fit(const IMusicTrainingData &data);
    NgramNll nll(const IMusicTrainingData &data, bool test) const;

    int vocabSize() const { return m_vocab; }
    std::int64_t trainTokens() const { return m_total; }
    // Natural-log probabilities (tokens outside the vocabulary: -inf).
    double unigramLogProb(int token) const;
    double bigramLogProb(int previous, int token) const;

private:
    int m_vocab = 0;
    std::int64_t m_total = 0;
    std::vector<std::int64_t> m_unigram;   // V
    std::vector<std::int64_t> m_bigram;    // V * V, [prev * V + next]
    std::vector<std::int64_t> m_rowTotal;  // V, bigrams starting at prev
};

} // namespace atelier::core
