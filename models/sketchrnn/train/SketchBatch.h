#pragma once
// Turns stroke-3 drawings into a padded stroke-5 batch for SketchVae, as
// magenta utils.DataLoader does: offsets divided by the scale factor,
// optional random scale augmentation (x and y each by 1 ± randomScale,
// drawn from torch's generator so checkpoints can restore it), rows padded
// with (0,0,0,0,1) to the longest drawing of the batch plus one, so every
// drawing has its end-of-drawing row. Internal: includes torch.

// torch before Qt: Qt's `slots` macro breaks torch headers.
#include <torch/torch.h>

#include "SketchDataset.h"

namespace atelier::models {

struct SketchBatch {
    torch::Tensor strokes;   // [T, B, 5] time-major
    torch::Tensor lengths;   // [B] int64, real rows

    static SketchBatch make(const std::vector<const SketchDrawing *> &drawings, double scaleFactor,
                            double randomScale = 0.0, int padRows = 0);
};

} // namespace atelier::models
