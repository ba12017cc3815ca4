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
#include "reward/RewardChoice.h"
#include "reward/RewardScoring.h"

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

    // The model's kind first (a ratings log is fitted for it), then the
    // reward: a script that does not parse, or ratings that cannot be read,
    // cost no sampling.
    const MusicOrSketchModel model = loadMusicOrSketchModel(*modelSpec, QStringLiteral("score"), &error);
    if (!model)
        return fail(error);
    const std::shared_ptr<const core::IMusicModel> music = model.music;
    const std::shared_ptr<const core::ISketchModel> sketch = model.sketch;
    core::RewardChoice choice;
    if (rewardPath ? !choice.loadScript(*rewardPath, &error)
                   : !choice.loadRatings(*ratingsPath, music ? QStringLiteral("music") : QStringLiteral("sketch"), &error))
        return fail(QObject::tr("score: %1").arg(error));

    std::vector<QJsonObject> drawn;
    QString kind = QStringLiteral("sketch");
    if (music) {
        const bool melody = music->kind() == core::MusicModelKind::Melody;
        kind = melody ? QStringLiteral("melody") : QStringLiteral("performance");
        const QString dir = dataOpt.value_or(defaultDataDir(kind));
        const auto pieces = heldOutPieces(melody, dir, int(samples), &error);
        if (pieces.empty())
            return fail(QObject::tr("score: %1").arg(error));
        drawn = core::RewardScoring::musicSamples(*music, pieces, int(samples), std::uint64_t(seed), &error);
    } else {
        drawn = core::RewardScoring::sketchSamples(*sketch, int(samples), std::uint64_t(seed), &error);
    }
    if (drawn.empty())
        return fail(QObject::tr("score: %1").arg(error));

    const core::RewardScoring::Summary s = core::RewardScoring::score(choice.reward(), drawn);
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
    if (ratingsPath) {
        QJsonObject ratings = choice.record();
        ratings.insert("log", ratings.take("ratings"));
        ratings.remove("model");
        out.insert("ratings", ratings);
    }
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
