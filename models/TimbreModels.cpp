#include "TimbreModels.h"

#include "timbre/TimbreMlpModel.h"

namespace atelier::models {

std::shared_ptr<const core::timbre::ITimbreModel> loadTimbreModel(const QString &path, QString *error)
{
    const auto file = TimbreModelFile::read(path, error);
    if (!file) return nullptr;
    return TimbreMlpModel::fromFile(*file);
}

} // namespace atelier::models
