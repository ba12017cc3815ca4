#include "SketchBatch.h"
#include "SketchVaeIo.h"

#include <QObject>

namespace atelier::models::SketchVaeIo {

SketchRnnFile toFile(const SketchVae &model, const QString &name)
{
    SketchRnnFile file;
    file.vae = true;
    file.version = SketchRnnFile::kVaeVersion;
    file.name = name;
    file.scaleFactor = model->config().scaleFactor;
    file.maxSeqLen = model->config().maxSeqLen;
    for (const torch::Tensor &t : model->exportArrays()) {
        const torch::Tensor c = t.detach().to(torch::kFloat).contiguous();
        SketchRnnArray a;
        for (int64_t s : c.sizes())
            a.shape << int(s);
        a.values.assign(c.data_ptr<float>(), c.data_ptr<float>() + c.numel());
        file.arrays << a;
    }
    return file;
}

SketchVae fromFile(const SketchRnnFile &file, QString *error)
{
    if (!file.vae || file.arrays.size() != SketchRnnFile::kVaeArrayCount) {
        *error = QObject::tr("not a Sketch-RNN VAE model (needs the 17-array layout with an encoder)");
        return nullptr;
    }
    SketchVaeConfig config;
    config.encoderSize = file.encoderSize();
    config.decoderSize = file.hiddenSize();
    config.zSize = file.latentSize();
    config.maxSeqLen = file.maxSeqLen;
    config.scaleFactor = file.scaleFactor;
    SketchVae model(config);
    std::vector<torch::Tensor> arrays;
    for (const SketchRnnArray &a : file.arrays) {
        std::vector<int64_t> shape(a.shape.begin(), a.shape.end());
        arrays.push_back(torch::from_blob(const_cast<float *>(a.values.data()), shape, torch::kFloat).clone());
    }
    if (!model->importArrays(arrays, error))
        return nullptr;
    model->eval();
    return model;
}

SketchEvalResult evaluate(SketchVae model, const std::vector<const SketchDrawing *> &drawings, int batchSize)
{
    torch::NoGradGuard noGrad;
    const bool wasTraining = model->is_training();
    model->eval();
    SketchEvalResult r;
    double offset = 0, pen = 0, kl = 0, denominator = 0, rows = 0;
    for (size_t i = 0; i < drawings.size(); i += size_t(batchSize)) {
        const std::vector<const SketchDrawing *> part(drawings.begin() + i,
                                                      drawings.begin() + std::min(drawings.size(), i + batchSize));
        const SketchBatch batch = SketchBatch::make(part, model->config().scaleFactor);
        const SketchLossParts p = model->loss(batch.strokes, batch.lengths, false, true, model->config().maxSeqLen);
        offset += p.offsetSum.item<double>();
        pen += p.penSum.item<double>();
        kl += p.kl.item<double>() * double(part.size());
        denominator += p.denominator;
        rows += batch.lengths.sum().item<double>();
    }
    if (wasTraining)
        model->train();
    r.drawings = int(drawings.size());
    if (denominator > 0) {
        r.offset = offset / denominator;
        r.pen = pen / denominator;
        r.recon = r.offset + r.pen;
        r.kl = kl / double(drawings.size());
        r.nllPerRow = (offset + pen) / rows;
    }
    return r;
}

SketchEvalResult evaluate(SketchPolicy decoder, const std::vector<const SketchDrawing *> &drawings,
                          double scaleFactor, int maxSeqLen, int batchSize)
{
    torch::NoGradGuard noGrad;
    SketchEvalResult r;
    r.vae = false;
    double offset = 0, pen = 0, rows = 0, batches = 0;
    for (size_t i = 0; i < drawings.size(); i += size_t(batchSize)) {
        const std::vector<const SketchDrawing *> part(drawings.begin() + i,
                                                      drawings.begin() + std::min(drawings.size(), i + batchSize));
        const SketchBatch batch = SketchBatch::make(part, scaleFactor);
        const SketchLossParts p = sketchMixtureLoss(decoder->forward(sketchDecoderInput(batch.strokes)), batch.strokes,
                                                    true, SketchRnnFile::kMixtures);
        offset += p.offsetSum.item<double>();
        pen += p.penSum.item<double>();
        rows += batch.lengths.sum().item<double>();
        batches += double(part.size()) * std::max(1, maxSeqLen);
    }
    r.drawings = int(drawings.size());
    if (rows > 0) {
        r.offset = offset / batches;
        r.pen = pen / batches;
        r.recon = r.offset + r.pen;
        r.nllPerRow = (offset + pen) / rows;
    }
    return r;
}

SketchEvalResult evaluate(const SketchRnnFile &file, const std::vector<const SketchDrawing *> &drawings)
{
    if (file.vae) {
        QString ignored;
        if (const SketchVae model = fromFile(file, &ignored))
            return evaluate(model, drawings);
        return {};
    }
    SketchPolicy decoder(file);
    decoder->eval();
    return evaluate(decoder, drawings, file.scaleFactor, file.maxSeqLen);
}

} // namespace atelier::models::SketchVaeIo
