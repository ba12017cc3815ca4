// Did tuning work? The user's own evaluation, in the form of RL Tuner's table:
//   atelier eval tune --base B --tuned T --reward R.js|--ratings LOG [--data D] [--samples N] [--seed S]
//     [--max-files N] --json
// prints {"parts": {name: {"base": x, "tuned": y}}, "reward": {"base": x, "tuned": y},
// "nll": {"base": x, "tuned": y}, "kl": k, ...}:
//  - reward and parts: `atelier score` of both models on the same ground
//    (N held-out primers, default 64, the same seed);
//  - nll: the mean NLL per event of the held-out test split of the kind's
//    corpus (--data or the data path; at most --max-files files) under each
//    model: how much of the data's "realness" the tuned model keeps; left
//    out when the folder does not exist;
//  - kl: KL(tuned ‖ base) per generated event on the tuned model's own
//    samples (temperature 1, no nucleus cut) after the same primers, the
//    quantity the tuner holds down with β.
// Drawing models draw N sketches from scratch each (seeds S.., temperature
// 0.65); see evalTuneSketch for their NLL and KL.

#include "CliCommon.h"
#include "SketchModels.h"
#include "TrainingJobs.h"

#include "music/ModelDivergence.h"
#include "music/MusicEvaluation.h"
#include "music/MusicGenerator.h"
#include "reward/MusicEpisode.h"
#include "reward/RewardChoice.h"
#include "reward/RewardSample.h"
#include "reward/RewardScoring.h"

#include <QDir>
#include <QFileInfo>
#include <QObject>
#include <cmath>

