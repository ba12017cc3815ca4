#include "SketchTrainingJobs.h"
#include "TrainingReports.h"

#include "sketchrnn/train/SketchPersonaliser.h"
#include "sketchrnn/train/SketchTrainer.h"

#include "jobs/HeapTrimmer.h"
#include "project/DrawingCollection.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <QTemporaryDir>

namespace atelier::app {

namespace {

// The sizes of assets/models/sheep-vae.gen.json (see its note): a VAE that trains on one core.
constexpr int kEncoder = 128, kDecoder = 256, kLatent = 64, kBatch = 64;

class ScratchSketchJob : public core::ITrainingJob {
public:
    explicit ScratchSketchJob(models::SketchTrainingOptions o) : m_trainer(o) {}
    bool prepare(QString *error) { return m_trainer.prepare(error); }
    QString describe() const override
    {
        const models::SketchVaeConfig &c = m_trainer.config();
        return QObject::tr("drawing model (Sketch-RNN VAE, encoder %1×2, decoder %2, z %3); %4 drawings to learn "
                           "from, %5 held out")
            .arg(c.encoderSize).arg(c.decoderSize).arg(c.zSize)
            .arg(m_trainer.dataset().split("train").size())
            .arg(m_trainer.dataset().split("valid").size());
    }
    int step() const override { return m_trainer.step(); }
    bool run(const std::atomic<bool> *cancel, const std::function<void(const core::TrainingReport &)> &report,
             QString *error) override
    {
        m_trainer.setCancelFlag(cancel);
        core::HeapTrimmer trimmer;   // what the steps freed goes back to the system, every 10 s
        m_trainer.setProgressCallback([&](const models::SketchTrainingProgress &p) {
            trimmer.maybeTrim();
            core::TrainingReport r = commonReport(p);
            r.learningRate = p.learningRate;
            if (p.validation)
                m_valid.append(QPointF(p.step, p.validRecon));
            sendReport(r, p.validation, p.validRecon, report);
        });
        const int before = m_trainer.step();
        const bool ok = m_trainer.run(error);
        m_trainer.setProgressCallback({});
        core::HeapTrimmer::trimNow();
        if (ok && m_trainer.cancelled() && m_trainer.step() == before) {
            *error = QObject::tr("stopped before the first training step; nothing was saved");
            return false;
        }
        return ok;
    }
    bool exportModel(const QString &path, QString *error) override { return m_trainer.exportModel(path, error); }
    double evaluate(bool test) override { return m_trainer.evaluate(test ? "test" : "valid").recon; }
    QList<QPointF> lossCurve() const override { return stepCurve(m_trainer.lossHistory()); }
    QList<QPointF> validCurve() const override { return m_valid; }

private:
    models::SketchTrainer m_trainer;
    QList<QPointF> m_valid;
};

class PersonalSketchJob : public core::ITrainingJob {
public:
    explicit PersonalSketchJob(models::SketchPersonalOptions o) : m_personaliser(std::move(o)) {}
    bool prepare(QString *error) { return m_personaliser.prepare(error); }
    QString describe() const override
    {
        return QObject::tr("making %1 yours: %2 of your drawings to learn from, %3 held out to measure it")
            .arg(m_personaliser.baseName())
            .arg(m_personaliser.trainCount())
            .arg(m_personaliser.heldOutCount());
    }
    int step() const override { return m_personaliser.step(); }
    bool run(const std::atomic<bool> *cancel, const std::function<void(const core::TrainingReport &)> &report,
             QString *error) override
    {
        m_personaliser.setCancelFlag(cancel);
        core::HeapTrimmer trimmer;
        m_personaliser.setProgressCallback([&](const models::SketchPersonalProgress &p) {
            trimmer.maybeTrim();
            sendReport(commonReport(p), p.validation, p.heldOutNll, report);
        });
        const bool ok = m_personaliser.run(error);
        m_personaliser.setProgressCallback({});
        core::HeapTrimmer::trimNow();
        if (ok && m_personaliser.step() == 0) {
            *error = QObject::tr("stopped before the first training step; nothing was saved");
            return false;
        }
        return ok;
    }
    bool exportModel(const QString &path, QString *error) override { return m_personaliser.exportModel(path, error); }
    double evaluate(bool) override { return m_personaliser.heldOutNll(); }
    double referenceLoss() override { return m_personaliser.referenceNll(); }
    QList<QPointF> lossCurve() const override { return stepCurve(m_personaliser.lossHistory()); }
    QList<QPointF> validCurve() const override { return pointCurve(m_personaliser.heldOutHistory()); }

private:
    models::SketchPersonaliser m_personaliser;
};

// A folder with Atelier projects: their canvases (the user's strokes) and
// the folder's own .ndjson files, gathered in `into` (read once, at prepare).
// Otherwise the data path as it is.
QString drawingsOf(const QString &data, const QTemporaryDir &into, QString *error)
{
    const QDir folder(data);
    if (!QFileInfo(data).isDir() || folder.entryList({QStringLiteral("*.atelier")}, QDir::Files).isEmpty())
        return data;
    int skipped = 0;
    if (!into.isValid()
        || core::DrawingCollection::addProjects(into.filePath(QStringLiteral("projects.ndjson")), data, &skipped, error) < 0)
        return {};
    for (const QFileInfo &f : folder.entryInfoList({QStringLiteral("*.ndjson")}, QDir::Files))
        QFile::link(f.absoluteFilePath(), into.filePath(f.fileName()));
    if (!QFile::exists(into.filePath(QStringLiteral("projects.ndjson")))
        && QDir(into.path()).entryList({QStringLiteral("*.ndjson")}).isEmpty()) {
        *error = QObject::tr("%1: none of its %n project(s) has a drawing of your own", nullptr, skipped).arg(data);
        return {};
    }
    return into.path();
}

// A refusal names the user's folder, not the gathered drawings' temporary copy.
std::nullptr_t namingTheData(const QString &gathered, const QString &data, QString *error)
{
    if (error && gathered != data)
        error->replace(gathered, data);
    return nullptr;
}

} // namespace

std::unique_ptr<core::ITrainingJob> sketchTrainingJob(const core::TrainingSpec &spec, const std::atomic<bool> *cancel,
                                                      QString *error)
{
    const QString name = QFileInfo(spec.outPath).fileName().section('.', 0, 0);
    const QTemporaryDir gathered;
    const QString data = drawingsOf(spec.dataPath, gathered, error);
    if (data.isEmpty())
        return nullptr;
    std::unique_ptr<core::ITrainingJob> job;
    if (!spec.initFrom.isEmpty()) {
        models::SketchPersonalOptions o;
        o.basePath = spec.initFrom;
        o.dataPath = data;
        o.dataLabel = spec.dataPath;
        o.referencePath = spec.referencePath;
        o.name = name;
        o.steps = spec.steps;
        o.minutes = spec.minutes;
        o.seed = spec.seed;
        o.threads = std::max(1, spec.threads);
        if (spec.learningRate > 0)
            o.learningRate = spec.learningRate;
        o.anchor = spec.anchor;
        o.rehearsal = spec.rehearsal;
        if (spec.batch > 0)
            o.batchSize = spec.batch;
        auto personal = std::make_unique<PersonalSketchJob>(o);
        if (!personal->prepare(error))
            return namingTheData(data, spec.dataPath, error);
        job = std::move(personal);
    } else {
        models::SketchTrainingOptions o;
        o.dataPath = data;
        o.name = name;
        o.checkpointDir = spec.checkpointDir;
        o.resume = spec.resume;
        o.steps = spec.steps;
        o.minutes = spec.minutes;
        o.seed = spec.seed;
        o.threads = std::max(1, spec.threads);
        o.vae.encoderSize = kEncoder;
        o.vae.decoderSize = spec.hidden > 0 ? spec.hidden : kDecoder;
        o.vae.zSize = kLatent;
        o.batchSize = spec.batch > 0 ? spec.batch : kBatch;
        o.validEvery = 100;
        o.logEvery = 5;
        auto scratch = std::make_unique<ScratchSketchJob>(o);
        if (!scratch->prepare(error))
            return namingTheData(data, spec.dataPath, error);
        job = std::move(scratch);
    }
    if (cancel && cancel->load()) {
        *error = QObject::tr("stopped before training began; nothing was saved");
        return nullptr;
    }
    return job;
}

} // namespace atelier::app
