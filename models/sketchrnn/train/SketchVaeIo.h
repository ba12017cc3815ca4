#pragma once
// Between the trainable SketchVae and the model file (SketchRnnFile, the
// .gen.json VAE layout of spec §1.4), plus the held-out evaluation shared by
// the trainer and `atelier eval sketch`. Internal: includes torch.

#include "SketchVae.h"  // torch first (Qt's `slots` macro)

#include "../SketchRnnFile.h"
#include "SketchTrainer.h"

namespace atelier::models::SketchVaeIo {

SketchRnnFile toFile(const SketchVae &model, const QString &name);
// A model with the file's sizes and (dequantised) weights; nullptr and *error if it is not a VAE.
SketchVae fromFile(const SketchRnnFile &file, QString *error);

// model.py's eval r_cost with z = mu over the drawings, in batches.
SketchEvalResult evaluate(SketchVae model, const std::vector<const SketchDrawing *> &drawings,
                          int batchSize = 100);

} // namespace atelier::models::SketchVaeIo
