#include "reward/RewardSample.h"

#include <QJsonArray>
#include <algorithm>

namespace atelier::core::RewardSample {

namespace {

QJsonArray notesJson(QList<Note> notes, Tick from, int ppq)
{
    std::stable_sort(notes.begin(), notes.end(), [](const Note &a, const Note &b) { return a.start < b.start; });
    const double beat = double(std::max(ppq, 1));
    QJsonArray out;
    for (const Note &n : notes)
        out.append(QJsonObject{{"pitch", n.pitch},
                               {"velocity", n.velocity},
                               {"start", double(n.start - from) / beat},
                               {"duration", double(n.length) / beat}});
    return out;
}

// Strokes from stroke-5 rows, starting at `pen`; `pen` ends where the rows left it.
QJsonArray strokesJson(const QList<Stroke5> &rows, QPointF &pen)
{
    QJsonArray strokes, stroke;
    for (const Stroke5 &r : rows) {
        if (r.pen == Stroke5::End)
            break;
        pen += QPointF(r.dx, r.dy);
        stroke.append(QJsonObject{{"x", pen.x()}, {"y", pen.y()}});
        if (r.pen == Stroke5::Up) {
            strokes.append(stroke);
            stroke = QJsonArray();
        }
    }
    if (!stroke.isEmpty())
        strokes.append(stroke);
    return strokes;
}

} // namespace

QJsonObject music(const QList<Note> &notes, Tick partStart, const QList<Note> &context, Tick contextStart, int ppq,
                  const std::optional<KeyScale> &key, double bpm)
{
    QJsonObject sample{{"notes", notesJson(notes, partStart, ppq)},
                       {"context", notesJson(context, contextStart, ppq)},
                       {"bpm", bpm}};
    sample.insert("key", key ? QJsonValue(QJsonObject{{"tonic", key->tonic},
                                                      {"mode", key->minor ? QStringLiteral("minor")
                                                                          : QStringLiteral("major")}})
                             : QJsonValue(QJsonValue::Null));
    return sample;
}

QJsonObject sketch(const QList<Stroke5> &rows, const QList<Stroke5> &context)
{
    QPointF pen(0, 0);
    const QJsonArray before = strokesJson(context, pen);
    const QJsonArray after = strokesJson(rows, pen);
    return QJsonObject{{"strokes", after}, {"context", before}};
}

} // namespace atelier::core::RewardSample
