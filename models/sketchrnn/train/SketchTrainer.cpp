// torch before Qt: Qt's `slots` macro breaks torch headers.
#include "train/DataParallel.h"
#include "train/TorchTraining.h"
#include "SketchBatch.h"
#include "SketchVae.h"
#include "SketchVaeIo.h"

#include "SketchTrainer.h"

#include <ATen/CPUGeneratorImpl.h>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QObject>
#include <chrono>
#include <cmath>
#include <deque>
#include <dlfcn.h>
#include <malloc.h>
#include <filesystem>

namespace atelier::models {

namespace {

constexpr const char *kCheckpointName = "sketch-vae.ckpt";

} // namespace

struct SketchTrainer::Private {
    SketchTrainingOptions options;
    SketchDataset data;
    std::vector<const SketchDrawing *> train, valid;
    SketchVae model{nullptr};
    std::unique_ptr<torch::optim::Adam> optimizer;
    std::unique_ptr<DataParallel> dp;  // null on a single rank
    int step = 0;
    double elapsedBefore = 0;       // training seconds of earlier runs (from the checkpoint)
    double elapsedThisRun = 0;
    bool resumed = false, cancelled = false;
    const std::atomic<bool> *cancelFlag = nullptr;
    ProgressCallback progress;
    std::deque<double> recentLoss, recentRecon;
    std::vector<double> history;

