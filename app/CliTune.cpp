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

#include "TuningJobs.h"

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
    core::TuningSpec spec;
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
    const auto reward = args.option("--reward");
    const auto ratings = args.option("--ratings");
    const auto data = sketch ? std::nullopt : args.option("--data");
    double beta = 0.3, minutes = 0, steps = 0, seed = 1, group = 8, contexts = 64, learningRate = 1e-4,
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
        || bool(reward) == bool(ratings) || (reward && reward->isEmpty()) || (ratings && ratings->isEmpty()) || !out
        || out->isEmpty() || (data && data->isEmpty()))
        return fail(usage);
    if (beta < 0 || minutes < 0 || steps < 0 || seed < 0 || group < 2 || group > 8 || contexts < 1
        || learningRate <= 0 || temperature <= 0 || temperature > 2)
        return fail(QObject::tr("tune %1: --beta, --minutes, --steps and --seed must be 0 or more, --group 2 to 8, "
                                "--contexts and --learning-rate positive, --temperature above 0 and at most 2")
                        .arg(kind));
    core::TuningSpec &s = t->spec;
    s.kind = kind;
    s.base = *model;
    s.outPath = *out;
    s.rewardScript = reward.value_or(QString());
    s.ratingsLog = ratings.value_or(QString());
    s.dataPath = data.value_or(QString());
    s.beta = beta;
    s.group = int(group);
    s.steps = int(steps);
    s.minutes = steps <= 0 && minutes <= 0 ? 5.0 : minutes;
    s.seed = std::uint64_t(seed);
    s.learningRate = learningRate;
    s.temperature = temperature;
    s.contexts = int(contexts);
    return 0;
}

void printProgress(const core::TuningReport &p)
{
    if (p.step % 10 != 0 && p.step != 1)
        return;
    std::fprintf(stderr, "step %5d  reward %.4f  kl %.4f  errors %d/%d  elapsed %.0f s\n", p.step, p.reward, p.kl,
                 p.errors, p.samples, p.elapsedSeconds);
    std::fflush(stderr);
}

int tune(const QString &kind, Args args)
{
    TuneArgs t;
    if (const int code = parseTuneArgs(kind, args, &t))
        return code;
    QString error;
    const std::unique_ptr<core::ITuningJob> job = tuningJobFactory()(t.spec, &error);
    if (!job)
        return fail(QObject::tr("tune %1: %2").arg(kind, error));
    std::fprintf(stderr, "tune %s: %s\n", qPrintable(kind), qPrintable(job->describe()));
    g_stopTune.store(false);
    std::signal(SIGINT, onStopTune);
    std::signal(SIGTERM, onStopTune);
    const bool ok = job->run(&g_stopTune, &printProgress, &error);
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    if (!ok || !job->exportModel(t.spec.outPath, &error))
        return fail(QObject::tr("tune %1: %2").arg(kind, error));

    const std::vector<double> &r = job->rewardCurve(), &kl = job->klCurve();
    const std::size_t n = r.size(), w = std::clamp<std::size_t>(n / 10, 1, 20);
    QJsonObject out{{"steps", job->step()},
                    {"minutes", job->elapsedSeconds() / 60.0},
                    {"reward_start", finiteOrNull(windowMean(r, 0, w))},
                    {"reward_end", finiteOrNull(windowMean(r, n > w ? n - w : 0, n))},
                    {"kl_end", finiteOrNull(windowMean(kl, n > w ? n - w : 0, n))},
                    {"out", QFileInfo(t.spec.outPath).absoluteFilePath()},
                    {"kind", kind},
                    {"base", kind == QLatin1String("sketch") ? QFileInfo(t.spec.base).absoluteFilePath()
                                                             : QFileInfo(resolveMusicModel(t.spec.base)).absoluteFilePath()},
                    {"beta", t.spec.beta},
                    {"group", t.spec.group},
                    {"errors", job->errors()},
                    {"stopped", job->stopped()}};
    const QJsonObject extra = job->extra();
    for (auto it = extra.begin(); it != extra.end(); ++it)
        out.insert(it.key(), it.value());
    if (t.json)
        printJson(out);
    else
        std::printf("%s\n", qPrintable(QObject::tr("tuned %1 steps in %2 min: reward %3 → %4, KL %5 nats per event; "
                                                     "written to %6")
                                           .arg(job->step())
                                           .arg(job->elapsedSeconds() / 60.0, 0, 'f', 1)
                                           .arg(out["reward_start"].toDouble(), 0, 'f', 3)
                                           .arg(out["reward_end"].toDouble(), 0, 'f', 3)
                                           .arg(out["kl_end"].toDouble(), 0, 'f', 4)
                                           .arg(out["out"].toString())));
    return 0;
}

int tuneMelody(Args args) { return tune(QStringLiteral("melody"), std::move(args)); }
int tunePerformance(Args args) { return tune(QStringLiteral("performance"), std::move(args)); }
int tuneSketch(Args args) { return tune(QStringLiteral("sketch"), std::move(args)); }

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
