#pragma once
// Between the trainable SketchVae and the model file (SketchRnnFile, the
// .gen.json VAE layout of spec §1.4), plus the held-out evaluation shared by
// the trainers and `atelier eval sketch`, for VAEs and decoder-only models.
// Internal: includes torch.

#include "SketchVae.h"  // torch first (Qt's `slots` macro)
#include "SketchPolicy.h"

#include "../SketchRnnFile.h"
#include "SketchTrainer.h"

namespace atelier::models::SketchVaeIo {

SketchRnnFile toFile(const SketchVae &model, const QString &name);
// A model with the file's sizes and (dequantised) weights; nullptr and *error if it is not a VAE.
SketchVae fromFile(const SketchRnnFile &file, QString *error);

// model.py's eval r_cost with z = mu over the drawings, in batches.
SketchEvalResult evaluate(SketchVae model, const std::vector<const SketchDrawing *> &drawings,
                          int batchSize = 100);
// The same for a decoder-only model (teacher forcing from the start token):
// offset and pen per B · maxSeqLen, nllPerRow; kl 0.
SketchEvalResult evaluate(SketchPolicy decoder, const std::vector<const SketchDrawing *> &drawings,
                          double scaleFactor, int maxSeqLen, int batchSize = 100);
// Either layout, as the file says.
SketchEvalResult evaluate(const SketchRnnFile &file, const std::vector<const SketchDrawing *> &drawings);

} // namespace atelier::models::SketchVaeIo
