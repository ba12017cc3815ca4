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

} // namespace atelier::models
