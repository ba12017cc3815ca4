#pragma once
// MusicTrainer's state, shared by its training (MusicTrainer.cpp) and its
// checkpoints (MusicTrainerCheckpoint.cpp). Includes torch: models/ only.

#include "train/DataParallel.h"
#include "train/TorchTraining.h"
#include "music/MusicNetwork.h"

#include "music/MusicTrainer.h"

#include <QByteArray>
#include <cmath>
#include <memory>
#include <random>
#include <vector>

namespace atelier::models {

struct MusicTrainer::Private {
    // One shard of the train split this rank samples from, with its own
    // random stream (so a run over N ranks and over one rank with N shards
    // draw the same windows).
    struct Shard {
        int id = 0;
        std::shared_ptr<const core::IMusicTrainingData> data;
        std::mt19937_64 rng;
    };

    MusicTrainingOptions options;
    std::shared_ptr<const core::IMusicTrainingData> data;
    std::unique_ptr<MusicNetwork> net;  // evaluate() switches it to eval mode and back
    std::unique_ptr<torch::optim::Adam> optimizer;
    std::vector<Shard> shards;
    std::unique_ptr<DataParallel> dp;   // null on a single rank
    int step = 0;
    double elapsedBefore = 0;
    double elapsedThisRun = 0;
    bool prepared = false, resumed = false, cancelled = false;
    const std::atomic<bool> *cancelFlag = nullptr;
    ProgressCallback progress;
    std::vector<double> history;
    std::vector<std::pair<int, double>> validHistory;

    double learningRateAt(int s) const
    {
        const MusicTrainingOptions &o = options;
        return (o.learningRate - o.minLearningRate) * std::pow(o.learningRateDecay, s) + o.minLearningRate;
    }
    int rank() const { return options.distributed.rank; }
    // The train shards of this rank (dataShards / worldSize of them) with their seeded streams.
    bool makeShards(QString *error);
    // Checks the ranks against each other and makes their weights equal (rank 0's).
    bool joinRanks(QString *error);
    bool loadCheckpoint(QString *error);
    // This rank's random streams (data shards and torch), to resume exactly.
    QByteArray rankState() const;
    bool restoreRankState(const QByteArray &state, QString *error);
    AnchorPull anchor;  // toward the initial weights, when options.anchor > 0
    // NaN when the split is empty or (error set) a rank was lost.
    double evaluate(bool test, QString *error = nullptr) const;
    double evaluate(const core::IMusicTrainingData &on, bool test, int maxSequences, QString *error) const;
};

} // namespace atelier::models
