// Tuning a model toward a reward from the command line:
//   atelier tune melody|performance --model BASE --reward FILE.js|--ratings LOG [--beta B]
//     [--minutes M | --steps N] [--seed S] [--group G] [--contexts K] [--data DIR] --out OUT [--json]
//   atelier tune sketch --model BASE.gen.json ... [--temperature T] --out OUT [--json]
// (a drawing model draws from scratch; it is tuned at the temperature its
// drawings are scored at, 0.65 by default).
// BASE is a model file or "melody" / "performance" (the shipped ones). The
// contexts are K excerpts of the training split of the kind's corpus (the
// data path's, or --data), spread evenly over it, each continued for 4 bars
// as `atelier score` does (held-out pieces stay for scoring). Progress goes
// to stderr, one line every few steps; Ctrl-C stops early and still writes
// the model. --json prints {"steps", "minutes", "reward_start",
// "reward_end", "kl_end", "out", ...}: reward_start and reward_end are the
// mean group rewards over the first and the last w steps, w = steps / 10
// (1 to 20), kl_end the mean KL per generated token over the last w steps.

#include "CliCommon.h"

#include "music/MusicCorpus.h"
#include "SketchModels.h"
#include "music/MusicTuner.h"
#include "sketchrnn/train/SketchTuner.h"
#include "reward/MusicEpisode.h"
#include "reward/RewardChoice.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QObject>
#include <algorithm>
#include <atomic>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <optional>

