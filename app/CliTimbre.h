#pragma once
// Shared by the timbre commands (CliTimbre.cpp, CliTimbreEval.cpp).

#include "CliCommon.h"

#include "timbre/ITimbreModel.h"
#include "timbre/TimbreDataset.h"

#include <memory>

namespace atelier::app {

// --soundfonts, --programs, --pitches, --velocities, --no-random-off, --cache.
bool readDatasetOptions(Args &args, core::timbre::TimbreDatasetSpec *spec, QString *cacheDir, QString *error);
// Builds (renders or reads the cache) with progress on stderr.
std::unique_ptr<core::timbre::TimbreDataset> buildDataset(const core::timbre::TimbreDatasetSpec &spec,
                                                          const QString &cacheDir, QString *error);

// "timbre" or empty: the first *.timbre.json on the model search path; else a file.
QString resolveTimbreModel(const QString &spec);
std::shared_ptr<const core::timbre::ITimbreModel> loadTimbreModelSpec(const QString &spec, QString *error);

QList<CliCommand> timbreEvalCommands();  // CliTimbreEval.cpp

} // namespace atelier::app
