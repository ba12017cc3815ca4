// The timbre model on the command line, part two:
//   atelier eval timbre [--model F] [data options] [--notes N] [--pairs P] --json
//   atelier bench timbre [--model F] [--seconds S] --json
//   atelier timbre render --corner PROGRAM_OR_NAME_OR_WAV ... [--x X --y Y | --mix W,W,...]
//                         --pitch P --velocity V --seconds S [--tail T] [--rate R] [--model F] -o OUT.wav
// Same core code as the morph panel (TimbreRender, TimbreRecording, MorphMath).

#include "CliCommon.h"
#include "CliTimbre.h"

#include "TimbreModels.h"
#include "project/DataPaths.h"
#include "timbre/MorphMath.h"
#include "timbre/TimbreBench.h"
#include "timbre/TimbreEvaluation.h"
#include "timbre/TimbreRecording.h"
#include "timbre/TimbreRender.h"
#include "timbre/WavIo.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QObject>
#include <atomic>
#include <cmath>
#include <csignal>
#include <cstdio>

namespace atelier::app {

using namespace core::timbre;

namespace {

std::atomic<bool> g_evalStop{false};
extern "C" void onTimbreEvalSignal(int) { g_evalStop.store(true); }

} // namespace

QString resolveTimbreModel(const QString &spec)
{
    if (!spec.isEmpty() && spec != QLatin1String("timbre"))
        return spec;
    for (const QString &dir : core::DataPaths::modelSearchPath()) {
        const QFileInfoList files = QDir(dir).entryInfoList({"*.timbre.json"}, QDir::Files, QDir::Name);
        if (!files.isEmpty())
            return files.first().absoluteFilePath();
    }
    return QString();
}

std::shared_ptr<const ITimbreModel> loadTimbreModelSpec(const QString &spec, QString *error)
{
    const QString path = resolveTimbreModel(spec);
    if (path.isEmpty()) {
        *error = QObject::tr("no timbre model (*.timbre.json) found on the model search path (%1)")
                     .arg(core::DataPaths::modelSearchPath().join(", "));
        return nullptr;
    }
    return models::loadTimbreModel(path, error);
}

namespace {

QJsonObject scores(const TimbreEvalScores &s)
{
    return {{"model", s.model}, {"nn_sampler", s.nnSampler}, {"crossfade", s.crossfade}};
}

int evalTimbre(Args args)
{
    core::timbre::TimbreDatasetSpec spec;
    QString cache, error;
    if (!readDatasetOptions(args, &spec, &cache, &error)) return fail("eval timbre: " + error);
    const QString modelSpec = args.option("--model").value_or(QString());
    args.flag("--json");  // JSON is the only output
    double notes = 0, pairs = 20, seed = 1, crop = 0;
    for (const auto &[name, value] :
         {std::pair{"--notes", &notes}, {"--pairs", &pairs}, {"--seed", &seed}, {"--crop", &crop}})
        if (!args.number(name, value, &error)) return fail("eval timbre: " + error);
    if (!args.unknownOption().isEmpty())
        return fail(QObject::tr("eval timbre: unknown option %1").arg(args.unknownOption()));
    if (notes < 0 || pairs < 0 || seed < 0)
        return fail(QObject::tr("eval timbre: --notes, --pairs and --seed must not be negative"));
    const auto model = loadTimbreModelSpec(modelSpec, &error);
    if (!model) return fail("eval timbre: " + error);
    std::signal(SIGINT, onTimbreEvalSignal);
    const auto data = buildDataset(spec, cache, &error);
    if (!data) return fail("eval timbre: " + error);
    TimbreEvalOptions options;
    options.maxNotes = int(notes);
    options.morphPairs = int(pairs);
    options.seed = std::uint64_t(seed);
    options.cropSeconds = crop;
    TimbreEvalResult result;
    const bool ok = evaluateTimbre(model, *data, options, &result, &error, [](int done, int total) {
        if (done % 20 == 0 || done == total) std::fprintf(stderr, "\revaluated %d/%d", done, total);
        return !g_evalStop.load();
    });
    std::fprintf(stderr, "\n");
    if (!ok) return fail("eval timbre: " + error);
    printJson({{"model_file", resolveTimbreModel(modelSpec)},
               {"held_out_notes", result.notes},
               {"compared_seconds", crop > 0 ? QJsonValue(crop) : QJsonValue(QStringLiteral("whole note"))},
               {"mss", scores(result.mss)},
               {"lsd_db", scores(result.lsdDb)},
               {"morph_pairs", result.morphPairs},
               {"morph_monotone_fraction", result.morphMonotoneFraction}});
    return 0;
}

int benchTimbre(Args args)
{
    const QString modelSpec = args.option("--model").value_or(QString());
    args.flag("--json");
    double seconds = 5, rate = 48000, block = 256;
    QString error;
    for (const auto &[name, value] : {std::pair{"--seconds", &seconds}, {"--rate", &rate}, {"--block", &block}})
        if (!args.number(name, value, &error)) return fail("bench timbre: " + error);
    if (!args.unknownOption().isEmpty())
        return fail(QObject::tr("bench timbre: unknown option %1").arg(args.unknownOption()));
    if (!(seconds > 0) || rate < 8000 || block < 1)
        return fail(QObject::tr("bench timbre: --seconds, --rate and --block must be positive"));
    const auto model = loadTimbreModelSpec(modelSpec, &error);
    if (!model) return fail("bench timbre: " + error);
    QJsonObject out{{"model_file", resolveTimbreModel(modelSpec)}, {"sample_rate", int(rate)},
                    {"block", int(block)}, {"threads", 1}};
    for (int voices : {1, 8, 16}) {
        const TimbreBenchResult r = benchmarkVoices(model, voices, seconds, int(rate), int(block));
        out.insert(QStringLiteral("rtf_%1").arg(voices), r.rtf);
        out.insert(QStringLiteral("decode_calls_per_second_%1").arg(voices), r.decodeCallsPerSecond);
    }
    const TimbreLatencyResult latency = measureNoteOnLatency(model, int(rate), int(block));
    // The budget is fixed (15 ms at 256 frames and 48 kHz; it grows with the
    // block beyond that), not the engine's own declaration.
    const double budget = std::max(15.0, 15.0 - 1000.0 * 256 / 48000 + 1000.0 * block / rate);
    out.insert("note_on_latency_ms", QJsonObject{{"mean", latency.meanMs},
                                                 {"max", latency.maxMs},
                                                 {"declared", latency.declaredMs},
                                                 {"trials", latency.trials},
                                                 {"block_ms", 1000.0 * block / rate},
                                                 {"budget", budget},
                                                 {"within_budget", latency.maxMs <= budget && latency.declaredMs <= budget}});
    printJson(out);
    return 0;
}

// A corner: a GM program number (the model's first instrument with that
// program), an instrument name (exact, else the first that starts with it,
// case-insensitive), or an audio file (encoded by the model).
bool resolveCorner(const ITimbreModel &model, const QString &spec, QString *name, std::vector<float> *z,
                   QString *error)
{
    const auto &instruments = model.instruments();
    bool isNumber = false;
    const int program = spec.toInt(&isNumber);
    if (isNumber) {
        for (const auto &in : instruments)
            if (in.program == program) {
                *name = in.name;
                *z = in.z;
                return true;
            }
        *error = QObject::tr("the model has no instrument with GM program %1").arg(program);
        return false;
    }
    if (QFileInfo(spec).isFile()) {
        const EncodedRecording encoded = encodeRecording(model, spec, error);
        if (encoded.z.empty()) return false;
        *name = QFileInfo(spec).fileName();
        *z = encoded.z;
        return true;
    }
    for (int exact = 1; exact >= 0; --exact)
        for (const auto &in : instruments)
            if (exact ? in.name.compare(spec, Qt::CaseInsensitive) == 0 : in.name.startsWith(spec, Qt::CaseInsensitive)) {
                *name = in.name;
                *z = in.z;
                return true;
            }
    const QString suffix = QFileInfo(spec).suffix().toLower();
    if (spec.contains('/') || QStringList{"wav", "flac", "ogg", "aif", "aiff"}.contains(suffix))
        *error = QObject::tr("%1: no such file").arg(spec);
    else
        *error = QObject::tr("\"%1\" is neither a GM program, an instrument of the model nor an audio file").arg(spec);
    return false;
}

int timbreRender(Args args)
{
    QString error;
    const QString modelSpec = args.option("--model").value_or(QString());
    QStringList cornerSpecs;
    while (auto c = args.option("--corner")) cornerSpecs << *c;
    const auto out = args.option("-o", "--out");
    const auto mixText = args.option("--mix");
    args.flag("--json");
    double x = -1, y = -1, pitch = 60, velocity = 100, seconds = 2, tail = 1, rate = 48000;
    const std::pair<const char *, double *> numbers[] = {{"--x", &x},           {"--y", &y},
                                                         {"--pitch", &pitch},   {"--velocity", &velocity},
                                                         {"--seconds", &seconds}, {"--tail", &tail},
                                                         {"--rate", &rate}};
    for (const auto &[name, value] : numbers)
        if (!args.number(name, value, &error)) return fail("timbre render: " + error);
    if (!args.unknownOption().isEmpty())
        return fail(QObject::tr("timbre render: unknown option %1").arg(args.unknownOption()));
    if (!out || out->isEmpty())
        return fail(QObject::tr("usage: atelier timbre render --corner PROGRAM_OR_WAV ... [--x X --y Y | --mix W,...] "
                                "--pitch P --velocity V --seconds S -o OUT.wav"));
    if (cornerSpecs.isEmpty()) return fail(QObject::tr("timbre render: give at least one --corner"));
    if (pitch < 0 || pitch > 127 || velocity < 1 || velocity > 127)
        return fail(QObject::tr("timbre render: --pitch must be 0..127 and --velocity 1..127"));
    if (!(seconds > 0) || seconds > 600 || tail < 0 || rate < 8000 || rate > 192000)
        return fail(QObject::tr("timbre render: --seconds must be in (0, 600], --tail >= 0, --rate 8000..192000"));

    // The weights of the corners.
    const int n = int(cornerSpecs.size());
    std::vector<double> weights;
    if (mixText) {
        for (const QString &part : mixText->split(',', Qt::SkipEmptyParts)) {
            bool ok = false;
            const double w = part.toDouble(&ok);
            if (!ok || w < 0) return fail(QObject::tr("timbre render: malformed --mix \"%1\"").arg(*mixText));
            weights.push_back(w);
        }
        if (int(weights.size()) != n)
            return fail(QObject::tr("timbre render: --mix has %1 weights for %2 corners").arg(weights.size()).arg(n));
    } else if (n == 1) {
        weights = {1.0};
    } else if (n == 2) {
        const double t = x >= 0 ? x : 0.5;
        if (t > 1) return fail(QObject::tr("timbre render: --x must be in [0, 1]"));
        weights = {1 - t, t};
    } else if (n == 4) {
        const double px = x >= 0 ? x : 0.5, py = y >= 0 ? y : 0.5;
        if (px > 1 || py > 1) return fail(QObject::tr("timbre render: --x and --y must be in [0, 1]"));
        const auto w = morph::cornerWeights(px, py);
        weights.assign(w.begin(), w.end());
    } else {
        return fail(QObject::tr("timbre render: %1 corners need --mix (the pad takes 1, 2 or 4)").arg(n));
    }
    double sum = 0;
    for (double w : weights) sum += w;
    if (!(sum > 0)) return fail(QObject::tr("timbre render: the weights add up to 0"));

    const auto model = loadTimbreModelSpec(modelSpec, &error);
    if (!model) return fail("timbre render: " + error);
    std::vector<float> z(std::size_t(model->zSize()), 0.0f);
    QJsonArray corners;
    for (int i = 0; i < n; ++i) {
        QString name;
        std::vector<float> cz;
        if (!resolveCorner(*model, cornerSpecs[i], &name, &cz, &error))
            return fail(QObject::tr("timbre render: corner %1: %2").arg(i + 1).arg(error));
        for (std::size_t k = 0; k < z.size(); ++k) z[k] += float(weights[std::size_t(i)] / sum) * cz[k];
        corners.append(QJsonObject{{"corner", cornerSpecs[i]}, {"instrument", name}, {"weight", weights[std::size_t(i)] / sum}});
    }
    const Envelope envelope;
    const std::vector<TimedMidi> events{{0.0, core::MidiMessage::noteOn(0, int(pitch), int(velocity))},
                                        {seconds, core::MidiMessage::noteOff(0, int(pitch))}};
    const std::vector<float> audio = renderPhrase(model, z, envelope, events, seconds + tail, int(rate));
    if (audio.empty()) return fail(QObject::tr("timbre render: nothing was rendered"));
    float peak = 0;
    for (float v : audio) peak = std::max(peak, std::abs(v));
    if (!writeWav(*out, audio, int(rate), &error)) return fail("timbre render: " + error);
    printJson({{"output", *out},
               {"model_file", resolveTimbreModel(modelSpec)},
               {"corners", corners},
               {"pitch", int(pitch)},
               {"velocity", int(velocity)},
               {"seconds", double(audio.size()) / rate},
               {"sample_rate", int(rate)},
               {"peak_dbfs", peak > 0 ? 20 * std::log10(peak) : -200.0}});
    return 0;
}

} // namespace

QList<CliCommand> timbreEvalCommands()
{
    return {
        {{"eval", "timbre"}, "eval timbre [--model F] [--notes N] [--pairs P] [--crop S] [data options] --json", evalTimbre},
        {{"bench", "timbre"}, "bench timbre [--model F] [--seconds S] --json", benchTimbre},
        {{"timbre", "render"},
         "timbre render --corner PROGRAM|NAME|FILE.wav ... [--x X --y Y | --mix W,...] --pitch P --velocity V --seconds S -o OUT.wav",
         timbreRender},
    };
}

} // namespace atelier::app
