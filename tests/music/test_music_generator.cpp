// The sampling policy (generate), scoring, evaluation and continuation on
// small FAKE models implemented here: deterministic bigram tables, so every
// expectation can be computed by hand. No torch.

#include "../TestData.h"
#include "midi/SmfReader.h"
#include "midi/SongConverter.h"
#include "music/MusicContinuation.h"
#include "music/MusicCorpus.h"
#include "music/MusicEvaluation.h"
#include "music/MusicGenerator.h"
#include "music/NgramBaseline.h"

#include <QDir>
#include <QTest>

#include <atomic>
#include <cmath>

using namespace atelier::core;

namespace {

using ME = MelodyEncoding;
using PE = PerformanceEncoding;

QString dataDir()
{
    const QString env = qEnvironmentVariable("ATELIER_DATA");
    return env.isEmpty() ? QStringLiteral(ATELIER_SOURCE_DIR "/../shared") : env;
}

// Next-token logits that depend only on the last token fed: table[last][next]
// (a fixed pseudo-random table), plus 0.5 * k for control k set (so tests can
// see the controls). Performance tables favour time shifts so time moves on.
class BigramTableModel : public IMusicModel {
public:
    BigramTableModel(MusicModelKind kind, int vocab, int controls, std::uint64_t seed = 1)
        : m_kind(kind), m_vocab(vocab), m_controls(controls), m_table(std::size_t(vocab) * std::size_t(vocab))
    {
        std::mt19937_64 rng(seed);
        for (int p = 0; p < vocab; ++p)
            for (int n = 0; n < vocab; ++n) {
                double x = double(rng() >> 11) * 0x1.0p-53 * 6.0 - 3.0;
                if (kind == MusicModelKind::Performance && PE::isTimeShift(n))
                    x += 1.5;
                m_table[std::size_t(p) * std::size_t(vocab) + std::size_t(n)] = float(x);
            }
    }
    QString name() const override { return QStringLiteral("fake-bigram"); }
    MusicModelKind kind() const override { return m_kind; }
    int vocabSize() const override { return m_vocab; }
    int controlSize() const override { return m_controls; }
    struct TableState : State {
        explicit TableState(int b) : last(std::size_t(b), 0) {}
        int batch() const override { return int(last.size()); }
        std::vector<int> last;
    };
    std::unique_ptr<State> newState(int batch) const override { return std::make_unique<TableState>(batch); }
    void step(State &state, const int *tokens, const float *controls, float *logits) const override
    {
        auto &s = static_cast<TableState &>(state);
        ++steps;
        for (int b = 0; b < s.batch(); ++b) {
            s.last[std::size_t(b)] = tokens[b];
            const float *row = m_table.data() + std::size_t(tokens[b]) * std::size_t(m_vocab);
            std::copy(row, row + m_vocab, logits + std::size_t(b) * std::size_t(m_vocab));
            for (int k = 0; k < m_controls; ++k) {
                const float c = controls ? controls[b * m_controls + k] : 0.0f;
                if (c != 0.0f)
                    lastControl = k;
                logits[std::size_t(b) * std::size_t(m_vocab) + std::size_t(k)] += 0.5f * float(k) * c;
            }
        }
    }
    float logit(int prev, int next) const { return m_table[std::size_t(prev) * std::size_t(m_vocab) + std::size_t(next)]; }
    double logProb(int prev, int next) const
    {
        double mx = -1e300, sum = 0;
        for (int k = 0; k < m_vocab; ++k)
            mx = std::max(mx, double(logit(prev, k)));
        for (int k = 0; k < m_vocab; ++k)
            sum += std::exp(double(logit(prev, k)) - mx);
        return double(logit(prev, next)) - mx - std::log(sum);
    }
    mutable std::atomic<int> steps{0};
    mutable std::atomic<int> lastControl{-1};

private:
    MusicModelKind m_kind;
    int m_vocab, m_controls;
    std::vector<float> m_table;
};

// The n-gram baseline as a model: logits = bigram log-probabilities.
class NgramModel : public IMusicModel {
public:
    NgramModel(const NgramBaseline &ngram, MusicModelKind kind, int controls)
        : m_ngram(ngram), m_kind(kind), m_controls(controls) {}
    QString name() const override { return QStringLiteral("ngram"); }
    MusicModelKind kind() const override { return m_kind; }
    int vocabSize() const override { return m_ngram.vocabSize(); }
    int controlSize() const override { return m_controls; }
    struct S : State {
        explicit S(int b) : n(b) {}
        int batch() const override { return n; }
        int n;
    };
    std::unique_ptr<State> newState(int batch) const override { return std::make_unique<S>(batch); }
    void step(State &state, const int *tokens, const float *, float *logits) const override
    {
        for (int b = 0; b < state.batch(); ++b)
            for (int k = 0; k < vocabSize(); ++k)
                logits[b * vocabSize() + k] = float(m_ngram.bigramLogProb(tokens[b], k));
    }

private:
    const NgramBaseline &m_ngram;
    MusicModelKind m_kind;
    int m_controls;
};

Song readSong(const QString &path)
{
    SmfError error;
    const auto file = SmfReader::readFile(path, &error);
    if (!file)
        qWarning("%s", qPrintable(error.message()));
    return file ? SongConverter::fromSmf(*file) : Song{};
}

// Greedy walk on the table with the generator's melody NOTE_OFF rule.
std::vector<int> greedyMelody(const BigramTableModel &m, int last, bool sounding, int steps)
{
    std::vector<int> out;
    for (int s = 0; s < steps; ++s) {
        int best = -1;
        for (int k = 0; k < m.vocabSize(); ++k) {
            if (k == ME::kNoteOff && !sounding)
                continue;
            if (best < 0 || m.logit(last, k) > m.logit(last, best))
                best = k;
        }
        out.push_back(best);
        if (ME::isNoteOn(best))
            sounding = true;
        else if (best == ME::kNoteOff)
            sounding = false;
        last = best;
    }
    return out;
}

} // namespace

