// The drawing-model factory; see SketchModels.h.

#include "SketchModels.h"

#include "sketchrnn/SketchRnnModel.h"

namespace atelier::models {

std::shared_ptr<const core::ISketchModel> loadSketchModel(const QString &path, QString *error)
{
    return SketchRnnModel::load(path, error);
}

} // namespace atelier::models
