#pragma once
// Training windows for the music models, produced by core (which owns the
// encodings and the corpora) and consumed by the LibTorch trainer in models/
// (which owns the network). Torch-free.

#include <QString>
#include <cstdint>
#include <memory>
#include <random>
#include <vector>

namespace atelier::core {

// One training example: `tokens` (length + 1 of them: inputs are
// tokens[0..length-1], targets tokens[1..length]) and, when the model is
// conditioned, controlSize floats per input position.
struct MusicWindow {
    std::vector<int> tokens;
    std::vector<float> controls;   // empty, or length * controlSize
};

class IMusicTrainingData {
public:
    virtual ~IMusicTrainingData() = default;
    virtual int vocabSize() const = 0;
    virtual int controlSize() const = 0;
    // A random, augmented window of the train split (deterministic given rng).
    virtual MusicWindow sampleTrainWindow(std::mt19937_64 &rng, int length) const = 0;
    // The held-out split (valid or test), as whole sequences, with the
    // controls of every position (evaluation reads them in order).
    virtual int sequenceCount(bool test) const = 0;
    virtual MusicWindow sequence(bool test, int index) const = 0;
    virtual std::int64_t trainEvents() const = 0;   // tokens in the train split (before augmentation)

    // The train split as whole, un-augmented sequences, cut like the held-out
    // ones (for count-based baselines such as NgramBaseline). The defaults
    // (no sequences) suit data that cannot list its train split.
    virtual int trainSequenceCount() const { return 0; }
    virtual MusicWindow trainSequence(int index) const { (void)index; return {}; }
    // One line for logs: files per split, events.
    virtual QString describe() const { return QString(); }

    // Data-parallel training: the same data with only the train sequences
    // index, index + count, index + 2·count, … (in load order), so that
    // `count` ranks train on disjoint shards. Null when this data cannot be
    // sharded or the shard would be empty.
    virtual std::shared_ptr<const IMusicTrainingData> trainShard(int index, int count) const
    {
        (void)index;
        (void)count;
        return nullptr;
    }
};

} // namespace atelier::core