namespace atelier::app {

namespace {

std::atomic<bool> g_stopTune{false};
void onStopTune(int) { g_stopTune.store(true); }

// The mean of the finite values in [from, to).
double windowMean(const std::vector<double> &values, std::size_t from, std::size_t to)
{
    double sum = 0;
    int n = 0;
    for (std::size_t i = from; i < to && i < values.size(); ++i)
        if (std::isfinite(values[i])) {
            sum += values[i];
            ++n;
        }
    return n > 0 ? sum / n : std::nan("");
}

QJsonValue finiteOrNull(double v) { return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null); }

struct TuneArgs {
    bool json = false;
    QString model, out;
    std::optional<QString> reward, ratings, data;
    models::TuningOptions options;
    int contexts = 64;
};

// Reads the options every `tune` takes; 0 when fine, else the command's exit code.
int parseTuneArgs(const QString &kind, Args &args, TuneArgs *t)
{
    const bool sketch = kind == QLatin1String("sketch");
    const QString usage =
        sketch ? QObject::tr("usage: atelier tune sketch --model BASE.gen.json --reward FILE.js|--ratings LOG [--beta B] "
                             "[--minutes M | --steps N] [--seed S] [--group G] [--temperature T] [--learning-rate R] "
                             "--out OUT [--json]")
               : QObject::tr("usage: atelier tune %1 --model BASE --reward FILE.js|--ratings LOG [--beta B] "
                             "[--minutes M | --steps N] [--seed S] [--group G] [--contexts K] [--learning-rate R] "
                             "[--data DIR] --out OUT [--json]").arg(kind);
    t->json = args.flag("--json");
    const auto model = args.option("--model");
    const auto out = args.option("--out");
    t->reward = args.option("--reward");
    t->ratings = args.option("--ratings");
    if (!sketch)
        t->data = args.option("--data");
    double beta = 0.1, minutes = 0, steps = 0, seed = 1, group = 8, contexts = 64, learningRate = 1e-4,
           temperature = 0.65;
    QString error;
    const std::pair<const char *, double *> numbers[] = {
        {"--beta", &beta},   {"--minutes", &minutes}, {"--steps", &steps},
        {"--seed", &seed},   {"--group", &group},     {"--learning-rate", &learningRate},
        {sketch ? "--temperature" : "--contexts", sketch ? &temperature : &contexts}};
    for (const auto &[name, value] : numbers)
        if (!args.number(name, value, &error))
            return fail(error);
    if (!args.unknownOption().isEmpty() || !args.positional().isEmpty() || !model || model->isEmpty()
        || bool(t->reward) == bool(t->ratings) || (t->reward && t->reward->isEmpty())
        || (t->ratings && t->ratings->isEmpty()) || !out || out->isEmpty())
        return fail(usage);
    if (beta < 0 || minutes < 0 || steps < 0 || seed < 0 || group < 2 || group > 8 || contexts < 1
        || learningRate <= 0 || temperature <= 0 || temperature > 2)
        return fail(QObject::tr("tune %1: --beta, --minutes, --steps and --seed must be 0 or more, --group 2 to 8, "
                                "--contexts and --learning-rate positive, --temperature above 0 and at most 2")
                        .arg(kind));
    t->model = *model;
    t->out = *out;
    t->contexts = int(contexts);
    models::TuningOptions &o = t->options;
    o.beta = beta;
    o.group = int(group);
    o.steps = int(steps);
    o.minutes = steps <= 0 && minutes <= 0 ? 5.0 : minutes;
    o.seed = std::uint64_t(seed);
    o.learningRate = learningRate;
    o.temperature = temperature;
    return 0;
}

void printProgress(const models::TuningProgress &p)
{
    if (p.step % 10 != 0 && p.step != 1)
        return;
    std::fprintf(stderr, "step %5d  reward %.4f  kl %.4f  errors %d/%d  elapsed %.0f s\n", p.step, p.reward, p.kl,
                 p.errors, p.samples, p.elapsedSeconds);
    std::fflush(stderr);
}

// Runs a prepared tuner with Ctrl-C as its stop.
template <class Tuner>
bool runTuner(Tuner &tuner, QString *error)
{
    g_stopTune.store(false);
    tuner.setCancelFlag(&g_stopTune);
    tuner.setProgressCallback(&printProgress);
    std::signal(SIGINT, onStopTune);
    std::signal(SIGTERM, onStopTune);
    const bool ok = tuner.run(error);
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    return ok;
}

// The result line or JSON of a finished run.
template <class Tuner>
int report(const TuneArgs &t, const QString &kind, const QString &basePath, const Tuner &tuner, QJsonObject extra)
{
    const std::vector<double> &r = tuner.rewardHistory(), &kl = tuner.klHistory();
    const std::size_t n = r.size(), w = std::clamp<std::size_t>(n / 10, 1, 20);
    QJsonObject out{{"steps", tuner.step()},
                    {"minutes", tuner.elapsedSeconds() / 60.0},
                    {"reward_start", finiteOrNull(windowMean(r, 0, w))},
                    {"reward_end", finiteOrNull(windowMean(r, n > w ? n - w : 0, n))},
                    {"kl_end", finiteOrNull(windowMean(kl, n > w ? n - w : 0, n))},
                    {"out", QFileInfo(t.out).absoluteFilePath()},
                    {"kind", kind},
                    {"base", QFileInfo(basePath).absoluteFilePath()},
                    {"beta", t.options.beta},
                    {"group", t.options.group},
                    {"errors", tuner.errors()},
                    {"stopped", tuner.cancelled()}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        out.insert(it.key(), it.value());
    if (t.json)
        printJson(out);
    else
        std::printf("%s\n", qPrintable(QObject::tr("tuned %1 steps in %2 min: reward %3 → %4, KL %5 nats per event; "
                                                     "written to %6")
                                           .arg(tuner.step())
                                           .arg(tuner.elapsedSeconds() / 60.0, 0, 'f', 1)
                                           .arg(out["reward_start"].toDouble(), 0, 'f', 3)
                                           .arg(out["reward_end"].toDouble(), 0, 'f', 3)
                                           .arg(out["kl_end"].toDouble(), 0, 'f', 4)
                                           .arg(out["out"].toString())));
    return 0;
}

QString tunedName(const QString &outPath) { return QFileInfo(outPath).completeBaseName().section('.', 0, 0); }

int tuneMusic(const QString &kind, Args args)
{
    TuneArgs t;
    if (const int code = parseTuneArgs(kind, args, &t))
        return code;
    QString error;
    const QString basePath = resolveMusicModel(t.model);
    const auto base = loadMusicModelSpec(t.model, &error);
    if (!base)
        return fail(QObject::tr("tune %1: %2").arg(kind, error));
    const bool melody = kind == QLatin1String("melody");
    if ((base->kind() == core::MusicModelKind::Melody) != melody)
        return fail(QObject::tr("tune %1: %2 is not a %1 model").arg(kind, QFileInfo(basePath).fileName()));
    core::RewardChoice choice;
    if (t.reward ? !choice.loadScript(*t.reward, &error) : !choice.loadRatings(*t.ratings, "music", &error))
        return fail(QObject::tr("tune %1: %2").arg(kind, error));
    const QString dir = t.data.value_or(defaultDataDir(kind));
    const auto pieces = corpusPieces(melody, dir, {core::MusicSplit::Train}, t.contexts, true, &error);
    if (pieces.empty())
        return fail(QObject::tr("tune %1: %2").arg(kind, error));
    auto episodes = core::MusicEpisode::build(*base, pieces, t.contexts, &error);
    if (episodes.empty())
        return fail(QObject::tr("tune %1: %2").arg(kind, error));
    const int contextCount = int(episodes.size());
    models::MusicTuner tuner(t.options, std::move(episodes), &choice.reward());
    if (!tuner.prepare(basePath, &error))
        return fail(QObject::tr("tune %1: %2").arg(kind, error));
    std::fprintf(stderr, "tune %s: %s toward %s, beta %g, %d contexts, group %d\n", qPrintable(kind),
                 qPrintable(base->name()), qPrintable(choice.reward().name()), t.options.beta, contextCount,
                 t.options.group);
    if (!runTuner(tuner, &error))
        return fail(QObject::tr("tune %1: %2").arg(kind, error));
    const QJsonObject record{{"kind", kind},
                             {"base", QFileInfo(basePath).absoluteFilePath()},
                             {"base_name", base->name()},
                             {"reward", choice.record()},
                             {"data", QFileInfo(dir).absoluteFilePath()}};
    if (!tuner.exportModel(t.out, tunedName(t.out), record, &error))
        return fail(QObject::tr("tune %1: %2").arg(kind, error));
    return report(t, kind, basePath, tuner, {{"contexts", contextCount}});
}

int tuneSketch(Args args)
{
    const QString kind = QStringLiteral("sketch");
    TuneArgs t;
    if (const int code = parseTuneArgs(kind, args, &t))
        return code;
    QString error;
    const auto base = models::loadSketchModel(t.model, &error);
    if (!base)
        return fail(QObject::tr("tune sketch: %1").arg(error));
    core::RewardChoice choice;
    if (t.reward ? !choice.loadScript(*t.reward, &error) : !choice.loadRatings(*t.ratings, "sketch", &error))
        return fail(QObject::tr("tune sketch: %1").arg(error));
    models::SketchTuner tuner(t.options, &choice.reward());
    if (!tuner.prepare(t.model, &error))
        return fail(QObject::tr("tune sketch: %1").arg(error));
    std::fprintf(stderr, "tune sketch: %s toward %s, beta %g, temperature %g, group %d\n", qPrintable(base->name()),
                 qPrintable(choice.reward().name()), t.options.beta, t.options.temperature, t.options.group);
    if (!runTuner(tuner, &error))
        return fail(QObject::tr("tune sketch: %1").arg(error));
    const QJsonObject record{{"kind", kind},
                             {"base", QFileInfo(t.model).absoluteFilePath()},
                             {"base_name", base->name()},
                             {"reward", choice.record()}};
    if (!tuner.exportModel(t.out, tunedName(t.out), record, &error))
        return fail(QObject::tr("tune sketch: %1").arg(error));
    return report(t, kind, t.model, tuner, {{"temperature", t.options.temperature}});
}

int tuneMelody(Args args) { return tuneMusic(QStringLiteral("melody"), std::move(args)); }
int tunePerformance(Args args) { return tuneMusic(QStringLiteral("performance"), std::move(args)); }

} // namespace

QList<CliCommand> tuneCommands()
{
    return {
        {{"tune", "melody"},
         "tune melody --model BASE --reward FILE.js|--ratings LOG [--beta B] [--minutes M | --steps N] [--seed S] "
         "--out OUT [--json]",
         &tuneMelody},
        {{"tune", "performance"},
         "tune performance --model BASE --reward FILE.js|--ratings LOG [--beta B] [--minutes M | --steps N] "
         "[--seed S] --out OUT [--json]",
         &tunePerformance},
        {{"tune", "sketch"},
         "tune sketch --model BASE.gen.json --reward FILE.js|--ratings LOG [--beta B] [--minutes M | --steps N] "
         "[--seed S] [--temperature T] --out OUT [--json]",
         &tuneSketch},
    };
}

} // namespace atelier::app
