#include "timbre/TimbreDataset.h"
#include "timbre/TimbreTrainer.h"

#include <QDir>
#include <QFileInfo>
#include "TrainingJobs.h"
#include "TrainingReports.h"
#include "SketchTrainingJobs.h"

#include "music/MusicCorpus.h"
#include "music/PersonalMusicData.h"
#include "music/MusicTrainer.h"
#include "jobs/HeapTrimmer.h"

#include <QObject>

namespace atelier::app {

std::shared_ptr<const core::IMusicTrainingData> loadMusicCorpus(const QString &kind, const QString &dir,
                                                                 int maxFiles, QString *error)
{
    if (kind == QLatin1String("melody") || kind == QLatin1String("chord-melody")) {
        auto corpus = core::MelodyCorpus::load(dir, error, maxFiles, kind == QLatin1String("chord-melody"));
        return corpus ? std::shared_ptr<const core::IMusicTrainingData>(std::move(corpus)) : nullptr;
    }
    if (kind == QLatin1String("performance")) {
        auto corpus = core::PerformanceCorpus::load(dir, error, maxFiles);
        return corpus ? std::shared_ptr<const core::IMusicTrainingData>(std::move(corpus)) : nullptr;
    }
    if (error)
        *error = QObject::tr("unknown model kind \"%1\" (melody, chord-melody or performance)").arg(kind);
    return nullptr;
}

namespace {

models::MusicTrainingOptions optionsFor(const core::TrainingSpec &spec, const core::IMusicTrainingData &data)
{
    models::MusicTrainingOptions o;
    const bool melody = spec.kind == QLatin1String("melody") || spec.kind == QLatin1String("chord-melody");
    o.name = spec.kind + QStringLiteral("-lstm");
    o.checkpointDir = spec.checkpointDir;
    o.resume = spec.resume;
    o.steps = spec.steps;
    o.minutes = spec.minutes;
    o.seed = spec.seed;
    o.threads = std::max(1, spec.threads);
    o.config.kind = melody ? QStringLiteral("melody") : spec.kind;   // a chord-melody model is a melody model with controls
    o.config.vocab = data.vocabSize();
    o.config.controls = data.controlSize();
    // Defaults measured on a 2-core CPU for about an hour of training (see assets/models/*.md).
    o.config.embedding = melody ? 32 : 64;
    o.config.hidden = spec.hidden > 0 ? spec.hidden : (melody ? 256 : 384);
    o.config.layers = spec.layers > 0 ? spec.layers : 2;
    o.config.dropout = melody ? 0.2 : 0.1;
    o.batchSize = spec.batch > 0 ? spec.batch : (melody ? 64 : 32);
    o.windowLength = spec.window > 0 ? spec.window : (melody ? 128 : 256);
    if (spec.dropout >= 0)
        o.config.dropout = spec.dropout;
    o.distributed.worldSize = spec.worldSize;
    o.distributed.rank = spec.rank;
    o.distributed.masterHost = spec.masterHost;
    o.distributed.masterPort = spec.masterPort;
    o.distributed.timeoutSeconds = spec.timeoutSeconds;
    o.distributed.bindAddress = spec.bindAddress;
    o.dataShards = spec.dataShards;
    if (spec.architecture == QLatin1String("transformer")) {
        // A small relative-attention Transformer that trains on one core (across sessions, with --resume).
        o.architecture = spec.architecture;
        o.name = spec.kind + QStringLiteral("-transformer");
        o.transformer.model = spec.hidden > 0 ? spec.hidden : 128;
        o.transformer.layers = spec.layers > 0 ? spec.layers : 4;
        o.transformer.heads = spec.heads > 0 ? spec.heads : 4;
        o.transformer.feedForward = 4 * o.transformer.model;
        o.transformer.window = o.windowLength;
        o.transformer.dropout = spec.dropout >= 0 ? spec.dropout : 0.1;
        o.batchSize = spec.batch > 0 ? spec.batch : 16;
    }
    return o;
}

void forwardProgress(const models::MusicTrainingProgress &p, const std::function<void(const core::TrainingReport &)> &report)
{
    core::TrainingReport r = commonReport(p);
    r.learningRate = p.learningRate;
    r.eventsPerSecond = p.tokensPerSecond;
    r.validation = p.validation;
    r.validLoss = p.validNll;
    report(r);
}

void forwardProgress(const models::TimbreTrainingProgress &p, const std::function<void(const core::TrainingReport &)> &report)
{
    core::TrainingReport r = commonReport(p);
    r.learningRate = p.learningRate;
    sendReport(r, p.validation, p.validLoss, report);   // one progress, two points
}

double heldOutLoss(models::MusicTrainer &trainer, bool test) { return trainer.evaluate(test); }
double heldOutLoss(models::TimbreTrainer &trainer, bool) { return trainer.validate(); }
double allreduceSecondsOf(const models::MusicTrainer &trainer) { return trainer.allreduceSeconds(); }
double allreduceSecondsOf(const models::TimbreTrainer &) { return 0; }
// Personalising a music model: the test split of the corpus it learned from.
constexpr int kMaxReferenceSequences = 64;
double referenceLossOf(const models::MusicTrainer &trainer, const core::IMusicTrainingData *reference)
{
    return reference ? trainer.evaluateOn(*reference, true, kMaxReferenceSequences)
                     : std::numeric_limits<double>::quiet_NaN();
}
double referenceLossOf(const models::TimbreTrainer &, const core::IMusicTrainingData *)
{
    return std::numeric_limits<double>::quiet_NaN();
}

// A training run over one of the models library's trainers (MusicTrainer,
// TimbreTrainer: the same prepare / run / cancel / export shape).
template <typename Trainer>
class TrainerJob : public core::ITrainingJob {
public:
    template <typename Options, typename Data>
    TrainerJob(Options options, std::shared_ptr<const Data> data, QString describe)
        : m_trainer(std::move(options), std::move(data)), m_describe(std::move(describe))
    {
    }
    // Loads or resumes; *cancel (may be null) stops the longer preparations.
    bool prepare(const std::atomic<bool> *cancel, QString *error)
    {
        m_trainer.setCancelFlag(cancel);
        return m_trainer.prepare(error);
    }
    QString describe() const override { return m_describe; }
    int step() const override { return m_trainer.step(); }
    bool run(const std::atomic<bool> *cancel, const std::function<void(const core::TrainingReport &)> &report,
             QString *error) override
    {
        m_trainer.setCancelFlag(cancel);
        core::HeapTrimmer trimmer;   // what the steps freed goes back to the system, every 10 s
        m_trainer.setProgressCallback([&](const auto &p) {
            trimmer.maybeTrim();
            if (report)
                forwardProgress(p, report);
        });
        const int before = m_trainer.step();
        const bool ok = m_trainer.run(error);
        m_trainer.setProgressCallback({});
        core::HeapTrimmer::trimNow();
        if (ok && m_trainer.cancelled() && m_trainer.step() == before) {
            // Stopped before a single step: nothing new to save (and an
            // untrained model must never replace a file already there).
            *error = QObject::tr("stopped before the first training step; nothing was saved");
            return false;
        }
        return ok;
    }
    bool exportModel(const QString &path, QString *error) override { return m_trainer.exportModel(path, error); }
    double evaluate(bool test) override { return heldOutLoss(m_trainer, test); }
    QList<QPointF> lossCurve() const override { return stepCurve(m_trainer.lossHistory()); }
    QList<QPointF> validCurve() const override { return pointCurve(m_trainer.validHistory()); }
    int batchSize() const override { return m_trainer.options().batchSize; }
    double allreduceSeconds() const override { return allreduceSecondsOf(m_trainer); }
    double referenceLoss() override { return referenceLossOf(m_trainer, m_reference.get()); }
    void setReference(std::shared_ptr<const core::IMusicTrainingData> reference) { m_reference = std::move(reference); }

private:
    Trainer m_trainer;
    QString m_describe;
    std::shared_ptr<const core::IMusicTrainingData> m_reference;
};

QString stoppedBeforeTraining() { return QObject::tr("stopped before training began; nothing was saved"); }

template <typename Job>
std::unique_ptr<core::ITrainingJob> prepared(std::unique_ptr<Job> job, const std::atomic<bool> *cancel, QString *error)
{
    if (job->prepare(cancel, error))
        return job;
    if (cancel && cancel->load())
        *error = stoppedBeforeTraining();
    return nullptr;
}

std::unique_ptr<core::ITrainingJob> timbreJob(const core::TrainingSpec &spec, const std::atomic<bool> *cancel,
                                              QString *error)
{
    core::timbre::TimbreDatasetSpec data;
    if (!spec.dataPath.trimmed().isEmpty()) {
        const QDir dir(spec.dataPath);
        if (!dir.exists()) {
            *error = QObject::tr("%1: no such folder").arg(spec.dataPath);
            return nullptr;
        }
        for (const QFileInfo &f : dir.entryInfoList({"*.sf2", "*.sf3"}, QDir::Files, QDir::Name))
            data.soundFonts << f.absoluteFilePath();
        if (data.soundFonts.isEmpty()) {
            *error = QObject::tr("%1: no SoundFonts (.sf2, .sf3) in this folder").arg(spec.dataPath);
            return nullptr;
        }
    }
    std::shared_ptr<const core::timbre::TimbreDataset> dataset =
        core::timbre::TimbreDataset::build(data, core::timbre::TimbreDataset::defaultCacheDir(), error,
                                           [cancel](int, int) { return !(cancel && cancel->load()); });
    if (!dataset) {
        if (cancel && cancel->load())
            *error = stoppedBeforeTraining();
        return nullptr;
    }
    models::TimbreTrainingOptions o;
    o.name = QFileInfo(spec.outPath).fileName().section('.', 0, 0);
    o.checkpointDir = spec.checkpointDir;
    o.resume = spec.resume;
    o.initFrom = spec.initFrom;
    o.steps = spec.steps;
    o.minutes = spec.minutes;
    o.threads = spec.threads;
    o.seed = spec.seed;
    if (spec.hidden > 0) o.config.hidden = spec.hidden;
    if (spec.layers > 0) o.config.layers = spec.layers;
    if (spec.batch > 0) o.batchSize = spec.batch;
    QString what = QObject::tr("timbre model, MLP %1×%2, batch %3 one-second crops; %4 notes of %5 instruments")
                       .arg(o.config.layers).arg(o.config.hidden).arg(o.batchSize)
                       .arg(dataset->notes().size()).arg(dataset->instruments().size());
    if (!o.initFrom.isEmpty())
        what += QObject::tr("; starting from %1").arg(QFileInfo(o.initFrom).fileName());
    return prepared(std::make_unique<TrainerJob<models::TimbreTrainer>>(o, dataset, what), cancel, error);
}

// Personalising a melody or performance model on the user's few files
// (spec.dataPath, all of them, cut into phrases) from spec.initFrom.
std::unique_ptr<core::ITrainingJob> personalMusicJob(const core::TrainingSpec &spec, const std::atomic<bool> *cancel,
                                                     QString *error)
{
    const bool melody = spec.kind != QLatin1String("performance");
    auto mine = loadMusicCorpus(spec.kind, spec.dataPath, spec.maxFiles, error);
    if (!mine)
        return nullptr;
    auto data = core::PersonalMusicData::make(*mine, melody ? core::PersonalMusicData::kMelodyExampleSteps
                                                            : core::PersonalMusicData::kPerformanceExampleEvents,
                                              QFileInfo(spec.dataPath).fileName(), error);
    if (!data)
        return nullptr;
    std::shared_ptr<const core::IMusicTrainingData> reference;
    if (!spec.referencePath.isEmpty() && !(reference = loadMusicCorpus(spec.kind, spec.referencePath, 0, error)))
        return nullptr;
    data->setRehearsal(reference, spec.rehearsal);
    models::MusicTrainingOptions o = optionsFor(spec, *data);
    o.initFrom = spec.initFrom;
    o.anchor = spec.anchor;
    o.name = QFileInfo(spec.outPath).fileName().section('.', 0, 0);
    o.learningRate = spec.learningRate > 0 ? spec.learningRate : 1e-4;
    o.minLearningRate = o.learningRate / 10;
    o.batchSize = spec.batch > 0 ? spec.batch : 16;
    o.windowLength = data->exampleTokens();
    o.validEvery = 25;
    o.logEvery = 5;
    const QString what = QObject::tr("personalising %1 (%2), batch %3 × %4 events; %5")
                             .arg(QFileInfo(spec.initFrom).fileName(), spec.kind)
                             .arg(o.batchSize).arg(o.windowLength).arg(data->describe());
    auto job = std::make_unique<TrainerJob<models::MusicTrainer>>(
        o, std::shared_ptr<const core::IMusicTrainingData>(std::move(data)), what);
    job->setReference(std::move(reference));
    return prepared(std::move(job), cancel, error);
}

} // namespace

core::TrainingJobFactory trainingJobFactory()
{
    return [](const core::TrainingSpec &spec, const std::atomic<bool> *cancel,
              QString *error) -> std::unique_ptr<core::ITrainingJob> {
        if (spec.kind == QLatin1String("timbre"))
            return timbreJob(spec, cancel, error);
        if (spec.kind == QLatin1String("sketch"))
            return sketchTrainingJob(spec, cancel, error);
        if (!spec.initFrom.isEmpty())
            return personalMusicJob(spec, cancel, error);
        auto data = loadMusicCorpus(spec.kind, spec.dataPath, spec.maxFiles, error);
        if (!data)
            return nullptr;
        const models::MusicTrainingOptions o = optionsFor(spec, *data);
        const QString network = o.architecture == QLatin1String("transformer")
                                    ? QObject::tr("Transformer %1×%2, %3 heads, window %4")
                                          .arg(o.transformer.layers).arg(o.transformer.model)
                                          .arg(o.transformer.heads).arg(o.transformer.window)
                                    : QObject::tr("LSTM %1×%2").arg(o.config.layers).arg(o.config.hidden);
        const QString what = QObject::tr("%1 model, %2, batch %3 × %4 events; %5")
                                 .arg(spec.kind, network).arg(o.batchSize).arg(o.windowLength).arg(data->describe());
        return prepared(std::make_unique<TrainerJob<models::MusicTrainer>>(o, data, what), cancel, error);
    };
}

} // namespace atelier::app
