#include "music/MusicCorpus.h"

#include "midi/SmfReader.h"
#include "midi/SongConverter.h"
#include "music/HarmonyCorpus.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <algorithm>
#include <cmath>

namespace atelier::core {

namespace {

// Portable draws from the engine (the standard distributions differ between
// library implementations; these do not).
std::uint64_t uniformInt(std::mt19937_64 &rng, std::uint64_t n) { return n ? rng() % n : 0; }
double uniform01(std::mt19937_64 &rng) { return double(rng() >> 11) * 0x1.0p-53; }

QString where(const QString &path, const QString &problem)
{
    return QFileInfo(path).fileName() + QStringLiteral(": ") + problem;
}

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

QStringList midiFiles(const QDir &dir, int maxFiles)
{
    QStringList files = dir.entryList({QStringLiteral("*.mid"), QStringLiteral("*.midi"), QStringLiteral("*.MID")},
                                      QDir::Files, QDir::Name);
    files.removeDuplicates();
    if (maxFiles > 0 && files.size() > maxFiles)
        files = files.mid(0, maxFiles);
    return files;
}

// The song of a MIDI file, or the problem.
std::optional<Song> readSong(const QString &path, QString *problem)
{
    SmfError error;
    const auto file = SmfReader::readFile(path, &error);
    if (!file) {
        *problem = error.message();
        return std::nullopt;
    }
    return SongConverter::fromSmf(*file);
}

// One CSV line into fields ("" quotes and doubled quotes inside them).
QStringList csvFields(const QString &line)
{
    QStringList out;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < line.size() && line[i + 1] == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            out.append(field);
            field.clear();
        } else {
            field += c;
        }
    }
    out.append(field);
    return out;
}

// file name -> maestro_source_midi, from index.csv (empty when missing).
QHash<QString, QString> readIndex(const QString &path)
{
    QHash<QString, QString> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return out;
    const QStringList head = csvFields(QString::fromUtf8(f.readLine()).trimmed());
    const qsizetype cFile = head.indexOf(QStringLiteral("file"));
    const qsizetype cSource = head.indexOf(QStringLiteral("maestro_source_midi"));
    if (cFile < 0 || cSource < 0)
        return out;
    while (!f.atEnd()) {
        const QStringList row = csvFields(QString::fromUtf8(f.readLine()).trimmed());
        if (row.size() > std::max(cFile, cSource))
            out.insert(row[cFile].trimmed(), row[cSource].trimmed());
    }
    return out;
}

// A window of `tokens` tiled to exactly `count` tokens (for material shorter than a window).
std::vector<int> tiled(const std::vector<int> &tokens, int count)
{
    std::vector<int> out;
    if (tokens.empty())
        return out;
    out.reserve(std::size_t(count));
    while (int(out.size()) < count)
        out.push_back(tokens[out.size() % tokens.size()]);
    return out;
}

MusicWindow withDensity(std::vector<int> tokens)
{
    MusicWindow w;
    const int rows = std::max<int>(int(tokens.size()) - 1, 0);
    const std::vector<float> c =
        PerformanceEncoding::densityControl(PerformanceEncoding::densityBin(PerformanceEncoding::tokenDensity(tokens)));
    w.controls.reserve(std::size_t(rows) * c.size());
    for (int i = 0; i < rows; ++i)
        w.controls.insert(w.controls.end(), c.begin(), c.end());
    w.tokens = std::move(tokens);
    return w;
}

} // namespace

std::uint32_t fnv1a32(const QByteArray &bytes)
{
    std::uint32_t h = 2166136261u;
    for (char c : bytes) {
        h ^= std::uint8_t(c);
        h *= 16777619u;
    }
    return h;
}

// ---- MelodyCorpus -------------------------------------------------------------

MusicSplit MelodyCorpus::splitOf(const QString &baseName)
{
    switch (fnv1a32(baseName.toUtf8()) % 20) {
    case 0: return MusicSplit::Test;
    case 1: return MusicSplit::Valid;
    default: return MusicSplit::Train;
    }
}

