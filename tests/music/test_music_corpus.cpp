// The melody and performance corpora on the real data of $ATELIER_DATA:
// loading (and its speed), splits (disjoint, deterministic, by tune / by
// recording), train windows, held-out chunks, and the n-gram baselines.

#include "../TestData.h"
#include "music/MusicCorpus.h"
#include "music/NgramBaseline.h"

#include <QDir>
#include <QMap>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace atelier::core;

namespace {

using PE = PerformanceEncoding;

QString dataDir()
{
    const QString env = qEnvironmentVariable("ATELIER_DATA");
    return env.isEmpty() ? QStringLiteral(ATELIER_SOURCE_DIR "/../shared") : env;
}
QString melodyDir() { return dataDir() + QStringLiteral("/data/midi/nottingham/melody"); }
QString performanceDir() { return dataDir() + QStringLiteral("/data/midi/asap-maestro-subset"); }

} // namespace

class TestMusicCorpus : public QObject {
    Q_OBJECT

    std::unique_ptr<MelodyCorpus> m_melody;
    std::unique_ptr<PerformanceCorpus> m_performance;

private slots:
    void initTestCase()
    {
        if (!QDir(melodyDir()).exists() || !QDir(performanceDir()).exists())
            ATELIER_SKIP_OR_FAIL("MIDI corpora not found: set ATELIER_DATA to the shared data folder");
        QString error;
        QElapsedTimer timer;
        timer.start();
        m_melody = MelodyCorpus::load(melodyDir(), &error);
        QVERIFY2(m_melody, qPrintable(error));
        qDebug("melody corpus: %s, loaded in %lld ms", qPrintable(m_melody->describe()), timer.restart());
        m_performance = PerformanceCorpus::load(performanceDir(), &error);
        QVERIFY2(m_performance, qPrintable(error));
        qDebug("performance corpus: %s, loaded in %lld ms", qPrintable(m_performance->describe()), timer.elapsed());
    }

    void fnv()
    {
        QCOMPARE(fnv1a32(QByteArray()), 0x811c9dc5u);
        QCOMPARE(fnv1a32("a"), 0xe40c292cu);
        QCOMPARE(fnv1a32("foobar"), 0xbf9cf968u);
    }

    // ---- melody ---------------------------------------------------------------
    void melodySplits()
    {
        const MelodyCorpus &c = *m_melody;
        QCOMPARE(int(c.tunes().size()), 1034);
        QVERIFY2(c.skippedFiles().isEmpty(), qPrintable(c.skippedFiles().join(QLatin1Char('\n'))));
        const QStringList train = c.fileNames(MusicSplit::Train), valid = c.fileNames(MusicSplit::Valid),
                          test = c.fileNames(MusicSplit::Test);
        QCOMPARE(train.size() + valid.size() + test.size(), 1034);
        QSet<QString> all;
        for (const QStringList *list : {&train, &valid, &test})
            for (const QString &name : *list)
                all.insert(name);
        QCOMPARE(all.size(), 1034);   // disjoint, by tune
        QVERIFY(test.size() > 20 && test.size() < 100);
        QVERIFY(valid.size() > 20 && valid.size() < 100);
        for (const QString &name : test)
            QCOMPARE(fnv1a32(name.toUtf8()) % 20, 0u);
        for (const QString &name : valid)
            QCOMPARE(fnv1a32(name.toUtf8()) % 20, 1u);
        // Deterministic: a second (partial) load puts every tune in the same split.
        QString error;
        const auto again = MelodyCorpus::load(melodyDir(), &error, 200);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(int(again->tunes().size()), 200);
        for (const auto &tune : again->tunes())
            QCOMPARE(tune.split, MelodyCorpus::splitOf(tune.name));
        for (const QString &name : again->fileNames(MusicSplit::Test))
            QVERIFY(test.contains(name));
        QVERIFY(c.describe().contains(QStringLiteral("%1 train / %2 valid / %3 test tunes")
                                          .arg(train.size()).arg(valid.size()).arg(test.size())));
    }

    void melodySequences()
    {
        const MelodyCorpus &c = *m_melody;
        std::int64_t trainEvents = 0;
        for (const auto &tune : c.tunes()) {
            QVERIFY(tune.labels.size() >= 2);
            QCOMPARE(tune.transpose % 12, 0);
            for (int l : tune.labels)
                QVERIFY(l >= 0 && l < MelodyEncoding::kVocab);
            if (tune.split == MusicSplit::Train)
                trainEvents += std::int64_t(tune.labels.size());
        }
        QCOMPARE(c.trainEvents(), trainEvents);
        QCOMPARE(c.sequenceCount(true), c.count(MusicSplit::Test));
        QCOMPARE(c.sequenceCount(false), c.count(MusicSplit::Valid));
        QCOMPARE(c.trainSequenceCount(), c.count(MusicSplit::Train));
        const MusicWindow first = c.sequence(true, 0);
        QVERIFY(first.controls.empty());
        bool found = false;
        for (const auto &tune : c.tunes())
            found = found || (tune.split == MusicSplit::Test && tune.labels == first.tokens);
        QVERIFY(found);
        QVERIFY(c.sequence(true, -1).tokens.empty());
        QVERIFY(c.sequence(true, 100000).tokens.empty());
        // A slightly polyphonic tune (chords in the ABC) encodes like the rest.
        for (const auto &tune : c.tunes())
            if (tune.name == QLatin1String("ashover15"))
                QVERIFY(std::count_if(tune.labels.begin(), tune.labels.end(), MelodyEncoding::isNoteOn) > 50);
    }

