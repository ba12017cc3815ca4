#pragma once
// Loading music models for the app and the UI (torch-free header). The
// factory has the signature of core::MusicModelLoader, so the app can hand
// `atelier::models::loadMusicModel` to the piano roll.

#include "music/IMusicModel.h"

#include <QString>
#include <memory>

namespace atelier::models {

// A music LSTM `*.music.json` (melody or performance); nullptr and *error
// ("<file>: <problem>") when the file is missing, malformed or unsupported.
std::shared_ptr<const core::IMusicModel> loadMusicModel(const QString &path, QString *error);

} // namespace atelier::models
