#include "music/NgramBaseline.h"

#include <cmath>
#include <limits>

namespace atelier::core {

namespace {
bool inVocab(int t, int v) { return t >= 0 && t < v; }
}

NgramBaseline NgramBaseline::fit(const IMusicTrainingData &data)
{
    NgramBaseline g;
    g.m_vocab = std::max(data.vocabSize(), 0);
    const std::size_t v = std::size_t(g.m_vocab);
    g.m_total = 0;
    g.m_unigram.assign(v, 0);
    g.m_bigram.assign(v * v, 0);
    g.m_rowTotal.assign(v, 0);
    const int n = data.trainSequenceCount();
    for (int s = 0; s < n; ++s) {
        const std::vector<int> tokens = data.trainSequence(s).tokens;
        for (std::size_t i = 0; i < tokens.size(); ++i) {
            if (!inVocab(tokens[i], g.m_vocab))
                continue;
            ++g.m_unigram[std::size_t(tokens[i])];
            ++g.m_total;
            if (i > 0 && inVocab(tokens[i - 1], g.m_vocab)) {
                ++g.m_bigram[std::size_t(tokens[i - 1]) * v + std::size_t(tokens[i])];
                ++g.m_rowTotal[std::size_t(tokens[i - 1])];
            }
        }
    }
    return g;
}

double NgramBaseline::unigramLogProb(int token) const
{
    if (!inVocab(token, m_vocab))
        return -std::numeric_limits<double>::infinity();
    return std::log(double(m_unigram[std::size_t(token)] + 1) / double(m_total + m_vocab));
}

double NgramBaseline::bigramLogProb(int previous, int token) const
{
    if (!inVocab(token, m_vocab))
        return -std::numeric_limits<double>::infinity();
    if (!inVocab(previous, m_vocab))
        return std::log(1.0 / m_vocab);
    const std::size_t p = std::size_t(previous);
    return std::log(double(m_bigram[p * std::size_t(m_vocab) + std::size_t(token)] + 1) /
                    double(m_rowTotal[p] + m_vocab));
}

NgramNll NgramBaseline::nll(const IMusicTrainingData &data, bool test) const
{
    NgramNll r;
    if (m_vocab <= 0)
        return r;
    double uni = 0, bi = 0;
    const int n = data.sequenceCount(test);
    for (int s = 0; s < n; ++s) {
        const std::vector<int> tokens = data.sequence(test, s).tokens;
        for (std::size_t i = 1; i < tokens.size(); ++i) {
            uni -= unigramLogProb(tokens[i]);
            bi -= bigramLogProb(tokens[i - 1], tokens[i]);
            ++r.events;
        }
    }
    if (r.events > 0) {
        r.unigramNll = uni / double(r.events);
        r.bigramNll = bi / double(r.events);
    }
    return r;
}

} // namespace atelier::core
