// The music-model factory; see MusicModels.h.

#include "MusicModels.h"

#include "music/MusicLstmModel.h"

namespace atelier::models {

std::shared_ptr<const core::IMusicModel> loadMusicModel(const QString &path, QString *error)
{
    return MusicLstmModel::load(path, error);
}

} // namespace atelier::models
