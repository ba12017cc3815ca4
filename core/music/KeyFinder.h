#pragma once
// KeyFinder: the key a piece of music is in, from its notes (Krumhansl-
// Schmuckler key finding). The duration-weighted pitch-class histogram of
// the notes is correlated with the 24 rotations of a major and a minor key
// profile; the best correlation names the key.
//
// The default profiles are Albrecht & Shanahan's (2013), measured on a corpus
// of major and minor pieces: their minor profile weighs the leading tone and
// the raised sixth the way minor-key music uses them, and barely counts the
// major third, so a final Picardy third does not turn a minor piece major.
// Measured on the 56 Well-Tempered Clavier files of the ASAP subset (keys
// from their BWV numbers), whole files: Albrecht-Shanahan 56/56, Krumhansl-
// Kessler 55/56 (`atelier eval keys`). The key is only as good as what it is
// given: weigh the whole part, not the last bars (a cadence alone is
// ambiguous).
//
// The confidence is the softmax weight of the best key among all 24
// correlations (temperature 0.02): near 1 when one key stands out, near 0.5
// when two keys (typically relative major and minor) are as likely.

#include "document/Song.h"
#include "music/MusicEncoding.h"

#include <array>

namespace atelier::core::KeyFinder {

enum class Profile { AlbrechtShanahan, KrumhanslKessler };

struct Estimate {
    KeyScale key;              // C major when there are no notes
    double correlation = 0;    // of the best key, -1..1
    double confidence = 0;     // 0..1 (0: no notes)
    bool valid() const { return confidence > 0; }
};

// The duration-weighted pitch-class histogram (index 0 = C).
std::array<double, 12> histogram(const QList<Note> &notes);
Estimate estimate(const std::array<double, 12> &histogram, Profile profile = Profile::AlbrechtShanahan);
Estimate estimate(const QList<Note> &notes, Profile profile = Profile::AlbrechtShanahan);
// The song's pitched notes (drum tracks left out) that start in [from, to)
// (to < 0: to the end); track < 0: every track.
Estimate estimate(const Song &song, int track = -1, Tick from = 0, Tick to = -1);

} // namespace atelier::core::KeyFinder
