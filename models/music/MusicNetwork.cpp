#include "music/MusicNetwork.h"

#include "music/MusicLstmNetwork.h"
#include "music/MusicTrainer.h"
#include "music/MusicTransformerNetwork.h"

namespace atelier::models {

std::unique_ptr<MusicNetwork> MusicNetwork::create(const MusicTrainingOptions &options)
{
    if (options.architecture == QLatin1String("transformer"))
        return std::make_unique<MusicTransformerNetwork>(options.transformer);
    return std::make_unique<MusicLstmNetwork>(options.config);
}

void MusicNetwork::addNll(const torch::Tensor &logits, const torch::Tensor &targets, double *sum, int64_t *count)
{
    const torch::Tensor mask = targets.ne(kIgnore);
    const torch::Tensor logp = torch::log_softmax(logits, 1).gather(1, targets.clamp_min(0).unsqueeze(1)).squeeze(1);
    *sum -= logp.masked_select(mask).to(torch::kDouble).sum().item<double>();
    *count += mask.sum().item<int64_t>();
}

} // namespace atelier::models
