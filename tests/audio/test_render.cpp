// Offline rendering tests: a small two-track song with a tempo change and a
// long rest is rendered to WAV with the real Sequencer + fluidsynth, read
// back with libsndfile and measured (length, loudness, silence in the rest).

#include "../TestData.h"
#include "audio/OfflineRenderer.h"
#include "audio/Synth.h"
#include "document/TempoMap.h"

#include <QtTest>
#include <cmath>
#include <sndfile.h>
#include <vector>

using namespace atelier::core;

namespace {

constexpr int kRate = 44100;
constexpr Tick kBar = 4 * kDefaultPpq;

// Bars 1-2 and 5-6 play (bars 5-6 at 90 bpm); bars 3-4 are a rest.
Song makeSong()
{
    Song song;
    song.tempos = {{0, 120.0}, {4 * kBar, 90.0}};
    Track piano;
    piano.name = QStringLiteral("Piano");
    piano.program = 0;
    piano.channel = 0;
    Track bass;
    bass.name = QStringLiteral("Bass");
    bass.program = 33;
    bass.channel = 1;
    for (Tick bar : {Tick(0), Tick(1), Tick(4), Tick(5)}) {
        for (int beat = 0; beat < 4; ++beat) {
            const Tick t = bar * kBar + beat * kDefaultPpq;
            for (int pitch : {60, 64, 67})
                piano.notes.append({pitch + beat, t, kDefaultPpq - 20, 100});
        }
        bass.notes.append({36, bar * kBar, kBar / 2, 110});
        bass.notes.append({43, bar * kBar + kBar / 2, kBar / 2, 110});
    }
    song.tracks = {piano, bass};
    return song;
}

struct Wav {
    int rate = 0;
    int channels = 0;
    std::vector<float> samples;  // interleaved
    qint64 frames() const { return channels ? qint64(samples.size()) / channels : 0; }
    double rms(double from_s, double to_s) const
    {
        const qint64 a = std::clamp<qint64>(qint64(from_s * rate), 0, frames());
        const qint64 b = std::clamp<qint64>(qint64(to_s * rate), a, frames());
        double sum = 0.0;
        for (qint64 i = a * channels; i < b * channels; ++i)
            sum += double(samples[size_t(i)]) * samples[size_t(i)];
        return b > a ? std::sqrt(sum / double((b - a) * channels)) : 0.0;
    }
};

Wav readWav(const QString &path)
{
    Wav w;
    SF_INFO info{};
    SNDFILE *f = sf_open(QFile::encodeName(path).constData(), SFM_READ, &info);
    if (!f)
        return w;
    w.rate = info.samplerate;
    w.channels = info.channels;
    w.samples.resize(size_t(info.frames * info.channels));
    sf_readf_float(f, w.samples.data(), info.frames);
    sf_close(f);
    return w;
}

double seconds(const Song &song, Tick tick)
{
    return TempoMap(song).tickToSeconds(tick);
}

} // namespace

