#include "reward/ComparisonPair.h"

#include "sketch/StrokeCodec.h"

#include <QObject>

namespace atelier::core::ComparisonPair {

namespace {
bool cancelled(const std::atomic<bool> *cancel) { return cancel && cancel->load(); }
} // namespace

std::optional<std::array<QList<Note>, 2>> music(const IMusicModel &first, const IMusicModel &second,
                                                ContinueRequest request, std::uint64_t seed,
                                                const std::atomic<bool> *cancel, QString *error)
{
    request.variations = 1;
    request.options.seed = seed;
    const MusicProgress progress = [cancel](int, int) { return !cancelled(cancel); };
    std::array<QList<Note>, 2> out;
    const IMusicModel *models[2] = {&first, &second};
    for (int i = 0; i < 2; ++i) {
        QString why;
        const auto result = continueMusic(*models[i], request, progress, &why);
        if (cancelled(cancel))
            return std::nullopt;
        if (!result || result->variations.isEmpty()) {
            if (error)
                *error = why.isEmpty() ? QObject::tr("%1 made nothing").arg(models[i]->name()) : why;
            return std::nullopt;
        }
        out[std::size_t(i)] = result->variations.first();
    }
    return out;
}

std::optional<std::array<QList<Stroke>, 2>> sketch(const ISketchModel &first, const ISketchModel &second,
                                                   const Sketch &canvas, SketchSampleOptions options,
                                                   std::uint64_t seed, const std::atomic<bool> *cancel,
                                                   QString *error)
{
    options.seed = seed;
    const bool fromEmpty = canvas.strokes.isEmpty();
    const QPointF start = fromEmpty ? QPointF(0, 0) : StrokeCodec::endPoint(canvas);
    const ISketchModel::StepCallback onStep = [cancel](int, const Stroke5 &) { return !cancelled(cancel); };
    std::array<QList<Stroke>, 2> out;
    const ISketchModel *models[2] = {&first, &second};
    for (int i = 0; i < 2; ++i) {
        const ISketchModel &m = *models[i];
        const QList<Stroke5> prefix = fromEmpty ? QList<Stroke5>{} : StrokeCodec::encode(canvas, m.scaleFactor());
        const auto rows = m.continueSketch(prefix, 1, options, onStep);
        if (cancelled(cancel))
            return std::nullopt;
        if (!rows || rows->isEmpty()) {
            if (error)
                *error = QObject::tr("%1 drew nothing").arg(m.name());
            return std::nullopt;
        }
        QList<Stroke> strokes = StrokeCodec::decode(rows->first(), start, m.scaleFactor(), fromEmpty);
        for (Stroke &s : strokes)
            s.generated = true;
        out[std::size_t(i)] = strokes;
    }
    return out;
}

} // namespace atelier::core::ComparisonPair