std::unique_ptr<MelodyCorpus> MelodyCorpus::load(const QString &dirPath, QString *error, int maxFiles,
                                                 bool withChords)
{
    const QDir dir(dirPath);
    if (!dir.exists()) {
        setError(error, dirPath + QStringLiteral(": folder not found"));
        return nullptr;
    }
    std::unique_ptr<MelodyCorpus> corpus(new MelodyCorpus);
    corpus->m_withChords = withChords;
    for (const QString &name : midiFiles(dir, maxFiles)) {
        const QString path = dir.filePath(name);
        QString problem;
        const auto song = readSong(path, &problem);
        if (!song) {
            corpus->m_skipped.append(problem);
            continue;
        }
        QList<Note> notes;
        QList<ChordChange> chords;
        if (withChords) {
            int melodyTrack = 0;
            if (!HarmonyCorpus::melodyAndChords(*song, &melodyTrack, &chords)) {
                corpus->m_skipped.append(where(path, QStringLiteral("no chord track")));
                continue;
            }
            notes = song->tracks[melodyTrack].notes;
        } else {
            for (const Track &t : song->tracks)
                if (t.channel != kDrumChannel)
                    notes += t.notes;
        }
        if (notes.isEmpty()) {
            corpus->m_skipped.append(where(path, QStringLiteral("no notes")));
            continue;
        }
        Tick end = 0;
        for (const Note &n : notes)
            end = std::max(end, n.end());
        const qint64 steps = MelodyEncoding::nearestStep(song->ppq, 0, end) + 1;
        if (steps < 2 || steps > 10'000'000) {
            corpus->m_skipped.append(where(path, QStringLiteral("unusable length (%1 steps)").arg(steps)));
            continue;
        }
        Tune tune;
        tune.name = QFileInfo(name).completeBaseName();
        tune.transpose = MelodyEncoding::transposeIntoRange(notes);
        tune.labels = MelodyEncoding::encode(notes, song->ppq, 0, int(steps), tune.transpose);
        if (withChords)
            tune.chords = ChordConditioning::stepChords(chords, song->ppq, 0, int(steps));
        tune.split = splitOf(tune.name);
        const int index = int(corpus->m_tunes.size());
        switch (tune.split) {
        case MusicSplit::Train:
            corpus->m_train.push_back(index);
            corpus->m_trainEvents += std::int64_t(tune.labels.size());
            break;
        case MusicSplit::Valid: corpus->m_valid.push_back(index); break;
        case MusicSplit::Test: corpus->m_test.push_back(index); break;
        }
        corpus->m_tunes.push_back(std::move(tune));
    }
    if (corpus->m_tunes.empty()) {
        setError(error, dirPath + (corpus->m_skipped.isEmpty() ? QStringLiteral(": no MIDI files")
                                                              : QStringLiteral(": no usable MIDI files (") +
                                                                    corpus->m_skipped.first() + QLatin1Char(')')));
        return nullptr;
    }
    return corpus;
}

const std::vector<int> &MelodyCorpus::indices(MusicSplit split) const
{
    return split == MusicSplit::Train ? m_train : split == MusicSplit::Valid ? m_valid : m_test;
}

int MelodyCorpus::count(MusicSplit split) const { return int(indices(split).size()); }

QStringList MelodyCorpus::fileNames(MusicSplit split) const
{
    QStringList out;
    for (int i : indices(split))
        out.append(m_tunes[std::size_t(i)].name);
    return out;
}

std::int64_t MelodyCorpus::events() const
{
    std::int64_t n = 0;
    for (const Tune &t : m_tunes)
        n += std::int64_t(t.labels.size());
    return n;
}

QString MelodyCorpus::describe() const
{
    return QStringLiteral("%1 train / %2 valid / %3 test tunes, %4 events")
        .arg(m_train.size()).arg(m_valid.size()).arg(m_test.size()).arg(events());
}

int MelodyCorpus::sequenceCount(bool test) const
{
    return count(test ? MusicSplit::Test : MusicSplit::Valid);
}

MusicWindow MelodyCorpus::sequence(bool test, int index) const
{
    const std::vector<int> &list = indices(test ? MusicSplit::Test : MusicSplit::Valid);
    if (index < 0 || index >= int(list.size()))
        return {};
    return tuneWindow(m_tunes[std::size_t(list[std::size_t(index)])]);
}

MusicWindow MelodyCorpus::trainSequence(int index) const
{
    if (index < 0 || index >= int(m_train.size()))
        return {};
    return tuneWindow(m_tunes[std::size_t(m_train[std::size_t(index)])]);
}

MusicWindow MelodyCorpus::tuneWindow(const Tune &tune) const
{
    return MusicWindow{tune.labels, m_withChords ? ChordConditioning::controlRows(tune.chords) : std::vector<float>{}};
}