class TestMusicGenerator : public QObject {
    Q_OBJECT

    BigramTableModel m_melody{MusicModelKind::Melody, ME::kVocab, 0, 3};
    BigramTableModel m_performance{MusicModelKind::Performance, PE::kVocab, PE::kDensityBins, 5};
    const std::vector<int> m_primer = {ME::noteOn(60), 0, ME::noteOn(62), 0, ME::noteOn(64), 0, 0, ME::kNoteOff};

private slots:
    void seedReproduces()
    {
        MusicSampleOptions o;
        o.seed = 42;
        const auto a = generate(m_melody, m_primer, 3, MusicLength{64}, o);
        const auto b = generate(m_melody, m_primer, 3, MusicLength{64}, o);
        QVERIFY(a && b);
        QCOMPARE(int(a->size()), 3);
        for (const auto &row : *a) {
            QCOMPARE(int(row.size()), 64);
            for (int t : row)
                QVERIFY(t >= 0 && t < ME::kVocab);
        }
        QCOMPARE(*a, *b);
        QVERIFY((*a)[0] != (*a)[1] && (*a)[1] != (*a)[2]);   // the rows use different seeds
        o.seed = 43;
        const auto c = generate(m_melody, m_primer, 3, MusicLength{64}, o);
        QVERIFY(c && (*c)[0] != (*a)[0]);
        QCOMPARE((*c)[0], (*a)[1]);   // row i uses seed + i
    }

    void batchEqualsAlone()
    {
        MusicSampleOptions o;
        o.seed = 7;
        o.topP = 0.9;
        o.temperature = 1.3;
        const auto batch = generate(m_melody, m_primer, 5, MusicLength{40}, o);
        QVERIFY(batch);
        for (int i = 0; i < 5; ++i) {
            MusicSampleOptions one = o;
            one.seed = 7 + std::uint64_t(i);
            const auto alone = generate(m_melody, m_primer, 1, MusicLength{40}, one);
            QVERIFY(alone);
            QCOMPARE(alone->front(), (*batch)[std::size_t(i)]);
        }
        // Performance rows finish at different times; each still equals its lone run.
        MusicSampleOptions p;
        p.seed = 100;
        MusicLength len;
        len.seconds = 3.0;
        const auto pb = generate(m_performance, {}, 4, len, p);
        QVERIFY(pb);
        for (int i = 0; i < 4; ++i) {
            MusicSampleOptions one = p;
            one.seed = 100 + std::uint64_t(i);
            QCOMPARE(generate(m_performance, {}, 1, len, one)->front(), (*pb)[std::size_t(i)]);
        }
        // One batch: steps = primer + the longest row, not the sum over rows.
        m_melody.steps = 0;
        QVERIFY(generate(m_melody, m_primer, 8, MusicLength{30}, o));
        QCOMPARE(m_melody.steps.load(), int(m_primer.size()) + 30 - 1);
    }

