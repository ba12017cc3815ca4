#pragma once
// The training dialog's drawing-model runs (kind "sketch"), over the same
// trainers as `atelier train sketch`: from scratch, a Sketch-RNN VAE
// (SketchTrainer) with the sizes of the bundled sheep model; from a model
// (spec.initFrom), personalising it on the user's drawings
// (SketchPersonaliser), with the held-out NLL as the held-out loss and the
// reference data's NLL as referenceLoss(). The data: an ndjson file, a
// folder of them, or a folder of Atelier projects (their canvases).

#include "music/TrainingJob.h"

#include <memory>

namespace atelier::app {

std::unique_ptr<core::ITrainingJob> sketchTrainingJob(const core::TrainingSpec &spec, const std::atomic<bool> *cancel,
                                                      QString *error);

} // namespace atelier::app
