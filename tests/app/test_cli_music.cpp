// The music commands through the real executable: train (a few steps on a
// slice of the real corpora), eval, bench and continue; bad input fails with
// exit code 2 and a message naming the problem. When the shipped models are
// present, their held-out NLL must beat the unigram and bigram baselines.

#include "../TestData.h"
#include "AtelierProcess.h"

#include "document/Song.h"
#include "midi/SmfReader.h"
#include "midi/SongConverter.h"
#include "midi/SmfWriter.h"
#include "music/MusicEncoding.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace atelier;

namespace {
QString dataDir()
{
    const QString env = qEnvironmentVariable("ATELIER_DATA");
    return env.isEmpty() ? QStringLiteral(ATELIER_SOURCE_DIR "/../shared") : env;
}
QString melodyDir() { return dataDir() + "/data/midi/nottingham/melody"; }
QString performanceDir() { return dataDir() + "/data/midi/asap-maestro-subset"; }
QString bundled(const QString &name) { return QStringLiteral(ATELIER_SOURCE_DIR "/assets/models/") + name; }

QJsonObject json(const AtelierResult &r) { return QJsonDocument::fromJson(r.out).object(); }

std::optional<core::Song> readSong(const QString &path)
{
    auto smf = core::SmfReader::readFile(path);
    if (!smf)
        return std::nullopt;
    return core::SongConverter::fromSmf(*smf);
}
} // namespace

