#include "music/MusicLstmNetwork.h"

#include "music/MusicModelFile.h"

namespace atelier::models {

namespace {
constexpr int64_t kChunk = 256;   // time steps per scoring chunk (the state is carried)
}

MusicLstmNetwork::MusicLstmNetwork(const MusicLstmConfig &config) : m_net(config) {}

torch::Tensor MusicLstmNetwork::forward(const torch::Tensor &tokens, const torch::Tensor &controls)
{
    return m_net->forward(tokens, controls);
}

void MusicLstmNetwork::score(const torch::Tensor &tokens, const torch::Tensor &targets, const torch::Tensor &controls,
                             double *sum, int64_t *count)
{
    const int64_t T = tokens.size(0), B = tokens.size(1), V = m_net->config().vocab;
    MusicLstmState state = m_net->zeroState(int(B));
    for (int64_t t0 = 0; t0 < T; t0 += kChunk) {
        const int64_t n = std::min(kChunk, T - t0);
        const torch::Tensor ctl = controls.defined() ? controls.narrow(0, t0, n) : torch::Tensor();
        addNll(m_net->forward(tokens.narrow(0, t0, n), ctl, &state).reshape({n * B, V}),
               targets.narrow(0, t0, n).reshape({-1}), sum, count);
    }
}

QJsonObject MusicLstmNetwork::sizes() const
{
    QJsonObject o = m_net->config().toJson();
    o.remove("dropout");
    o.insert("architecture", "lstm");
    return o;
}

qint64 MusicLstmNetwork::parameterCount() const { return m_net->config().parameterCount(); }

QString MusicLstmNetwork::describe() const
{
    return QStringLiteral("LSTM %1×%2").arg(m_net->config().layers).arg(m_net->config().hidden);
}

void MusicLstmNetwork::loadWeights(const MusicModelFile &file) { m_net->loadWeights(file); }

bool MusicLstmNetwork::exportModel(const QString &path, const QString &name, const QJsonObject &training,
                                   bool float32, QString *error) const
{
    MusicModelFile file;
    file.float32 = float32;
    m_net->storeWeights(file);
    file.name = name;
    file.training = training;
    return file.write(path, error);
}

} // namespace atelier::models