    QString checkpointPath() const { return QDir(options.checkpointDir).filePath(kCheckpointName); }
    double klWeightAt(int s) const
    {
        const SketchTrainingOptions &o = options;
        return o.klWeight - (o.klWeight - o.klWeightStart) * std::pow(o.klDecay, s);
    }
    double learningRateAt(int s) const
    {
        const SketchTrainingOptions &o = options;
        return (o.learningRate - o.minLearningRate) * std::pow(o.learningRateDecay, s) + o.minLearningRate;
    }
    int rank() const { return options.distributed.rank; }
    bool loadCheckpoint(QString *error);
    // Several ranks: checks their settings, rank 0's weights everywhere, the same start step.
    bool joinRanks(int trainDrawings, QString *error);
};

SketchTrainer::SketchTrainer(SketchTrainingOptions options) : d(std::make_unique<Private>())
{
    d->options = std::move(options);
}

SketchTrainer::~SketchTrainer() = default;

void SketchTrainer::setProgressCallback(ProgressCallback callback) { d->progress = std::move(callback); }
void SketchTrainer::setCancelFlag(const std::atomic<bool> *flag) { d->cancelFlag = flag; }
int SketchTrainer::step() const { return d->step; }
bool SketchTrainer::resumed() const { return d->resumed; }
bool SketchTrainer::cancelled() const { return d->cancelled; }
double SketchTrainer::elapsedSeconds() const { return d->elapsedBefore + d->elapsedThisRun; }
const SketchVaeConfig &SketchTrainer::config() const { return d->options.vae; }
const SketchDataset &SketchTrainer::dataset() const { return d->data; }
const std::vector<double> &SketchTrainer::lossHistory() const { return d->history; }

double SketchTrainer::recentTrainLoss() const
{
    double s = 0;
    for (double v : d->recentLoss)
        s += v;
    return d->recentLoss.empty() ? 0 : s / double(d->recentLoss.size());
}

double SketchTrainer::recentTrainRecon() const
{
    double s = 0;
    for (double v : d->recentRecon)
        s += v;
    return d->recentRecon.empty() ? 0 : s / double(d->recentRecon.size());
}

bool SketchTrainer::prepare(QString *error)
{
    SketchTrainingOptions &o = d->options;
    configureTrainingCpu(o.threads);
    if (!d->data.load(o.dataPath, o.vae.maxSeqLen, error))
        return false;
    d->train = d->data.split("train");
    d->valid = d->data.split("valid");
    if (o.maxTrainDrawings > 0 && int(d->train.size()) > o.maxTrainDrawings)
        d->train.resize(size_t(o.maxTrainDrawings));
    if (d->train.empty()) {
        *error = QObject::tr("%1: no training drawings").arg(o.dataPath);
        return false;
    }
    if (o.name.isEmpty())
        o.name = d->data.word().isEmpty() ? QFileInfo(o.dataPath).baseName() : d->data.word();
    o.vae.scaleFactor = SketchDataset::scaleFactor(d->train);  // of the whole train split: the same on every rank
    o.vae.maxSeqLen = d->data.maxLength();
    const int allTrain = int(d->train.size());
    const QString invalid = o.distributed.validate();
    if (!invalid.isEmpty()) {
        *error = invalid;
        return false;
    }
    if (o.distributed.distributed()) {  // this rank's shard: every worldSize-th drawing
        // Decided alike on every rank: enough drawings for each, the same batch everywhere.
        if (allTrain < o.distributed.worldSize) {
            *error = QObject::tr("%1: too few training drawings for %2 ranks").arg(o.dataPath).arg(o.distributed.worldSize);
            return false;
        }
        o.batchSize = std::min(o.batchSize, allTrain / o.distributed.worldSize);
        std::vector<const SketchDrawing *> shard;
        for (std::size_t i = std::size_t(d->rank()); i < d->train.size(); i += std::size_t(o.distributed.worldSize))
            shard.push_back(d->train[i]);
        d->train = std::move(shard);
        if (d->train.empty()) {
            *error = QObject::tr("%1: too few training drawings for %2 ranks").arg(o.dataPath).arg(o.distributed.worldSize);
            return false;
        }
    }
    o.batchSize = std::min<int>(o.batchSize, int(d->train.size()));

    torch::manual_seed(o.seed);
    d->model = SketchVae(o.vae);
    d->model->train();
    d->optimizer = std::make_unique<torch::optim::Adam>(d->model->parameters(),
                                                        torch::optim::AdamOptions(o.learningRate));
    if (o.distributed.distributed() && !d->joinRanks(allTrain, error))
        return false;
    if (o.resume && !o.checkpointDir.isEmpty() && QFileInfo::exists(d->checkpointPath()) && !d->loadCheckpoint(error))
        return false;
    if (d->dp) {
        // Every rank must start from the same step (a checkpoint folder all of them see).
        if (!d->dp->checkSameStep(d->step, error))
            return false;
        if (d->rank() > 0 && !d->resumed)
            torch::manual_seed(o.seed + std::uint64_t(d->rank()));  // the same weights, other batches and dropout
    }
    return true;
}

bool SketchTrainer::Private::joinRanks(int trainDrawings, QString *error)
{
    const SketchTrainingOptions &o = options;
    QJsonObject print = o.vae.toJson();
    print["batch"] = o.batchSize;
    print["seed"] = QString::number(o.seed);
    print["trainDrawings"] = trainDrawings;
    print["learningRate"] = o.learningRate;
    print["learningRateDecay"] = o.learningRateDecay;
    print["minLearningRate"] = o.minLearningRate;
    print["kl"] = QJsonArray{o.klWeight, o.klWeightStart, o.klDecay, o.klTolerance};
    print["gradClip"] = o.gradClip;
    print["randomScale"] = o.randomScale;
    print["steps"] = o.steps;
    print["minutes"] = o.minutes;
    print["validEvery"] = o.validEvery;
    print["checkpointEvery"] = o.checkpointEvery;
    print["resume"] = o.resume;
    print["threads"] = o.threads;
    print["checkpoints"] = !o.checkpointDir.isEmpty();
    dp = DataParallel::join(o.distributed, print, error);
    return dp && dp->broadcastParameters(model->parameters(), error);
}

bool SketchTrainer::Private::loadCheckpoint(QString *error)
{
    try {
        torch::serialize::InputArchive archive;
        archive.load_from(checkpointPath().toStdString());
        torch::Tensor configBytes;
        archive.read("config", configBytes);
        const SketchVaeConfig saved =
            SketchVaeConfig::fromJson(QJsonDocument::fromJson(tensorBytes(configBytes)).object());
        if (!saved.sameShapes(options.vae)) {
            *error = QObject::tr("%1 was made with other sizes (encoder %2, decoder %3, z %4)")
                         .arg(checkpointPath())
                         .arg(saved.encoderSize)
                         .arg(saved.decoderSize)
                         .arg(saved.zSize);
            return false;
        }
        torch::serialize::InputArchive modelArchive, optimizerArchive;
        archive.read("model", modelArchive);
        model->load(modelArchive);
        archive.read("optimizer", optimizerArchive);
        optimizer->load(optimizerArchive);
        torch::Tensor stepT, elapsedT, rngT, statesT;
        archive.read("step", stepT);
        archive.read("elapsed", elapsedT);
        const int W = options.distributed.worldSize;
        const QJsonArray states =
            archive.try_read("rank_states", statesT) ? QJsonDocument::fromJson(tensorBytes(statesT)).array() : QJsonArray();
        if (std::max<qsizetype>(1, states.size()) != W) {
            *error = QObject::tr("%1 was written by a run with world size %2; resume it with --world-size %2")
                         .arg(checkpointPath()).arg(std::max<qsizetype>(1, states.size()));
            return false;
        }
        if (states.isEmpty())
            archive.read("rng", rngT);
        else
            rngT = bytesTensor(QByteArray::fromBase64(states.at(rank()).toString().toLatin1()));
        step = int(stepT.item<int64_t>());
        elapsedBefore = elapsedT.item<double>();
        auto gen = at::detail::getDefaultCPUGenerator();
        std::lock_guard<std::mutex> lock(gen.mutex());
        gen.set_state(rngT);
    } catch (const std::exception &e) {
        *error = QObject::tr("cannot resume from %1: %2").arg(checkpointPath(), QString::fromUtf8(e.what()));
        return false;
    }
    resumed = true;
    return true;
}

bool SketchTrainer::saveCheckpoint(QString *error)
{
    if (d->options.checkpointDir.isEmpty())
        return true;
    // Every rank's torch random state (batches, augmentation, dropout) goes to rank 0, which writes.
    torch::Tensor rngState;
    {
        auto gen = at::detail::getDefaultCPUGenerator();
        std::lock_guard<std::mutex> lock(gen.mutex());
        rngState = gen.get_state();
    }
    std::vector<QByteArray> states{tensorBytes(rngState).toBase64()};
    if (d->dp && !d->dp->gather(states.front(), &states, error))
        return false;
    if (d->rank() != 0)
        return true;
    if (!QDir().mkpath(d->options.checkpointDir)) {
        *error = QObject::tr("cannot create %1").arg(d->options.checkpointDir);
        return false;
    }
    const QString path = d->checkpointPath();
    const QString tmp = path + ".tmp";
    try {
        torch::serialize::OutputArchive archive, modelArchive, optimizerArchive;
        d->model->save(modelArchive);
        archive.write("model", modelArchive);
        d->optimizer->save(optimizerArchive);
        archive.write("optimizer", optimizerArchive);
        archive.write("config", bytesTensor(QJsonDocument(d->options.vae.toJson()).toJson(QJsonDocument::Compact)));
        archive.write("step", torch::tensor(int64_t(d->step)));
        archive.write("elapsed", torch::tensor(elapsedSeconds(), torch::kDouble));
        archive.write("rng", rngState);
        QJsonArray rankStates;
        for (const QByteArray &state : states)
            rankStates.append(QString::fromLatin1(state));
        archive.write("rank_states", bytesTensor(QJsonDocument(rankStates).toJson(QJsonDocument::Compact)));
        archive.save_to(tmp.toStdString());
        std::filesystem::rename(tmp.toStdString(), path.toStdString());  // atomic on POSIX
    } catch (const std::exception &e) {
        *error = QObject::tr("cannot write checkpoint %1: %2").arg(path, QString::fromUtf8(e.what()));
        return false;
    }
    return true;
}

bool SketchTrainer::run(QString *error)
{
    SketchTrainingOptions &o = d->options;
    using Clock = std::chrono::steady_clock;
    const auto started = Clock::now();
    auto secondsSince = [](Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); };
    int rateSteps = 0;
    auto rateStart = Clock::now();
    double rate = 0;
    d->model->train();
    // Whether this rank wants to stop: {time is up (rank 0 decides), cancelled}.
    auto wantsStop = [&] {
        const bool timeUp = d->rank() == 0 && o.minutes > 0 && elapsedSeconds() >= o.minutes * 60;
        return std::pair<double, double>(timeUp ? 1 : 0, d->cancelFlag && d->cancelFlag->load() ? 1 : 0);
    };
    // Several ranks stop together after the step at which any asked to (the
    // flags travel with the gradients); before the first step they agree once.
    bool stopNow = false, stopCancelled = false;
    if (d->dp) {
        const auto [timeUp, cancel] = wantsStop();
        if (!d->dp->agreeToStop(timeUp > 0, cancel > 0, &stopNow, &stopCancelled, error))
            return false;
    }
    while (true) {
        d->elapsedThisRun = secondsSince(started);
        if (o.steps > 0 && d->step >= o.steps)
            break;
        if (o.steps <= 0 && o.minutes <= 0)
            break;
        if (d->dp) {
            if (stopNow) {
                d->cancelled = stopCancelled;
                break;
            }
        } else {
            if (o.minutes > 0 && elapsedSeconds() >= o.minutes * 60)
                break;
            if (d->cancelFlag && d->cancelFlag->load()) {
                d->cancelled = true;
                break;
            }
        }
        // model.py random_batch: a random subset without repetition.
        const torch::Tensor idx = torch::randperm(int64_t(d->train.size()), torch::kLong).narrow(0, 0, o.batchSize);
        std::vector<const SketchDrawing *> drawings;
        for (int64_t i = 0; i < o.batchSize; ++i)
            drawings.push_back(d->train[size_t(idx[i].item<int64_t>())]);
        const SketchBatch batch = SketchBatch::make(drawings, o.vae.scaleFactor, o.randomScale);

        const double klWeight = d->klWeightAt(d->step);
        const double lr = d->learningRateAt(d->step);
        for (auto &group : d->optimizer->param_groups())
            static_cast<torch::optim::AdamOptions &>(group.options()).lr(lr);
        const SketchLossParts parts = d->model->loss(batch.strokes, batch.lengths, true, false);
        const torch::Tensor recon = parts.recon();
        const torch::Tensor klCost = torch::clamp_min(parts.kl, o.klTolerance);
        const torch::Tensor loss = recon + klWeight * klCost;
        d->optimizer->zero_grad();
        loss.backward();
        double lossV = loss.item<double>(), reconV = recon.item<double>();
        if (d->dp) {  // the mean of the ranks' gradients (and losses)
            const auto [timeUp, cancel] = wantsStop();
            std::vector<double> sums{lossV, reconV, timeUp, cancel};
            double ranks = 0;
            if (!d->dp->averageGradients(d->model->parameters(), 1.0, &sums, &ranks, error))
                return false;
            lossV = sums[0] / ranks;
            reconV = sums[1] / ranks;
            stopNow = sums[2] + sums[3] > 0;
            stopCancelled = sums[3] > 0;
        }
        for (const torch::Tensor &p : d->model->parameters())
            if (p.grad().defined())
                p.grad().clamp_(-o.gradClip, o.gradClip);
        d->optimizer->step();
        ++d->step;
        ++rateSteps;

        d->history.push_back(lossV);
        d->recentLoss.push_back(lossV);
        d->recentRecon.push_back(reconV);
        if (d->recentLoss.size() > 100) {
            d->recentLoss.pop_front();
            d->recentRecon.pop_front();
        }
        d->elapsedThisRun = secondsSince(started);
        const double rateSeconds = secondsSince(rateStart);
        if (rateSeconds > 0)
            rate = rateSteps / rateSeconds;
        if (rateSteps >= 200) {  // a moving window for steps/s
            rateSteps = 0;
            rateStart = Clock::now();
        }

        const bool validate = o.validEvery > 0 && d->step % o.validEvery == 0 && !d->valid.empty();
        if (d->progress && (d->step % std::max(1, o.logEvery) == 0 || validate || d->step == 1)) {
            SketchTrainingProgress p;
            p.step = d->step;
            p.targetSteps = o.steps;
            p.loss = lossV;
            p.recon = reconV;
            p.offset = parts.offsetSum.item<double>() / parts.denominator;
            p.pen = parts.penSum.item<double>() / parts.denominator;
            p.kl = parts.kl.item<double>();
            p.klWeight = klWeight;
            p.learningRate = lr;
            p.stepsPerSecond = rate;
            p.elapsedSeconds = elapsedSeconds();
            p.etaSeconds = trainingEtaSeconds(d->step, o.steps, rate, p.elapsedSeconds, o.minutes);
            if (validate) {
                const SketchEvalResult v = SketchVaeIo::evaluate(d->model, d->valid);
                p.validation = true;
                p.validRecon = v.recon;
                p.validKl = v.kl;
            }
            d->progress(p);
        }
        if (!o.checkpointDir.isEmpty() && o.checkpointEvery > 0 && d->step % o.checkpointEvery == 0)
            if (!saveCheckpoint(error))
                return false;
    }
    d->elapsedThisRun = secondsSince(started);
    // The checkpoint first: a failed check must not cost the run.
    return saveCheckpoint(error) && (!d->dp || d->dp->checkSameParameters(d->model->parameters(), error));
}