    void melodyWindows()
    {
        const MelodyCorpus &c = *m_melody;
        std::mt19937_64 a(7), b(7), other(8);
        for (int i = 0; i < 50; ++i) {
            const MusicWindow w = c.sampleTrainWindow(a, 128);
            QCOMPARE(int(w.tokens.size()), 129);
            QVERIFY(w.controls.empty());
            for (int l : w.tokens)
                QVERIFY(l >= 0 && l < MelodyEncoding::kVocab);
            QCOMPARE(c.sampleTrainWindow(b, 128).tokens, w.tokens);
        }
        QVERIFY(c.sampleTrainWindow(other, 128).tokens != c.sampleTrainWindow(a, 128).tokens);
        // Transpositions: the windows are spread over several keys.
        QSet<int> lowest;
        for (int i = 0; i < 200; ++i) {
            const MusicWindow w = c.sampleTrainWindow(a, 32);
            int lo = 1000;
            for (int l : w.tokens)
                if (MelodyEncoding::isNoteOn(l))
                    lo = std::min(lo, MelodyEncoding::pitchOf(l));
            lowest.insert(lo % 12);
        }
        QVERIFY(lowest.size() >= 10);
        // Longer than any tune: concatenated.
        QCOMPARE(int(c.sampleTrainWindow(a, 20000).tokens.size()), 20001);
        QVERIFY(c.sampleTrainWindow(a, 0).tokens.empty());
    }

    // ---- performance ------------------------------------------------------------
    void performanceSplits()
    {
        const PerformanceCorpus &c = *m_performance;
        QCOMPARE(int(c.performances().size()), 178);
        QVERIFY2(c.skippedFiles().isEmpty(), qPrintable(c.skippedFiles().join(QLatin1Char('\n'))));
        // index.csv: the recording of every file; excerpts of one recording share a split.
        QFile index(performanceDir() + QStringLiteral("/index.csv"));
        QVERIFY(index.open(QIODevice::ReadOnly | QIODevice::Text));
        const QStringList head = QString::fromUtf8(index.readLine()).trimmed().split(QLatin1Char(','));
        const auto cFile = head.indexOf(QStringLiteral("file")), cSource = head.indexOf(QStringLiteral("maestro_source_midi"));
        QHash<QString, QString> recordingOf;
        while (!index.atEnd()) {
            const QStringList row = QString::fromUtf8(index.readLine()).trimmed().split(QLatin1Char(','));
            recordingOf.insert(row[cFile], row[cSource]);
        }
        QHash<QString, MusicSplit> splitOfRecording;
        QHash<QString, int> excerpts;
        int emptySource = 0;
        for (const auto &p : c.performances()) {
            QVERIFY2(recordingOf.contains(p.file), qPrintable(p.file));
            const QString rec = recordingOf.value(p.file);
            if (rec.isEmpty()) {
                ++emptySource;
                QCOMPARE(p.recording, p.file);
                continue;
            }
            QCOMPARE(p.recording, rec);
            QCOMPARE(p.split, PerformanceCorpus::splitOf(rec));
            if (splitOfRecording.contains(rec))
                QVERIFY2(splitOfRecording.value(rec) == p.split, qPrintable(rec));
            splitOfRecording.insert(rec, p.split);
            ++excerpts[rec];
        }
        QCOMPARE(emptySource, 2);
        int shared = 0;
        for (int n : excerpts)
            shared += n >= 2;
        QCOMPARE(shared, 28);   // recordings with two excerpts (README)
        const int test = c.count(MusicSplit::Test), valid = c.count(MusicSplit::Valid);
        QCOMPARE(c.count(MusicSplit::Train) + valid + test, 178);
        QVERIFY(test >= 8 && test <= 40);
        QVERIFY(valid >= 3 && valid <= 25);
        QSet<QString> names;
        for (MusicSplit s : {MusicSplit::Train, MusicSplit::Valid, MusicSplit::Test})
            for (const QString &f : c.fileNames(s))
                names.insert(f);
        QCOMPARE(names.size(), 178);
    }

