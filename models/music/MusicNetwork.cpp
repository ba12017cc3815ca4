#include "music/MusicNetwork.h"

#include "music/MusicLstmNetwork.h"
#include "music/MusicTrainer.h"
#include "music/MusicTransformerNetwork.h"

#include "document/BoundedFile.h"
#include "music/MusicModelFile.h"
#include "music/MusicTransformerFile.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QObject>

namespace atelier::models {

std::unique_ptr<MusicNetwork> MusicNetwork::create(const MusicTrainingOptions &options)
{
    if (options.architecture == QLatin1String("transformer"))
        return std::make_unique<MusicTransformerNetwork>(options.transformer);
    return std::make_unique<MusicLstmNetwork>(options.config);
}

std::unique_ptr<MusicNetwork> MusicNetwork::fromModelFile(const QString &path, MusicTrainingOptions *options,
                                                          QString *error)
{
    QString reason;
    const auto bytes = core::BoundedFile::read(path, core::BoundedFile::kMaxModelFileBytes, &reason);
    if (!bytes) {
        *error = QObject::tr("%1: %2").arg(path, reason);
        return nullptr;
    }
    const QString name = QFileInfo(path).fileName();
    if (QJsonDocument::fromJson(*bytes).object().value("format").toString() == QLatin1String(MusicTransformerFile::kFormat)) {
        const auto file = MusicTransformerFile::parse(*bytes, name, error);
        if (!file)
            return nullptr;
        const double dropout = options->transformer.dropout;
        options->architecture = QStringLiteral("transformer");
        options->transformer = file->config;
        options->transformer.dropout = dropout;
        options->config.kind = file->config.kind;
        options->config.vocab = file->config.vocab;
        options->config.controls = file->config.controls;
        auto net = std::make_unique<MusicTransformerNetwork>(options->transformer);
        net->loadWeights(file->tensors);
        return net;
    }
    const auto file = MusicModelFile::parse(*bytes, name, error);
    if (!file)
        return nullptr;
    const double dropout = options->config.dropout;
    options->architecture = QStringLiteral("lstm");
    options->config = file->config;
    options->config.dropout = dropout;
    auto net = std::make_unique<MusicLstmNetwork>(options->config);
    net->loadWeights(*file);
    return net;
}

void MusicNetwork::addNll(const torch::Tensor &logits, const torch::Tensor &targets, double *sum, int64_t *count)
{
    const torch::Tensor mask = targets.ne(kIgnore);
    const torch::Tensor logp = torch::log_softmax(logits, 1).gather(1, targets.clamp_min(0).unsqueeze(1)).squeeze(1);
    *sum -= logp.masked_select(mask).to(torch::kDouble).sum().item<double>();
    *count += mask.sum().item<int64_t>();
}

} // namespace atelier::models
