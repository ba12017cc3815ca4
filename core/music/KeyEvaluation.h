#pragma once
// How right KeyFinder is, on labelled music in the data path:
//  - the Well-Tempered Clavier files of the ASAP subset (file names with
//    "bwv_NNN"): Books I (BWV 846–869) and II (870–893) each run C major,
//    C minor, C♯ major, C♯ minor, … B minor, so the number names the key;
//  - the Nottingham tunes against their key signatures. A modal tune carries
//    its parent major's signature (a D Dorian tune has C major's), so besides
//    the exact agreement the same-signature agreement counts an estimate whose
//    notes are the signature's (the relative minor, or the major itself).
// Each file's key is estimated from all its pitched notes.

#include "music/KeyFinder.h"

#include <QStringList>
#include <optional>

namespace atelier::core::KeyEvaluation {

// The key of a Well-Tempered Clavier piece by its BWV number; nullopt outside 846–893.
std::optional<KeyScale> bwvKey(int bwv);

struct Result {
    int files = 0;
    int correct = 0;          // tonic and mode (WTC), or exactly the signature's key (Nottingham)
    int tonicCorrect = 0;     // WTC: the tonic, whatever the mode
    int sameSignature = 0;    // Nottingham: the signature's notes
    QStringList wrong;        // "file: estimated, expected"
    double accuracy() const { return files > 0 ? double(correct) / files : 0.0; }
};

// Files that cannot be read count as wrong. `dir`: the ASAP subset folder.
Result wellTemperedClavier(const QString &dir, KeyFinder::Profile profile = KeyFinder::Profile::AlbrechtShanahan);
// `dir`: a folder of Nottingham tunes (*.mid with a key signature; others are left out).
Result nottingham(const QString &dir, KeyFinder::Profile profile = KeyFinder::Profile::AlbrechtShanahan);

} // namespace atelier::core::KeyEvaluation