    void greedyAndTopP()
    {
        MusicSampleOptions greedy;
        greedy.temperature = 0;
        const auto g = generate(m_melody, m_primer, 2, MusicLength{50}, greedy);
        QVERIFY(g);
        const std::vector<int> expected = greedyMelody(m_melody, m_primer.back(), false, 50);
        QCOMPARE((*g)[0], expected);
        QCOMPARE((*g)[1], expected);   // seeds do not matter
        MusicSampleOptions tiny;
        tiny.topP = 1e-9;
        tiny.seed = 99;
        QCOMPARE(generate(m_melody, m_primer, 1, MusicLength{50}, tiny)->front(), expected);
        // Low temperature approaches greedy too.
        MusicSampleOptions cold;
        cold.temperature = 1e-3;
        QCOMPARE(generate(m_melody, m_primer, 1, MusicLength{50}, cold)->front(), expected);
    }

    void keyMask()
    {
        for (int transpose : {0, 3, -12}) {
            MusicSampleOptions o;
            o.key = KeyScale::parse(QStringLiteral("D:major"));
            o.melodyTranspose = transpose;
            o.temperature = 2.0;   // flat: out-of-scale notes would come up often
            o.seed = 5;
            const auto rows = generate(m_melody, m_primer, 8, MusicLength{200}, o);
            QVERIFY(rows);
            int onsets = 0;
            for (const auto &row : *rows)
                for (int t : row)
                    if (ME::isNoteOn(t)) {
                        QVERIFY(o.key->contains(ME::pitchOf(t) - transpose));
                        ++onsets;
                    }
            QVERIFY(onsets > 100);
        }
        MusicSampleOptions o;
        o.key = KeyScale::parse(QStringLiteral("F#:minor"));
        o.temperature = 1.5;
        MusicLength len;
        len.maxEvents = 400;
        const auto rows = generate(m_performance, {PE::velocity(20), PE::noteOn(60)}, 4, len, o);
        QVERIFY(rows);
        int onsets = 0;
        for (const auto &row : *rows)
            for (int t : row)
                if (PE::isNoteOn(t)) {
                    QVERIFY(o.key->contains(t));
                    ++onsets;
                }
        QVERIFY(onsets > 50);
    }

    // The soft key pull: the key's notes get a bonus, other notes stay possible.
    void keyBiasLeansWithoutMasking()
    {
        auto share = [this](double bias, int *outside) {
            MusicSampleOptions o;
            o.biasKey = KeyScale::parse(QStringLiteral("D:major"));
            o.keyBias = bias;
            o.temperature = 2.0;   // flat, so that the pull shows
            o.seed = 9;
            const auto rows = generate(m_melody, m_primer, 8, MusicLength{300}, o);
            int in = 0, all = 0;
            for (const auto &row : *rows)
                for (int t : row)
                    if (ME::isNoteOn(t)) {
                        ++all;
                        in += o.biasKey->contains(ME::pitchOf(t)) ? 1 : 0;
                    }
            *outside = all - in;
            return all > 0 ? double(in) / all : 0.0;
        };
        int outside0 = 0, outside2 = 0, outside8 = 0;
        const double s0 = share(0.0, &outside0), s2 = share(2.0, &outside2), s8 = share(8.0, &outside8);
        QVERIFY2(s2 > s0 + 0.1, qPrintable(QStringLiteral("%1 then %2").arg(s0).arg(s2)));
        QVERIFY2(s8 > 0.97, qPrintable(QString::number(s8)));
        QVERIFY(outside2 > 0);   // a pull, not a wall
        // Minor keys keep their leading tone and raised sixth.
        const KeyScale aMinor = *KeyScale::parse(QStringLiteral("A:minor"));
        for (int pc : {9, 11, 0, 2, 4, 5, 6, 7, 8})   // A B C D E F F# G G#
            QVERIFY2(aMinor.contains(pc), qPrintable(QString::number(pc)));
        QVERIFY(!aMinor.contains(1));    // C#: the major third
        QVERIFY(!aMinor.contains(3));    // D#
        QVERIFY(!aMinor.contains(10));   // Bb
    }

    void melodyNoteOffOnlyWhileSounding()
    {
        MusicSampleOptions o;
        o.temperature = 3.0;
        const auto rows = generate(m_melody, {}, 8, MusicLength{300}, o);
        QVERIFY(rows);
        for (const auto &row : *rows) {
            bool sounding = false;
            for (int t : row) {
                if (t == ME::kNoteOff)
                    QVERIFY(sounding);
                if (ME::isNoteOn(t))
                    sounding = true;
                else if (t == ME::kNoteOff)
                    sounding = false;
            }
        }
    }

