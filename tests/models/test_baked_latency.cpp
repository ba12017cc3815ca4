// Baked timbre tracks play in time with the GM tracks (issue 16): the real
// AudioEngine, played by a device the test paces at the real rate, with the
// real FluidSynth and the bundled trained timbre model in a real-time voice
// engine, sounds a GM track's note and a baked track's note, struck at the
// same tick, as far apart as the offline render of the same song does
// (within 1 ms): the voice engine's start delay is compensated on the GM side.

#include "../TestData.h"
#include "../audio/ManualAudioDevice.h"
#include "TimbreModels.h"
#include "audio/AudioEngine.h"
#include "audio/OfflineRenderer.h"
#include "audio/Synth.h"
#include "timbre/SongTimbres.h"
#include "timbre/WavIo.h"

#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <chrono>
#include <cmath>
#include <thread>

using namespace atelier;
using namespace atelier::core;
using namespace atelier::core::timbre;

namespace {

constexpr int kRate = 48000;  // ManualAudioDevice's
constexpr const char *kModel = "timbre-ddsp.timbre.json";

// Two tracks on their own channels, one note each at beat 2 (0.5 s); the
// second plays the bundled timbre model. `mute` silences one of them (its
// engine stays: the compensation is there either way).
Song twoTracks(const std::vector<float> &z, int mute)
{
    Song song;
    Track gm;
    gm.name = "Piano";
    gm.channel = 0;
    gm.notes.append({60, 480, 480, 110});
    Track baked;
    baked.name = "Baked";
    baked.channel = 1;
    baked.program = 73;
    baked.notes.append({64, 480, 480, 110});
    baked.sound.name = "Flute";
    baked.sound.model = kModel;
    baked.sound.z = QList<float>(z.begin(), z.end());
    baked.sound.envelope.attack_s = 0.0;
    gm.mute = mute == 0;
    baked.mute = mute == 1;
    song.tracks = {gm, baked};
    return song;
}

// Where the sound begins: the first sample above a tenth of the peak.
int onset(const std::vector<float> &x)
{
    float peak = 0;
    for (float v : x)
        peak = std::max(peak, std::abs(v));
    for (std::size_t i = 0; i < x.size(); ++i)
        if (std::abs(x[i]) > 0.1f * peak && peak > 1e-4f)
            return int(i);
    return -1;
}

} // namespace

class TestBakedLatency : public QObject {
    Q_OBJECT

    std::vector<float> m_z;

    // Real-time playback of 1.2 s from the start, captured at the device (mono).
    std::vector<float> playback(const Song &song, int *startDelay)
    {
        auto owned = std::make_unique<core::test::ManualAudioDevice>();
        core::test::ManualAudioDevice *device = owned.get();
        AudioEngine engine(std::move(owned));
        QString error;
        if (!engine.start(AudioSettings{}, &error))
            qFatal("start: %s", qPrintable(error));
        SongTimbres timbres(&models::loadTimbreModel, TimbreVoiceEngine::Mode::RealTime);
        timbres.update(song, int(engine.sampleRate()), int(engine.bufferFrames()));
        if (!timbres.problems().isEmpty())
            qFatal("%s", qPrintable(timbres.problems().join("; ")));
        *startDelay = timbres.startDelayFrames();
        engine.setChannelInstruments(timbres.table());
        engine.setSong(song);
        engine.play();
        std::vector<float> out;
        const int block = int(device->bufferFrames());
        const auto start = std::chrono::steady_clock::now();
        for (int b = 0; b * block < int(1.2 * kRate); ++b) {
            std::this_thread::sleep_until(start + std::chrono::microseconds(std::int64_t(b) * block * 1000000 / kRate));
            device->run(block);
            for (int i = 0; i < block; ++i)  // mono, as the offline render is read
                out.push_back(0.5f * (device->left[std::size_t(i)] + device->right[std::size_t(i)]));
        }
        engine.shutdown();
        return out;
    }

    std::vector<float> offline(const Song &song)
    {
        QTemporaryDir dir;
        RenderOptions options;
        options.sampleRate = kRate;
        options.tail_s = 0.2;
        options.sampleFormat = SampleFormat::Float32;
        options.channelInstruments = SongTimbres::offlineTable(song, &models::loadTimbreModel, kRate);
        const QString wav = dir.filePath("song.wav");
        QString error;
        if (!OfflineRenderer::render(song, options, wav, &error))
            qFatal("render: %s", qPrintable(error));
        int rate = 0;
        return readWavMono(wav, &rate, &error);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (!QFileInfo::exists(Synth::defaultSoundFontPath()))
            ATELIER_SKIP_OR_FAIL("no General MIDI SoundFont (fluid-soundfont-gm)");
        const QString file = SongTimbres::findModel(kModel);
        QVERIFY2(!file.isEmpty(), "the bundled timbre model is not on the model search path");
        QString error;
        const auto model = models::loadTimbreModel(file, &error);
        QVERIFY2(model, qPrintable(error));
        m_z = model->instruments().front().z;
    }

    void gmAndBakedSoundTogetherAsOffline()
    {
        // Real-time alignment cannot be judged where the model runs several
        // times slower than it does for users (a sanitizer build).
        if (qEnvironmentVariableIntValue("ATELIER_TEST_TIME_SCALE") > 1)
            QSKIP("a build too slow for real-time timing (ATELIER_TEST_TIME_SCALE)");
        int delay = 0;
        const int gmLive = onset(playback(twoTracks(m_z, 1), &delay));
        const int bakedLive = onset(playback(twoTracks(m_z, 0), &delay));
        const int gmOffline = onset(offline(twoTracks(m_z, 1)));
        const int bakedOffline = onset(offline(twoTracks(m_z, 0)));
        qInfo("start delay %d frames (%.2f ms); onsets live: GM %d, baked %d; offline: GM %d, baked %d", delay,
              1000.0 * delay / kRate, gmLive, bakedLive, gmOffline, bakedOffline);
        QVERIFY(delay > 0);
        QVERIFY(gmLive > 0 && bakedLive > 0 && gmOffline > 0 && bakedOffline > 0);
        const int apartLive = bakedLive - gmLive, apartOffline = bakedOffline - gmOffline;
        QVERIFY2(std::abs(apartLive - apartOffline) <= kRate / 1000,
                 qPrintable(QStringLiteral("live %1 samples apart, offline %2").arg(apartLive).arg(apartOffline)));
        // Both are heard the start delay after the offline times (plus where playback began).
        QVERIFY2(std::abs((gmLive - gmOffline) - (bakedLive - bakedOffline)) <= kRate / 1000, "");
    }
};

QTEST_GUILESS_MAIN(TestBakedLatency)
#include "test_baked_latency.moc"
