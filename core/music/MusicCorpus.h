#pragma once
// The two training corpora of the music models, as IMusicTrainingData.
//
// MelodyCorpus: a folder of monophonic MIDI tunes (shared/data/midi/
// nottingham/melody). Each file becomes one tune: the notes of all its tracks
// encoded with MelodyEncoding over the whole tune from tick 0 (steps up to
// the last note's end, so the final NOTE_OFF is in), octave-transposed into
// range with transposeIntoRange; polyphonic spots keep the highest note.
// Split BY TUNE: FNV-1a (32 bit) of the file's base name (UTF-8, without
// ".mid") mod 20: 0 -> test, 1 -> valid, else train (about 5 / 5 / 90 %).
// Train windows: a start drawn uniformly over every window of length + 1
// labels of every train tune long enough (so longer tunes weigh more), then a
// transposition drawn uniformly among those in [-5, +6] semitones that keep
// every onset of the window in [48, 83] (0 always qualifies). When no train
// tune is long enough, random train tunes are concatenated. No controls.
// Held-out and train sequences: whole tunes.
//
// PerformanceCorpus: a folder of piano performances with index.csv
// (shared/data/midi/asap-maestro-subset). Each file: the notes of all tracks
// in seconds, extended by each track's sustain pedal (CC64, see
// PerformanceEncoding::applySustain), shifted so that the first note starts
// at 0. Split BY RECORDING: FNV-1a of the index's `maestro_source_midi`
// (the file's own name when that is empty, or when the file is not in the
// index or there is no index) mod 20: 0, 1 -> test, 2 -> valid, else train,
// so excerpts of one recording never straddle splits. Train windows: a file
// drawn with probability proportional to its duration, a start time drawn
// uniformly in it (the window starts at the first note-on at or after it,
// with the velocity token then current), a transposition drawn uniformly
// among those in [-3, +3] semitones that keep the window in [21, 108], and a
// time stretch drawn uniformly in [0.95, 1.05]; then length + 1 tokens. The
// controls of every position are densityControl(densityBin(tokenDensity of
// the window)). Held-out and train sequences: each file encoded whole, then
// cut into near-equal chunks of at most kChunkTokens tokens, each with the
// density control of its own note-ons per second, constant over the chunk.
//
// Every MusicWindow carries (tokens.size() - 1) * controlSize() controls
// (one row per input position). Files that cannot be read are skipped and
// listed in skippedFiles(); load() fails only when the folder is missing or
// yields nothing. All const functions are thread-safe.

#include "music/ChordConditioning.h"
#include "music/MusicEncoding.h"
#include "music/MusicTrainingData.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <memory>
#include <vector>

namespace atelier::core {

enum class MusicSplit { Train, Valid, Test };

// 32-bit FNV-1a (offset basis 2166136261, prime 16777619).
std::uint32_t fnv1a32(const QByteArray &bytes);

class MelodyCorpus final : public IMusicTrainingData {
public:
    struct Tune {
        QString name;              // base name, e.g. "jigs12"
        std::vector<int> labels;   // MelodyEncoding, in range
        std::vector<StepChord> chords;   // with chords: the chord of each step (labels.size() of them)
        int transpose = 0;         // the octave shift applied
        MusicSplit split = MusicSplit::Train;
    };

    // maxFiles > 0: only the first maxFiles files (by name), for quick runs.
    // nullptr and *error ("<dir>: problem") when nothing can be loaded.
    static std::unique_ptr<MelodyCorpus> load(const QString &dir, QString *error, int maxFiles = 0,
                                              bool withChords = false);
    static MusicSplit splitOf(const QString &baseName);

    int vocabSize() const override { return MelodyEncoding::kVocab; }
    int controlSize() const override { return m_withChords ? ChordConditioning::kControlSize : 0; }
    bool withChords() const { return m_withChords; }
    MusicWindow sampleTrainWindow(std::mt19937_64 &rng, int length) const override;
    int sequenceCount(bool test) const override;
    MusicWindow sequence(bool test, int index) const override;
    std::int64_t trainEvents() const override { return m_trainEvents; }
    int trainSequenceCount() const override { return int(m_train.size()); }
    MusicWindow trainSequence(int index) const override;
    std::shared_ptr<const IMusicTrainingData> trainShard(int index, int count) const override;

    int count(MusicSplit split) const;
    QStringList fileNames(MusicSplit split) const;   // base names, in load order
    const std::vector<Tune> &tunes() const { return m_tunes; }
    std::int64_t events() const;                     // labels over all splits
    QStringList skippedFiles() const { return m_skipped; }   // "file: problem"
    // "930 train / 52 valid / 52 test tunes, 402345 events"
    QString describe() const;

private:
    MelodyCorpus() = default;
    const std::vector<int> &indices(MusicSplit split) const;
    MusicWindow tuneWindow(const Tune &tune) const;
    std::vector<Tune> m_tunes;
    bool m_withChords = false;
    std::vector<int> m_train, m_valid, m_test;   // indices into m_tunes
    std::int64_t m_trainEvents = 0;
    QStringList m_skipped;
};

class PerformanceCorpus final : public IMusicTrainingData {
public:
    static constexpr int kChunkTokens = 1024;

    struct Performance {
        QString file;                // file name, e.g. "Bach__Fugue__bwv_846__Shi05M.mid"
        QString recording;           // the split key (maestro_source_midi or the file name)
        MusicSplit split = MusicSplit::Train;
        QList<TimedNote> notes;      // sustain applied, sorted by start, first at 0
        double seconds = 0;          // the last note's end
        std::vector<int> tokens;     // PerformanceEncoding::encode(notes)
    };

    static std::unique_ptr<PerformanceCorpus> load(const QString &dir, QString *error, int maxFiles = 0);
    static MusicSplit splitOf(const QString &recording);

    int vocabSize() const override { return PerformanceEncoding::kVocab; }
    int controlSize() const override { return PerformanceEncoding::kDensityBins; }
    MusicWindow sampleTrainWindow(std::mt19937_64 &rng, int length) const override;
    int sequenceCount(bool test) const override;
    MusicWindow sequence(bool test, int index) const override;
    std::int64_t trainEvents() const override { return m_trainEvents; }
    int trainSequenceCount() const override { return int(m_trainChunks.size()); }
    MusicWindow trainSequence(int index) const override;
    // Shards by train file (a file's chunks stay together).
    std::shared_ptr<const IMusicTrainingData> trainShard(int index, int count) const override;

    int count(MusicSplit split) const;                // files
    QStringList fileNames(MusicSplit split) const;
    const std::vector<Performance> &performances() const { return m_files; }
    std::int64_t events() const;                     // tokens over all splits
    double seconds(MusicSplit split) const;
    QStringList skippedFiles() const { return m_skipped; }
    // "150 train / 9 valid / 19 test files (14.0 h), 2012345 events"
    QString describe() const;

private:
    struct Chunk { int file; int begin; int end; int densityBin; };
    PerformanceCorpus() = default;
    MusicWindow chunkWindow(const Chunk &chunk) const;
    std::vector<Performance> m_files;
    std::vector<Chunk> m_trainChunks, m_validChunks, m_testChunks;
    std::vector<int> m_trainFiles;
    std::int64_t m_trainEvents = 0;
    QStringList m_skipped;
};

} // namespace atelier::core
