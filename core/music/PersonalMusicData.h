#pragma once
// The user's own music as training data for personalising a model (a few of
// their MIDI files, loaded as a MelodyCorpus or PerformanceCorpus): every
// sequence of that corpus, whatever split its file name hashes to, cut into
// examples of exampleTokens events (a phrase: 4 bars of a melody, 256
// performance events); every fifth example (the 5th, 10th, …) is held out,
// and the held-out examples are both the valid and the test split. Train
// windows: a train example drawn uniformly, then a random window inside it
// (the whole example when it is shorter); with rehearsal, a share of the
// windows comes from the data the base model learned from instead, so that
// it keeps what it knew. Fewer than kMinExamples examples is refused with a
// message naming the minimum. Torch-free.

#include "music/MusicTrainingData.h"

#include <QString>
#include <memory>
#include <vector>

namespace atelier::core {

class PersonalMusicData final : public IMusicTrainingData {
public:
    static constexpr int kMinExamples = 10;
    static constexpr int kMelodyExampleSteps = 64;        // 4 bars of 4/4 in 16th-note steps
    static constexpr int kPerformanceExampleEvents = 256;

    // nullptr and *error ("<name> gives 6 examples …") when there are too few.
    static std::shared_ptr<PersonalMusicData> make(const IMusicTrainingData &source, int exampleTokens,
                                                   const QString &name, QString *error);
    // Rehearsal: `rehearsal` windows of `data` (same vocabulary and
    // controls) per window of the user's (0 = none).
    void setRehearsal(std::shared_ptr<const IMusicTrainingData> data, double rehearsal);

    int vocabSize() const override { return m_vocab; }
    int controlSize() const override { return m_controls; }
    MusicWindow sampleTrainWindow(std::mt19937_64 &rng, int length) const override;
    int sequenceCount(bool test) const override;
    MusicWindow sequence(bool test, int index) const override;
    std::int64_t trainEvents() const override { return m_trainEvents; }
    int trainSequenceCount() const override { return int(m_train.size()); }
    MusicWindow trainSequence(int index) const override;
    QString describe() const override;

    int exampleTokens() const { return m_exampleTokens; }

private:
    PersonalMusicData() = default;
    int m_vocab = 0, m_controls = 0, m_exampleTokens = 0;
    std::vector<MusicWindow> m_train, m_heldOut;
    std::int64_t m_trainEvents = 0;
    QString m_name;
    std::shared_ptr<const IMusicTrainingData> m_rehearse;
    double m_rehearseShare = 0;   // the probability that a window comes from m_rehearse
};

} // namespace atelier::core