SketchEvalResult SketchTrainer::evaluate(const QString &split) const
{
    return SketchVaeIo::evaluate(d->model, d->data.split(split));
}

std::optional<SketchEvalResult> SketchTrainer::evaluateFile(const QString &modelPath, const QString &dataPath,
                                                            const QString &split, QString *error)
{
    configureTrainingCpu(1);
    const auto file = SketchRnnFile::read(modelPath, error);
    if (!file)
        return std::nullopt;
    if (file->vae && !SketchVaeIo::fromFile(*file, error)) {
        *error = modelPath + ": " + *error;
        return std::nullopt;
    }
    SketchDataset data;
    if (!data.load(dataPath, 0, error))
        return std::nullopt;
    // A VAE cannot score drawings longer than it saw the model.py way; a decoder scores any.
    std::vector<const SketchDrawing *> drawings;
    for (const SketchDrawing *dr : data.split(split))
        if (!file->vae || dr->length() <= file->maxSeqLen)
            drawings.push_back(dr);
    if (drawings.empty()) {
        *error = QObject::tr("%1: no drawings in split '%2'").arg(dataPath, split);
        return std::nullopt;
    }
    return SketchVaeIo::evaluate(*file, drawings);
}

bool SketchTrainer::exportModel(const QString &path, QString *error) const
{
    if (d->rank() != 0)
        return true;  // rank 0 writes the model all ranks share
    const QFileInfo fi(path);
    if (!fi.absoluteDir().exists() && !QDir().mkpath(fi.absolutePath())) {
        *error = QObject::tr("cannot create %1").arg(fi.absolutePath());
        return false;
    }
    SketchRnnFile file = SketchVaeIo::toFile(d->model, d->options.name);
    file.extraInfo["training_size"] = int(d->train.size());
    file.extraInfo["training_steps"] = d->step;
    // Written next to the target, then renamed: a reader never sees half a file.
    const QString tmp = path + ".tmp";
    if (!file.write(tmp, error))
        return false;
    std::error_code ec;
    std::filesystem::rename(tmp.toStdString(), path.toStdString(), ec);
    if (ec) {
        *error = QObject::tr("cannot write %1: %2").arg(path, QString::fromStdString(ec.message()));
        return false;
    }
    return true;
}

} // namespace atelier::models
