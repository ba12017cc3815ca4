#pragma once
// MusicNetwork over the music LSTM (MusicLstmNet); its files are MusicModelFile's.

#include "music/MusicLstmNet.h"
#include "music/MusicNetwork.h"

namespace atelier::models {

class MusicLstmNetwork final : public MusicNetwork {
public:
    explicit MusicLstmNetwork(const MusicLstmConfig &config);
    void loadWeights(const MusicModelFile &file);   // the same sizes
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
    MusicLstmNet m_net;
};

} // namespace atelier::models