    void performanceContent()
    {
        const PerformanceCorpus &c = *m_performance;
        std::int64_t notes = 0, trainTokens = 0;
        double seconds = 0;
        for (const auto &p : c.performances()) {
            notes += p.notes.size();
            seconds += p.seconds;
            QCOMPARE(p.notes.first().start, 0.0);
            if (p.split == MusicSplit::Train)
                trainTokens += std::int64_t(p.tokens.size());
        }
        QCOMPARE(notes, std::int64_t(508950));   // every note-on of the corpus (README)
        QVERIFY(std::abs(seconds / 3600 - 14.0) < 0.2);
        QCOMPARE(c.trainEvents(), trainTokens);
        qDebug("performance corpus: %lld notes, %.2f h, %.2f events per note", qlonglong(notes), seconds / 3600,
               double(c.events()) / double(notes));
    }

    void performanceChunks()
    {
        const PerformanceCorpus &c = *m_performance;
        for (bool test : {false, true}) {
            std::int64_t tokens = 0;
            for (int i = 0; i < c.sequenceCount(test); ++i) {
                const MusicWindow w = c.sequence(test, i);
                QVERIFY(!w.tokens.empty() && w.tokens.size() <= 1024);
                QCOMPARE(w.controls.size(), (w.tokens.size() - 1) * 8);
                const int bin = int(std::max_element(w.controls.begin(), w.controls.begin() + 8) - w.controls.begin());
                QCOMPARE(bin, PE::densityBin(PE::tokenDensity(w.tokens)));
                for (std::size_t k = 0; k < w.controls.size(); ++k)
                    QCOMPARE(w.controls[k], k % 8 == std::size_t(bin) ? 1.0f : 0.0f);
                tokens += std::int64_t(w.tokens.size());
            }
            std::int64_t expected = 0;
            for (const auto &p : c.performances())
                if (p.split == (test ? MusicSplit::Test : MusicSplit::Valid))
                    expected += std::int64_t(p.tokens.size());
            QCOMPARE(tokens, expected);   // the chunks cover each file exactly
        }
        std::int64_t train = 0;
        for (int i = 0; i < c.trainSequenceCount(); ++i)
            train += std::int64_t(c.trainSequence(i).tokens.size());
        QCOMPARE(train, c.trainEvents());
    }

