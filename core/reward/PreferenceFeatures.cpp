#include "reward/PreferenceFeatures.h"

#include <QJsonArray>
#include <algorithm>
#include <cmath>

namespace atelier::core::PreferenceFeatures {

namespace {

bool inScale(int pitch, int tonic, bool minor)
{
    static const int major[] = {0, 2, 4, 5, 7, 9, 11};
    static const int minorScale[] = {0, 2, 3, 5, 7, 8, 10, 11};
    const int pc = ((pitch - tonic) % 12 + 12) % 12;
    if (minor)
        return std::find(std::begin(minorScale), std::end(minorScale), pc) != std::end(minorScale);
    return std::find(std::begin(major), std::end(major), pc) != std::end(major);
}

double share(int count, int of) { return of > 0 ? double(count) / of : 0.0; }

} // namespace

QStringList musicNames()
{
    return {"in_key", "notes_per_beat", "mean_duration", "steps", "leaps", "repeats",
            "range", "velocity", "on_beat", "register"};
}

QStringList sketchNames() { return {"strokes", "straight", "turning", "length", "wide", "points"}; }

QStringList names(const QString &kind)
{
    return kind == QLatin1String("music") ? musicNames() : kind == QLatin1String("sketch") ? sketchNames() : QStringList();
}

QString kindOf(const QJsonObject &sample)
{
    if (sample.value("notes").isArray())
        return QStringLiteral("music");
    if (sample.value("strokes").isArray())
        return QStringLiteral("sketch");
    return {};
}

std::vector<double> music(const QJsonObject &sample)
{
    const QJsonArray notes = sample.value("notes").toArray();
    const QJsonArray context = sample.value("context").toArray();
    const QJsonObject key = sample.value("key").toObject();
    const int tonic = key.value("tonic").toInt(0);
    const bool minor = key.value("mode").toString() == QLatin1String("minor");
    const int n = int(notes.size());
    int inKey = 0, steps = 0, leaps = 0, repeats = 0, onBeat = 0;
    int low = 127, high = 0;
    double end = 0, duration = 0, velocity = 0, pitchSum = 0;
    for (int i = 0; i < n; ++i) {
        const QJsonObject note = notes[i].toObject();
        const int pitch = note.value("pitch").toInt();
        const double start = note.value("start").toDouble(), length = note.value("duration").toDouble();
        inKey += inScale(pitch, tonic, minor) ? 1 : 0;
        low = std::min(low, pitch);
        high = std::max(high, pitch);
        end = std::max(end, start + length);
        duration += length;
        velocity += note.value("velocity").toDouble();
        pitchSum += pitch;
        onBeat += std::abs(start - std::round(start)) < 1e-3 ? 1 : 0;
        if (i > 0) {
            const int move = std::abs(pitch - notes[i - 1].toObject().value("pitch").toInt());
            steps += move == 1 || move == 2 ? 1 : 0;
            leaps += move > 7 ? 1 : 0;
            repeats += move == 0 ? 1 : 0;
        }
    }
    double contextMean = 0;
    for (const QJsonValue &c : context)
        contextMean += c.toObject().value("pitch").toDouble();
    const double register_ = n > 0 && !context.isEmpty() ? (pitchSum / n - contextMean / context.size()) / 12.0 : 0.0;
    return {share(inKey, n),
            n > 0 ? std::min(n / std::max(end, 1.0), 8.0) / 8.0 : 0.0,
            n > 0 ? std::min(duration / n, 2.0) / 2.0 : 0.0,
            share(steps, n - 1),
            share(leaps, n - 1),
            share(repeats, n - 1),
            n > 0 ? std::min(high - low, 48) / 24.0 : 0.0,
            n > 0 ? velocity / n / 127.0 : 0.0,
            share(onBeat, n),
            std::clamp(register_, -2.0, 2.0)};
}

std::vector<double> sketch(const QJsonObject &sample)
{
    const QJsonArray strokes = sample.value("strokes").toArray();
    int counted = 0, straight = 0, points = 0;
    double turning = 0, length = 0;
    double minX = 1e300, minY = 1e300, maxX = -1e300, maxY = -1e300;
    for (const QJsonValue &sv : strokes) {
        const QJsonArray s = sv.toArray();
        points += int(s.size());
        double path = 0, total = 0;
        for (int i = 0; i < s.size(); ++i) {
            const double x = s[i].toObject().value("x").toDouble(), y = s[i].toObject().value("y").toDouble();
            minX = std::min(minX, x), maxX = std::max(maxX, x), minY = std::min(minY, y), maxY = std::max(maxY, y);
            if (i > 0)
                path += std::hypot(x - s[i - 1].toObject().value("x").toDouble(), y - s[i - 1].toObject().value("y").toDouble());
            if (i > 1) {
                const QJsonObject a = s[i - 2].toObject(), b = s[i - 1].toObject();
                const double d1 = std::atan2(b.value("y").toDouble() - a.value("y").toDouble(),
                                             b.value("x").toDouble() - a.value("x").toDouble());
                const double d2 = std::atan2(y - b.value("y").toDouble(), x - b.value("x").toDouble());
                total += std::remainder(d2 - d1, 2 * M_PI);
            }
        }
        length += path;
        if (s.size() >= 3) {
            ++counted;
            const QJsonObject first = s.first().toObject(), last = s.last().toObject();
            const double chord = std::hypot(last.value("x").toDouble() - first.value("x").toDouble(),
                                            last.value("y").toDouble() - first.value("y").toDouble());
            straight += path > 0 && chord >= 0.98 * path ? 1 : 0;
            turning += std::min(std::abs(total) / (2 * M_PI), 1.0);
        }
    }
    const int n = int(strokes.size());
    const double w = n > 0 ? maxX - minX : 0, h = n > 0 ? maxY - minY : 0;
    const double diagonal = std::hypot(w, h);
    return {std::min(n, 40) / 20.0,
            share(straight, counted),
            counted > 0 ? turning / counted : 0.0,
            diagonal > 0 ? std::min(length / diagonal, 20.0) / 10.0 : 0.0,
            w + h > 0 ? w / (w + h) : 0.5,
            n > 0 ? std::min(double(points) / n, 100.0) / 50.0 : 0.0};
}

std::vector<double> of(const QString &kind, const QJsonObject &sample)
{
    return kind == QLatin1String("music") ? music(sample) : kind == QLatin1String("sketch") ? sketch(sample)
                                                                                          : std::vector<double>();
}

} // namespace atelier::core::PreferenceFeatures