MusicWindow MelodyCorpus::sampleTrainWindow(std::mt19937_64 &rng, int length) const
{
    MusicWindow w;
    if (length <= 0 || m_train.empty())
        return w;
    const std::size_t need = std::size_t(length) + 1;
    std::vector<StepChord> chords;   // with chords: the window's, step by step
    // Every window start of every long-enough train tune, uniformly.
    std::uint64_t total = 0;
    for (int i : m_train) {
        const std::size_t n = m_tunes[std::size_t(i)].labels.size();
        if (n >= need)
            total += n - need + 1;
    }
    if (total > 0) {
        std::uint64_t r = uniformInt(rng, total);
        for (int i : m_train) {
            const std::vector<int> &labels = m_tunes[std::size_t(i)].labels;
            if (labels.size() < need)
                continue;
            const std::uint64_t starts = labels.size() - need + 1;
            if (r < starts) {
                w.tokens.assign(labels.begin() + std::ptrdiff_t(r), labels.begin() + std::ptrdiff_t(r + need));
                if (m_withChords) {
                    const std::vector<StepChord> &c = m_tunes[std::size_t(i)].chords;
                    chords.assign(c.begin() + std::ptrdiff_t(r), c.begin() + std::ptrdiff_t(r + need));
                }
                break;
            }
            r -= starts;
        }
    } else {
        while (w.tokens.size() < need) {   // concatenate random train tunes
            const Tune &tune = m_tunes[std::size_t(m_train[uniformInt(rng, m_train.size())])];
            w.tokens.insert(w.tokens.end(), tune.labels.begin(), tune.labels.end());
            chords.insert(chords.end(), tune.chords.begin(), tune.chords.end());
        }
        w.tokens.resize(need);
        if (m_withChords)
            chords.resize(need);
    }
    // A transposition in [-5, +6] that keeps every onset in range.
    int lo = MelodyEncoding::kMaxPitch, hi = MelodyEncoding::kMinPitch;
    for (int l : w.tokens)
        if (MelodyEncoding::isNoteOn(l)) {
            lo = std::min(lo, MelodyEncoding::pitchOf(l));
            hi = std::max(hi, MelodyEncoding::pitchOf(l));
        }
    std::vector<int> shifts;
    for (int s = -5; s <= 6; ++s)
        if (s == 0 || lo > hi || (lo + s >= MelodyEncoding::kMinPitch && hi + s <= MelodyEncoding::kMaxPitch))
            shifts.push_back(s);
    const int shift = shifts[uniformInt(rng, shifts.size())];
    if (shift != 0)
        for (int &l : w.tokens)
            if (MelodyEncoding::isNoteOn(l))
                l += shift;
    if (m_withChords)
        w.controls = ChordConditioning::controlRows(chords, shift);
    return w;
}

// ---- PerformanceCorpus -----------------------------------------------------------

MusicSplit PerformanceCorpus::splitOf(const QString &recording)
{
    switch (fnv1a32(recording.toUtf8()) % 20) {
    case 0:
    case 1: return MusicSplit::Test;
    case 2: return MusicSplit::Valid;
    default: return MusicSplit::Train;
    }
}

