// `atelier sketch trace|generate` and `atelier bench sketch`: Sketch-RNN
// drawing models from the command line. trace prints the model's mixture
// distribution after each input row (for checking against other
// implementations), generate draws (JSON rows and/or an SVG), bench times a
// decoder step of the fast kernel beside the LibTorch LSTMCell reference.

#include "CliCommon.h"

#include "document/AtomicFile.h"

#include "sketch/StrokeCodec.h"
#include "sketchrnn/SketchRnnModel.h"

#include <QFile>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QObject>
#include <QSaveFile>
#include <algorithm>
#include <cmath>
#include <cstdio>

namespace atelier::app {

namespace {

using core::Stroke5;
using models::SketchRnnModel;

constexpr int kBenchRounds = 5;
constexpr int kBenchSteps = 500;     // per round; the median round is reported
constexpr double kSvgMargin_px = 10.0;
constexpr double kSvgStrokeWidth_px = 2.0;

std::shared_ptr<SketchRnnModel> loadModel(Args &args, const QString &command, QString *error)
{
    const auto path = args.option("--model");
    if (!path || path->isEmpty()) {
        *error = QObject::tr("%1: --model FILE is required").arg(command);
        return nullptr;
    }
    return SketchRnnModel::load(*path, error);
}

QJsonArray toJson(const float *values, int n)
{
    QJsonArray a;
    for (int i = 0; i < n; ++i)
        a.append(double(values[i]));
    return a;
}

// Stroke-5 rows [dx, dy, p1, p2, p3] with a one-hot pen state.
std::optional<QList<Stroke5>> readRows(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QObject::tr("%1: cannot open (%2)").arg(path, f.errorString());
        return std::nullopt;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isArray()) {
        *error = QObject::tr("%1: expected a JSON array of [dx, dy, p1, p2, p3] rows").arg(path);
        return std::nullopt;
    }
    QList<Stroke5> rows;
    const QJsonArray array = doc.array();
    for (int i = 0; i < array.size(); ++i) {
        const QJsonArray r = array[i].toArray();
        bool ok = array[i].isArray() && r.size() == 5;
        for (const QJsonValue &v : r)
            ok = ok && v.isDouble();
        const int ones = ok ? int(r[2].toDouble() == 1) + int(r[3].toDouble() == 1) + int(r[4].toDouble() == 1) : 0;
        const int zeros = ok ? int(r[2].toDouble() == 0) + int(r[3].toDouble() == 0) + int(r[4].toDouble() == 0) : 0;
        if (!ok || ones != 1 || zeros != 2) {
            *error = QObject::tr("%1: row %2 is not [dx, dy, p1, p2, p3] with a one-hot pen state").arg(path).arg(i);
            return std::nullopt;
        }
        const int pen = r[2].toDouble() == 1 ? Stroke5::Down : r[3].toDouble() == 1 ? Stroke5::Up : Stroke5::End;
        rows.append({float(r[0].toDouble()), float(r[1].toDouble()), pen});
    }
    return rows;
}

int sketchTrace(Args args)
{
    QString error;
    const auto model = loadModel(args, "sketch trace", &error);
    const auto input = args.option("--input");
    if (!args.unknownOption().isEmpty())
        return fail(QObject::tr("sketch trace: unknown option %1").arg(args.unknownOption()));
    if (!model)
        return fail(error);
    if (!input || input->isEmpty())
        return fail(QObject::tr("usage: atelier sketch trace --model FILE --input STROKES.json"));
    const auto rows = readRows(*input, &error);
    if (!rows)
        return fail(error);
    QJsonArray steps;
    for (const models::SketchRnnMixture &m : model->trace({*rows}).value(0)) {
        const int n = models::SketchRnnMixture::kMixtures;
        steps.append(QJsonObject{{"pen", toJson(m.pen.data(), 3)},
                                 {"pi", toJson(m.pi.data(), n)},
                                 {"mu_x", toJson(m.muX.data(), n)},
                                 {"mu_y", toJson(m.muY.data(), n)},
                                 {"sigma_x", toJson(m.sigmaX.data(), n)},
                                 {"sigma_y", toJson(m.sigmaY.data(), n)},
                                 {"rho", toJson(m.rho.data(), n)}});
    }
    printJson(QJsonObject{{"steps", steps}});
    return 0;
}

QString svgFor(const QList<Stroke5> &rows, double scale)
{
    const QList<core::Stroke> strokes = core::StrokeCodec::decode(rows, QPointF(0, 0), scale, true);
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    bool any = false;
    QString paths;
    for (const core::Stroke &s : strokes) {
        if (s.points.isEmpty())
            continue;
        QStringList d;
        for (int i = 0; i < s.points.size(); ++i) {
            const QPointF p = s.points[i];
            if (!any) {
                x0 = x1 = p.x();
                y0 = y1 = p.y();
                any = true;
            }
            x0 = std::min(x0, p.x());
            x1 = std::max(x1, p.x());
            y0 = std::min(y0, p.y());
            y1 = std::max(y1, p.y());
            d << QString("%1%2 %3").arg(i == 0 ? "M" : "L").arg(p.x(), 0, 'f', 2).arg(p.y(), 0, 'f', 2);
        }
        if (s.points.size() == 1)
            d << QString("l0 0");  // a dot: drawn by the round cap
        paths += QString("  <path d=\"%1\"/>\n").arg(d.join(' '));
    }
    const double w = x1 - x0 + 2 * kSvgMargin_px, h = y1 - y0 + 2 * kSvgMargin_px;
    return QString("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                   "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"%1 %2 %3 %4\" width=\"%3\" height=\"%4\">\n"
                   " <g fill=\"none\" stroke=\"#14141c\" stroke-width=\"%5\" stroke-linecap=\"round\" "
                   "stroke-linejoin=\"round\">\n%6 </g>\n</svg>\n")
        .arg(x0 - kSvgMargin_px, 0, 'f', 2)
        .arg(y0 - kSvgMargin_px, 0, 'f', 2)
        .arg(w, 0, 'f', 2)
        .arg(h, 0, 'f', 2)
        .arg(kSvgStrokeWidth_px)
        .arg(paths);
}

int sketchGenerate(Args args)
{
    QString error;
    const auto model = loadModel(args, "sketch generate", &error);
    core::SketchSampleOptions options;
    options.greedy = args.flag("--greedy");
    const bool json = args.flag("--json");
    const auto temperature = args.option("--temperature");
    const auto seed = args.option("--seed");
    const auto steps = args.option("--steps");
    const auto svg = args.option("--svg");
    if (!args.unknownOption().isEmpty())
        return fail(QObject::tr("sketch generate: unknown option %1").arg(args.unknownOption()));
    if (!model)
        return fail(error);
    if (options.greedy && (temperature || seed))
        return fail(QObject::tr("sketch generate: --greedy takes no --temperature or --seed"));
    bool ok = true;
    if (temperature) {
        options.temperature = temperature->toDouble(&ok);
        if (!ok || options.temperature < 0)
            return fail(QObject::tr("sketch generate: --temperature needs a number >= 0"));
    }
    if (seed) {
        options.seed = seed->toULongLong(&ok);
        if (!ok)
            return fail(QObject::tr("sketch generate: --seed needs a non-negative integer"));
    }
    if (steps) {
        options.maxSteps = steps->toInt(&ok);
        if (!ok || options.maxSteps <= 0)
            return fail(QObject::tr("sketch generate: --steps needs a positive integer"));
    }
    if (svg && svg->isEmpty())
        return fail(QObject::tr("sketch generate: --svg needs a file name"));
    const QList<Stroke5> rows = model->continueSketch({}, 1, options).value().value(0);
    if (svg) {
        QString reason;
        if (!core::AtomicFile::write(*svg, svgFor(rows, model->scaleFactor()).toUtf8(), &reason))
            return fail(QObject::tr("%1: cannot write (%2)").arg(*svg, reason));
    }
    const bool ended = !rows.isEmpty() && rows.last().pen == Stroke5::End;
    if (json) {
        QJsonArray strokes;
        for (const Stroke5 &r : rows)
            strokes.append(QJsonArray{double(r.dx), double(r.dy), r.pen == Stroke5::Down ? 1 : 0,
                                      r.pen == Stroke5::Up ? 1 : 0, r.pen == Stroke5::End ? 1 : 0});
        printJson(QJsonObject{{"strokes", strokes}});
    } else {
        std::fprintf(stdout, "%s: %d rows, %s%s\n", qPrintable(model->name()), int(rows.size()),
                     ended ? "ended" : "stopped at the step limit",
                     svg ? qPrintable(QObject::tr(", written to %1").arg(*svg)) : "");
    }
    return 0;
}

double medianStepTime(const SketchRnnModel &model, int batch, SketchRnnModel::Backend backend)
{
    QList<double> rounds;
    for (int i = 0; i < kBenchRounds; ++i)
        rounds.append(model.stepTime_us(batch, kBenchSteps, backend, i == 0 ? 100 : 10));
    std::sort(rounds.begin(), rounds.end());
    return rounds[kBenchRounds / 2];
}

// What a user waits for: three endings of a half-finished drawing (the first
// half of a greedy drawing stands in for the user's strokes), in milliseconds.
double threeEndingsMs(const SketchRnnModel &model)
{
    core::SketchSampleOptions greedy;
    greedy.greedy = true;
    const auto whole = model.continueSketch({}, 1, greedy);
    const QList<core::Stroke5> half = whole ? whole->first().mid(0, whole->first().size() / 2) : QList<core::Stroke5>{};
    core::SketchSampleOptions sample;
    sample.temperature = 0.45;
    QList<double> times;
    for (int round = 0; round < 5; ++round) {
        sample.seed = std::uint64_t(round);
        QElapsedTimer timer;
        timer.start();
        model.continueSketch(half, 3, sample);
        times.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

int benchSketch(Args args)
{
    QString error;
    const auto model = loadModel(args, "bench sketch", &error);
    const bool json = args.flag("--json");
    if (!args.unknownOption().isEmpty())
        return fail(QObject::tr("bench sketch: unknown option %1").arg(args.unknownOption()));
    if (!model)
        return fail(error);
    using B = SketchRnnModel::Backend;
    const QJsonObject o{{"model", model->name()},
                        {"hidden_size", model->hiddenSize()},
                        {"batch1_us_per_step", medianStepTime(*model, 1, B::Fast)},
                        {"batch8_us_per_step", medianStepTime(*model, 8, B::Fast)},
                        {"torch_lstmcell_us_per_step", medianStepTime(*model, 1, B::Torch)},
                        {"torch_lstmcell_batch8_us_per_step", medianStepTime(*model, 8, B::Torch)},
                        {"three_endings_ms", threeEndingsMs(*model)},
                        {"rounds", kBenchRounds},
                        {"steps_per_round", kBenchSteps}};
    if (json) {
        printJson(o);
        return 0;
    }
    std::fprintf(stdout,
                 "%s decoder step, single thread (median of %d × %d steps):\n"
                 "  batch 1: %.1f µs   batch 8: %.1f µs\n"
                 "  LibTorch LSTMCell + Linear: batch 1 %.1f µs, batch 8 %.1f µs\n"
                 "  three endings of a half drawing: %.1f ms\n",
                 qPrintable(model->name()), kBenchRounds, kBenchSteps, o["batch1_us_per_step"].toDouble(),
                 o["batch8_us_per_step"].toDouble(), o["torch_lstmcell_us_per_step"].toDouble(),
                 o["torch_lstmcell_batch8_us_per_step"].toDouble(), o["three_endings_ms"].toDouble());
    return 0;
}

} // namespace

QList<CliCommand> sketchCommands()
{
    return {
        {{"sketch", "trace"}, "sketch trace --model FILE --input STROKES.json\n"
                              "                                         the mixture after each stroke-5 row",
         sketchTrace},
        {{"sketch", "generate"}, "sketch generate --model FILE [--greedy | --temperature T --seed S] [--steps N]\n"
                                 "        [--svg OUT.svg] [--json]        draw with a Sketch-RNN model",
         sketchGenerate},
        {{"bench", "sketch"}, "bench sketch --model FILE [--json]     time a Sketch-RNN decoder step", benchSketch},
    };
}

} // namespace atelier::app
