#pragma once
// The Sound-Morph instrument as a project keeps it: the timbre model (by file
// name, as TrackSound), the four corners (a model instrument or a user's
// recording, each with its embedding z), the point on the pad, two-corner
// mode, the envelope and the gain. Plain data; MorphModel (core/timbre) edits
// it with undo, the project file stores it.

#include "document/SoundEnvelope.h"

#include <QString>
#include <array>
#include <vector>

namespace atelier::core {

struct MorphCorner {
    int instrument = -1;  // index into ITimbreModel::instruments(), -1 for a recording
    QString wavPath;      // the recording (instrument == -1)
    QString name;         // shown on the pad, the map and in the combo
    std::vector<float> z;
    bool isValid() const { return !z.empty(); }
    bool operator==(const MorphCorner &o) const = default;
};

struct MorphState {
    static constexpr int kCorners = 4;
    QString model;        // the timbre model's file name (or absolute path); empty: no morph
    std::array<MorphCorner, kCorners> corners;
    double x = 0.5, y = 0.5;   // the point on the pad, 0..1 each (y = 0: top edge)
    bool twoCorners = false;   // morph A to B along the top edge
    SoundEnvelope envelope;
    double gain = 1.0;         // linear
    bool isEmpty() const { return model.isEmpty(); }
    bool operator==(const MorphState &o) const = default;
};

} // namespace atelier::core