class TestCliMusic : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_melody, m_performance;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (!QDir(melodyDir()).exists())
            ATELIER_SKIP_OR_FAIL("no shared MIDI corpora");
        m_melody = m_dir.filePath("melody-test.music.json");
        m_performance = m_dir.filePath("performance-test.music.json");
    }

    void trainMelodyFewSteps()
    {
        const auto r = runAtelier({"train", "melody", "--data", melodyDir(), "--max-files", "60", "--steps", "12",
                                   "--hidden", "64", "--batch", "8", "--window", "64", "--out", m_melody, "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject o = json(r);
        QCOMPARE(o.value("steps").toInt(), 12);
        QVERIFY(std::isfinite(o.value("valid_nll").toDouble()));
        QVERIFY(QFile::exists(m_melody));
    }

    void trainPerformanceFewSteps()
    {
        const auto r = runAtelier({"train", "performance", "--data", performanceDir(), "--max-files", "8",
                                   "--steps", "4", "--hidden", "64", "--batch", "4", "--window", "64", "--out",
                                   m_performance, "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(QFile::exists(m_performance));
    }

    void continueWritesVariationsInKey()
    {
        const QString in = melodyDir() + "/ashover1.mid";
        const auto input = readSong(in);
        QVERIFY(input);
        core::Tick end = 0;
        int inputNotes = 0;
        for (const auto &t : input->tracks)
            for (const auto &n : t.notes) {
                end = std::max(end, n.end());
                ++inputNotes;
            }
        const QString out = m_dir.filePath("cont.mid");
        const QStringList args = {"continue", in, "-o", out, "--model", m_melody, "--bars", "4", "--variations", "3",
                                  "--seed", "5", "--key", "G:major", "--json"};
        const auto r = runAtelier(args);
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonArray files = json(r).value("variations").toArray();
        QCOMPARE(files.size(), 3);
        const auto key = core::KeyScale::parse("G:major");
        QByteArray first;
        for (int v = 0; v < 3; ++v) {
            const QString path = m_dir.filePath(QStringLiteral("cont-%1.mid").arg(v + 1));
            QCOMPARE(files.at(v).toObject().value("file").toString(), QFileInfo(path).absoluteFilePath());
            const auto song = readSong(path);
            QVERIFY(song);
            int count = 0;
            for (const auto &t : song->tracks)
                for (const auto &n : t.notes) {
                    ++count;
                    if (n.start >= end) {
                        QVERIFY2(key->contains(n.pitch), "a generated note outside G major");
                        QVERIFY(n.start < end + 4 * 4 * input->ppq + input->ppq);
                    }
                }
            QVERIFY2(count > inputNotes, "the continuation added notes");
            if (v == 0) {
                QFile f(path);
                QVERIFY(f.open(QIODevice::ReadOnly));
                first = f.readAll();
            }
        }
        // The same seed gives the same file.
        const auto again = runAtelier(args);
        QCOMPARE(again.code, 0);
        QFile f(m_dir.filePath("cont-1.mid"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), first);
    }

    void continuePerformanceBySeconds()
    {
        const QString in = performanceDir() + "/Bach__Prelude__bwv_846__Shi05M.mid";
        const QString out = m_dir.filePath("perf.mid");
        const auto r = runAtelier({"continue", in, "-o", out, "--model", m_performance, "--seconds", "2", "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(readSong(out));
    }

    void evalPrintsModelAndBaselines()
    {
        const auto r = runAtelier({"eval", "melody", "--data", melodyDir(), "--model", m_melody, "--max-files", "60",
                                   "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject o = json(r);
        QVERIFY(o.value("events").toDouble() > 100);
        const QJsonObject nll = o.value("nll").toObject();
        for (const char *k : {"model", "unigram", "bigram"})
            QVERIFY2(std::isfinite(nll.value(k).toDouble()) && nll.value(k).toDouble() > 0, k);
        QVERIFY(nll.value("bigram").toDouble() < nll.value("unigram").toDouble());
    }

    void benchPrintsRates()
    {
        // A relative-attention Transformer, trained for a few steps on the same slice.
        const QString transformer = m_dir.filePath("performance-transformer-test.music.json");
        auto t = runAtelier({"train", "performance", "--transformer", "--data", performanceDir(), "--max-files", "8",
                             "--steps", "3", "--hidden", "32", "--layers", "1", "--heads", "2", "--batch", "2",
                             "--window", "32", "--out", transformer, "--json"});
        QVERIFY2(t.code == 0, t.err.constData());
        QVERIFY2(t.err.contains("Transformer 1×32, 2 heads, window 32"), t.err.constData());
        t = runAtelier({"eval", "performance", "--model", transformer, "--max-files", "8", "--json"});
        QVERIFY2(t.code == 0, t.err.constData());
        QVERIFY(std::isfinite(json(t).value("nll").toObject().value("model").toDouble()));
        t = runAtelier({"train", "performance", "--transformer", "--heads", "3", "--hidden", "32", "--steps", "1",
                        "--data", performanceDir(), "--max-files", "2", "--out", m_dir.filePath("never.music.json")});
        QCOMPARE(t.code, 2);
        QVERIFY2(t.err.contains("not a multiple of the 3 heads"), t.err.constData());

        const auto r = runAtelier({"bench", "music", "--melody", m_melody, "--performance", m_performance,
                                   "--transformer", transformer, "--steps", "200", "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject o = json(r);
        for (const char *m : {"melody", "performance", "performance_transformer"})
            for (const char *k : {"batch1_events_per_s", "batch8_events_per_s"})
                QVERIFY2(o.value(m).toObject().value(k).toDouble() > 0, k);
    }

    // `midi info` names the key from all the notes, and the file's key
    // signature beside it; `eval keys` measures the estimate on the labelled
    // files; `continue --key-bias` leans to the part's key.
    void keysOnTheCommandLine()
    {
        auto r = runAtelier({"midi", "info", performanceDir() + "/Bach__Fugue__bwv_857__Lan01M.mid", "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        QJsonObject o = json(r);
        QCOMPARE(o.value("key").toString(), QStringLiteral("F:minor"));   // BWV 857: F minor
        QVERIFY(o.value("key_confidence").toDouble() > 0.5);
        r = runAtelier({"midi", "info", melodyDir() + "/ashover1.mid", "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        o = json(r);
        QVERIFY(o.contains("key_signature"));
        QVERIFY(core::KeyScale::parse(o.value("key_signature").toString()));
        QVERIFY(core::KeyScale::parse(o.value("key").toString()));
        r = runAtelier({"midi", "info", melodyDir() + "/ashover1.mid"});
        QVERIFY(r.out.contains("key: "));

        r = runAtelier({"eval", "keys", "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        o = json(r);
        const QJsonObject wtc = o.value("well_tempered_clavier").toObject();
        QVERIFY(wtc.value("files").toInt() >= 48);
        QVERIFY2(wtc.value("accuracy").toDouble() >= 0.9, r.out.constData());
        const QJsonObject tunes = o.value("nottingham").toObject();
        QVERIFY(tunes.value("same_signature").toInt() >= 0.9 * tunes.value("files").toInt());
        QCOMPARE(runAtelier({"eval", "keys", "--profile", "nonsense"}).code, 2);

        const QString out = m_dir.filePath("lean.mid");
        r = runAtelier({"continue", melodyDir() + "/ashover1.mid", "-o", out, "--model", m_melody, "--bars", "2",
                        "--key-bias", "3", "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        o = json(r);
        QCOMPARE(o.value("key_bias").toDouble(), 3.0);
        QCOMPARE(o.value("key_mask").toBool(), false);
        QCOMPARE(o.value("key").toString(), o.value("context").toObject().value("key").toString());
        r = runAtelier({"continue", melodyDir() + "/ashover1.mid", "-o", out, "--model", m_melody, "--key-bias", "-1"});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("--key-bias"), r.err.constData());
    }

    // `continue --chords`: one chord per bar from the continuation point
    // (the first holding to the next bar line), repeated; the melody leans
    // to the chord tones (on the beats they are chord tones far more often
    // than without); --chords-from takes a file's chords; bad symbols are named.
    void continueFollowsChords()
    {
        // A tune that ends inside bar 2 (4/4, 480 ppq): the continuation starts at 2640.
        core::Song song;
        song.timeSignatures = {{0, 4, 4}};
        core::Track lead;
        for (int i = 0; i < 11; ++i)
            lead.notes.append(core::Note{69 + (i % 3) * 2, core::Tick(i) * 240, 240, 90});
        song.tracks = {lead};
        const QString in = m_dir.filePath("mid-bar.mid");
        QString error;
        QVERIFY2(core::SmfWriter::writeFile(core::SongConverter::toSmf(song), in, &error), qPrintable(error));
        auto chordTones = [&](const QString &bias) {
            const auto r = runAtelier({"continue", in, "-o", m_dir.filePath("ch.mid"), "--model", m_melody, "--bars", "8",
                                       "--variations", "4", "--seed", "3", "--chords", "Am | F C G", "--chord-bias", bias,
                                       "--json"});
            if (r.code != 0)
                qWarning("%s", r.err.constData());
            const QJsonObject o = json(r);
            double sum = 0;
            for (const auto &v : o.value("variations").toArray())
                sum += v.toObject().value("on_beat_chord_tones").toDouble();
            return std::make_pair(o, sum / 4);
        };
        const auto [o, pulled] = chordTones("4");
        const QJsonArray chords = o.value("chords").toArray();
        QVERIFY(chords.size() >= 8);
        QCOMPARE(chords.at(0).toObject().value("tick").toDouble(), 2640.0);
        QCOMPARE(chords.at(0).toObject().value("chord").toString(), QStringLiteral("Am"));
        QCOMPARE(chords.at(1).toObject().value("tick").toDouble(), 3840.0);   // the next bar line
        QCOMPARE(chords.at(1).toObject().value("chord").toString(), QStringLiteral("F"));
        QCOMPARE(chords.at(4).toObject().value("chord").toString(), QStringLiteral("Am"));   // repeated
        QCOMPARE(o.value("chord_bias").toDouble(), 4.0);
        const double free = chordTones("0").second;
        QVERIFY2(pulled >= 0.9 && pulled > free + 0.2, qPrintable(QStringLiteral("%1 vs %2").arg(pulled).arg(free)));

        auto r = runAtelier({"continue", in, "-o", m_dir.filePath("ch.mid"), "--model", m_melody, "--chords",
                             "Am Hm7 C"});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("\"Hm7\""), r.err.constData());
        r = runAtelier({"continue", in, "-o", m_dir.filePath("ch.mid"), "--model", m_melody, "--chords-from",
                        melodyDir() + "/../melody_chords/ashover1.mid", "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(!json(r).value("chords").toArray().isEmpty());
        r = runAtelier({"continue", in, "-o", m_dir.filePath("ch.mid"), "--model", m_melody, "--chords", "Am",
                        "--chords-from", in});
        QCOMPARE(r.code, 2);
    }

    void badInputFailsClearly()
    {
        const QString corrupt = m_dir.filePath("corrupt.mid");
        QFile f(corrupt);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("MThd\0\0\0\6garbage", 16);
        f.close();
        auto r = runAtelier({"continue", corrupt, "-o", m_dir.filePath("x.mid"), "--model", m_melody});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("corrupt.mid"), r.err.constData());
        r = runAtelier({"continue", melodyDir() + "/ashover1.mid", "-o", m_dir.filePath("x.mid"), "--model",
                        m_dir.filePath("missing.music.json")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("missing.music.json"), r.err.constData());
        r = runAtelier({"continue", melodyDir() + "/ashover1.mid", "-o", m_dir.filePath("x.mid"), "--model",
                        m_melody, "--key", "H:dorian"});
        QCOMPARE(r.code, 2);
        r = runAtelier({"train", "melody", "--data", m_dir.filePath("nothing-here"), "--steps", "1"});
        QCOMPARE(r.code, 2);
        QVERIFY(!r.err.isEmpty());
    }

    // What the newcomer listens for, as numbers: the shipped melody
    // model's continuations of a held-out tune (no key constraint) keep its
    // key and its density of notes.
    void shippedMelodyKeepsKeyAndRhythm()
    {
        if (!QFile::exists(bundled("melody-lstm.music.json")))
            ATELIER_SKIP_OR_FAIL("model not shipped");
        const auto r = runAtelier({"continue", melodyDir() + "/hpps17.mid", "-o", m_dir.filePath("keep.mid"),
                                   "--model", "melody", "--bars", "4", "--variations", "4", "--seed", "1", "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject o = json(r);
        QVERIFY(o.value("model").toString().endsWith("assets/models/melody-lstm.music.json"));
        const double inputDensity = o.value("context").toObject().value("notes_per_beat").toDouble();
        QVERIFY(inputDensity > 0);
        for (const auto &v : o.value("variations").toArray()) {
            const QJsonObject stats = v.toObject();
            QVERIFY2(stats.value("in_key_fraction").toDouble() >= 0.8, "continuations stay in the input's key");
            const double density = stats.value("notes_per_beat").toDouble();
            QVERIFY2(density > inputDensity / 2 && density < inputDensity * 2, "and near its note density");
        }
    }

    // The shipped models against the baselines on the full held-out splits.
    void shippedModelsBeatBaselines_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("file");
        QTest::newRow("melody") << "melody" << bundled("melody-lstm.music.json");
        QTest::newRow("performance") << "performance" << bundled("performance-lstm.music.json");
        QTest::newRow("performance transformer") << "performance" << bundled("performance-transformer.music.json");
    }
    void shippedModelsBeatBaselines()
    {
        QFETCH(QString, kind);
        QFETCH(QString, file);
        if (!QFile::exists(file))
            ATELIER_SKIP_OR_FAIL("model not shipped");
        const auto r = runAtelier({"eval", kind, "--model", file, "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject nll = json(r).value("nll").toObject();
        const double model = nll.value("model").toDouble(), bigram = nll.value("bigram").toDouble();
        qInfo("%s: model %.4f, unigram %.4f, bigram %.4f nats/event", qPrintable(kind), model,
              nll.value("unigram").toDouble(), bigram);
        QVERIFY2(model < 0.85 * bigram, "the shipped model beats the bigram baseline clearly");
        if (file.contains("transformer"))   // issue 13: below the shipped LSTM's 2.625, so it is the default
            QVERIFY2(model < 2.625, qPrintable(QString::number(model)));
    }
};

QTEST_GUILESS_MAIN(TestCliMusic)
#include "test_cli_music.moc"
