#include "TuningJobs.h"

#include "CliCommon.h"
#include "SketchModels.h"

#include "jobs/HeapTrimmer.h"
#include "music/IMusicModel.h"
#include "music/MusicCorpus.h"
#include "music/MusicTuner.h"
#include "reward/MusicEpisode.h"
#include "reward/RewardChoice.h"
#include "sketchrnn/train/SketchTuner.h"

#include <QFileInfo>
#include <QObject>

namespace atelier::app {

namespace {

// One tuner (MusicTuner or SketchTuner) with the reward it owns.
template <class Tuner>
class TunerJob final : public core::ITuningJob {
public:
    TunerJob(core::TuningSpec spec, std::unique_ptr<core::RewardChoice> reward, QJsonObject record, QString describe,
             QJsonObject extra)
        : m_spec(std::move(spec)), m_reward(std::move(reward)), m_record(std::move(record)),
          m_describe(std::move(describe)), m_extra(std::move(extra))
    {
    }
    void setTuner(std::unique_ptr<Tuner> tuner) { m_tuner = std::move(tuner); }

    QString describe() const override { return m_describe; }
    int step() const override { return m_tuner->step(); }
    double elapsedSeconds() const override { return m_tuner->elapsedSeconds(); }
    void setTargets(int steps, double minutes) override { m_tuner->setTargets(steps, minutes); }
    const std::vector<double> &rewardCurve() const override { return m_tuner->rewardHistory(); }
    const std::vector<double> &klCurve() const override { return m_tuner->klHistory(); }
    int errors() const override { return m_tuner->errors(); }
    bool stopped() const override { return m_tuner->cancelled(); }
    QJsonObject extra() const override { return m_extra; }

    bool run(const std::atomic<bool> *cancel, const std::function<void(const core::TuningReport &)> &report,
             QString *error) override
    {
        m_tuner->setCancelFlag(cancel);
        core::HeapTrimmer trimmer;   // what the steps freed goes back to the system, every 10 s
        m_tuner->setProgressCallback([&](const models::TuningProgress &p) {
            trimmer.maybeTrim();
            if (!report)
                return;
            core::TuningReport r;
            r.step = p.step;
            r.targetSteps = p.targetSteps;
            r.reward = p.reward;
            r.kl = p.kl;
            r.errors = p.errors;
            r.samples = p.samples;
            r.elapsedSeconds = p.elapsedSeconds;
            report(r);
        });
        const bool ok = m_tuner->run(error);
        m_tuner->setProgressCallback({});
        core::HeapTrimmer::trimNow();
        m_reward->release();   // the script's helper belongs to this thread; a later run starts its own
        return ok;
    }

