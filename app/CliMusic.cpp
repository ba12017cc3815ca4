// The music models on the command line:
//   atelier train melody|performance --data DIR ...   (LibTorch trainer, progress on stderr)
//   atelier eval melody|performance --data DIR [--model F] --json
//   atelier bench music [--melody F] [--performance F] --json
//   atelier continue IN.mid -o OUT.mid --model melody|performance|FILE ...
// They run the same core/models code as the piano roll's Continue panel and
// the training dialog.

#include "CliCommon.h"
#include "TrainingJobs.h"

#include "MusicModels.h"
#include "document/BarGrid.h"
#include "document/TempoMap.h"
#include "midi/SmfWriter.h"
#include "midi/SongConverter.h"
#include "music/MusicContinuation.h"
#include "music/MusicEncoding.h"
#include "music/MusicEvaluation.h"
#include "music/MusicGenerator.h"
#include "music/NgramBaseline.h"
#include "music/ChordRecognizer.h"
#include "music/ContinuationEvaluation.h"
#include "music/HarmonyEvaluation.h"
#include "project/DataPaths.h"
#include "project/SongFiles.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QObject>
#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <random>

namespace atelier::app {

namespace {

std::atomic<bool> g_stop{false};
extern "C" void onStopSignal(int) { g_stop.store(true); }

// The names of our bundled models: "melody", "chord-melody" (melody over chords), "performance".
bool validKind(const QString &kind)
{
    return kind == QLatin1String("melody") || kind == QLatin1String("chord-melody") || kind == QLatin1String("performance");
}

} // namespace

QString defaultDataDir(const QString &kind)
{
    return QDir::cleanPath(core::DataPaths::dataDir() + "/data/midi/"
                           + (kind == QLatin1String("melody")         ? "nottingham/melody"
                              : kind == QLatin1String("chord-melody") ? "nottingham/melody_chords"
                                                                      : "asap-maestro-subset"));
}

namespace {

QString formatDuration(double seconds)
{
    if (seconds < 0)
        return "?";
    const int s = int(seconds + 0.5);
    return QString("%1:%2:%3").arg(s / 3600).arg(s / 60 % 60, 2, 10, QChar('0')).arg(s % 60, 2, 10, QChar('0'));
}

int trainMusic(const QString &kind, Args args)
{
    const QString usage = QObject::tr(
        "usage: atelier train melody [--chords]|performance --data DIR [--out MODEL.music.json] [--checkpoint-dir DIR] "
        "[--resume] [--steps N | --minutes M] [--transformer [--heads N]] [--hidden H] [--layers L] [--batch B] "
        "[--window W] [--dropout P] [--threads T] [--seed S] [--max-files N] [--world-size N --rank R "
        "--master HOST:PORT [--timeout S] [--bind ADDR]] [--data-shards N] [--json]\n"
        "   or: atelier train melody|performance --init MODEL.music.json --data MY-MIDI-DIR [--reference DIR] "
        "[--minutes M (2)] [--lr R] [--rehearsal R (1)] [--anchor A] [--out MODEL.music.json] [--json]");
    core::TrainingSpec spec;
    const bool json = args.flag("--json");
    const bool chords = kind == QLatin1String("melody") && args.flag("--chords");
    if (args.flag("--transformer"))
        spec.architecture = QStringLiteral("transformer");
    spec.resume = args.flag("--resume");
    spec.dataPath = args.option("--data").value_or(QString());
    spec.checkpointDir = args.option("--checkpoint-dir").value_or(QString());
    spec.initFrom = args.option("--init").value_or(QString());
    spec.referencePath = args.option("--reference").value_or(QString());
    double steps = 0, minutes = 0, hidden = 0, layers = 0, batch = 0, window = 0, threads = 1, seed = 1, maxFiles = 0,
           heads = 0, dropout = -1, lr = 0, anchor = 0, rehearsal = 1;
    QString error;
    const std::pair<const char *, double *> numbers[] = {
        {"--steps", &steps},   {"--minutes", &minutes}, {"--hidden", &hidden},   {"--layers", &layers},
        {"--batch", &batch},   {"--window", &window},   {"--threads", &threads}, {"--seed", &seed},
        {"--max-files", &maxFiles}, {"--heads", &heads}, {"--dropout", &dropout}, {"--lr", &lr},
        {"--anchor", &anchor}, {"--rehearsal", &rehearsal}};
    spec.outPath = args.option("--out").value_or(QString());
    for (const auto &[name, value] : numbers)
        if (!args.number(name, value, &error))
            return fail(error);
    if (!readDistributedOptions(args, &spec, &error))
        return fail(QObject::tr("train %1: %2").arg(kind, error));
    if (!args.unknownOption().isEmpty())
        return fail(QObject::tr("train: unknown option %1").arg(args.unknownOption()));
    if (!args.positional().isEmpty())
        return fail(usage);
    spec.kind = chords ? QStringLiteral("chord-melody") : kind;
    const bool personalising = !spec.initFrom.isEmpty();
    if (personalising && (spec.dataPath.isEmpty() || spec.worldSize > 1))
        return fail(QObject::tr("train %1 --init: give the folder of your own MIDI files with --data; personalising "
                                "runs in one process").arg(spec.kind));
    if (!personalising && (!spec.referencePath.isEmpty() || anchor != 0))
        return fail(QObject::tr("train %1: --reference and --anchor go with --init MODEL").arg(spec.kind));
    if (spec.dataPath.isEmpty())
        spec.dataPath = defaultDataDir(spec.kind);
    if (spec.outPath.isEmpty())
        spec.outPath = personalising ? QFileInfo(spec.initFrom).fileName().section('.', 0, 0) + "-mine.music.json"
                                     : spec.kind + (spec.architecture == QLatin1String("transformer")
                                                        ? "-transformer.music.json" : "-lstm.music.json");
    if (steps <= 0 && minutes <= 0 && personalising)
        minutes = 2;
    else if (steps <= 0 && minutes <= 0)
        steps = 1000;
    if (lr < 0 || anchor < 0 || rehearsal < 0)
        return fail(QObject::tr("train %1: --lr, --anchor and --rehearsal must not be negative").arg(spec.kind));
    spec.learningRate = lr;
    spec.anchor = anchor;
    spec.rehearsal = rehearsal;
    if (hidden < 0 || layers < 0 || batch < 0 || window < 0 || threads < 1 || maxFiles < 0 || heads < 0)
        return fail(QObject::tr("train %1: sizes must be positive").arg(spec.kind));
    if (dropout >= 1)
        return fail(QObject::tr("train %1: --dropout must be below 1").arg(spec.kind));
    spec.dropout = dropout;
    spec.steps = int(steps);
    spec.minutes = minutes;
    spec.hidden = int(hidden);
    spec.layers = int(layers);
    spec.batch = int(batch);
    spec.window = int(window);
    spec.heads = int(heads);
    spec.threads = int(threads);
    spec.seed = std::uint64_t(seed);
    spec.maxFiles = int(maxFiles);

    std::signal(SIGINT, onStopSignal);
    std::signal(SIGTERM, onStopSignal);
    std::unique_ptr<core::ITrainingJob> job = trainingJobFactory()(spec, &g_stop, &error);
    if (!job)
        return fail(QObject::tr("train %1: %2").arg(spec.kind, error));
    std::fprintf(stderr, "train %s: %s%s\n", qPrintable(spec.kind), qPrintable(job->describe()),
                 job->step() > 0 ? qPrintable(QObject::tr(", resumed at step %1").arg(job->step())) : "");
    const int firstStep = job->step();
    // Personalising: the base model's figures, before the first step.
    double baseHeldOut = 0, baseReference = 0;
    if (personalising) {
        std::fprintf(stderr, "train %s: scoring the base model\n", qPrintable(spec.kind));
        baseHeldOut = job->evaluate(true);
        baseReference = job->referenceLoss();
    }
    QElapsedTimer runTime;
    runTime.start();
    const bool ok = job->run(&g_stop, [](const core::TrainingReport &r) {
        if (r.validation)
            std::fprintf(stderr, "step %6d  valid nll %.4f\n", r.step, r.validLoss);
        else
            std::fprintf(stderr, "step %6d  loss %.4f  lr %.2e  %.2f steps/s  %.0f events/s  elapsed %s  eta %s\n",
                         r.step, r.loss, r.learningRate, r.stepsPerSecond, r.eventsPerSecond,
                         qPrintable(formatDuration(r.elapsedSeconds)), qPrintable(formatDuration(r.etaSeconds)));
        std::fflush(stderr);
    }, &error);
    const double runSeconds = runTime.nsecsElapsed() / 1e9;
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    if (!ok)
        return fail(QObject::tr("train %1: %2").arg(spec.kind, error));
    if (!job->exportModel(spec.outPath, &error))
        return fail(QObject::tr("train %1: %2").arg(spec.kind, error));
    std::fprintf(stderr, "train %s: evaluating on the valid and test splits\n", qPrintable(spec.kind));
    const double valid = job->evaluate(false), test = job->evaluate(true);
    QJsonObject out{{"kind", spec.kind},
                    {"output", QFileInfo(spec.outPath).absoluteFilePath()},
                    {"steps", job->step()},
                    {"cancelled", g_stop.load()},
                    {"valid_nll", valid},
                    {"test_nll", test},
                    {"rank", spec.rank},
                    {"world_size", spec.worldSize},
                    {"batch_per_rank", job->batchSize()},
                    {"run_seconds", runSeconds},
                    {"steps_per_s", runSeconds > 0 ? (job->step() - firstStep) / runSeconds : 0.0},
                    {"allreduce_seconds", job->allreduceSeconds()}};
    if (personalising) {
        out["model"] = QFileInfo(spec.initFrom).absoluteFilePath();
        out["held_out"] = QJsonObject{{"base_nll", baseHeldOut}, {"nll", test},
                                      {"gain", -core::relativeChange(test, baseHeldOut)}};
        if (!spec.referencePath.isEmpty()) {
            const double reference = job->referenceLoss();
            out["reference"] = QJsonObject{{"data", QFileInfo(spec.referencePath).absoluteFilePath()},
                                           {"base_nll", baseReference}, {"nll", reference},
                                           {"forgetting", core::relativeChange(reference, baseReference)}};
        }
    }
    if (json)
        printJson(out);
    else
        std::printf("%s: %d steps, held-out NLL %.4f (valid) %.4f (test) nats per event\n",
                    qPrintable(spec.outPath), job->step(), valid, test);
    return 0;
}

int evalMusic(const QString &kind, Args args)
{
    args.flag("--json");  // JSON is the only output
    if (kind == QLatin1String("melody") && args.flag("--chords"))
        return evalChordMelody(std::move(args));
    const QString data = args.option("--data").value_or(QString());
    const QString split = args.option("--split").value_or("test");
    double maxFiles = 0;
    QString error;
    const auto modelOpt = args.option("--model");
    if (!args.number("--max-files", &maxFiles, &error))
        return fail(error);
    if (!args.unknownOption().isEmpty())
        return fail(QObject::tr("eval: unknown option %1").arg(args.unknownOption()));
    if (!args.positional().isEmpty() || (split != "test" && split != "valid"))
        return fail(QObject::tr("usage: atelier eval melody|performance [--data DIR] [--model FILE] "
                                "[--split test|valid] --json"));
    auto model = loadMusicModelSpec(modelOpt.value_or(kind), &error);
    if (!model)
        return fail(QObject::tr("eval %1: %2").arg(kind, error));
    if ((model->kind() == core::MusicModelKind::Melody) != (kind == "melody"))
        return fail(QObject::tr("eval %1: the model is a %2 model").arg(kind, kind == "melody" ? "performance" : "melody"));
    auto corpus = loadMusicCorpus(kind, data.isEmpty() ? defaultDataDir(kind) : data, int(maxFiles), &error);
    if (!corpus)
        return fail(QObject::tr("eval %1: %2").arg(kind, error));
    const bool test = split == "test";
    const core::NgramBaseline ngram = core::NgramBaseline::fit(*corpus);
    const auto baseline = ngram.nll(*corpus, test);
    const auto result = core::evaluateModel(*model, *corpus, test);
    QJsonObject out{{"kind", kind},
                    {"model_file", resolveMusicModel(modelOpt.value_or(kind))},
                    {"split", split},
                    {"sequences", corpus->sequenceCount(test)},
                    {"events", double(result.events)},
                    {"nll", QJsonObject{{"model", result.nll},
                                        {"unigram", baseline.unigramNll},
                                        {"bigram", baseline.bigramNll}}}};
    if (result.events != baseline.events)
        return fail(QObject::tr("eval %1: the model scored %2 events and the baselines %3")
                        .arg(kind).arg(result.events).arg(baseline.events));
    printJson(out);
    return 0;
}

// Events per second of one model at a batch size, single thread: the
// model's own step() on random tokens (the sampler's work is not included).
double eventsPerSecond(const core::IMusicModel &model, int batch, int steps)
{
    auto state = model.newState(batch);
    std::vector<int> tokens(batch);
    std::vector<float> controls(std::size_t(batch) * model.controlSize(), 0.f);
    for (int b = 0; b < batch && model.controlSize() > 0; ++b)
        controls[std::size_t(b) * model.controlSize() + 3] = 1.f;
    std::vector<float> logits(std::size_t(batch) * model.vocabSize());
    std::mt19937 rng(1);
    std::uniform_int_distribution<int> pick(0, model.vocabSize() - 1);
    for (int i = 0; i < 20; ++i) {  // warm-up
        for (int &t : tokens)
            t = pick(rng);
        model.step(*state, tokens.data(), controls.empty() ? nullptr : controls.data(), logits.data());
    }
    const auto t0 = std::chrono::steady_clock::now();
    for (int i = 0; i < steps; ++i) {
        for (int &t : tokens)
            t = pick(rng);
        model.step(*state, tokens.data(), controls.empty() ? nullptr : controls.data(), logits.data());
    }
    const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    return double(steps) * batch / s;
}

// What a user waits for: four variations of four bars (4/4, 120 bpm) after
// a real 4-bar primer, through the whole generator (sampling included).
double fourVariationsMs(const core::IMusicModel &model)
{
    core::MusicSampleOptions o;
    o.temperature = 1.0;
    o.topP = 0.95;
    o.seed = 7;
    core::MusicLength length;
    std::vector<int> primer;
    if (model.kind() == core::MusicModelKind::Melody) {
        length.steps = 64;  // 4 bars of 16ths
        for (int i = 0; i < 64; ++i)
            primer.push_back(i % 4 == 0 ? core::MelodyEncoding::noteOn(60 + (i / 4) % 8) : core::MelodyEncoding::kNoEvent);
    } else {
        length.seconds = 8.0;  // 4 bars at 120 bpm
        length.maxEvents = 4000;
        for (int i = 0; i < 64; ++i) {
            primer.push_back(60 + i % 12);
            primer.push_back(256 + 24);
            primer.push_back(128 + 60 + i % 12);
        }
    }
    QElapsedTimer t;
    t.start();
    const auto out = core::generate(model, primer, 4, length, o, {});
    return out ? t.nsecsElapsed() / 1e6 : -1;
}

int benchMusic(Args args)
{
    args.flag("--json");
    const QString melodyFile = args.option("--melody").value_or("melody");
    const QString performanceFile = args.option("--performance").value_or("performance");
    // Both performance networks: the given files, else ours on the model search path.
    QString transformerFile = args.option("--transformer").value_or(QString());
    if (transformerFile.isEmpty())
        transformerFile = core::DataPaths::modelFiles(QStringLiteral("performance-transformer*.music.json")).value(0);
    QString lstmFile = args.option("--lstm").value_or(QString());
    if (lstmFile.isEmpty())
        lstmFile = core::DataPaths::modelFiles(QStringLiteral("performance-lstm*.music.json")).value(0);
    double steps = 2000;
    QString error;
    if (!args.number("--steps", &steps, &error))
        return fail(error);
    if (!args.unknownOption().isEmpty() || !args.positional().isEmpty() || steps < 10)
        return fail(QObject::tr("usage: atelier bench music [--melody FILE] [--performance FILE] [--transformer FILE] "
                                "[--lstm FILE] [--steps N] --json"));
    QJsonObject out;
    std::vector<std::pair<QString, QString>> models{{QStringLiteral("melody"), melodyFile},
                                                    {QStringLiteral("performance"), performanceFile}};
    // The other performance network too (not the default one twice).
    const QString performancePath = QFileInfo(resolveMusicModel(performanceFile)).absoluteFilePath();
    for (const auto &[key, file] : {std::pair{QStringLiteral("performance_transformer"), transformerFile},
                                    std::pair{QStringLiteral("performance_lstm"), lstmFile}})
        if (!file.isEmpty() && QFileInfo(file).absoluteFilePath() != performancePath)
            models.emplace_back(key, file);
    for (const auto &[key, file] : models) {
        auto model = loadMusicModelSpec(file, &error);
        if (!model)
            return fail(QObject::tr("bench music: %1").arg(error));
        out.insert(key, QJsonObject{{"batch1_events_per_s", eventsPerSecond(*model, 1, int(steps))},
                                    {"batch8_events_per_s", eventsPerSecond(*model, 8, int(steps) / 4)},
                                    {"four_4bar_variations_ms", fourVariationsMs(*model)},
                                    {"model_file", resolveMusicModel(file)}});
    }
    out.insert("target_batch1_events_per_s", 2000);
    out.insert("threads", 1);
    printJson(out);
    return 0;
}

// What a listener checks in a continuation (ContinuationEvaluation::stats), as JSON.
QJsonObject noteStats(const QList<core::Note> &notes, const core::KeyScale &key, int ppq, core::Tick span)
{
    return partStatsJson(core::ContinuationEvaluation::stats(notes, key, ppq, span));
}

// The chord at the start of every bar of a song (its chord lane, else the
// chords found in its last track with notes); empty when it has neither.
QList<core::ChordSymbol> chordsPerBar(const core::Song &song)
{
    core::Song s = song;
    if (s.chords.isEmpty())
        for (int t = int(s.tracks.size()) - 1; t >= 0 && s.chords.isEmpty(); --t)
            s.chords = core::ChordRecognizer::fromTrack(s, t);
    QList<core::ChordSymbol> out;
    if (s.chords.isEmpty())
        return out;
    const core::BarGrid grid(s);
    const core::Tick end = std::max<core::Tick>(s.endTick(), s.chords.last().tick + 1);
    for (int bar = 1; grid.barStart(bar) < end; ++bar)
        out.append(s.chordAt(grid.barStart(bar)));
    return out;
}

// The song's chords before `at`, then the progression one chord per bar from
// `at` (the first holding to the next bar line when `at` is inside a bar),
// repeated from its start for as long as the continuation lasts.
QList<core::ChordChange> followingChords(const core::Song &song, core::Tick at, core::Tick length,
                                         const QList<core::ChordSymbol> &progression)
{
    QList<core::ChordChange> out;
    for (const core::ChordChange &c : song.chords)
        if (c.tick < at)
            out.append(c);
    const core::BarGrid grid(song);
    core::Tick tick = at;
    for (int i = 0; tick < at + length; ++i) {
        out.append({tick, progression[i % progression.size()]});
        tick = grid.nextBarLine(tick);
    }
    return out;
}

int continueMusic(Args args)
{
    const QString usage = QObject::tr(
        "usage: atelier continue IN.mid -o OUT.mid --model melody|performance|FILE [--bars N | --seconds S] "
        "[--variations K] [--temperature T] [--top-p P] [--seed S] [--key C:major|auto] [--key-bias B] "
        "[--chords \"Am F C G\" | --chords-from FILE.mid] [--chord-bias B] [--density 0-7] [--track N] [--json]");
    // --model: melody (our melody model; chord-melody, our chord-conditioned one, when chords are
    // given), performance, chord-melody or a file.
    const bool json = args.flag("--json");
    const auto outOpt = args.option("-o", "--out");
    const auto modelOpt = args.option("--model");
    const QString keySpec = args.option("--key").value_or(QString());
    double bars = 0, seconds = 0, variations = 1, temperature = 1.0, topP = 0.95, seed = 1, density = -1, track = -1,
           keyBias = 0, chordBias = -1;
    const auto chordsSpec = args.option("--chords");
    const auto chordsFrom = args.option("--chords-from");
    // Over chords, our chord-conditioned melody model by default.
    const QString modelSpec = modelOpt.value_or(chordsSpec || chordsFrom ? "chord-melody" : "melody");
    QString error;
    const std::pair<const char *, double *> numbers[] = {
        {"--bars", &bars},       {"--seconds", &seconds}, {"--variations", &variations},
        {"--temperature", &temperature}, {"--top-p", &topP}, {"--seed", &seed},
        {"--density", &density}, {"--track", &track}, {"--key-bias", &keyBias}, {"--chord-bias", &chordBias}};
    for (const auto &[name, value] : numbers)
        if (!args.number(name, value, &error))
            return fail(error);
    const QStringList pos = args.positional();
    if (!args.unknownOption().isEmpty())
        return fail(QObject::tr("continue: unknown option %1\n%2").arg(args.unknownOption(), usage));
    if (pos.size() != 1 || !outOpt || outOpt->isEmpty())
        return fail(usage);
    if (variations < 1 || variations > 8 || bars < 0 || seconds < 0 || (bars > 0 && seconds > 0) || topP <= 0
        || topP > 1 || temperature < 0 || density < -1 || density > 7 || keyBias < 0 || keyBias > 20 || chordBias < -1
        || chordBias > 20 || (chordsSpec && chordsFrom))
        return fail(QObject::tr("continue: --variations 1–8, one of --bars or --seconds, --top-p in (0, 1], "
                                "--density -1–7, --key-bias and --chord-bias 0–20, one of --chords or --chords-from"));
    // The chords to follow, one per bar.
    QList<core::ChordSymbol> progression;
    if (chordsSpec) {
        QString why;
        const auto parsed = core::ChordSymbol::parseProgression(*chordsSpec, &why);
        if (!parsed)
            return fail(QObject::tr("continue: --chords: %1").arg(why));
        progression = *parsed;
    } else if (chordsFrom) {
        QString why;
        const auto from = core::SongFiles::load(*chordsFrom, &why);
        if (!from)
            return fail(QObject::tr("continue: --chords-from: %1").arg(why));
        progression = chordsPerBar(from->song);
        if (progression.isEmpty())
            return fail(QObject::tr("continue: --chords-from: %1 has neither chords nor notes to find them in")
                            .arg(*chordsFrom));
    }
    core::MusicSampleOptions options;
    options.temperature = temperature;
    options.topP = topP;
    options.seed = std::uint64_t(seed);
    options.densityBin = int(density);
    options.keyBias = keyBias;   // toward --key, else the part's own key
    if (!keySpec.isEmpty() && keySpec != "auto") {
        options.key = core::KeyScale::parse(keySpec);
        if (!options.key)
            return fail(QObject::tr("continue: %1 is not a key (examples: C:major, F#:minor, Bb:major)").arg(keySpec));
    }
    auto model = loadMusicModelSpec(modelSpec, &error);
    if (!model)
        return fail(QObject::tr("continue: %1").arg(error));
    // The pull toward chord tones: a nudge for a model that reads the chords itself, else 2 nats.
    if (chordBias < 0)
        chordBias = core::ChordConditioning::defaultPull(*model);
    const auto project = core::SongFiles::load(pos[0], &error);
    if (!project)
        return fail(error);
    core::Song song = project->song;
    // The track to continue: the given one, else the first with notes.
    int t = int(track);
    if (t < 0)
        for (int i = 0; i < song.tracks.size() && t < 0; ++i)
            if (!song.tracks.at(i).notes.isEmpty())
                t = i;
    if (t < 0 || t >= song.tracks.size() || song.tracks.at(t).notes.isEmpty())
        return fail(QObject::tr("continue: %1 has no notes to continue%2")
                        .arg(pos[0], track >= 0 ? QObject::tr(" on track %1").arg(int(track)) : QString()));
    core::Tick end = 0;
    for (const core::Note &n : song.tracks.at(t).notes)
        end = std::max(end, n.end());
    const core::Tick step = std::max(1, song.ppq / 4);
    const core::Tick at = (end + step - 1) / step * step;
    const core::BarGrid grid(song);
    core::ContinueRequest request;
    request.song = song;
    request.track = t;
    request.contextStart = std::max<core::Tick>(0, at - 8 * grid.barLength(at));
    request.contextEnd = at;
    request.at = at;
    if (seconds > 0) {
        const core::TempoMap tempo(song);
        request.lengthTicks = tempo.secondsToTick(tempo.tickToSeconds(at) + seconds) - at;
    } else {
        request.lengthTicks = core::Tick(std::max(1.0, bars > 0 ? bars : 4.0) * grid.barLength(at));
    }
    request.variations = int(variations);
    QJsonArray appliedChords;
    if (!progression.isEmpty()) {
        request.song.chords = followingChords(song, at, request.lengthTicks, progression);
        for (const core::ChordChange &c : request.song.chords)
            if (c.tick >= at)
                appliedChords.append(QJsonObject{{"tick", double(c.tick)}, {"chord", c.chord.toString()}});
        options.chordBias = chordBias;
    }
    request.options = options;
    const auto result = core::continueMusic(*model, request, {}, &error);
    if (!result)
        return fail(QObject::tr("continue: %1").arg(error));

    QList<core::Note> context;
    for (const core::Note &n : song.tracks.at(t).notes)
        if (n.start >= request.contextStart && n.start < request.contextEnd)
            context.append(n);
    const core::KeyScale inputKey = result->key;
    QJsonObject inputStats = noteStats(context, inputKey, song.ppq, request.contextEnd - request.contextStart);
    inputStats.insert("key", inputKey.toString());
    QJsonArray files;
    const QString out = *outOpt;
    for (int v = 0; v < result->variations.size(); ++v) {
        QString path = out;
        if (result->variations.size() > 1) {
            const QFileInfo fi(out);
            const QString suffix = fi.suffix().isEmpty() ? QStringLiteral("mid") : fi.suffix();
            path = QDir(fi.path()).filePath(QStringLiteral("%1-%2.%3").arg(fi.completeBaseName()).arg(v + 1).arg(suffix));
        }
        core::Song outSong = song;
        outSong.tracks[t].notes += result->variations.at(v);
        QString writeError;
        if (!core::SmfWriter::writeFile(core::SongConverter::toSmf(outSong), path, &writeError))
            return fail(writeError);
        QJsonObject entry = noteStats(result->variations.at(v), inputKey, song.ppq, request.lengthTicks);
        if (!progression.isEmpty())
            entry.insert("on_beat_chord_tones", core::HarmonyEvaluation::onBeatChordTones(request.song, result->variations.at(v)));
        entry.insert("file", QFileInfo(path).absoluteFilePath());
        files.append(entry);
    }
    if (json)
        printJson(QJsonObject{{"input", QFileInfo(pos[0]).absoluteFilePath()},
                              {"model", resolveMusicModel(modelSpec)},
                              {"track", t},
                              {"at_tick", double(at)},
                              {"length_ticks", double(request.lengthTicks)},
                              {"key", result->key.toString()},
                              {"key_mask", options.key.has_value()},
                              {"key_bias", keyBias},
                              {"chords", appliedChords},
                              {"chord_bias", progression.isEmpty() ? 0.0 : chordBias},
                              {"context", inputStats},
                              {"variations", files}});
    else
        for (const auto &f : files)
            std::printf("%s\n", qPrintable(f.toObject().value("file").toString()));
    return 0;
}

} // namespace

// "melody" / "chord-melody" / "performance": our bundled model of that kind (else the first
// <kind>*.music.json on the model search path); anything else is a file.
QString resolveMusicModel(const QString &spec)
{
    if (!validKind(spec))
        return spec;
    // Our default of a kind, where it is not the first by name: the performance Transformer
    // (held-out NLL 2.577 against the LSTM's 2.625; assets/models/performance-transformer.md).
    if (spec == QLatin1String("performance"))
        for (const QString &f : core::DataPaths::modelFiles(QStringLiteral("performance-transformer.music.json")))
            return f;
    for (const QString &dir : core::DataPaths::modelSearchPath()) {
        const QFileInfoList files = QDir(dir).entryInfoList({spec + "*.music.json"}, QDir::Files, QDir::Name);
        if (!files.isEmpty())
            return files.first().absoluteFilePath();
    }
    return QString();
}

std::shared_ptr<const core::IMusicModel> loadMusicModelSpec(const QString &spec, QString *error)
{
    const QString path = resolveMusicModel(spec);
    if (path.isEmpty()) {
        *error = QObject::tr("no %1 model found on the model search path (%2)")
                     .arg(spec, core::DataPaths::modelSearchPath().join(", "));
        return nullptr;
    }
    return models::loadMusicModel(path, error);
}


QList<CliCommand> musicCommands()
{
    return {
        {{"train", "melody"}, "train melody [--data DIR] [--out F.music.json] [--minutes M | --steps N] ...",
         [](Args a) { return trainMusic("melody", std::move(a)); }},
        {{"train", "performance"}, "train performance [--data DIR] [--out F.music.json] [--minutes M | --steps N] ...",
         [](Args a) { return trainMusic("performance", std::move(a)); }},
        {{"eval", "melody"}, "eval melody [--chords] [--data DIR] [--model F] --json",
         [](Args a) { return evalMusic("melody", std::move(a)); }},
        {{"eval", "performance"}, "eval performance [--data DIR] [--model F] --json",
         [](Args a) { return evalMusic("performance", std::move(a)); }},
        {{"bench", "music"}, "bench music [--melody F] [--performance F] [--transformer F] --json", benchMusic},
        {{"continue"}, "continue IN.mid -o OUT.mid --model melody|performance|FILE [--bars N | --seconds S] "
                       "[--variations K] [--temperature T] [--seed S] [--key C:major]", continueMusic},
    };
}

} // namespace atelier::app