namespace atelier::app {

namespace {

// KL(tuned ‖ base) per event on the tuned model's samples after the episodes' primers.
std::optional<double> tunedKl(const core::IMusicModel &tuned, const core::IMusicModel &base,
                              const std::vector<core::MusicEpisode> &episodes, std::uint64_t seed)
{
    std::vector<core::MusicWindow> rows;
    std::vector<int> firsts;
    for (const core::MusicEpisode &e : episodes) {
        core::MusicSampleOptions o = e.plan.options;
        o.temperature = 1.0;
        o.topP = 1.0;
        o.seed = seed + std::uint64_t(e.index);
        const auto generated = core::generate(tuned, e.plan.primer, 1, e.plan.length, o);
        if (!generated || generated->empty())
            continue;
        core::MusicWindow w;
        w.tokens = e.plan.primer.empty() ? std::vector<int>{core::neutralStartToken(e.plan.kind)} : e.plan.primer;
        const int first = int(w.tokens.size());
        w.tokens.insert(w.tokens.end(), generated->front().begin(), generated->front().end());
        if (tuned.controlSize() > 0)
            w.controls = core::musicControls(tuned, e.plan.primer, o.densityBin);
        rows.push_back(std::move(w));
        firsts.push_back(first);
    }
    return core::meanKlPerEvent(tuned, base, rows, firsts);
}

// The base's and the tuned model's samples scored with the reward: "reward",
// "parts" ({name: {"base", "tuned"}}) and "errors" into *table; false and
// *error when more than half of either model's samples failed.
bool scoreBoth(core::IReward &reward, const std::vector<QJsonObject> samples[2], QJsonObject *table, QString *error)
{
    const char *names[2] = {"base", "tuned"};
    core::RewardScoring::Summary summaries[2];
    QJsonObject rewards, errors, parts;
    for (int m = 0; m < 2; ++m) {
        summaries[m] = core::RewardScoring::score(reward, samples[m]);
        if (summaries[m].tooManyErrors()) {
            *error = QObject::tr("eval tune: %1 of %2 samples failed; the first: %3")
                         .arg(summaries[m].errors).arg(summaries[m].samples).arg(summaries[m].firstError);
            return false;
        }
        rewards.insert(names[m], summaries[m].mean);
        errors.insert(names[m], summaries[m].errors);
    }
    for (auto it = summaries[0].parts.begin(); it != summaries[0].parts.end(); ++it)
        parts.insert(it.key(), QJsonObject{{"base", it.value()}, {"tuned", summaries[1].parts.value(it.key())}});
    table->insert("reward", rewards);
    table->insert("parts", parts);
    table->insert("errors", errors);
    return true;
}

// The mean per-point NLL of drawings under a model.
double meanRowNll(const core::ISketchModel &model, const std::vector<QList<core::Stroke5>> &drawings,
                  double cell = 0.0)
{
    double sum = 0;
    qsizetype rows = 0;
    for (const auto &d : drawings)
        for (double v : model.rowNll(d, cell)) {
            sum += v;
            ++rows;
        }
    return rows > 0 ? sum / double(rows) : std::nan("");
}

// Drawing models: no held-out data for Magenta's models, so instead of the
// data's NLL, "sample_nll": the base model's mean per-point NLL of its own
// drawings and of the tuned model's (how far the tuned drawings stray from
// what the base would draw); "kl": the sample estimate of KL(tuned ‖ base)
// per point, mean(NLL_base − NLL_tuned) over the tuned model's drawings
// (both densities at temperature 1; the drawings at 0.65). The same two at
// the data's resolution, "sample_nll_pixels" and "kl_pixels": each offset's
// probability of falling in its one-pixel cell (1 / the scale factor in the
// model's units), as the data's offsets are whole pixels. The density of a
// component far sharper than a pixel makes the first pair swing by nats per
// point for changes nobody could see; a cell's probability is at most about
// 1, so these stay positive and a relative bound on them means something.
int evalTuneSketch(const core::ISketchModel &base, const core::ISketchModel &tuned, core::RewardChoice &choice,
                   int samples, std::uint64_t seed, const QString &basePath, const QString &tunedPath)
{
    QString error;
    std::vector<QList<core::Stroke5>> drawings[2];
    std::vector<QJsonObject> scored[2];
    const core::ISketchModel *both[2] = {&base, &tuned};
    const char *names[2] = {"base", "tuned"};
    for (int m = 0; m < 2; ++m) {
        for (int i = 0; i < samples; ++i) {
            core::SketchSampleOptions o;
            o.seed = seed + std::uint64_t(i);
            const auto drawn = both[m]->continueSketch({}, 1, o);
            if (drawn && !drawn->isEmpty())
                drawings[m].push_back(drawn->first());
        }
        for (const auto &d : drawings[m])
            scored[m].push_back(core::RewardSample::sketch(d, {}));
        if (scored[m].empty())
            return fail(QObject::tr("eval tune: the %1 model drew nothing").arg(names[m]));
    }
    QJsonObject table{{"kind", "sketch"}, {"base", basePath}, {"tuned", tunedPath}, {"samples", samples},
                      {"seed", double(seed)}};
    if (!scoreBoth(choice.reward(), scored, &table, &error))
        return fail(error);
    const double tunedUnderBase = meanRowNll(base, drawings[1]);
    const double kl = tunedUnderBase - meanRowNll(tuned, drawings[1]);
    table.insert("sample_nll", QJsonObject{{"base", meanRowNll(base, drawings[0])}, {"tuned", tunedUnderBase}});
    table.insert("kl", std::isfinite(kl) ? QJsonValue(kl) : QJsonValue(QJsonValue::Null));
    if (base.scaleFactor() > 0) {
        const double pixel = 1.0 / base.scaleFactor();
        const double tunedPixels = meanRowNll(base, drawings[1], pixel);
        const double klPixels = tunedPixels - meanRowNll(tuned, drawings[1], pixel);
        table.insert("sample_nll_pixels",
                     QJsonObject{{"base", meanRowNll(base, drawings[0], pixel)}, {"tuned", tunedPixels}});
        table.insert("kl_pixels", std::isfinite(klPixels) ? QJsonValue(klPixels) : QJsonValue(QJsonValue::Null));
    }
    printJson(table);
    return 0;
}

int evalTune(Args args)
{
    args.flag("--json");   // JSON is the only output
    const auto baseSpec = args.option("--base");
    const auto tunedSpec = args.option("--tuned");
    const auto rewardPath = args.option("--reward");
    const auto ratingsPath = args.option("--ratings");
    const auto dataOpt = args.option("--data");
    double samples = 64, seed = 1, maxFiles = 0;
    QString error;
    if (!args.number("--samples", &samples, &error) || !args.number("--seed", &seed, &error)
        || !args.number("--max-files", &maxFiles, &error))
        return fail(error);
    if (!args.unknownOption().isEmpty() || !args.positional().isEmpty() || !baseSpec || baseSpec->isEmpty()
        || !tunedSpec || tunedSpec->isEmpty() || bool(rewardPath) == bool(ratingsPath)
        || (rewardPath && rewardPath->isEmpty()) || (ratingsPath && ratingsPath->isEmpty()) || samples < 1
        || samples > 10000 || seed < 0 || maxFiles < 0)
        return fail(QObject::tr("usage: atelier eval tune --base B --tuned T --reward R.js|--ratings LOG [--data D] "
                                "[--samples N] [--seed S] [--max-files N] --json"));
    QString sketchError;
    const MusicOrSketchModel baseModel = loadMusicOrSketchModel(*baseSpec, QStringLiteral("eval tune"), &error);
    if (!baseModel)
        return fail(error);
    const auto base = baseModel.music;
    if (!base) {
        const auto sketchBase = baseModel.sketch;
        const auto sketchTuned = models::loadSketchModel(*tunedSpec, &sketchError);
        if (!sketchTuned)
            return fail(QObject::tr("eval tune: %1").arg(sketchError));
        core::RewardChoice choice;
        if (rewardPath ? !choice.loadScript(*rewardPath, &error) : !choice.loadRatings(*ratingsPath, "sketch", &error))
            return fail(QObject::tr("eval tune: %1").arg(error));
        return evalTuneSketch(*sketchBase, *sketchTuned, choice, int(samples), std::uint64_t(seed),
                              QFileInfo(*baseSpec).absoluteFilePath(), QFileInfo(*tunedSpec).absoluteFilePath());
    }
    const auto tuned = loadMusicModelSpec(*tunedSpec, &error);
    if (!tuned)
        return fail(QObject::tr("eval tune: %1").arg(error));
    if (base->kind() != tuned->kind() || base->controlSize() != tuned->controlSize())
        return fail(QObject::tr("eval tune: %1 and %2 are not the same kind of model")
                        .arg(QFileInfo(resolveMusicModel(*baseSpec)).fileName(),
                             QFileInfo(resolveMusicModel(*tunedSpec)).fileName()));
    core::RewardChoice choice;
    if (rewardPath ? !choice.loadScript(*rewardPath, &error) : !choice.loadRatings(*ratingsPath, "music", &error))
        return fail(QObject::tr("eval tune: %1").arg(error));

    const bool melody = base->kind() == core::MusicModelKind::Melody;
    const QString kind = melody ? QStringLiteral("melody") : QStringLiteral("performance");
    const QString dir = dataOpt.value_or(defaultDataDir(kind));
    const auto pieces = heldOutPieces(melody, dir, int(samples), &error);
    if (pieces.empty())
        return fail(QObject::tr("eval tune: %1").arg(error));

    std::vector<QJsonObject> drawn[2];
    const std::shared_ptr<const core::IMusicModel> both[2] = {base, tuned};
    for (int m = 0; m < 2; ++m) {
        std::fprintf(stderr, "eval tune: sampling the %s model\n", m == 0 ? "base" : "tuned");
        drawn[m] = core::RewardScoring::musicSamples(*both[m], pieces, int(samples), std::uint64_t(seed), &error);
        if (drawn[m].empty())
            return fail(QObject::tr("eval tune: %1").arg(error));
    }
    QJsonObject out{{"kind", kind},
                    {"base", resolveMusicModel(*baseSpec)},
                    {"tuned", resolveMusicModel(*tunedSpec)},
                    {"samples", int(samples)},
                    {"seed", seed}};
    if (!scoreBoth(choice.reward(), drawn, &out, &error))
        return fail(error);

    std::fprintf(stderr, "eval tune: KL on the tuned model's samples\n");
    const auto episodes = core::MusicEpisode::build(*tuned, pieces, int(samples), &error);
    const auto kl = tunedKl(*tuned, *base, episodes, std::uint64_t(seed));

    out.insert("kl", kl ? QJsonValue(*kl) : QJsonValue(QJsonValue::Null));
    if (QDir(dir).exists()) {
        std::fprintf(stderr, "eval tune: held-out NLL of %s\n", qPrintable(dir));
        const auto corpus = loadMusicCorpus(kind, dir, int(maxFiles), &error);
        if (!corpus)
            return fail(QObject::tr("eval tune: %1").arg(error));
        const auto b = core::evaluateModel(*base, *corpus, true), t = core::evaluateModel(*tuned, *corpus, true);
        if (!b.error.isEmpty() || !t.error.isEmpty())
            return fail(QObject::tr("eval tune: %1").arg(b.error.isEmpty() ? t.error : b.error));
        out.insert("nll", QJsonObject{{"base", b.nll}, {"tuned", t.nll}, {"events", double(b.events)}});
        out.insert("data", QFileInfo(dir).absoluteFilePath());
    }
    printJson(out);
    return 0;
}

} // namespace

QList<CliCommand> tuneEvalCommands()
{
    return {
        {{"eval", "tune"},
         "eval tune --base B --tuned T --reward R.js|--ratings LOG [--data D] [--samples N] [--seed S] --json",
         &evalTune},
    };
}

} // namespace atelier::app
