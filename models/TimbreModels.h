#pragma once
// Loading timbre models for the app and the UI (torch-free header). The
// signature is core::timbre::TimbreModelLoader's.

#include "timbre/ITimbreModel.h"

#include <QString>
#include <memory>

namespace atelier::models {

// A `*.timbre.json`; nullptr and *error ("<file>: <problem>") when the file is
// missing, malformed or unsupported.
std::shared_ptr<const core::timbre::ITimbreModel> loadTimbreModel(const QString &path, QString *error);

} // namespace atelier::models