    void performanceLengthAndControls()
    {
        MusicSampleOptions o;
        o.seed = 3;
        MusicLength len;
        len.seconds = 4.0;
        const auto rows = generate(m_performance, {}, 3, len, o);
        QVERIFY(rows);
        for (const auto &row : *rows) {
            QVERIFY(PE::durationOf(row) >= 4.0 - 1e-9);
            QVERIFY(PE::isTimeShift(row.back()));   // stops as soon as the time is reached
            const std::vector<int> before(row.begin(), row.end() - 1);
            QVERIFY(PE::durationOf(before) < 4.0 - 1e-9);
        }
        len.maxEvents = 10;
        const auto capped = generate(m_performance, {}, 2, len, o);
        QVERIFY(capped);
        for (const auto &row : *capped)
            QVERIFY(row.size() <= 10);
        // Density: the chosen bin, else from the primer, else bin 4.
        o.densityBin = 2;
        generate(m_performance, {}, 1, MusicLength{0, 0, 5}, o);
        QCOMPARE(m_performance.lastControl.load(), 2);
        o.densityBin = -1;
        generate(m_performance, {}, 1, MusicLength{0, 0, 5}, o);
        QCOMPARE(m_performance.lastControl.load(), 4);
        std::vector<int> dense;
        for (int i = 0; i < 40; ++i)
            dense.insert(dense.end(), {PE::noteOn(60 + i % 12), PE::timeShift(2)});   // 40 notes in 0.8 s
        generate(m_performance, dense, 1, MusicLength{0, 0, 5}, o);
        QCOMPARE(m_performance.lastControl.load(), PE::densityBin(40.0));
    }

