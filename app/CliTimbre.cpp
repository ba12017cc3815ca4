// The timbre model on the command line:
//   atelier timbre data [--soundfonts A,B] [--programs LIST] [--pitches LIST] [--velocities LIST] [--cache DIR]
//   atelier train timbre [data options] [--out F.timbre.json] [--checkpoint-dir DIR] [--resume]
//       [--world-size N --rank R --master HOST:PORT]   (data-parallel, see DataParallel)
//                        [--minutes M | --steps N] [--batch B] [--threads T] [--seed S]
//                        [--init F.timbre.json] [--learning-rate LR] [--kl-weight W] [--z-noise S]
// They use the same core/models code as the morph panel.

#include "CliCommon.h"
#include "CliTimbre.h"

#include "timbre/TimbreDataset.h"
#include "timbre/TimbreTrainer.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QObject>
#include <atomic>
#include <csignal>
#include <cstdio>

namespace atelier::app {

namespace {

std::atomic<bool> g_stop{false};
extern "C" void onTimbreStopSignal(int) { g_stop.store(true); }

// "0-111", "0,40,73", "36-84/3"
bool parseList(const QString &text, std::vector<int> *out, QString *error)
{
    out->clear();
    for (const QString &part : text.split(',', Qt::SkipEmptyParts)) {
        QString range = part.trimmed();
        int step = 1;
        if (range.contains('/')) {
            bool ok = false;
            step = range.section('/', 1).toInt(&ok);
            if (!ok || step < 1) {
                *error = QObject::tr("malformed list \"%1\"").arg(text);
                return false;
            }
            range = range.section('/', 0, 0);
        }
        bool ok1 = false, ok2 = true;
        const int a = range.section('-', 0, 0).toInt(&ok1);
        const int b = range.contains('-') ? range.section('-', 1).toInt(&ok2) : a;
        if (!ok1 || !ok2 || a > b || a < 0 || b > 127) {
            *error = QObject::tr("malformed list \"%1\"").arg(text);
            return false;
        }
        for (int v = a; v <= b; v += step) out->push_back(v);
    }
    if (out->empty()) {
        *error = QObject::tr("empty list \"%1\"").arg(text);
        return false;
    }
    return true;
}

} // namespace

bool readDatasetOptions(Args &args, core::timbre::TimbreDatasetSpec *spec, QString *cacheDir, QString *error)
{
    if (auto v = args.option("--soundfonts")) spec->soundFonts = v->split(',', Qt::SkipEmptyParts);
    if (auto v = args.option("--programs"); v && !parseList(*v, &spec->programs, error)) return false;
    if (auto v = args.option("--pitches"); v && !parseList(*v, &spec->pitches, error)) return false;
    if (auto v = args.option("--velocities"); v && !parseList(*v, &spec->velocities, error)) return false;
    if (args.flag("--no-random-off")) spec->randomOffCopies = false;
    *cacheDir = args.option("--cache").value_or(core::timbre::TimbreDataset::defaultCacheDir());
    return true;
}

std::unique_ptr<core::timbre::TimbreDataset> buildDataset(const core::timbre::TimbreDatasetSpec &spec,
                                                          const QString &cacheDir, QString *error)
{
    QElapsedTimer timer;
    timer.start();
    auto data = core::timbre::TimbreDataset::build(spec, cacheDir, error, [&](int done, int total) {
        if (done % 8 == 0 || done == total)
            std::fprintf(stderr, "\rnotes: %d/%d programs rendered or read", done, total);
        return !g_stop.load();
    });
    std::fprintf(stderr, "\n");
    if (data)
        std::fprintf(stderr, "dataset: %zu notes, %zu instruments (%.1f s)\n", data->notes().size(),
                     data->instruments().size(), timer.elapsed() / 1000.0);
    return data;
}

namespace {

int timbreData(Args args)
{
    core::timbre::TimbreDatasetSpec spec;
    QString cache, error;
    if (!readDatasetOptions(args, &spec, &cache, &error)) return fail("timbre data: " + error);
    args.flag("--json");  // accepted as everywhere; the summary is JSON either way
    if (!args.unknownOption().isEmpty()) return fail(QObject::tr("timbre data: unknown option %1").arg(args.unknownOption()));
    std::signal(SIGINT, onTimbreStopSignal);
    auto data = buildDataset(spec, cache, &error);
    if (!data) return fail("timbre data: " + error);
    QJsonArray instruments;
    for (const auto &in : data->instruments()) instruments.append(in.name());
    printJson({{"notes", int(data->notes().size())},
               {"train_notes", int(data->trainNotes().size())},
               {"held_out_notes", int(data->heldOutNotes().size())},
               {"instruments", instruments},
               {"cache", cache}});
    return 0;
}

int trainTimbre(Args args)
{
    core::timbre::TimbreDatasetSpec spec;
    QString cache, error;
    if (!readDatasetOptions(args, &spec, &cache, &error)) return fail("train timbre: " + error);
    models::TimbreTrainingOptions options;
    const QString out = args.option("--out").value_or("timbre-ddsp.timbre.json");
    options.checkpointDir = args.option("--checkpoint-dir").value_or(QString());
    options.resume = args.flag("--resume");
    options.initFrom = args.option("--init").value_or(QString());
    const bool json = args.flag("--json");
    double steps = 0, minutes = 0, batch = 16, threads = 1, seed = 1, hidden = 256, z = 16, valid = 200;
    const std::pair<const char *, double *> numbers[] = {{"--steps", &steps},   {"--minutes", &minutes},
                                                         {"--batch", &batch},   {"--threads", &threads},
                                                         {"--seed", &seed},     {"--hidden", &hidden},
                                                         {"--z", &z},           {"--valid-every", &valid},
                                                         {"--learning-rate", &options.learningRate},
                                                         {"--kl-weight", &options.klWeight},
                                                         {"--z-noise", &options.zNoise}};
    for (const auto &[name, value] : numbers)
        if (!args.number(name, value, &error)) return fail(error);
    if (!readDistributedOptions(args, &options.distributed, &error))
        return fail(QObject::tr("train timbre: %1").arg(error));
    if (!args.unknownOption().isEmpty()) return fail(QObject::tr("train timbre: unknown option %1").arg(args.unknownOption()));
    if (batch < 1 || threads < 1 || hidden < 8 || z < 1 || steps < 0 || minutes < 0 || options.learningRate <= 0
        || options.klWeight < 0 || options.zNoise < 0)
        return fail(QObject::tr("train timbre: sizes must be positive"));
    if (steps <= 0 && minutes <= 0) steps = 1000;
    options.steps = int(steps);
    options.minutes = minutes;
    options.batchSize = int(batch);
    options.threads = int(threads);
    options.seed = std::uint64_t(seed);
    options.config.hidden = int(hidden);
    options.config.zSize = int(z);
    options.validEvery = int(valid);
    options.checkpointEvery = int(valid);
    options.name = QFileInfo(out).fileName().section('.', 0, 0);
    std::signal(SIGINT, onTimbreStopSignal);
    std::signal(SIGTERM, onTimbreStopSignal);
    std::shared_ptr<const core::timbre::TimbreDataset> data = buildDataset(spec, cache, &error);
    if (!data) return fail("train timbre: " + error);
    models::TimbreTrainer trainer(options, data);
    trainer.setCancelFlag(&g_stop);
    if (!trainer.prepare(&error)) return fail("train timbre: " + error);
    std::fprintf(stderr, "train timbre: %lld parameters%s\n", trainer.parameterCount(),
                 trainer.resumed() ? qPrintable(QObject::tr(", resumed at step %1").arg(trainer.step())) : "");
    trainer.setProgressCallback([](const models::TimbreTrainingProgress &p) {
        if (p.validation)
            std::fprintf(stderr, "step %6d  valid mss %.4f\n", p.step, p.validLoss);
        else
            std::fprintf(stderr, "step %6d  mss %.4f  kl %.2f  encoder %.3f  lr %.2e  %.2f steps/s  elapsed %.0f s  eta %.0f s\n",
                         p.step, p.loss, p.kl, p.encoderLoss, p.learningRate, p.stepsPerSecond, p.elapsedSeconds, p.etaSeconds);
        std::fflush(stderr);
    });
    if (!trainer.run(&error)) return fail("train timbre: " + error);
    if (!trainer.exportModel(out, &error)) return fail("train timbre: " + error);
    const double validLoss = trainer.validate();
    if (json)
        printJson({{"model", out},
                   {"steps", trainer.step()},
                   {"minutes", trainer.elapsedSeconds() / 60},
                   {"cancelled", trainer.cancelled()},
                   {"train_mss", trainer.lossHistory().empty() ? 0.0 : trainer.lossHistory().back()},
                   {"rank", options.distributed.rank},
                   {"world_size", options.distributed.worldSize},
                   {"valid_mss", validLoss}});
    else
        std::fprintf(stderr, "wrote %s (step %d, valid mss %.4f)\n", qPrintable(out), trainer.step(), validLoss);
    return 0;
}

} // namespace

QList<CliCommand> timbreCommands()
{
    return timbreEvalCommands() + QList<CliCommand>{
        {{"timbre", "data"}, "timbre data [--soundfonts A,B] [--programs 0-111] [--pitches 36-84/3] [--cache DIR]", timbreData},
        {{"train", "timbre"}, "train timbre [--out F.timbre.json] [--minutes M | --steps N] [--checkpoint-dir D] [--resume] [--init F] [--world-size N --rank R --master HOST:PORT] ...",
         trainTimbre},
    };
}

} // namespace atelier::app