    bool exportModel(const QString &path, QString *error) override
    {
        return m_tuner->exportModel(path, QFileInfo(path).completeBaseName().section('.', 0, 0), m_record, error);
    }

private:
    core::TuningSpec m_spec;
    std::unique_ptr<core::RewardChoice> m_reward;   // before the tuner, which points at it
    QJsonObject m_record;
    QString m_describe;
    QJsonObject m_extra;
    std::unique_ptr<Tuner> m_tuner;
};

models::TuningOptions optionsOf(const core::TuningSpec &s)
{
    models::TuningOptions o;
    o.beta = s.beta;
    o.group = s.group;
    o.steps = s.steps;
    o.minutes = s.minutes;
    o.seed = s.seed;
    o.learningRate = s.learningRate;
    o.temperature = s.temperature;
    return o;
}

std::unique_ptr<core::RewardChoice> loadReward(const core::TuningSpec &s, const QString &kind, QString *error)
{
    auto choice = std::make_unique<core::RewardChoice>();
    if (s.rewardScript.isEmpty() == s.ratingsLog.isEmpty()) {
        *error = QObject::tr("choose a reward script or your ratings");
        return nullptr;
    }
    if (!s.rewardScript.isEmpty() ? !choice->loadScript(s.rewardScript, error) : !choice->loadRatings(s.ratingsLog, kind, error))
        return nullptr;
    return choice;
}

std::unique_ptr<core::ITuningJob> musicJob(const core::TuningSpec &s, QString *error)
{
    const QString basePath = resolveMusicModel(s.base);
    const auto base = loadMusicModelSpec(s.base, error);
    if (!base)
        return nullptr;
    const bool melody = s.kind == QLatin1String("melody");
    if ((base->kind() == core::MusicModelKind::Melody) != melody) {
        *error = QObject::tr("%1 is not a %2 model").arg(QFileInfo(basePath).fileName(), s.kind);
        return nullptr;
    }
    auto reward = loadReward(s, QStringLiteral("music"), error);
    if (!reward)
        return nullptr;
    const QString dir = s.dataPath.isEmpty() ? defaultDataDir(s.kind) : s.dataPath;
    const auto pieces = corpusPieces(melody, dir, {core::MusicSplit::Train}, s.contexts, true, error);
    if (pieces.empty())
        return nullptr;
    auto episodes = core::MusicEpisode::build(*base, pieces, s.contexts, error);
    if (episodes.empty())
        return nullptr;
    const int contexts = int(episodes.size());
    const QJsonObject record{{"kind", s.kind},
                             {"base", QFileInfo(basePath).absoluteFilePath()},
                             {"base_name", base->name()},
                             {"reward", reward->record()},
                             {"data", QFileInfo(dir).absoluteFilePath()}};
    const QString describe = QObject::tr("%1 toward %2, β %3, %4 contexts, group %5")
                                 .arg(base->name(), reward->reward().name())
                                 .arg(s.beta)
                                 .arg(contexts)
                                 .arg(s.group);
    auto tuner = std::make_unique<models::MusicTuner>(optionsOf(s), std::move(episodes), &reward->reward());
    if (!tuner->prepare(basePath, error))
        return nullptr;
    auto job = std::make_unique<TunerJob<models::MusicTuner>>(s, std::move(reward), record, describe,
                                                              QJsonObject{{"contexts", contexts}});
    job->setTuner(std::move(tuner));
    return job;
}

std::unique_ptr<core::ITuningJob> sketchJob(const core::TuningSpec &s, QString *error)
{
    const auto base = models::loadSketchModel(s.base, error);
    if (!base)
        return nullptr;
    auto reward = loadReward(s, QStringLiteral("sketch"), error);
    if (!reward)
        return nullptr;
    const QJsonObject record{{"kind", s.kind},
                             {"base", QFileInfo(s.base).absoluteFilePath()},
                             {"base_name", base->name()},
                             {"reward", reward->record()}};
    const QString describe = QObject::tr("%1 toward %2, β %3, temperature %4, group %5")
                                 .arg(base->name(), reward->reward().name())
                                 .arg(s.beta)
                                 .arg(s.temperature)
                                 .arg(s.group);
    auto tuner = std::make_unique<models::SketchTuner>(optionsOf(s), &reward->reward());
    if (!tuner->prepare(s.base, error))
        return nullptr;
    auto job = std::make_unique<TunerJob<models::SketchTuner>>(s, std::move(reward), record, describe,
                                                               QJsonObject{{"temperature", s.temperature}});
    job->setTuner(std::move(tuner));
    return job;
}

} // namespace

core::TuningJobFactory tuningJobFactory()
{
    return [](const core::TuningSpec &spec, QString *error) -> std::unique_ptr<core::ITuningJob> {
        QString why;
        std::unique_ptr<core::ITuningJob> job;
        if (spec.kind == QLatin1String("sketch"))
            job = sketchJob(spec, &why);
        else if (spec.kind == QLatin1String("melody") || spec.kind == QLatin1String("performance"))
            job = musicJob(spec, &why);
        else
            why = QObject::tr("unknown kind of model \"%1\" (melody, performance or sketch)").arg(spec.kind);
        if (!job && error)
            *error = why;
        return job;
    };
}

} // namespace atelier::app