    void performanceWindows()
    {
        const PerformanceCorpus &c = *m_performance;
        std::mt19937_64 a(11), b(11);
        QSet<int> bins;
        for (int i = 0; i < 40; ++i) {
            const MusicWindow w = c.sampleTrainWindow(a, 512);
            QCOMPARE(int(w.tokens.size()), 513);
            QCOMPARE(int(w.controls.size()), 512 * 8);
            QVERIFY(PE::isVelocity(w.tokens[0]));   // the velocity current at the first note-on
            QVERIFY(PE::isNoteOn(w.tokens[1]));
            for (int t : w.tokens) {
                QVERIFY(t >= 0 && t < PE::kVocab);
                if (PE::isNoteOn(t))
                    QVERIFY(t >= 21 && t <= 108);
            }
            const int bin = int(std::max_element(w.controls.begin(), w.controls.begin() + 8) - w.controls.begin());
            QCOMPARE(bin, PE::densityBin(PE::tokenDensity(w.tokens)));
            bins.insert(bin);
            QCOMPARE(c.sampleTrainWindow(b, 512).tokens, w.tokens);
        }
        QVERIFY(bins.size() >= 2);
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 200; ++i)
            c.sampleTrainWindow(a, 512);
        qDebug("200 performance windows of 512 events in %lld ms", timer.restart());
        for (int i = 0; i < 200; ++i)
            m_melody->sampleTrainWindow(a, 512);
        qDebug("200 melody windows of 512 steps in %lld ms", timer.elapsed());
        // The windows decode to sensible notes (no note lost in the middle of the window).
        const MusicWindow w = c.sampleTrainWindow(a, 256);
        const QList<TimedNote> notes = PE::decode(w.tokens);
        QVERIFY(notes.size() > 30);
        QCOMPARE(int(c.sampleTrainWindow(a, 64).tokens.size()), 65);
    }

    // ---- shards for data-parallel training ----------------------------------------
    void trainShards()
    {
        for (const IMusicTrainingData *full : {static_cast<const IMusicTrainingData *>(m_melody.get()),
                                               static_cast<const IMusicTrainingData *>(m_performance.get())}) {
            const int n = full->trainSequenceCount();
            QVERIFY(n >= 3);
            // Every train sequence of the whole lands in exactly one of three shards.
            QMap<std::vector<int>, int> seen;
            for (int i = 0; i < n; ++i)
                seen[full->trainSequence(i).tokens] += 1;
            std::int64_t events = 0;
            int sequences = 0;
            for (int k = 0; k < 3; ++k) {
                const auto shard = full->trainShard(k, 3);
                QVERIFY(shard);
                QVERIFY(shard->trainSequenceCount() > 0);
                QCOMPARE(shard->sequenceCount(false), full->sequenceCount(false));  // held-out splits stay whole
                QCOMPARE(shard->sequenceCount(true), full->sequenceCount(true));
                events += shard->trainEvents();
                sequences += shard->trainSequenceCount();
                for (int i = 0; i < shard->trainSequenceCount(); ++i) {
                    auto it = seen.find(shard->trainSequence(i).tokens);
                    QVERIFY(it != seen.end() && it.value() > 0);
                    it.value() -= 1;
                }
                std::mt19937_64 rng(5);
                QCOMPARE(int(shard->sampleTrainWindow(rng, 32).tokens.size()), 33);
            }
            QCOMPARE(sequences, n);
            QCOMPARE(events, full->trainEvents());
            QVERIFY(!full->trainShard(3, 3));
            QVERIFY(!full->trainShard(-1, 3));
        }
        QVERIFY(!m_melody->trainShard(m_melody->trainSequenceCount(), m_melody->trainSequenceCount() + 1));  // empty
    }

    // ---- baselines -----------------------------------------------------------------
    void ngram()
    {
        for (int which = 0; which < 2; ++which) {
            const IMusicTrainingData &data = which == 0 ? static_cast<const IMusicTrainingData &>(*m_melody)
                                                        : static_cast<const IMusicTrainingData &>(*m_performance);
            QElapsedTimer timer;
            timer.start();
            const NgramBaseline ngram = NgramBaseline::fit(data);
            QCOMPARE(ngram.trainTokens(), data.trainEvents());
            for (bool test : {false, true}) {
                const NgramNll r = ngram.nll(data, test);
                std::int64_t events = 0;
                for (int i = 0; i < data.sequenceCount(test); ++i)
                    events += std::int64_t(data.sequence(test, i).tokens.size()) - 1;
                QCOMPARE(r.events, events);
                qDebug("%s %s: %lld events, unigram %.4f, bigram %.4f nats/event (log V = %.4f), %lld ms",
                       which == 0 ? "melody" : "performance", test ? "test" : "valid", qlonglong(r.events),
                       r.unigramNll, r.bigramNll, std::log(double(data.vocabSize())), timer.restart());
                QVERIFY(r.bigramNll > 0.1);
                QVERIFY(r.bigramNll < r.unigramNll);
                QVERIFY(r.unigramNll < std::log(double(data.vocabSize())));
            }
            // Smoothing: every token has a probability, and each row sums to 1.
            double sum = 0;
            for (int t = 0; t < data.vocabSize(); ++t)
                sum += std::exp(ngram.bigramLogProb(0, t));
            QVERIFY(std::abs(sum - 1.0) < 1e-9);
        }
    }

    // ---- bad input -------------------------------------------------------------------
    void badInput()
    {
        QString error;
        QVERIFY(!MelodyCorpus::load(QStringLiteral("/nonexistent/folder"), &error));
        QVERIFY(error.contains(QStringLiteral("/nonexistent/folder")));
        QVERIFY(!PerformanceCorpus::load(QStringLiteral("/nonexistent/folder"), &error));

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(!MelodyCorpus::load(dir.path(), &error));
        QVERIFY(error.contains(QStringLiteral("no MIDI files")));
        QFile bad(dir.filePath(QStringLiteral("broken.mid")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("MThd\0\0\0\6garbage", 16);
        bad.close();
        QVERIFY(!PerformanceCorpus::load(dir.path(), &error));
        QVERIFY2(error.contains(QStringLiteral("broken.mid")), qPrintable(error));
        QVERIFY(QFile::copy(melodyDir() + QStringLiteral("/jigs1.mid"), dir.filePath(QStringLiteral("jigs1.mid"))));
        const auto some = MelodyCorpus::load(dir.path(), &error);
        QVERIFY2(some, qPrintable(error));
        QCOMPARE(int(some->tunes().size()), 1);
        QCOMPARE(some->skippedFiles().size(), 1);
        QVERIFY(some->skippedFiles().first().startsWith(QStringLiteral("broken.mid: ")));
        const auto perf = PerformanceCorpus::load(dir.path(), &error);   // no index.csv: by file
        QVERIFY2(perf, qPrintable(error));
        QCOMPARE(perf->performances().front().recording, QStringLiteral("jigs1.mid"));
        std::mt19937_64 rng(1);
        QCOMPARE(int(perf->sampleTrainWindow(rng, 100000).tokens.size()),
                 perf->count(MusicSplit::Train) ? 100001 : 0);   // tiled when longer than the material
    }
};

QTEST_GUILESS_MAIN(TestMusicCorpus)
#include "test_music_corpus.moc"
