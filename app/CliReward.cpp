// Reward scripts from the command line:
//   atelier score --model M --reward FILE.js [--samples N] [--seed S] [--data DIR] --json
// samples N outputs of the model (its kind from its file: a music model
// continues held-out primers of its kind's corpus for 4 bars, a drawing
// model draws from scratch) and prints {"mean", "stderr", "errors",
// "parts": {...}} (and what it scored: "model", "kind", "samples", "seed").
// The script runs in Atelier's helper process (RewardScript). A script that
// does not parse ends the command at once; when more than half the samples
// fail, the command ends with the first failure's message (exit 2).

#include "CliCommon.h"
#include "SketchModels.h"

#include "music/ContinuationEvaluation.h"
#include "music/IMusicModel.h"
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
    const auto dataOpt = args.option("--data");
    double samples = 32, seed = 1;
    QString error;
    if (!args.number("--samples", &samples, &error) || !args.number("--seed", &seed, &error))
        return fail(error);
    if (!args.unknownOption().isEmpty() || !args.positional().isEmpty() || !modelSpec || modelSpec->isEmpty()
        || !rewardPath || rewardPath->isEmpty() || samples < 1 || samples > 10000 || seed < 0)
        return fail(QObject::tr("usage: atelier score --model M --reward FILE.js [--samples N] [--seed S] "
                                "[--data DIR] --json"));

    // The script first: a script that does not parse costs no sampling.
    core::RewardScript script;
    if (!script.load(*rewardPath, &error))
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

    const core::RewardScoring::Summary s = core::RewardScoring::score(script, drawn);
    if (s.tooManyErrors())
        return fail(QObject::tr("score: %1 of %2 samples failed; the first: %3")
                        .arg(s.errors).arg(s.samples).arg(s.firstError));
    QJsonObject parts;
    for (auto it = s.parts.begin(); it != s.parts.end(); ++it)
        parts.insert(it.key(), it.value());
    printJson(QJsonObject{{"mean", s.mean},
                          {"stderr", s.stderror},
                          {"errors", s.errors},
                          {"parts", parts},
                          {"samples", s.samples},
                          {"kind", kind},
                          {"model", QFileInfo(*modelSpec).exists() ? QFileInfo(*modelSpec).absoluteFilePath()
                                                                   : resolveMusicModel(*modelSpec)},
                          {"reward", QFileInfo(*rewardPath).absoluteFilePath()},
                          {"seed", seed}});
    return 0;
}

} // namespace

QList<CliCommand> rewardCommands()
{
    return {
        {{"score"}, "score --model M --reward FILE.js [--samples N] [--seed S] [--data DIR] --json", &runScore},
    };
}

} // namespace atelier::app