    void cancel()
    {
        int calls = 0;
        const auto rows = generate(m_melody, m_primer, 2, MusicLength{100}, {}, [&](int step, int total) {
            ++calls;
            return step < 5 && total == 100;
        });
        QVERIFY(!rows);
        QCOMPARE(calls, 6);   // step 0 (after the primer) .. step 5
        QList<int> seen;
        QVERIFY(generate(m_melody, m_primer, 1, MusicLength{10}, {}, [&](int step, int) {
            seen.append(step);
            return true;
        }));
        QCOMPARE(seen, (QList<int>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10}));
    }

    void scoring()
    {
        const std::vector<int> before = {ME::noteOn(60), 0}, candidate = {ME::noteOn(64)}, after = {0, ME::kNoteOff, 5};
        double expected = m_melody.logProb(ME::noteOn(64), 0) + m_melody.logProb(0, ME::kNoteOff) +
                          m_melody.logProb(ME::kNoteOff, 5);
        QVERIFY(std::abs(scoreContinuation(m_melody, before, candidate, after) - expected) < 1e-5);
        QCOMPARE(scoreContinuation(m_melody, before, candidate, {}), 0.0);
        // Empty context: scored after the neutral token.
        expected = m_melody.logProb(ME::kNoEvent, 5);
        QVERIFY(std::abs(scoreContinuation(m_melody, {}, {}, {5}) - expected) < 1e-5);
        // Batching in sequenceLogLikelihoods does not change the numbers.
        std::vector<MusicWindow> rows;
        std::mt19937_64 rng(2);
        for (int i = 0; i < 13; ++i) {
            MusicWindow w;
            for (int k = 0; k < 5 + i * 7; ++k)
                w.tokens.push_back(int(rng() % ME::kVocab));
            rows.push_back(w);
        }
        const std::vector<int> firsts(rows.size(), 3);
        const auto one = sequenceLogLikelihoods(m_melody, rows, firsts, 1);
        const auto many = sequenceLogLikelihoods(m_melody, rows, firsts, 4);
        QVERIFY(one && many);
        for (std::size_t i = 0; i < rows.size(); ++i) {
            double manual = 0;
            for (std::size_t j = 3; j < rows[i].tokens.size(); ++j)
                manual += m_melody.logProb(rows[i].tokens[j - 1], rows[i].tokens[j]);
            QVERIFY(std::abs((*one)[i] - manual) < 1e-4);
            QCOMPARE((*many)[i], (*one)[i]);
        }
    }

    void evaluationMatchesNgram()
    {
        const QString melodyDir = dataDir() + QStringLiteral("/data/midi/nottingham/melody");
        const QString perfDir = dataDir() + QStringLiteral("/data/midi/asap-maestro-subset");
        if (!QDir(melodyDir).exists() || !QDir(perfDir).exists())
            ATELIER_SKIP_OR_FAIL("MIDI corpora not found: set ATELIER_DATA");
        QString error;
        const auto melody = MelodyCorpus::load(melodyDir, &error, 300);
        QVERIFY2(melody, qPrintable(error));
        const auto perf = PerformanceCorpus::load(perfDir, &error, 40);
        QVERIFY2(perf, qPrintable(error));
        for (int which = 0; which < 2; ++which) {
            const IMusicTrainingData &data = which == 0 ? static_cast<const IMusicTrainingData &>(*melody)
                                                        : static_cast<const IMusicTrainingData &>(*perf);
            const NgramBaseline ngram = NgramBaseline::fit(data);
            const NgramModel model(ngram, which == 0 ? MusicModelKind::Melody : MusicModelKind::Performance,
                                   data.controlSize());
            const NgramNll expected = ngram.nll(data, true);
            int lastDone = -1, lastTotal = -1;
            const MusicEvalResult r = evaluateModel(model, data, true, [&](int done, int total) {
                lastDone = done;
                lastTotal = total;
                return true;
            });
            QVERIFY(r.error.isEmpty() && !r.cancelled);
            QVERIFY(r.events > 100);
            QCOMPARE(r.events, expected.events);
            QCOMPARE(lastDone, lastTotal);
            QVERIFY2(std::abs(r.nll - expected.bigramNll) < 1e-5,
                     qPrintable(QStringLiteral("%1 vs %2").arg(r.nll).arg(expected.bigramNll)));
            QVERIFY(evaluateModel(model, data, true, [](int, int) { return false; }).cancelled);
        }
        // A model of the wrong vocabulary is refused.
        const MusicEvalResult bad = evaluateModel(m_performance, *melody, true);
        QVERIFY(!bad.error.isEmpty());
    }

    void continueMelody()
    {
        const QString path = dataDir() + QStringLiteral("/data/midi/nottingham/melody/jigs1.mid");
        if (!QFileInfo::exists(path))
            ATELIER_SKIP_OR_FAIL("Nottingham corpus not found: set ATELIER_DATA");
        const Song song = readSong(path);
        QVERIFY(!song.tracks.isEmpty());
        const Tick bar = song.ppq * 3;   // 6/8
        ContinueRequest req;
        req.song = song;
        req.track = 0;
        req.contextStart = 0;
        req.contextEnd = 8 * bar;
        req.at = 8 * bar;
        req.lengthTicks = 4 * bar;
        req.variations = 3;
        req.options.seed = 11;
        QString error;
        int progressCalls = 0;
        const auto res = continueMusic(m_melody, req, [&](int, int) { ++progressCalls; return true; }, &error);
        QVERIFY2(res, qPrintable(error));
        QCOMPARE(res->variations.size(), 3);
        QVERIFY(progressCalls > 10);
        QList<Note> primer;
        for (const Note &n : song.tracks[0].notes)
            if (n.start < req.at)
                primer.append(n);
        QCOMPARE(res->key, KeyScale::estimate(primer));
        for (const QList<Note> &v : res->variations) {
            QVERIFY(!v.isEmpty());
            for (const Note &n : v) {
                QVERIFY(n.start >= req.at);
                QVERIFY(n.end() <= req.at + req.lengthTicks);
                QVERIFY(n.length > 0);
                QCOMPARE(n.velocity, 90);   // the primer's (every Nottingham note is 90)
                QCOMPARE((n.start - req.at) % (song.ppq / 4), Tick(0));   // on the 16th grid
            }
        }
        QVERIFY(res->variations[0] != res->variations[1]);
        // Reproducible; the key mask applies to the decoded pitches.
        const auto again = continueMusic(m_melody, req, {}, &error);
        QVERIFY(again && again->variations == res->variations);
        req.options.key = KeyScale::parse(QStringLiteral("Eb:major"));
        req.options.temperature = 2.0;
        const auto keyed = continueMusic(m_melody, req, {}, &error);
        QVERIFY(keyed);
        QCOMPARE(keyed->key, *req.options.key);
        for (const QList<Note> &v : keyed->variations)
            for (const Note &n : v)
                QVERIFY(req.options.key->contains(n.pitch));
        // From scratch (no context) works too.
        req.contextEnd = 0;
        req.at = 0;
        QVERIFY(continueMusic(m_melody, req, {}, &error));
    }

    void continuePerformance()
    {
        const QString path = dataDir() + QStringLiteral("/data/midi/asap-maestro-subset/Bach__Prelude__bwv_846__Shi05M.mid");
        if (!QFileInfo::exists(path))
            ATELIER_SKIP_OR_FAIL("ASAP corpus not found: set ATELIER_DATA");
        const Song song = readSong(path);
        int track = 0;
        while (track < song.tracks.size() && song.tracks[track].notes.isEmpty())
            ++track;
        QVERIFY(track < song.tracks.size());
        ContinueRequest req;
        req.song = song;
        req.track = track;
        req.contextStart = 0;
        req.at = req.contextEnd = song.ppq * 16;   // 8 s at 120 bpm
        req.lengthTicks = song.ppq * 20;           // 10 s
        req.variations = 2;
        QString error;
        const auto res = continueMusic(m_performance, req, {}, &error);
        QVERIFY2(res, qPrintable(error));
        QCOMPARE(res->variations.size(), 2);
        QVERIFY(res->variations[0].size() + res->variations[1].size() >= 4);
        for (const QList<Note> &v : res->variations) {
            for (const Note &n : v) {
                QVERIFY(n.start >= req.at);
                QVERIFY(n.end() <= req.at + req.lengthTicks);
                QVERIFY(n.velocity >= 1 && n.velocity <= 127);
            }
        }
    }

    void regenerate()
    {
        const QString path = dataDir() + QStringLiteral("/data/midi/nottingham/melody/jigs1.mid");
        if (!QFileInfo::exists(path))
            ATELIER_SKIP_OR_FAIL("Nottingham corpus not found: set ATELIER_DATA");
        const Song song = readSong(path);
        const Tick bar = song.ppq * 3;
        MusicSampleOptions o;
        o.seed = 21;
        QString error;
        const auto notes = regenerateRange(m_melody, song, 0, 4 * bar, 6 * bar, 4, o, {}, &error);
        QVERIFY2(notes, qPrintable(error));
        QVERIFY(!notes->isEmpty());
        for (const Note &n : *notes)
            QVERIFY(n.start >= 4 * bar && n.end() <= 6 * bar);
        // The best of the candidates by the score of what follows.
        ContinueRequest req;
        req.song = song;
        req.contextStart = 0;
        req.contextEnd = req.at = 4 * bar;
        req.lengthTicks = 2 * bar;
        req.variations = 4;
        req.options = o;
        const auto all = continueMusic(m_melody, req, {}, &error);
        QVERIFY(all && all->variations.contains(*notes));
        QCOMPARE(*regenerateRange(m_melody, song, 0, 4 * bar, 6 * bar, 4, o, {}, &error), *notes);
        // Performance model on the same tune.
        const auto perf = regenerateRange(m_performance, song, 0, 4 * bar, 6 * bar, 3, o, {}, &error);
        QVERIFY2(perf, qPrintable(error));
        for (const Note &n : *perf)
            QVERIFY(n.start >= 4 * bar && n.end() <= 6 * bar);
    }

    void errors()
    {
        Song song;
        song.tracks.append(Track{});
        ContinueRequest req;
        req.song = song;
        req.lengthTicks = 480;
        QString error;
        const BigramTableModel wrong(MusicModelKind::Melody, 10, 0);
        QVERIFY(!continueMusic(wrong, req, {}, &error));
        QVERIFY2(error.startsWith(QStringLiteral("fake-bigram: vocabulary 10")), qPrintable(error));
        req.track = 3;
        QVERIFY(!continueMusic(m_melody, req, {}, &error));
        QVERIFY(error.contains(QStringLiteral("track 4")));
        req.track = 0;
        req.lengthTicks = 0;
        QVERIFY(!continueMusic(m_melody, req, {}, &error));
        req.lengthTicks = 480;
        QVERIFY(!continueMusic(m_melody, req, [](int, int) { return false; }, &error));
        QVERIFY(error.endsWith(QStringLiteral("cancelled")));
        // An empty track, from scratch.
        const auto res = continueMusic(m_performance, req, {}, &error);
        QVERIFY2(res, qPrintable(error));
        QVERIFY(!regenerateRange(m_melody, song, 0, 480, 480, 2, {}, {}, &error));
        QVERIFY(!regenerateRange(m_melody, song, 1, 0, 480, 2, {}, {}, &error));
    }
};

QTEST_GUILESS_MAIN(TestMusicGenerator)
#include "test_music_generator.moc"
