#include "music/MusicTransformerNetwork.h"

#include "music/MusicTransformerFile.h"

namespace atelier::models {

MusicTransformerNetwork::MusicTransformerNetwork(const MusicTransformerConfig &config) : m_net(config) {}

torch::Tensor MusicTransformerNetwork::forward(const torch::Tensor &tokens, const torch::Tensor &controls)
{
    // The network is batch-first.
    const torch::Tensor ctl = controls.defined() ? controls.transpose(0, 1) : torch::Tensor();
    return m_net->forward(tokens.transpose(0, 1), ctl).transpose(0, 1);
}

void MusicTransformerNetwork::score(const torch::Tensor &tokens, const torch::Tensor &targets,
                                    const torch::Tensor &controls, double *sum, int64_t *count)
{
    const int64_t T = tokens.size(0), B = tokens.size(1), V = m_net->config().vocab;
    const int64_t W = m_net->config().window, stride = std::max<int64_t>(W / 2, 1);
    for (int64_t start = 0;; start += stride) {
        const int64_t n = std::min(W, T - start);
        if (n <= 0)
            break;
        const torch::Tensor ctl = controls.defined() ? controls.narrow(0, start, n) : torch::Tensor();
        // The first window scores all its positions; later ones only those past the previous window's end.
        const int64_t from = start == 0 ? 0 : W - stride;
        if (from < n) {
            addNll(forward(tokens.narrow(0, start, n), ctl).narrow(0, from, n - from).reshape({(n - from) * B, V}),
                   targets.narrow(0, start + from, n - from).reshape({-1}), sum, count);
        }
        if (start + n >= T)
            break;
    }
}

QJsonObject MusicTransformerNetwork::sizes() const
{
    QJsonObject o = m_net->config().toJson();
    o.remove("dropout");
    o.insert("architecture", "transformer");
    return o;
}

qint64 MusicTransformerNetwork::parameterCount() const { return m_net->config().parameterCount(); }

QString MusicTransformerNetwork::describe() const
{
    const MusicTransformerConfig &c = m_net->config();
    return QStringLiteral("Transformer %1×%2, %3 heads, window %4").arg(c.layers).arg(c.model).arg(c.heads).arg(c.window);
}

void MusicTransformerNetwork::loadWeights(const Tensors &tensors) { m_net->loadWeights(tensors); }

bool MusicTransformerNetwork::exportModel(const QString &path, const QString &name, const QJsonObject &training,
                                          bool float32, QString *error) const
{
    MusicTransformerFile file;
    file.float32 = float32;
    file.name = name;
    file.config = m_net->config();
    file.training = training;
    file.tensors = m_net->weights();
    return file.write(path, error);
}

} // namespace atelier::models
