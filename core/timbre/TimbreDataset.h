#pragma once
// TimbreDataset: single notes rendered with libfluidsynth from General MIDI
// SoundFonts, the training and evaluation data of the timbre model.
//
// For each SoundFont, GM program (0..111, the pitched ones by default), pitch
// (36..84 every 3 semitones) and velocity (40, 80, 120): a 4 s note at 16 kHz,
// note-on at 0 and note-off at 3 s; plus, per (program, pitch), one copy at a
// random one of the velocities with a random note-off time in [0.1, 2.5] s.
// Reverb and chorus are off. Notes whose peak stays under -50 dBFS are
// dropped (programs a SoundFont does not fill). Pitches 45, 60 and 75 are held
// out for evaluation (isHeldOut).
//
// The notes are rendered once into a cache folder, one file per SoundFont
// and spec ("<cache>/<soundfont base name>-<spec hash>.notes", int16 samples,
// written atomically), and read back from there later. Rendering takes about
// 35 s per SoundFont; a full SoundFont's file is about 1 GB, which is why it
// lives in a cache and never in the repository.
//
// Instruments are (SoundFont, program) pairs, indexed 0..instrumentCount()-1.

#include <QString>
#include <QStringList>
#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

namespace atelier::core::timbre {

struct TimbreDatasetSpec {
    QStringList soundFonts;                 // paths; empty = defaultSoundFonts()
    std::vector<int> programs;              // empty = 0..111
    std::vector<int> pitches;               // empty = 36, 39, ..., 84
    std::vector<int> velocities{40, 80, 120};
    double seconds = 4.0, noteOff_s = 3.0;
    bool randomOffCopies = true;
    std::uint64_t seed = 7;
};

struct TimbreNote {
    int instrument = 0;    // index into TimbreDataset::instruments()
    int pitch = 60, velocity = 80;
    float noteOff_s = 3;
    std::vector<std::int16_t> samples;  // 16 kHz
    float sample(std::size_t i) const { return samples[i] * (1.0f / 32768.0f); }
    std::vector<float> toFloat() const;
};

struct TimbreDatasetInstrument {
    QString soundFont;  // base name, e.g. "FluidR3_GM"
    int program = 0;
    QString name() const;  // "Flute (FluidR3_GM)"
};

class TimbreDataset {
public:
    static QStringList defaultSoundFonts();  // the MIT-licensed Debian GM SoundFonts that are installed
    static QString defaultCacheDir();
    static bool isHeldOut(int pitch) { return pitch == 45 || pitch == 60 || pitch == 75; }

    // Renders what is not cached yet, then loads. progress(done, total) may
    // return false to cancel. nullptr and *error on failure.
    static std::unique_ptr<TimbreDataset> build(const TimbreDatasetSpec &spec, const QString &cacheDir,
                                                QString *error,
                                                const std::function<bool(int done, int total)> &progress = {});

    const std::vector<TimbreDatasetInstrument> &instruments() const { return m_instruments; }
    const std::vector<TimbreNote> &notes() const { return m_notes; }
    // Indices of notes in the training split (pitch not held out) / held-out split.
    std::vector<int> trainNotes() const;
    std::vector<int> heldOutNotes() const;
    // A training note of the instrument at pitch/velocity with note-off at 3 s (-1 if none).
    int find(int instrument, int pitch, int velocity, bool standardOff = true) const;
    const TimbreDatasetSpec &spec() const { return m_spec; }

private:
    TimbreDatasetSpec m_spec;
    std::vector<TimbreDatasetInstrument> m_instruments;
    std::vector<TimbreNote> m_notes;
};

} // namespace atelier::core::timbre
