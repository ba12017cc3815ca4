// A Sound-Morph timbre baked into a track: SongTimbres builds (and reuses) the
// voice engines of the song's baked tracks, and the offline renderer plays
// those tracks with them instead of the GM synth, at the track's volume.

#include "../TestData.h"
#include "AnalyticTimbreModel.h"
#include "audio/OfflineRenderer.h"
#include "project/DataPaths.h"
#include "timbre/SongTimbres.h"
#include "timbre/WavIo.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace atelier::core;
using namespace atelier::core::timbre;

namespace {

// Amplitude of the sinusoid at hz in x[from, to) (least-squares fit).
double amplitudeAt(const std::vector<float> &x, int rate, double hz, std::size_t from, std::size_t to)
{
    double c = 0, s = 0;
    for (std::size_t i = from; i < to; ++i) {
        const double w = 2 * M_PI * hz * double(i) / rate;
        c += x[i] * std::cos(w);
        s += x[i] * std::sin(w);
    }
    const double n = double(to - from);
    return 2 * std::sqrt(c * c + s * s) / n;
}

} // namespace

class TestSongTimbres : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_modelPath;
    std::shared_ptr<test::AnalyticTimbreModel> m_model = std::make_shared<test::AnalyticTimbreModel>();
    int m_loads = 0;

    TimbreModelLoader loader()
    {
        return [this](const QString &path, QString *error) -> std::shared_ptr<const ITimbreModel> {
            ++m_loads;
            if (path != m_modelPath) {
                *error = path + ": not the test model";
                return nullptr;
            }
            return std::make_shared<test::AnalyticTimbreModel>();  // a new load, a new model
        };
    }

    Song song(double volume = 0.8) const
    {
        Song s;  // 120 bpm, 480 ppq: a beat is 0.5 s
        Track piano{"Piano"};
        piano.notes = {{60, 0, 480, 100}};
        Track baked{"Baked"};
        baked.channel = 2;
        baked.program = 56;  // a trumpet when the synth plays it: rich in overtones
        baked.volume = volume;
        baked.sound.name = "Pure";
        baked.sound.model = m_modelPath;
        baked.sound.z = {1.0f, 0.0f};
        baked.sound.envelope.attack_s = 0.0;
        baked.sound.envelope.release_s = 0.05;
        baked.notes = {{69, 0, 960, 100}};  // 440 Hz for 1 s
        s.tracks = {piano, baked};
        return s;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);   // the user's model folder is a test one
        QDir(DataPaths::userModelDir()).removeRecursively();
        QVERIFY(m_dir.isValid());
        m_modelPath = m_dir.filePath("analytic.timbre.json");
        QFile f(m_modelPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }

    void buildsAndReusesEngines()
    {
        SongTimbres timbres(loader(), TimbreVoiceEngine::Mode::Offline);
        Song s = song();
        QVERIFY(timbres.update(s, 48000));
        QVERIFY(timbres.problems().isEmpty());
        QCOMPARE(timbres.engineCount(), 1);
        QVERIFY(timbres.table()[2]);
        QVERIFY(!timbres.table()[0]);
        const auto engine = timbres.table()[2];

        // Same song, or only the morph / envelope / volume changed: the same engine plays on.
        QVERIFY(!timbres.update(s, 48000));
        s.tracks[1].sound.z = {0.5f, 0.5f};
        s.tracks[1].sound.envelope.release_s = 0.5;
        s.tracks[1].volume = 0.3;
        QVERIFY(!timbres.update(s, 48000));
        QCOMPARE(timbres.table()[2], engine);
        QCOMPARE(m_loads, 1);  // the model was loaded once

        // Another sample rate needs a new engine; another channel moves it.
        QVERIFY(timbres.update(s, 44100));
        QVERIFY(timbres.table()[2] != engine);
        s.tracks[1].channel = 5;
        QVERIFY(timbres.update(s, 44100));
        QVERIFY(!timbres.table()[2]);
        QVERIFY(timbres.table()[5]);

        // The drum channel and MIDI-port tracks keep their own sound.
        s.tracks[1].channel = kDrumChannel;
        QVERIFY(timbres.update(s, 44100));
        QCOMPARE(timbres.engineCount(), 0);
        s.tracks[1].channel = 5;
        s.tracks[1].midiOutPort = "Some Synth:0";
        timbres.update(s, 44100);
        QCOMPARE(timbres.engineCount(), 0);
    }

    void realTimeEnginesShareAStartDelayForTheBlock()
    {
        // Real time: every engine starts its notes the same fixed delay late,
        // the engines' latency bound for the device's block plus 4 ms; a
        // larger block means a longer delay (and a table to publish again).
        SongTimbres timbres(loader(), TimbreVoiceEngine::Mode::RealTime);
        Song s = song();
        QVERIFY(timbres.update(s, 48000, 256));
        const auto engine = std::static_pointer_cast<TimbreVoiceEngine>(timbres.table()[2]);
        const int small = timbres.startDelayFrames();
        QCOMPARE(engine->latencyFrames(), small);
        const int bound = int(std::ceil(engine->latencyBoundSeconds(256) * 48000));
        QVERIFY2(small >= bound + 192 && small <= bound + 193 + 48, qPrintable(QStringLiteral("%1 vs %2").arg(small).arg(bound)));
        QVERIFY(!timbres.update(s, 48000, 256));
        QVERIFY(timbres.update(s, 48000, 1024));
        QCOMPARE(timbres.table()[2], std::shared_ptr<IEventSink>(engine));  // the same engine, a longer delay
        QVERIFY2(timbres.startDelayFrames() >= small + 768 - 48, qPrintable(QString::number(timbres.startDelayFrames())));
        QCOMPARE(engine->latencyFrames(), timbres.startDelayFrames());
        // Offline engines have nothing to compensate.
        SongTimbres offline(loader(), TimbreVoiceEngine::Mode::Offline);
        QVERIFY(offline.update(s, 48000, 256));
        QCOMPARE(offline.startDelayFrames(), 0);
        QCOMPARE(offline.table()[2]->latencyFrames(), 0);
    }

    void retrainedModelFileIsLoadedAgain()
    {
        SongTimbres timbres(loader(), TimbreVoiceEngine::Mode::Offline);
        const int before = m_loads;
        QVERIFY(timbres.update(song(), 48000));
        QCOMPARE(m_loads, before + 1);
        const auto engine = timbres.table()[2];
        QVERIFY(!timbres.update(song(), 48000));
        QCOMPARE(m_loads, before + 1);
        // The file is rewritten (a new training run): the model is loaded anew.
        {
            QFile f(m_modelPath);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Append));
            f.write("x");
        }
        QVERIFY(timbres.update(song(), 48000));
        QCOMPARE(m_loads, before + 2);
        QVERIFY(timbres.table()[2] != engine);
    }

    void aProjectNamesItsModelByName()
    {
        // On the search path: its file name, nothing copied.
        const QString bundled = DataPaths::modelFiles(QStringLiteral("*.timbre.json")).value(0);
        QVERIFY2(!bundled.isEmpty(), "no timbre model on the search path");
        QString error;
        QCOMPARE(SongTimbres::nameOnSearchPath(bundled, &error), QFileInfo(bundled).fileName());
        QVERIFY(!QFileInfo::exists(QDir(DataPaths::userModelDir()).filePath(QFileInfo(bundled).fileName())));

        // From elsewhere: copied into the user's model folder, byte for byte, once.
        QTemporaryDir a, b;
        const auto writeModel = [](const QString &path, const QByteArray &bytes) {
            QFile f(path);
            return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
        };
        QVERIFY(writeModel(a.filePath("mine.timbre.json"), "model A"));
        QVERIFY(writeModel(b.filePath("mine.timbre.json"), "model B"));
        const QString first = SongTimbres::nameOnSearchPath(a.filePath("mine.timbre.json"), &error);
        QCOMPARE(first, QStringLiteral("mine.timbre.json"));
        QFile copied(SongTimbres::findModel(first));
        QVERIFY(copied.open(QIODevice::ReadOnly));
        QCOMPARE(copied.readAll(), QByteArray("model A"));
        QCOMPARE(SongTimbres::nameOnSearchPath(a.filePath("mine.timbre.json"), &error), first);
        // Another model of the same name does not overwrite it.
        const QString second = SongTimbres::nameOnSearchPath(b.filePath("mine.timbre.json"), &error);
        QCOMPARE(second, QStringLiteral("mine-2.timbre.json"));
        QFile other(SongTimbres::findModel(second));
        QVERIFY(other.open(QIODevice::ReadOnly));
        QCOMPARE(other.readAll(), QByteArray("model B"));
        // What cannot be read is not named.
        QVERIFY(SongTimbres::nameOnSearchPath(a.filePath("gone.timbre.json"), &error).isEmpty());
        QVERIFY2(error.contains(QStringLiteral("gone.timbre.json")), qPrintable(error));
    }

    void tailCoversTheLongestRelease()
    {
        Song s = song();
        QCOMPARE(SongTimbres::tailSeconds(s, 2.0), 2.0);
        s.tracks[1].sound.envelope.release_s = 4.0;
        QCOMPARE(SongTimbres::tailSeconds(s, 2.0), 4.5);
    }

    void missingOrMismatchedModelsAreNamed()
    {
        SongTimbres timbres(loader(), TimbreVoiceEngine::Mode::Offline);
        Song s = song();
        s.tracks[1].sound.model = "no-such-model.timbre.json";
        timbres.update(s, 48000);
        QCOMPARE(timbres.engineCount(), 0);
        QCOMPARE(timbres.problems().size(), 1);
        QVERIFY2(timbres.problems().first().contains("Baked") && timbres.problems().first().contains("no-such-model"),
                 qPrintable(timbres.problems().first()));

        s = song();
        s.tracks[1].sound.z = {1.0f, 0.0f, 0.0f};  // the model takes 2 values
        timbres.update(s, 48000);
        QCOMPARE(timbres.engineCount(), 0);
        QVERIFY2(timbres.problems().value(0).contains("3 embedding values"), qPrintable(timbres.problems().value(0)));
    }

    void offlineRenderPlaysTheBakedTrack()
    {
        if (!QFile::exists("/usr/share/sounds/sf2/FluidR3_GM.sf2"))
            ATELIER_SKIP_OR_FAIL("the FluidR3 GM SoundFont is not installed");
        auto render = [&](const Song &s, bool baked, const QString &name) {
            RenderOptions options;
            options.sampleRate = 48000;
            options.tail_s = 0.2;
            if (baked) options.channelInstruments = SongTimbres::offlineTable(s, loader(), options.sampleRate);
            const QString path = m_dir.filePath(name);
            QString error;
            if (!OfflineRenderer::render(s, options, path, &error)) qWarning() << error;
            int rate = 0;
            return readWavMono(path, &rate, &error);
        };
        Song onlyBaked = song();
        onlyBaked.tracks.removeFirst();
        const std::vector<float> withSound = render(onlyBaked, true, "baked.wav");
        const std::vector<float> withSynth = render(onlyBaked, false, "synth.wav");
        QVERIFY(withSound.size() >= 48000);
        QCOMPARE(withSound.size(), withSynth.size());
        // The analytic model at z = (1, 0) is one pure harmonic; the GM trumpet has overtones.
        const double f1 = amplitudeAt(withSound, 48000, 440, 4800, 43200);
        const double f2 = amplitudeAt(withSound, 48000, 880, 4800, 43200);
        QVERIFY2(f1 > 0.05, qPrintable(QString::number(f1)));
        QVERIFY2(f2 < 0.01 * f1, qPrintable(QString("%1 vs %2").arg(f2).arg(f1)));
        const double p1 = amplitudeAt(withSynth, 48000, 440, 4800, 43200);
        const double p2 = amplitudeAt(withSynth, 48000, 880, 4800, 43200);
        QVERIFY2(p2 > 0.05 * p1, qPrintable(QString("%1 vs %2").arg(p2).arg(p1)));
        // After the note and its 50 ms release: silence.
        double tail = 0;
        for (std::size_t i = 48000 + 4800; i < withSound.size(); ++i) tail = std::max(tail, double(std::abs(withSound[i])));
        QVERIFY2(tail < 1e-3, qPrintable(QString::number(tail)));

        // Half the track volume, half the amplitude.
        Song quiet = onlyBaked;
        quiet.tracks[0].volume = 0.4;
        const std::vector<float> half = render(quiet, true, "quiet.wav");
        const double h1 = amplitudeAt(half, 48000, 440, 4800, 43200);
        QVERIFY2(std::abs(h1 / f1 - 0.5) < 0.02, qPrintable(QString::number(h1 / f1)));

        // With the piano track too, both are heard: the piano's C4 and the model's A4.
        const std::vector<float> both = render(song(), true, "both.wav");
        const double c4 = amplitudeAt(both, 48000, 261.63, 2400, 19200);
        QVERIFY2(c4 > 1e-3 && c4 > 10 * amplitudeAt(withSound, 48000, 261.63, 2400, 19200), qPrintable(QString::number(c4)));
        QVERIFY(std::abs(amplitudeAt(both, 48000, 440, 4800, 43200) - f1) < 0.1 * f1);
    }
};

QTEST_GUILESS_MAIN(TestSongTimbres)
#include "test_song_timbres.moc"
