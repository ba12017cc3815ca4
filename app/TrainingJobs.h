#pragma once
// Builds music-model training runs for `atelier train` and the GUI's training
// dialog from the same pieces: a corpus of core/music (MelodyCorpus or
// PerformanceCorpus: encoding, split, augmentation) and the LibTorch trainer
// of models/music. The default network sizes per kind live here.

#include "music/MusicTrainingData.h"
#include "music/TrainingJob.h"

#include <memory>

namespace atelier::app {

// The corpus of a model kind ("melody" | "performance") read from a folder.
std::shared_ptr<const core::IMusicTrainingData> loadMusicCorpus(const QString &kind, const QString &dir,
                                                                 int maxFiles, QString *error);

core::TrainingJobFactory trainingJobFactory();

} // namespace atelier::app
