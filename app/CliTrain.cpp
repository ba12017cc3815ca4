// `atelier train sketch` and `atelier eval sketch`: training a Sketch-RNN VAE
// on an ndjson drawing file on the CPU (models/sketchrnn/train/SketchTrainer)
// and scoring a model file on a held-out split. Progress goes to stderr, the
// summary as JSON to stdout. Ctrl-C stops at the next step boundary, saves a
// checkpoint and still writes the model.

#include "CliCommon.h"
#include "music/TrainingJob.h"

#include "sketchrnn/train/SketchTrainer.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QObject>
#include <atomic>
#include <csignal>
#include <cstdio>

namespace atelier::app {

namespace {

std::atomic<bool> g_interrupted{false};

extern "C" void onInterrupt(int) { g_interrupted.store(true); }

QString formatDuration(double seconds)
{
    if (seconds < 0)
        return "?";
    const int s = int(seconds + 0.5);
    return QString("%1:%2:%3").arg(s / 3600).arg(s / 60 % 60, 2, 10, QChar('0')).arg(s % 60, 2, 10, QChar('0'));
}

// Every model has nll_per_row and the offset / pen parts; a VAE also its
// model.py reconstruction and KL losses.
QJsonObject evalJson(const models::SketchEvalResult &r)
{
    QJsonObject o{{"offset_loss", r.offset}, {"pen_loss", r.pen}, {"nll_per_row", r.nllPerRow},
                  {"drawings", r.drawings}, {"layout", r.vae ? "vae" : "decoder"}};
    if (r.vae) {
        o["recon_loss"] = r.recon;
        o["kl_loss"] = r.kl;
    }
    return o;
}

int trainSketch(Args args)
{
    if (const auto init = args.option("--init"))
        return personaliseSketch(*init, std::move(args));
    models::SketchTrainingOptions o;
    const bool json = args.flag("--json");
    o.resume = args.flag("--resume");
    const auto data = args.option("--data");
    const QString out = args.option("--out").value_or("sketch-vae.gen.json");
    o.checkpointDir = args.option("--checkpoint-dir").value_or(QString());
    o.name = args.option("--name").value_or(QString());
    double steps = 0, minutes = 0, batch = o.batchSize, hidden = o.vae.decoderSize, encoder = o.vae.encoderSize,
           zSize = o.vae.zSize, seed = double(o.seed), keep = o.vae.recurrentDropoutKeep,
           validEvery = o.validEvery, ckptEvery = o.checkpointEvery, maxDrawings = 0, logEvery = o.logEvery,
           maxLen = o.vae.maxSeqLen;
    QString error;
    const std::pair<const char *, double *> numbers[] = {
        {"--steps", &steps},          {"--minutes", &minutes},     {"--batch", &batch},
        {"--hidden", &hidden},        {"--encoder", &encoder},     {"--z", &zSize},
        {"--seed", &seed},            {"--dropout-keep", &keep},   {"--valid-every", &validEvery},
        {"--checkpoint-every", &ckptEvery}, {"--max-drawings", &maxDrawings}, {"--log-every", &logEvery},
        {"--max-seq-len", &maxLen}};
    for (const auto &[name, value] : numbers)
        if (!args.number(name, value, &error))
            return fail(error);
    if (!readDistributedOptions(args, &o.distributed, &error))
        return fail(QObject::tr("train sketch: %1").arg(error));
    if (!args.unknownOption().isEmpty())
        return fail(QObject::tr("train sketch: unknown option %1").arg(args.unknownOption()));
    if (!data || data->isEmpty() || !args.positional().isEmpty())
        return fail(QObject::tr("usage: atelier train sketch --data FILE.ndjson [--out MODEL.gen.json] "
                                "[--checkpoint-dir DIR] [--resume] [--steps N | --minutes M] [--batch B] "
                                "[--hidden H] [--seed S] [--world-size N --rank R --master HOST:PORT "
                                "[--timeout S] [--bind ADDR]] [--json]"));
    if (steps <= 0 && minutes <= 0)
        steps = 1000;
    if (batch < 1 || hidden < 8 || encoder < 8 || zSize < 1 || keep <= 0 || keep > 1)
        return fail(QObject::tr("train sketch: sizes must be positive and --dropout-keep in (0, 1]"));
    o.dataPath = *data;
    o.steps = int(steps);
    o.minutes = minutes;
    o.batchSize = int(batch);
    o.vae.decoderSize = int(hidden);
    o.vae.encoderSize = int(encoder);
    o.vae.zSize = int(zSize);
    o.vae.recurrentDropoutKeep = keep;
    o.vae.maxSeqLen = int(maxLen);
    o.seed = std::uint64_t(seed);
    o.validEvery = int(validEvery);
    o.checkpointEvery = int(ckptEvery);
    o.maxTrainDrawings = int(maxDrawings);
    o.logEvery = int(logEvery);

    models::SketchTrainer trainer(o);
    if (!trainer.prepare(&error))
        return fail(error);
    const models::SketchVaeConfig &c = trainer.config();
    std::fprintf(stderr,
                 "train sketch: %zu train / %zu valid / %zu test drawings (%d longer than %d dropped), "
                 "scale factor %.4f, max_seq_len %d; encoder %d×2, decoder %d, z %d, batch %d%s\n",
                 trainer.dataset().split("train").size(), trainer.dataset().split("valid").size(),
                 trainer.dataset().split("test").size(), trainer.dataset().droppedTooLong(), o.vae.maxSeqLen,
                 c.scaleFactor, c.maxSeqLen, c.encoderSize, c.decoderSize, c.zSize, o.batchSize,
                 trainer.resumed() ? qPrintable(QString(", resumed at step %1").arg(trainer.step())) : "");
    trainer.setProgressCallback([](const models::SketchTrainingProgress &p) {
        std::fprintf(stderr,
                     "step %6d  loss %.4f  recon %.4f (offset %.4f pen %.4f)  kl %.4f ×%.3f  lr %.2e  "
                     "%.2f steps/s  elapsed %s  eta %s\n",
                     p.step, p.loss, p.recon, p.offset, p.pen, p.kl, p.klWeight, p.learningRate, p.stepsPerSecond,
                     qPrintable(formatDuration(p.elapsedSeconds)), qPrintable(formatDuration(p.etaSeconds)));
        if (p.validation)
            std::fprintf(stderr, "step %6d  valid recon %.4f  kl %.4f\n", p.step, p.validRecon, p.validKl);
        std::fflush(stderr);
    });
    g_interrupted = false;
    trainer.setCancelFlag(&g_interrupted);
    auto previous = std::signal(SIGINT, onInterrupt);
    auto previousTerm = std::signal(SIGTERM, onInterrupt);
    const bool ok = trainer.run(&error);
    std::signal(SIGINT, previous);
    std::signal(SIGTERM, previousTerm);
    if (!ok)
        return fail(error);
    if (!trainer.exportModel(out, &error))
        return fail(error);
    std::fprintf(stderr, "train sketch: evaluating on the valid and test splits\n");
    const models::SketchEvalResult valid = trainer.evaluate("valid");
    const models::SketchEvalResult test = trainer.evaluate("test");
    QJsonObject summary{{"steps", trainer.step()},
                        {"minutes", trainer.elapsedSeconds() / 60.0},
                        {"train_loss", trainer.recentTrainLoss()},
                        {"train_recon_loss", trainer.recentTrainRecon()},
                        {"valid", evalJson(valid)},
                        {"test", evalJson(test)},
                        {"valid_recon_loss", valid.recon},
                        {"test_recon_loss", test.recon},
                        {"cancelled", trainer.cancelled()},
                        {"config", c.toJson()},
                        {"batch", o.batchSize},
                        {"rank", o.distributed.rank},
                        {"world_size", o.distributed.worldSize},
                        {"output", QFileInfo(out).absoluteFilePath()}};
    if (json) {
        printJson(summary);
    } else {
        std::fprintf(stdout, "%d steps in %.1f min; valid recon %.4f, test recon %.4f; wrote %s\n", trainer.step(),
                     trainer.elapsedSeconds() / 60.0, valid.recon, test.recon, qPrintable(out));
    }
    return 0;
}

int evalSketch(Args args)
{
    const bool json = args.flag("--json");
    const auto model = args.option("--model");
    const auto data = args.option("--data");
    const QString split = args.option("--split").value_or("test");
    const auto base = args.option("--base");
    if (!args.unknownOption().isEmpty())
        return fail(QObject::tr("eval sketch: unknown option %1").arg(args.unknownOption()));
    if (!model || !data || model->isEmpty() || data->isEmpty() || !args.positional().isEmpty() || (base && base->isEmpty()))
        return fail(QObject::tr("usage: atelier eval sketch --model FILE --data FILE.ndjson [--split test|valid|train|held-out] "
                                "[--base MODEL] [--json]"));
    QString error;
    const auto r = models::SketchTrainer::evaluateFile(*model, *data, split, &error);
    if (!r)
        return fail(error);
    QJsonObject o = evalJson(*r);
    o["model"] = QFileInfo(*model).absoluteFilePath();
    o["split"] = split;
    std::optional<models::SketchEvalResult> b;
    if (base) {  // the model it was made from, on the same drawings: how much better or worse
        b = models::SketchTrainer::evaluateFile(*base, *data, split, &error);
        if (!b)
            return fail(error);
        o["base"] = QFileInfo(*base).absoluteFilePath();
        o["base_nll_per_row"] = b->nllPerRow;
        o["nll_change"] = core::relativeChange(r->nllPerRow, b->nllPerRow);
    }
    if (json)
        printJson(o);
    else
        std::fprintf(stdout, "%s on %s (%d drawings): NLL %.4f per row (offset %.4f, pen %.4f)%s\n",
                     qPrintable(QFileInfo(*model).fileName()), qPrintable(split), r->drawings, r->nllPerRow,
                     r->offset, r->pen,
                     b ? qPrintable(QObject::tr("; base %1, %2 %").arg(b->nllPerRow, 0, 'f', 4)
                                        .arg(100 * core::relativeChange(r->nllPerRow, b->nllPerRow), 0, 'f', 1))
                       : "");
    return 0;
}

} // namespace

QList<CliCommand> trainCommands()
{
    return {
        {{"train", "sketch"},
         "train sketch --data FILE.ndjson [--out MODEL.gen.json] [--checkpoint-dir DIR] [--resume] "
         "[--steps N | --minutes M] [--batch B] [--hidden H] [--encoder E] [--z Z] [--seed S] "
         "[--world-size N --rank R --master HOST:PORT] [--json]\n"
         "        or --init MODEL --data MINE.ndjson [--reference DATA.ndjson] [--minutes 2]: make a model yours",
         trainSketch},
        {{"eval", "sketch"}, "eval sketch --model FILE --data FILE.ndjson [--split test|held-out] [--base MODEL] [--json]",
         evalSketch},
    };
}

} // namespace atelier::app
