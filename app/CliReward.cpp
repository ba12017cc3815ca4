// Reward scripts from the command line:
//   atelier score --model M --reward FILE.js|--ratings LOG [--samples N] [--seed S] [--data DIR] --json
// samples N outputs of the model (its kind from its file: a music model
// continues held-out primers of its kind's corpus for 4 bars, a drawing
// model draws from scratch) and prints {"mean", "stderr", "errors",
// "parts": {...}} (and what it scored: "model", "kind", "samples", "seed").
// With --ratings, a preference model fitted on that ratings log (of the
// model's kind) is the reward, and "ratings" says how well it fits.
// The script runs in Atelier's helper process (RewardScript). A script that
// does not parse ends the command at once; when more than half the samples
// fail, the command ends with the first failure's message (exit 2).

#include "CliCommon.h"
#include "SketchModels.h"

#include "music/ContinuationEvaluation.h"
#include "music/IMusicModel.h"
#include "reward/PreferenceModel.h"
#include "reward/RewardScoring.h"
#include "reward/RewardScript.h"

#include <QFileInfo>
#include <QObject>

namespace atelier::app {

namespace {

int runScore(Args args)
{
    args.flag("--json");   // JSON is the only output
    const auto modelSpec = args.option("--model");
    const auto rewardPath = args.option("--reward");
    const auto ratingsPath = args.option("--ratings");
    const auto dataOpt = args.option("--data");
    double samples = 32, seed = 1;
    QString error;
    if (!args.number("--samples", &samples, &error) || !args.number("--seed", &seed, &error))
        return fail(error);
    if (!args.unknownOption().isEmpty() || !args.positional().isEmpty() || !modelSpec || modelSpec->isEmpty()
        || bool(rewardPath) == bool(ratingsPath) || (rewardPath && rewardPath->isEmpty())
        || (ratingsPath && ratingsPath->isEmpty()) || samples < 1 || samples > 10000 || seed < 0)
        return fail(QObject::tr("usage: atelier score --model M --reward FILE.js|--ratings LOG [--samples N] [--seed S] "
                                "[--data DIR] --json"));

    // The reward first: a script that does not parse, or ratings that cannot be read, cost no sampling.
    core::RewardScript script;
    std::optional<std::vector<core::PreferenceLog::Entry>> ratings;
    if (rewardPath && !script.load(*rewardPath, &error))
        return fail(QObject::tr("score: %1").arg(error));
    if (ratingsPath && !(ratings = core::PreferenceLog::read(*ratingsPath, &error)))
        return fail(QObject::tr("score: %1").arg(error));

    std::vector<QJsonObject> drawn;
    QString kind;
    QString musicError;
    if (const auto music = loadMusicModelSpec(*modelSpec, &musicError)) {
        const bool melody = music->kind() == core::MusicModelKind::Melody;
        kind = melody ? QStringLiteral("melody") : QStringLiteral("performance");
        const QString dir = dataOpt.value_or(defaultDataDir(kind));
        const auto pieces = heldOutPieces(melody, dir, int(samples), &error);
        if (pieces.empty())
            return fail(QObject::tr("score: %1").arg(error));
        drawn = core::RewardScoring::musicSamples(*music, pieces, int(samples), std::uint64_t(seed), &error);
    } else {
        QString sketchError;
        const auto sketch = models::loadSketchModel(*modelSpec, &sketchError);
        if (!sketch)
            return fail(QObject::tr("score: %1 is neither a music model (%2) nor a drawing model (%3)")
                            .arg(*modelSpec, musicError, sketchError));
        kind = QStringLiteral("sketch");
        drawn = core::RewardScoring::sketchSamples(*sketch, int(samples), std::uint64_t(seed), &error);
    }
    if (drawn.empty())
        return fail(QObject::tr("score: %1").arg(error));

    std::optional<core::PreferenceModel> preferences;
    core::PreferenceModel::Report fit;
    if (ratings) {
        preferences = core::PreferenceModel::fit(*ratings, kind == QLatin1String("sketch") ? QStringLiteral("sketch")
                                                                                            : QStringLiteral("music"),
                                                 &error, &fit);
        if (!preferences)
            return fail(QObject::tr("score: %1").arg(error));
    }
    core::IReward &reward = preferences ? static_cast<core::IReward &>(*preferences) : script;
    const core::RewardScoring::Summary s = core::RewardScoring::score(reward, drawn);
    if (s.tooManyErrors())
        return fail(QObject::tr("score: %1 of %2 samples failed; the first: %3")
                        .arg(s.errors).arg(s.samples).arg(s.firstError));
    QJsonObject parts;
    for (auto it = s.parts.begin(); it != s.parts.end(); ++it)
        parts.insert(it.key(), it.value());
    QJsonObject out{{"mean", s.mean},
                          {"stderr", s.stderror},
                          {"errors", s.errors},
                          {"parts", parts},
                          {"samples", s.samples},
                          {"kind", kind},
                          {"model", QFileInfo(*modelSpec).exists() ? QFileInfo(*modelSpec).absoluteFilePath()
                                                                   : resolveMusicModel(*modelSpec)},
                          {"seed", seed}};
    if (rewardPath)
        out.insert("reward", QFileInfo(*rewardPath).absoluteFilePath());
    if (preferences)
        out.insert("ratings", QJsonObject{{"log", QFileInfo(*ratingsPath).absoluteFilePath()},
                                          {"pairs", fit.pairs},
                                          {"held_out_pairs", fit.heldOutPairs},
                                          {"train_accuracy", fit.trainAccuracy},
                                          {"held_out_accuracy", fit.heldOutAccuracy ? QJsonValue(*fit.heldOutAccuracy)
                                                                                    : QJsonValue(QJsonValue::Null)}});
    printJson(out);
    return 0;
}

} // namespace

QList<CliCommand> rewardCommands()
{
    return {
        {{"score"}, "score --model M --reward FILE.js|--ratings LOG [--samples N] [--seed S] [--data DIR] --json",
         &runScore},
    };
}

} // namespace atelier::app
