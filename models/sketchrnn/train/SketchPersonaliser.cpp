// torch before Qt: Qt's `slots` macro breaks torch headers.
#include "train/TorchTraining.h"
#include "SketchBatch.h"
#include "SketchVaeIo.h"

#include "SketchDataset.h"
#include "SketchPersonaliser.h"

#include <QFileInfo>
#include <QObject>
#include <chrono>
#include <cmath>
#include <limits>

namespace atelier::models {

namespace {

constexpr int kMaxReferenceDrawings = 300;   // the test split of the reference data, at most
constexpr double kVaeLearningRate = 5e-5, kDecoderLearningRate = 3e-6;

} // namespace

struct SketchPersonaliser::Private {
    SketchPersonalOptions options;
    SketchRnnFile base;
    SketchDataset data, reference;
    std::vector<const SketchDrawing *> train, heldOut, referenceTest, referenceTrain;
    SketchVae vae{nullptr};            // a VAE base
    SketchPolicy decoder{nullptr};     // a decoder-only base
    AnchorPull anchor;   // toward the base weights, when options.anchor > 0
    std::unique_ptr<torch::optim::Adam> optimizer;
    double baseHeldOut = std::numeric_limits<double>::quiet_NaN();
    double baseReference = std::numeric_limits<double>::quiet_NaN();
    double learningRate = 0;
    int step = 0;
    double elapsed = 0;
    bool cancelled = false;
    const std::atomic<bool> *cancelFlag = nullptr;
    ProgressCallback progress;
    std::vector<double> history;
    std::vector<std::pair<int, double>> heldOutHistory;

