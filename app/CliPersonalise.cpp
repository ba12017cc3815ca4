// `atelier train sketch --init MODEL --data MINE.ndjson`: a drawing model made
// the user's own from a few of their drawings (SketchPersonaliser). Progress
// on stderr, the figures as JSON on stdout: the held-out NLL of the user's
// drawings before and after, and with --reference the NLL on the test split
// of the data the base model learned from (how much it forgot).

#include "CliCommon.h"
#include "music/TrainingJob.h"

#include "sketchrnn/train/SketchPersonaliser.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QObject>
#include <atomic>
#include <cmath>
#include <csignal>
#include <cstdio>

namespace atelier::app {

namespace {

std::atomic<bool> g_stopPersonalising{false};
extern "C" void onPersonaliseSignal(int) { g_stopPersonalising.store(true); }

} // namespace

int personaliseSketch(const QString &init, Args args)
{
    const bool json = args.flag("--json");
    models::SketchPersonalOptions o;
    o.basePath = init;
    o.dataPath = args.option("--data").value_or(QString());
    o.referencePath = args.option("--reference").value_or(QString());
    o.name = args.option("--name").value_or(QString());
    QString out = args.option("--out").value_or(QString());
    double steps = 0, minutes = 0, batch = o.batchSize, lr = o.learningRate, anchor = o.anchor, seed = double(o.seed),
           randomScale = o.randomScale, rehearsal = o.rehearsal;
    QString error;
    const std::pair<const char *, double *> numbers[] = {{"--steps", &steps}, {"--minutes", &minutes},
                                                         {"--batch", &batch}, {"--lr", &lr},
                                                         {"--anchor", &anchor}, {"--seed", &seed},
                                                         {"--random-scale", &randomScale},
                                                         {"--rehearsal", &rehearsal}};
    for (const auto &[name, value] : numbers)
        if (!args.number(name, value, &error))
            return fail(error);
    if (!args.unknownOption().isEmpty())
        return fail(QObject::tr("train sketch --init: unknown option %1 (personalising runs in one process with the "
                                "base model's sizes)").arg(args.unknownOption()));
    if (init.isEmpty() || o.dataPath.isEmpty() || !args.positional().isEmpty())
        return fail(QObject::tr("usage: atelier train sketch --init MODEL.gen.json --data MINE.ndjson "
                                "[--out MODEL.gen.json] [--reference DATA.ndjson] [--minutes M (2) | --steps N] "
                                "[--batch B] [--lr R] [--rehearsal R (1)] [--anchor A] [--random-scale S] [--seed S] [--json]"));
    if (batch < 1 || lr < 0 || anchor < 0 || steps < 0 || minutes < 0 || randomScale < 0 || randomScale >= 1
        || rehearsal < 0)
        return fail(QObject::tr("train sketch --init: --batch must be positive, --lr, --anchor, --steps, --minutes "
                                "and --rehearsal not negative, --random-scale in [0, 1)"));
    o.steps = int(steps);
    o.minutes = steps > 0 && minutes <= 0 ? 0 : (minutes > 0 ? minutes : 2.0);
    o.batchSize = int(batch);
    o.learningRate = lr;
    o.anchor = anchor;
    o.randomScale = randomScale;
    o.rehearsal = rehearsal;
    o.seed = std::uint64_t(seed);
    if (out.isEmpty())
        out = QFileInfo(init).fileName().section('.', 0, 0) + QStringLiteral("-mine.gen.json");

    models::SketchPersonaliser personaliser(o);
    if (!personaliser.prepare(&error))
        return fail(QObject::tr("train sketch: %1").arg(error));
    std::fprintf(stderr,
                 "train sketch: personalising %s (%s) on %d drawings, holding out %d (%d too short, skipped); "
                 "held-out NLL %.4f per row before\n",
                 qPrintable(QFileInfo(init).fileName()), personaliser.vae() ? "VAE" : "decoder-only",
                 personaliser.trainCount(), personaliser.heldOutCount(), personaliser.skippedShort(),
                 personaliser.baseHeldOutNll());
    personaliser.setProgressCallback([](const models::SketchPersonalProgress &p) {
        if (p.validation)
            std::fprintf(stderr, "step %5d  held-out nll %.4f\n", p.step, p.heldOutNll);
        else
            std::fprintf(stderr, "step %5d  loss %.4f  %.2f steps/s  elapsed %.0f s\n", p.step, p.loss,
                         p.stepsPerSecond, p.elapsedSeconds);
        std::fflush(stderr);
    });
    g_stopPersonalising = false;
    personaliser.setCancelFlag(&g_stopPersonalising);
    auto previous = std::signal(SIGINT, onPersonaliseSignal);
    auto previousTerm = std::signal(SIGTERM, onPersonaliseSignal);
    const bool ok = personaliser.run(&error);
    std::signal(SIGINT, previous);
    std::signal(SIGTERM, previousTerm);
    if (!ok)
        return fail(QObject::tr("train sketch: %1").arg(error));
    if (personaliser.step() == 0)
        return fail(QObject::tr("train sketch: stopped before the first training step; nothing was saved"));
    if (!personaliser.exportModel(out, &error))
        return fail(QObject::tr("train sketch: %1").arg(error));
    const double base = personaliser.baseHeldOutNll(), now = personaliser.heldOutNll();
    QJsonObject summary{
        {"model", QFileInfo(init).absoluteFilePath()},
        {"layout", personaliser.vae() ? "vae" : "decoder"},
        {"output", QFileInfo(out).absoluteFilePath()},
        {"steps", personaliser.step()},
        {"minutes", personaliser.elapsedSeconds() / 60.0},
        {"cancelled", personaliser.cancelled()},
        {"examples", QJsonObject{{"train", personaliser.trainCount()},
                                 {"held_out", personaliser.heldOutCount()},
                                 {"skipped_short", personaliser.skippedShort()}}},
        {"held_out", QJsonObject{{"base_nll_per_row", base}, {"nll_per_row", now}, {"gain", -core::relativeChange(now, base)}}},
    };
    if (!o.referencePath.isEmpty()) {
        const double refBase = personaliser.baseReferenceNll(), ref = personaliser.referenceNll();
        summary["reference"] = QJsonObject{{"data", QFileInfo(o.referencePath).absoluteFilePath()},
                                           {"drawings", personaliser.referenceCount()},
                                           {"base_nll_per_row", refBase},
                                           {"nll_per_row", ref},
                                           {"forgetting", core::relativeChange(ref, refBase)}};
    }
    if (json)
        printJson(summary);
    else
        std::printf("%s: held-out NLL per row %.4f -> %.4f (%.1f %% lower) after %d steps\n", qPrintable(out), base,
                    now, -100 * core::relativeChange(now, base), personaliser.step());
    return 0;
}

} // namespace atelier::app