std::unique_ptr<PerformanceCorpus> PerformanceCorpus::load(const QString &dirPath, QString *error, int maxFiles)
{
    const QDir dir(dirPath);
    if (!dir.exists()) {
        setError(error, dirPath + QStringLiteral(": folder not found"));
        return nullptr;
    }
    const QHash<QString, QString> index = readIndex(dir.filePath(QStringLiteral("index.csv")));
    std::unique_ptr<PerformanceCorpus> corpus(new PerformanceCorpus);
    for (const QString &name : midiFiles(dir, maxFiles)) {
        const QString path = dir.filePath(name);
        QString problem;
        const auto song = readSong(path, &problem);
        if (!song) {
            corpus->m_skipped.append(problem);
            continue;
        }
        Performance p;
        for (int t = 0; t < song->tracks.size(); ++t)
            if (song->tracks[t].channel != kDrumChannel)
                p.notes += songNotesToTimed(*song, t, 0, 0, true);
        if (p.notes.isEmpty()) {
            corpus->m_skipped.append(where(path, QStringLiteral("no notes")));
            continue;
        }
        std::stable_sort(p.notes.begin(), p.notes.end(), [](const TimedNote &a, const TimedNote &b) {
            return a.start != b.start ? a.start < b.start : a.pitch < b.pitch;
        });
        const double first = p.notes.first().start;
        for (TimedNote &n : p.notes) {
            n.start -= first;
            n.end -= first;
            p.seconds = std::max(p.seconds, n.end);
        }
        p.file = name;
        p.recording = index.value(name);
        if (p.recording.isEmpty())
            p.recording = name;
        p.split = splitOf(p.recording);
        p.tokens = PerformanceEncoding::encode(p.notes);

        const int fileIndex = int(corpus->m_files.size());
        std::vector<Chunk> &chunks = p.split == MusicSplit::Train ? corpus->m_trainChunks
                                     : p.split == MusicSplit::Valid ? corpus->m_validChunks
                                                                    : corpus->m_testChunks;
        const int n = int(p.tokens.size());
        const int pieces = std::max(1, (n + kChunkTokens - 1) / kChunkTokens);
        for (int k = 0; k < pieces; ++k) {
            Chunk c{fileIndex, int(std::int64_t(n) * k / pieces), int(std::int64_t(n) * (k + 1) / pieces), 0};
            const std::vector<int> part(p.tokens.begin() + c.begin, p.tokens.begin() + c.end);
            c.densityBin = PerformanceEncoding::densityBin(PerformanceEncoding::tokenDensity(part));
            if (c.end > c.begin)
                chunks.push_back(c);
        }
        if (p.split == MusicSplit::Train) {
            corpus->m_trainFiles.push_back(fileIndex);
            corpus->m_trainEvents += std::int64_t(p.tokens.size());
        }
        corpus->m_files.push_back(std::move(p));
    }
    if (corpus->m_files.empty()) {
        setError(error, dirPath + (corpus->m_skipped.isEmpty() ? QStringLiteral(": no MIDI files")
                                                              : QStringLiteral(": no usable MIDI files (") +
                                                                    corpus->m_skipped.first() + QLatin1Char(')')));
        return nullptr;
    }
    return corpus;
}

int PerformanceCorpus::count(MusicSplit split) const
{
    return int(std::count_if(m_files.begin(), m_files.end(), [&](const Performance &p) { return p.split == split; }));
}

QStringList PerformanceCorpus::fileNames(MusicSplit split) const
{
    QStringList out;
    for (const Performance &p : m_files)
        if (p.split == split)
            out.append(p.file);
    return out;
}

std::int64_t PerformanceCorpus::events() const
{
    std::int64_t n = 0;
    for (const Performance &p : m_files)
        n += std::int64_t(p.tokens.size());
    return n;
}

double PerformanceCorpus::seconds(MusicSplit split) const
{
    double s = 0;
    for (const Performance &p : m_files)
        if (p.split == split)
            s += p.seconds;
    return s;
}

QString PerformanceCorpus::describe() const
{
    const double hours = (seconds(MusicSplit::Train) + seconds(MusicSplit::Valid) + seconds(MusicSplit::Test)) / 3600.0;
    return QStringLiteral("%1 train / %2 valid / %3 test files (%4 h), %5 events")
        .arg(count(MusicSplit::Train)).arg(count(MusicSplit::Valid)).arg(count(MusicSplit::Test))
        .arg(hours, 0, 'f', 1).arg(events());
}

MusicWindow PerformanceCorpus::chunkWindow(const Chunk &chunk) const
{
    const std::vector<int> &tokens = m_files[std::size_t(chunk.file)].tokens;
    MusicWindow w;
    w.tokens.assign(tokens.begin() + chunk.begin, tokens.begin() + chunk.end);
    const std::vector<float> c = PerformanceEncoding::densityControl(chunk.densityBin);
    const int rows = std::max<int>(int(w.tokens.size()) - 1, 0);
    w.controls.reserve(std::size_t(rows) * c.size());
    for (int i = 0; i < rows; ++i)
        w.controls.insert(w.controls.end(), c.begin(), c.end());
    return w;
}

int PerformanceCorpus::sequenceCount(bool test) const
{
    return int(test ? m_testChunks.size() : m_validChunks.size());
}

MusicWindow PerformanceCorpus::sequence(bool test, int index) const
{
    const std::vector<Chunk> &chunks = test ? m_testChunks : m_validChunks;
    if (index < 0 || index >= int(chunks.size()))
        return {};
    return chunkWindow(chunks[std::size_t(index)]);
}

