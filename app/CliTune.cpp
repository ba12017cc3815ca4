// Tuning a model toward a reward from the command line:
//   atelier tune melody|performance --model BASE --reward FILE.js|--ratings LOG [--beta B]
//     [--minutes M | --steps N] [--seed S] [--group G] [--contexts K] [--data DIR] --out OUT [--json]
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
#include "music/MusicTuner.h"
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

int tuneMusic(const QString &kind, Args args)
{
    const QString usage = QObject::tr(
        "usage: atelier tune %1 --model BASE --reward FILE.js|--ratings LOG [--beta B] [--minutes M | --steps N] "
        "[--seed S] [--group G] [--contexts K] [--learning-rate R] [--data DIR] --out OUT [--json]").arg(kind);
    const bool json = args.flag("--json");
    const auto modelSpec = args.option("--model");
    const auto rewardPath = args.option("--reward");
    const auto ratingsPath = args.option("--ratings");
    const auto outPath = args.option("--out");
    const auto dataOpt = args.option("--data");
    double beta = 0.1, minutes = 0, steps = 0, seed = 1, group = 8, contexts = 64, learningRate = 1e-4;
    QString error;
    const std::pair<const char *, double *> numbers[] = {{"--beta", &beta},   {"--minutes", &minutes},
                                                         {"--steps", &steps}, {"--seed", &seed},
                                                         {"--group", &group}, {"--contexts", &contexts},
                                                         {"--learning-rate", &learningRate}};
    for (const auto &[name, value] : numbers)
        if (!args.number(name, value, &error))
            return fail(error);
    if (!args.unknownOption().isEmpty() || !args.positional().isEmpty() || !modelSpec || modelSpec->isEmpty()
        || bool(rewardPath) == bool(ratingsPath) || (rewardPath && rewardPath->isEmpty())
        || (ratingsPath && ratingsPath->isEmpty()) || !outPath || outPath->isEmpty())
        return fail(usage);
    if (beta < 0 || minutes < 0 || steps < 0 || seed < 0 || group < 2 || group > 8 || contexts < 1
        || learningRate <= 0)
        return fail(QObject::tr("tune %1: --beta, --minutes, --steps and --seed must be 0 or more, --group 2 to 8, "
                                "--contexts and --learning-rate positive").arg(kind));
    if (steps <= 0 && minutes <= 0)
        minutes = 5;

    const QString basePath = resolveMusicModel(*modelSpec);
    const auto base = loadMusicModelSpec(*modelSpec, &error);
    if (!base)
        return fail(QObject::tr("tune %1: %2").arg(kind, error));
    const bool melody = kind == QLatin1String("melody");
    if ((base->kind() == core::MusicModelKind::Melody) != melody)
        return fail(QObject::tr("tune %1: %2 is not a %1 model").arg(kind, QFileInfo(basePath).fileName()));
    core::RewardChoice choice;
    if (rewardPath ? !choice.loadScript(*rewardPath, &error) : !choice.loadRatings(*ratingsPath, "music", &error))
        return fail(QObject::tr("tune %1: %2").arg(kind, error));
    const QString dir = dataOpt.value_or(defaultDataDir(kind));
    const auto pieces = corpusPieces(melody, dir, {core::MusicSplit::Train}, int(contexts), true, &error);
    if (pieces.empty())
        return fail(QObject::tr("tune %1: %2").arg(kind, error));
    auto episodes = core::MusicEpisode::build(*base, pieces, int(contexts), &error);
    if (episodes.empty())
        return fail(QObject::tr("tune %1: %2").arg(kind, error));

    models::TuningOptions options;
    options.beta = beta;
    options.group = int(group);
    options.steps = int(steps);
    options.minutes = minutes;
    options.seed = std::uint64_t(seed);
    options.learningRate = learningRate;
    const int contextCount = int(episodes.size());
    models::MusicTuner tuner(options, std::move(episodes), &choice.reward());
    if (!tuner.prepare(basePath, &error))
        return fail(QObject::tr("tune %1: %2").arg(kind, error));
    std::fprintf(stderr, "tune %s: %s toward %s, beta %g, %d contexts, group %d\n", qPrintable(kind),
                 qPrintable(base->name()), qPrintable(choice.reward().name()), beta, contextCount, int(group));
    tuner.setCancelFlag(&g_stopTune);
    tuner.setProgressCallback([](const models::TuningProgress &p) {
        if (p.step % 10 != 0 && p.step != 1)
            return;
        std::fprintf(stderr, "step %5d  reward %.4f  kl %.4f  errors %d/%d  elapsed %.0f s\n", p.step, p.reward, p.kl,
                     p.errors, p.samples, p.elapsedSeconds);
        std::fflush(stderr);
    });
    std::signal(SIGINT, onStopTune);
    std::signal(SIGTERM, onStopTune);
    const bool ok = tuner.run(&error);
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    if (!ok)
        return fail(QObject::tr("tune %1: %2").arg(kind, error));

    QJsonObject record{{"kind", kind},
                       {"base", QFileInfo(basePath).absoluteFilePath()},
                       {"base_name", base->name()},
                       {"reward", choice.record()},
                       {"data", QFileInfo(dir).absoluteFilePath()}};
    const QString name = QFileInfo(*outPath).completeBaseName().section('.', 0, 0);
    if (!tuner.exportModel(*outPath, name, record, &error))
        return fail(QObject::tr("tune %1: %2").arg(kind, error));

    const std::vector<double> &r = tuner.rewardHistory(), &kl = tuner.klHistory();
    const std::size_t n = r.size(), w = std::clamp<std::size_t>(n / 10, 1, 20);
    QJsonObject out{{"steps", tuner.step()},
                    {"minutes", tuner.elapsedSeconds() / 60.0},
                    {"reward_start", finiteOrNull(windowMean(r, 0, w))},
                    {"reward_end", finiteOrNull(windowMean(r, n > w ? n - w : 0, n))},
                    {"kl_end", finiteOrNull(windowMean(kl, n > w ? n - w : 0, n))},
                    {"out", QFileInfo(*outPath).absoluteFilePath()},
                    {"kind", kind},
                    {"base", QFileInfo(basePath).absoluteFilePath()},
                    {"beta", beta},
                    {"group", int(group)},
                    {"contexts", contextCount},
                    {"errors", tuner.errors()},
                    {"stopped", tuner.cancelled()}};
    if (json)
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
    };
}

} // namespace atelier::app
