#pragma once
// Shared by the timbre commands (CliTimbre.cpp, CliTimbreEval.cpp).

#include "CliCommon.h"

#include "timbre/TimbreDataset.h"

#include <memory>

namespace atelier::app {

// --soundfonts, --programs, --pitches, --velocities, --no-random-off, --cache.
bool readDatasetOptions(Args &args, core::timbre::TimbreDatasetSpec *spec, QString *cacheDir, QString *error);
// Builds (renders or reads the cache) with progress on stderr.
std::unique_ptr<core::timbre::TimbreDataset> buildDataset(const core::timbre::TimbreDatasetSpec &spec,
                                                          const QString &cacheDir, QString *error);

} // namespace atelier::app