class TestRender : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    bool haveSoundFont() const { return !Synth::defaultSoundFontPath().isEmpty(); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (!haveSoundFont())
            ATELIER_SKIP_OR_FAIL("no GM SoundFont installed (fluid-soundfont-gm)");
    }

    void rendersWholeSong()
    {
        const Song song = makeSong();
        const QString wavPath = path(QStringLiteral("song.wav"));
        QString error;
        QList<double> progress;
        QVERIFY2(OfflineRenderer::render(song, RenderOptions{}, wavPath, &error,
                                         [&progress](double p) { progress.append(p); return true; }),
                 qPrintable(error));
        QVERIFY(QFileInfo::exists(wavPath));
        QVERIFY(!QFileInfo::exists(wavPath + QStringLiteral(".part")));
        QVERIFY(!progress.isEmpty());
        QVERIFY(std::is_sorted(progress.begin(), progress.end()));
        QCOMPARE(progress.last(), 1.0);

        const Wav wav = readWav(wavPath);
        QCOMPARE(wav.rate, kRate);
        QCOMPARE(wav.channels, 2);
        const double end_s = seconds(song, song.endTick());
        QVERIFY(qAbs(end_s - (8.0 + 16.0 / 3.0)) < 1e-3);  // 4 bars at 120 + 2 bars at 90 bpm
        const qint64 expected = qint64(std::llround((end_s + 2.0) * kRate));
        QVERIFY2(qAbs(wav.frames() - expected) <= OfflineRenderer::kBlock_frames,
                 qPrintable(QStringLiteral("%1 frames, expected %2").arg(wav.frames()).arg(expected)));

        const double loud1 = wav.rms(0.0, 4.0);
        const double rest = wav.rms(6.5, 8.0);   // last 1.5 s of the 4 s rest
        const double loud2 = wav.rms(8.0, end_s);
        qInfo("rms: bars 1-2 %.4f, rest %.6f, bars 5-6 %.4f", loud1, rest, loud2);
        QVERIFY(loud1 > 0.01);
        QVERIFY(loud2 > 0.01);
        QVERIFY(rest < 0.002);
        QVERIFY(rest < loud1 / 20);
        float peak = 0.0f;
        for (float v : wav.samples)
            peak = std::max(peak, std::abs(v));
        QVERIFY2(peak < 0.999f, "the render clips");
    }

    void rendersLoopRegionOnly()
    {
        Song song = makeSong();
        song.loop = {kBar, 2 * kBar, false};  // bar 2: 2 s at 120 bpm
        RenderOptions options;
        options.loopRegionOnly = true;
        options.tail_s = 1.0;
        const QString wavPath = path(QStringLiteral("loop.wav"));
        QString error;
        QVERIFY2(OfflineRenderer::render(song, options, wavPath, &error), qPrintable(error));
        const Wav wav = readWav(wavPath);
        const qint64 expected = qint64(3.0 * kRate);
        QVERIFY2(qAbs(wav.frames() - expected) <= OfflineRenderer::kBlock_frames,
                 qPrintable(QStringLiteral("%1 frames, expected %2").arg(wav.frames()).arg(expected)));
        QVERIFY(wav.rms(0.0, 2.0) > 0.01);

        song.loop = {};
        QVERIFY(!OfflineRenderer::render(song, options, path(QStringLiteral("noloop.wav")), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("noloop.wav"))));
    }

    void mutedTrackChangesTheRender()
    {
        Song song = makeSong();
        RenderOptions options;
        options.tail_s = 0.5;
        QString error;
        const QString full = path(QStringLiteral("full.wav"));
        const QString muted = path(QStringLiteral("muted.wav"));
        QVERIFY2(OfflineRenderer::render(song, options, full, &error), qPrintable(error));
        song.tracks[0].mute = true;  // piano off: only the bass
        QVERIFY2(OfflineRenderer::render(song, options, muted, &error), qPrintable(error));
        const Wav a = readWav(full);
        const Wav b = readWav(muted);
        QCOMPARE(a.frames(), b.frames());  // same song length
        const double rmsFull = a.rms(0.0, 4.0);
        const double rmsMuted = b.rms(0.0, 4.0);
        double diff = 0.0;
        for (size_t i = 0; i < a.samples.size(); ++i)
            diff += double(a.samples[i] - b.samples[i]) * double(a.samples[i] - b.samples[i]);
        diff = std::sqrt(diff / double(a.samples.size()));
        qInfo("rms full %.4f, piano muted %.4f, difference %.4f", rmsFull, rmsMuted, diff);
        QVERIFY(rmsMuted > 0.001);  // the bass still plays
        QVERIFY(rmsMuted < rmsFull);
        QVERIFY(diff > 0.01);
    }

    void missingSoundFontFails()
    {
        RenderOptions options;
        options.soundFont = path(QStringLiteral("does-not-exist.sf2"));
        const QString wavPath = path(QStringLiteral("nosf.wav"));
        QString error;
        QVERIFY(!OfflineRenderer::render(makeSong(), options, wavPath, &error));
        QVERIFY(error.contains(QStringLiteral("SoundFont")));
        QVERIFY(!QFileInfo::exists(wavPath));
        QVERIFY(!QFileInfo::exists(wavPath + QStringLiteral(".part")));

        // Not a SoundFont at all.
        QFile junk(path(QStringLiteral("junk.sf2")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("this is not a soundfont");
        junk.close();
        options.soundFont = junk.fileName();
        QVERIFY(!OfflineRenderer::render(makeSong(), options, wavPath, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFileInfo::exists(wavPath));
    }

    void unwritablePathFails()
    {
        const QString wavPath = path(QStringLiteral("no/such/folder/out.wav"));
        QString error;
        QVERIFY(!OfflineRenderer::render(makeSong(), RenderOptions{}, wavPath, &error));
        QVERIFY2(error.startsWith(QStringLiteral("Cannot write")), qPrintable(error));
        QVERIFY(!QFileInfo::exists(wavPath));
        QVERIFY(!QFileInfo::exists(wavPath + QStringLiteral(".part")));
    }

    void cancelLeavesNoFile()
    {
        const QString wavPath = path(QStringLiteral("cancelled.wav"));
        QString error;
        int calls = 0;
        QVERIFY(!OfflineRenderer::render(makeSong(), RenderOptions{}, wavPath, &error,
                                         [&calls](double p) { ++calls; return p < 0.3; }));
        QVERIFY(calls > 1);
        QVERIFY(error.contains(QStringLiteral("cancel")));
        QVERIFY(!QFileInfo::exists(wavPath));
        QVERIFY(!QFileInfo::exists(wavPath + QStringLiteral(".part")));

        // An existing file is not touched by a cancelled render.
        QFile old(wavPath);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("previous");
        old.close();
        QVERIFY(!OfflineRenderer::render(makeSong(), RenderOptions{}, wavPath, &error,
                                         [](double) { return false; }));
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("previous"));
    }
};

QTEST_GUILESS_MAIN(TestRender)
#include "test_render.moc"