    torch::nn::Module &module() { return vae ? static_cast<torch::nn::Module &>(*vae) : *decoder; }
    double nll(const std::vector<const SketchDrawing *> &drawings) const
    {
        if (drawings.empty())
            return std::numeric_limits<double>::quiet_NaN();
        if (vae)
            return SketchVaeIo::evaluate(vae, drawings).nllPerRow;
        return SketchVaeIo::evaluate(decoder, drawings, base.scaleFactor, base.maxSeqLen).nllPerRow;
    }
    torch::Tensor trainingLoss(const SketchBatch &batch) const;
    bool splitDrawings(QString *error);
};

SketchPersonaliser::SketchPersonaliser(SketchPersonalOptions options) : d(std::make_unique<Private>())
{
    d->options = std::move(options);
}

SketchPersonaliser::~SketchPersonaliser() = default;

void SketchPersonaliser::setProgressCallback(ProgressCallback callback) { d->progress = std::move(callback); }
void SketchPersonaliser::setCancelFlag(const std::atomic<bool> *flag) { d->cancelFlag = flag; }
double SketchPersonaliser::heldOutNll() const { return d->nll(d->heldOut); }
double SketchPersonaliser::referenceNll() const { return d->nll(d->referenceTest); }
double SketchPersonaliser::baseHeldOutNll() const { return d->baseHeldOut; }
double SketchPersonaliser::baseReferenceNll() const { return d->baseReference; }
int SketchPersonaliser::trainCount() const { return int(d->train.size()); }
int SketchPersonaliser::heldOutCount() const { return int(d->heldOut.size()); }
int SketchPersonaliser::skippedShort() const { return d->data.skippedShort(); }
int SketchPersonaliser::referenceCount() const { return int(d->referenceTest.size()); }
bool SketchPersonaliser::vae() const { return d->base.vae; }
QString SketchPersonaliser::baseName() const { return d->base.name; }
int SketchPersonaliser::step() const { return d->step; }
bool SketchPersonaliser::cancelled() const { return d->cancelled; }
double SketchPersonaliser::elapsedSeconds() const { return d->elapsed; }
const std::vector<double> &SketchPersonaliser::lossHistory() const { return d->history; }
const std::vector<std::pair<int, double>> &SketchPersonaliser::heldOutHistory() const { return d->heldOutHistory; }

bool SketchPersonaliser::Private::splitDrawings(QString *error)
{
    train = data.split("mine");
    heldOut = data.split("held-out");
    const int usable = int(data.drawings().size());
    if (usable < kMinExamples) {
        QString why = QObject::tr("%1 has %n usable drawing(s); personalising needs at least %2", nullptr, usable)
                          .arg(options.dataPath)
                          .arg(kMinExamples);
        if (data.skippedShort() > 0)
            why += QObject::tr(" (%n too short to train on)", nullptr, data.skippedShort());
        *error = why;
        return false;
    }
    if (train.empty() || heldOut.empty()) {
        *error = (train.empty() ? QObject::tr("%1: its split fields leave no drawings to train on")
                                : QObject::tr("%1: its split fields leave no drawings to hold out"))
                     .arg(options.dataPath);
        return false;
    }
    return true;
}

bool SketchPersonaliser::prepare(QString *error)
{
    const SketchPersonalOptions &o = d->options;
    if (o.batchSize < 1 || o.learningRate < 0 || o.anchor < 0 || (o.steps <= 0 && o.minutes <= 0)) {
        *error = QObject::tr("personalising needs a positive batch, learning rate and step or time limit");
        return false;
    }
    configureTrainingCpu(o.threads);
    auto file = SketchRnnFile::read(o.basePath, error);
    if (!file)
        return false;
    d->base = std::move(*file);
    if (!d->data.load(o.dataPath, 0, error) || !d->splitDrawings(error))
        return false;
    if (!o.referencePath.isEmpty()) {
        if (!d->reference.load(o.referencePath, 0, error))
            return false;
        d->referenceTest = d->reference.split("test");
        if (d->referenceTest.size() > std::size_t(kMaxReferenceDrawings))
            d->referenceTest.resize(std::size_t(kMaxReferenceDrawings));
        d->referenceTrain = d->reference.split("train");
        if (d->referenceTrain.empty()) {
            *error = QObject::tr("%1: no training drawings to rehearse").arg(o.referencePath);
            return false;
        }
    }
    torch::manual_seed(o.seed);
    if (d->base.vae) {
        QString why;
        d->vae = SketchVaeIo::fromFile(d->base, &why);
        if (!d->vae) {
            *error = o.basePath + ": " + why;
            return false;
        }
    } else {
        d->decoder = SketchPolicy(d->base);
    }
    d->module().eval();
    d->baseHeldOut = d->nll(d->heldOut);
    d->baseReference = d->nll(d->referenceTest);
    d->module().train();
    d->anchor = AnchorPull(d->module().parameters(), o.anchor);
    d->learningRate = o.learningRate > 0 ? o.learningRate : d->base.vae ? kVaeLearningRate : kDecoderLearningRate;
    d->optimizer = std::make_unique<torch::optim::Adam>(d->module().parameters(),
                                                        torch::optim::AdamOptions(d->learningRate));
    return true;
}

torch::Tensor SketchPersonaliser::Private::trainingLoss(const SketchBatch &batch) const
{
    torch::Tensor loss;
    if (vae) {
        const SketchLossParts parts = vae->loss(batch.strokes, batch.lengths, true, false);
        loss = parts.recon() + options.klWeight * torch::clamp_min(parts.kl, options.klTolerance);
    } else {
        const torch::Tensor y = decoder->forward(sketchDecoderInput(batch.strokes));
        loss = sketchMixtureLoss(y, batch.strokes, false, SketchRnnFile::kMixtures).recon();
    }
    return anchor.active() ? anchor.add(loss, const_cast<Private *>(this)->module().parameters()) : loss;
}

bool SketchPersonaliser::run(QString *error)
{
    if (!d->optimizer) {
        *error = QObject::tr("the personaliser is not prepared");
        return false;
    }
    const SketchPersonalOptions &o = d->options;
    using Clock = std::chrono::steady_clock;
    const auto started = Clock::now();
    const double before = d->elapsed;
    auto elapsed = [&] { return before + std::chrono::duration<double>(Clock::now() - started).count(); };
    const int batchSize = std::min<int>(o.batchSize, int(d->train.size()));
    const int64_t rehearse = d->referenceTrain.empty() ? 0 : int64_t(std::lround(o.rehearsal * batchSize));
    const int firstStep = d->step;
    d->cancelled = false;
    d->module().train();
    while (true) {
        d->elapsed = elapsed();
        if ((o.steps > 0 && d->step >= o.steps) || (o.minutes > 0 && d->elapsed >= o.minutes * 60))
            break;
        if (d->cancelFlag && d->cancelFlag->load()) {
            d->cancelled = true;
            break;
        }
        const torch::Tensor idx = torch::randperm(int64_t(d->train.size()), torch::kLong).narrow(0, 0, batchSize);
        std::vector<const SketchDrawing *> drawings;
        for (int64_t i = 0; i < batchSize; ++i)
            drawings.push_back(d->train[std::size_t(idx[i].item<int64_t>())]);
        if (rehearse > 0) {   // and drawings the base model learned from
            const torch::Tensor r = torch::randint(int64_t(d->referenceTrain.size()), {rehearse}, torch::kLong);
            for (int64_t i = 0; i < rehearse; ++i)
                drawings.push_back(d->referenceTrain[std::size_t(r[i].item<int64_t>())]);
        }
        const SketchBatch batch = SketchBatch::make(drawings, d->base.scaleFactor, o.randomScale);
        const torch::Tensor loss = d->trainingLoss(batch);
        d->optimizer->zero_grad();
        loss.backward();
        const double lossV = loss.item<double>();
        if (!std::isfinite(lossV)) {
            *error = QObject::tr("the loss is not finite at step %1 (try a lower learning rate)").arg(d->step + 1);
            return false;
        }
        for (const torch::Tensor &p : d->module().parameters())
            if (p.grad().defined())
                p.grad().clamp_(-o.gradClip, o.gradClip);
        d->optimizer->step();
        ++d->step;
        d->history.push_back(lossV);
        d->elapsed = elapsed();

        const bool validate = o.validEvery > 0 && d->step % o.validEvery == 0;
        SketchPersonalProgress p;
        if (validate) {
            d->module().eval();
            p.validation = true;
            p.heldOutNll = d->nll(d->heldOut);
            d->heldOutHistory.emplace_back(d->step, p.heldOutNll);
            d->module().train();
        }
        if (d->progress && (validate || d->step == 1 || d->step % std::max(1, o.logEvery) == 0)) {
            const double runSeconds = d->elapsed - before;
            p.step = d->step;
            p.targetSteps = o.steps;
            p.loss = lossV;
            p.stepsPerSecond = runSeconds > 0 ? (d->step - firstStep) / runSeconds : 0;
            p.elapsedSeconds = d->elapsed;
            p.etaSeconds = trainingEtaSeconds(d->step, o.steps, p.stepsPerSecond, d->elapsed, o.minutes);
            d->progress(p);
        }
    }
    d->module().eval();
    return true;
}

bool SketchPersonaliser::exportModel(const QString &path, QString *error) const
{
    if (!d->optimizer) {
        *error = QObject::tr("the personaliser is not prepared");
        return false;
    }
    SketchRnnFile file;
    const QString name = d->options.name.isEmpty() ? d->base.name + QStringLiteral("-mine") : d->options.name;
    if (d->vae) {
        file = SketchVaeIo::toFile(d->vae, name);
        file.extraInfo = d->base.extraInfo;
    } else {
        file = d->base;
        file.name = name;
        d->decoder->store(file);
    }
    file.float32 = true;
    file.extraInfo["personalised"] = QJsonObject{
        {"base", QFileInfo(d->options.basePath).fileName()},
        {"data", QFileInfo(d->options.dataLabel.isEmpty() ? d->options.dataPath : d->options.dataLabel).fileName()},
        {"train_drawings", trainCount()},
        {"held_out_drawings", heldOutCount()},
        {"steps", d->step},
        {"minutes", d->elapsed / 60.0},
        {"learning_rate", d->learningRate},
        {"anchor", d->options.anchor},
        {"rehearsal", d->referenceTrain.empty() ? 0.0 : d->options.rehearsal},
        {"base_held_out_nll_per_row", d->baseHeldOut},
    };
    return file.write(path, error);
}

} // namespace atelier::models