MusicWindow PerformanceCorpus::trainSequence(int index) const
{
    if (index < 0 || index >= int(m_trainChunks.size()))
        return {};
    return chunkWindow(m_trainChunks[std::size_t(index)]);
}

MusicWindow PerformanceCorpus::sampleTrainWindow(std::mt19937_64 &rng, int length) const
{
    if (length <= 0 || m_trainFiles.empty())
        return {};
    const int need = length + 1;
    double totalSeconds = 0;
    for (int f : m_trainFiles)
        totalSeconds += m_files[std::size_t(f)].seconds;

    for (int attempt = 0; attempt < 16; ++attempt) {
        // A file by duration, a start time in it.
        double r = uniform01(rng) * totalSeconds;
        int fileIndex = m_trainFiles.back();
        for (int f : m_trainFiles) {
            if (r < m_files[std::size_t(f)].seconds) {
                fileIndex = f;
                break;
            }
            r -= m_files[std::size_t(f)].seconds;
        }
        const Performance &p = m_files[std::size_t(fileIndex)];
        const double t0 = uniform01(rng) * p.notes.last().start;
        const auto first = std::lower_bound(p.notes.begin(), p.notes.end(), t0,
                                            [](const TimedNote &n, double t) { return n.start < t; });
        const qsizetype begin = first - p.notes.begin();
        const double stretch = 0.95 + 0.1 * uniform01(rng);
        const double origin = p.notes[begin].start;

        // Take more and more notes until the exact part of the encoding (the
        // events before the first note left out) holds `need` tokens.
        qsizetype take = std::max<qsizetype>(8, need / 3);
        while (true) {
            qsizetype end = std::min(begin + take, p.notes.size());
            while (end < p.notes.size() && p.notes[end].start == p.notes[end - 1].start)
                ++end;
            QList<TimedNote> window = p.notes.mid(begin, end - begin);
            int lo = 127, hi = 0;
            for (const TimedNote &n : window) {
                lo = std::min(lo, n.pitch);
                hi = std::max(hi, n.pitch);
            }
            for (TimedNote &n : window) {
                n.start = (n.start - origin) * stretch;
                n.end = (n.end - origin) * stretch;
            }
            std::vector<int> tokens = PerformanceEncoding::encode(window);
            std::size_t exact = tokens.size();
            if (end < p.notes.size()) {
                const qint64 limit = qint64(std::floor((p.notes[end].start - origin) * stretch / PerformanceEncoding::kStepSeconds + 0.5));
                qint64 clock = 0;
                exact = 0;
                for (int t : tokens) {
                    if (PerformanceEncoding::isTimeShift(t)) {
                        if (clock + PerformanceEncoding::shiftStepsOf(t) > limit)
                            break;
                        clock += PerformanceEncoding::shiftStepsOf(t);
                    } else if (clock >= limit) {
                        break;
                    }
                    ++exact;
                }
            }
            if (exact >= std::size_t(need)) {
                tokens.resize(std::size_t(need));
                // Augment: a transposition in [-3, +3] that keeps the notes on the piano.
                std::vector<int> shifts;
                for (int s = -3; s <= 3; ++s)
                    if (s == 0 || (lo + s >= 21 && hi + s <= 108))
                        shifts.push_back(s);
                const int shift = shifts[uniformInt(rng, shifts.size())];
                if (shift != 0)
                    for (int &t : tokens)
                        if (PerformanceEncoding::isNoteOn(t) || PerformanceEncoding::isNoteOff(t))
                            t = std::clamp(PerformanceEncoding::pitchOf(t) + shift, 0, 127) +
                                (PerformanceEncoding::isNoteOn(t) ? PerformanceEncoding::kNoteOnBase
                                                                  : PerformanceEncoding::kNoteOffBase);
                return withDensity(std::move(tokens));
            }
            if (end >= p.notes.size())
                break;   // not enough left after t0: draw again
            take *= 2;
        }
    }
    // Longer than the material: the longest train file, tiled.
    int longest = m_trainFiles.front();
    for (int f : m_trainFiles)
        if (m_files[std::size_t(f)].tokens.size() > m_files[std::size_t(longest)].tokens.size())
            longest = f;
    return withDensity(tiled(m_files[std::size_t(longest)].tokens, need));
}

} // namespace atelier::core
