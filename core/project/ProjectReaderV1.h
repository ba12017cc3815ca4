#pragma once
// Reader for project format version 1. Frozen: a later format gets its own
// reader, this one is never patched.

#include "project/ProjectFile.h"

namespace atelier::core::ProjectReaderV1 {

std::optional<Project> read(const QJsonObject &root, ProjectError *error);

} // namespace atelier::core::ProjectReaderV1
