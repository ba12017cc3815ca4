#pragma once
// Data-parallel training over PyTorch's own distributed engine: c10d's Gloo
// process group with a TCPStore rendezvous (rank 0 serves the store at the
// master address). Each rank trains on its shard of the data; after every
// backward pass the ranks sum their gradients (weighted by the examples each
// scored) and every rank applies the same update, so the weights stay equal.
//
// Nothing here hangs silently: joining, each collective and each store read
// give up after DistributedOptions::timeoutSeconds. When a collective fails,
// the surviving ranks name the lost one(s): every survivor leaves a mark in
// the store and waits a few seconds for the others' marks; a rank without a
// mark (or rank 0, when the store itself is gone) is the lost one.
//
// Includes torch: for models/*.cpp files only.

#include <torch/torch.h>

#include "train/DistributedOptions.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <memory>
#include <vector>

namespace c10d {
class ProcessGroupGloo;
class Store;
} // namespace c10d

namespace atelier::models {

class DataParallel {
public:
    // Joins the group: waits (up to the timeout) until every rank has joined,
    // then refuses to start unless every rank's `fingerprint` (the settings
    // that must agree: sizes, batch, seed, data…) equals rank 0's, naming the
    // first difference. Null and *error on failure.
    static std::unique_ptr<DataParallel> join(const DistributedOptions &options, const QJsonObject &fingerprint,
                                              QString *error);
    ~DataParallel();
    DataParallel(const DataParallel &) = delete;
    DataParallel &operator=(const DataParallel &) = delete;

    int rank() const;
    int worldSize() const;

    // Sums a contiguous CPU tensor over the ranks, in place.
    bool allreduceSum(torch::Tensor &tensor, QString *error);
    // Rank 0's values into every rank's tensor.
    bool broadcast(torch::Tensor &tensor, QString *error);
    // Before the first step: whether the ranks stop at once (rank 0's
    // `timeUp`, or any rank's `cancel`) and whether that is a cancel.
    bool agreeToStop(bool timeUp, bool cancel, bool *stop, bool *cancelled, QString *error);
    // Checks that every rank starts from `step` (a checkpoint folder that only
    // some ranks see would make them disagree); false and an error listing
    // each rank's step otherwise.
    bool checkSameStep(int step, QString *error);
    // Rank 0's values of every parameter on every rank (the same start).
    bool broadcastParameters(const std::vector<torch::Tensor> &parameters, QString *error);
    // Sets each parameter's gradient to Σ w_r·g_r / Σ w_r over the ranks r,
    // w_r being each rank's `weight` (the tokens it scored, or 1 for a plain
    // mean), and sums `extras` (losses, counts, stop flags) over the ranks in
    // place, in double precision. *totalWeight = Σ w_r; with it 0 the
    // gradients are left as they are.
    bool averageGradients(const std::vector<torch::Tensor> &parameters, double weight, std::vector<double> *extras,
                          double *totalWeight, QString *error);
    // Checks that every rank holds the same weights (their sums and sums of
    // squares agree to 1e-6, relative: ranks on different CPUs may round
    // differently); false and an error naming the first rank that differs
    // from rank 0 otherwise.
    bool checkSameParameters(const std::vector<torch::Tensor> &parameters, QString *error);
    // Every rank's blob, in rank order, on rank 0 (the others get nothing).
    bool gather(const QByteArray &blob, std::vector<QByteArray> *out, QString *error);

    // Seconds spent inside allreduceSum so far (the bench's allreduce share).
    double allreduceSeconds() const;

private:
    DataParallel();
    QString lostRanksError(const QString &detail);
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace atelier::models
