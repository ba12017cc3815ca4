#pragma once
// The network a MusicTrainer trains, whatever its architecture (private
// header of the models library: it includes torch): the LSTM
// (MusicLstmNetwork) or the relative-attention Transformer
// (MusicTransformerNetwork). The trainer owns batching, the optimiser,
// checkpoints and the schedule; the network owns its forward pass, how it
// scores long held-out sequences and its model file.

#include <QJsonObject>
#include <QString>

#pragma push_macro("slots")
#undef slots
#include <torch/torch.h>
#pragma pop_macro("slots")

#include <cstdint>
#include <memory>

namespace atelier::models {

struct MusicTrainingOptions;

class MusicNetwork {
public:
    static constexpr int64_t kIgnore = -100;   // the target of a padding position

    virtual ~MusicNetwork() = default;
    // The options' architecture ("lstm" or "transformer") with its sizes.
    static std::unique_ptr<MusicNetwork> create(const MusicTrainingOptions &options);
    // Fine-tuning: the network of the model file at `path` (either
    // architecture) with its weights; *options takes its architecture and
    // sizes (dropout as given). nullptr and *error when it cannot be read.
    static std::unique_ptr<MusicNetwork> fromModelFile(const QString &path, MusicTrainingOptions *options,
                                                       QString *error);

    virtual torch::nn::Module &module() = 0;
    // Training: time-major tokens [T, B], controls [T, B, C] (undefined when
    // C = 0) → logits [T, B, V], from a fresh start (no state).
    virtual torch::Tensor forward(const torch::Tensor &tokens, const torch::Tensor &controls) = 0;
    // Held-out scoring of a batch of whole sequences (no grad): tokens and
    // targets [T, B] (targets kIgnore where nothing is scored), controls
    // [T, B, C]; adds -log p(target) of every scored position to *sum and
    // their number to *count. Long sequences are cut as the network needs
    // (the LSTM carries its state across chunks; the Transformer scores
    // overlapping windows, every position once, with at least half a
    // window of context after the first).
    virtual void score(const torch::Tensor &tokens, const torch::Tensor &targets, const torch::Tensor &controls,
                       double *sum, int64_t *count) = 0;
    // The sizes (a checkpoint holds them; resuming needs the same).
    virtual QJsonObject sizes() const = 0;
    virtual qint64 parameterCount() const = 0;
    // "LSTM 2×256", "Transformer 4×256, 8 heads, window 512"
    virtual QString describe() const = 0;
    // float32: keep every bit of the weights (a personalised model's small
    // updates) instead of the file's float16.
    virtual bool exportModel(const QString &path, const QString &name, const QJsonObject &training,
                             bool float32, QString *error) const = 0;

protected:
    // Adds -log softmax(logits)[target] over the targets that are not kIgnore
    // (logits [N, V], targets [N]) to *sum, and their number to *count.
    static void addNll(const torch::Tensor &logits, const torch::Tensor &targets, double *sum, int64_t *count);
};

} // namespace atelier::models
