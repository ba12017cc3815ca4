#pragma once
// Loading drawing models for the app and the UI (torch-free header). The
// factory has the signature of core::SketchModelLoader, so the app can hand
// `atelier::models::loadSketchModel` to the sketch canvas.

#include "sketch/ISketchModel.h"

#include <QString>
#include <memory>

namespace atelier::models {

// A Sketch-RNN `.gen.json` (decoder-only or VAE); nullptr and *error
// ("<file>: <problem>") when the file is missing, malformed or unsupported.
std::shared_ptr<const core::ISketchModel> loadSketchModel(const QString &path, QString *error);

} // namespace atelier::models
