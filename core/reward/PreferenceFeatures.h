#pragma once
// PreferenceFeatures: a few plain measures of a sample (RewardSample's
// JSON) that a preference model weighs. Each is a share or a scaled count,
// mostly between 0 and 1, so that a user can read the weights.
//  - music: in_key, notes_per_beat (/8), mean_duration (beats, /2), steps
//    (moves of 1-2 semitones), leaps (more than 7), repeats (same pitch),
//    range (/24), velocity (/127), on_beat (onsets on a beat), register
//    (mean pitch against the primer's, /12).
//  - sketches: strokes (/20), straight (share of straight strokes), turning
//    (mean total turning, /2π, at most 1), length (path length against the
//    bounding box's diagonal, /10), wide (width / (width + height)),
//    points (mean points per stroke, /50).

#include <QJsonObject>
#include <QStringList>
#include <vector>

namespace atelier::core::PreferenceFeatures {

QStringList musicNames();
QStringList sketchNames();
// The names for a kind ("music" or "sketch"); empty for another.
QStringList names(const QString &kind);
std::vector<double> music(const QJsonObject &sample);
std::vector<double> sketch(const QJsonObject &sample);
std::vector<double> of(const QString &kind, const QJsonObject &sample);
// "music" when the sample has notes, "sketch" when it has strokes, else "".
QString kindOf(const QJsonObject &sample);

} // namespace atelier::core::PreferenceFeatures
