#pragma once
// MusicNetwork over the relative-attention Transformer (MusicTransformerNet);
// its files are MusicTransformerFile's.

#include "music/MusicNetwork.h"
#include "music/MusicTransformerNet.h"

namespace atelier::models {

class MusicTransformerNetwork final : public MusicNetwork {
public:
    explicit MusicTransformerNetwork(const MusicTransformerConfig &config);
    void loadWeights(const Tensors &tensors);   // the names and shapes of the config
    torch::nn::Module &module() override { return *m_net; }
    torch::Tensor forward(const torch::Tensor &tokens, const torch::Tensor &controls) override;
    void score(const torch::Tensor &tokens, const torch::Tensor &targets, const torch::Tensor &controls, double *sum,
               int64_t *count) override;
    QJsonObject sizes() const override;
    qint64 parameterCount() const override;
    QString describe() const override;
    bool exportModel(const QString &path, const QString &name, const QJsonObject &training, bool float32,
                     QString *error) const override;

private:
    MusicTransformerNet m_net;
};

} // namespace atelier::models
