// WavIo (round trip, clipping, channel mixing, a file written by hand, errors
// that name the file) and TimbreRecording (a recorded note to z with
// AnalyticTimbreModel, and its errors: a model that cannot encode, garbage
// z, silence, a missing file).

#include "AnalyticTimbreModel.h"
#include "SignalProbe.h"
#include "timbre/SpectralMetrics.h"
#include "timbre/TimbreRecording.h"
#include "timbre/WavIo.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>
#include <cmath>
#include <vector>

using namespace atelier::core;
using namespace atelier::core::timbre;
using namespace atelier::timbre_test;
using atelier::core::timbre::test::AnalyticTimbreModel;

namespace {

// A model that encodes to garbage (wrong size or NaN), for TimbreRecording.
class BadEncoder final : public ITimbreModel {
public:
    explicit BadEncoder(bool nan) : m_nan(nan) {}
    QString name() const override { return QStringLiteral("bad encoder"); }
    int zSize() const override { return 3; }
    const std::vector<TimbreInstrument> &instruments() const override { return m_none; }
    void decode(int, const float *, const double *, TimbreFrame *) const override {}
    std::vector<float> encode(const std::vector<float> &) const override
    {
        return m_nan ? std::vector<float>{0, std::nanf(""), 0} : std::vector<float>{1, 2};
    }

private:
    bool m_nan;
    std::vector<TimbreInstrument> m_none;
};

// A 16-bit PCM WAV written by hand (so the reader is tested on a file it did not write).
QByteArray wavBytes(const std::vector<std::vector<float>> &channels, int rate)
{
    const int ch = int(channels.size());
    const int frames = int(channels.front().size());
    QByteArray b;
    auto u32 = [&](quint32 v) { char c[4]; qToLittleEndian(v, c); b.append(c, 4); };
    auto u16 = [&](quint16 v) { char c[2]; qToLittleEndian(v, c); b.append(c, 2); };
    b.append("RIFF");
    u32(quint32(36 + frames * ch * 2));
    b.append("WAVEfmt ");
    u32(16);
    u16(1);
    u16(quint16(ch));
    u32(quint32(rate));
    u32(quint32(rate * ch * 2));
    u16(quint16(ch * 2));
    u16(16);
    b.append("data");
    u32(quint32(frames * ch * 2));
    for (int i = 0; i < frames; ++i)
        for (int c = 0; c < ch; ++c) u16(quint16(qint16(std::lround(channels[std::size_t(c)][std::size_t(i)] * 32767.0f))));
    return b;
}

} // namespace

class TestTimbreRecording : public QObject {
    Q_OBJECT
private slots:
    void wavRoundTrip();
    void wavErrorsNameTheFile();
    void recordingEncodes();
    void recordingErrors();
};

void TestTimbreRecording::wavRoundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("note.wav"));
    std::vector<float> x = sine(440, 0.5, 44100, 44100);
    x[100] = 1.5f;   // clipped, not wrapped
    x[200] = -2.0f;
    QString error;
    QVERIFY2(writeWav(path, x, 44100, &error), qPrintable(error));
    QVERIFY(!QFileInfo::exists(path + ".part"));
    QCOMPARE(QFileInfo(path).size(), qint64(44 + 2 * 44100));  // 16-bit mono PCM
    int rate = 0;
    const std::vector<float> y = readWavMono(path, &rate, &error);
    QCOMPARE(rate, 44100);
    QCOMPARE(y.size(), x.size());
    for (std::size_t i = 0; i < x.size(); ++i) {
        if (i == 100 || i == 200) continue;
        QVERIFY2(std::abs(y[i] - x[i]) <= 1.0f / 32768 + 1e-6f, qPrintable(QString::number(i)));
    }
    QVERIFY(y[100] > 0.999f);
    QVERIFY(y[200] < -0.999f);
    // Writing again replaces the file (through the .part).
    QVERIFY(writeWav(path, std::vector<float>(1000, 0.25f), 16000, &error));
    const std::vector<float> z = readWavMono(path, &rate, &error);
    QCOMPARE(rate, 16000);
    QCOMPARE(int(z.size()), 1000);
    QVERIFY(std::abs(z[500] - 0.25f) < 1e-4f);
    // Several channels are mixed to their mean.
    const QString stereo = dir.filePath(QStringLiteral("stereo.wav"));
    QFile f(stereo);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(wavBytes({std::vector<float>(800, 0.5f), std::vector<float>(800, -0.25f)}, 22050));
    f.close();
    const std::vector<float> m = readWavMono(stereo, &rate, &error);
    QVERIFY2(!m.empty(), qPrintable(error));
    QCOMPARE(rate, 22050);
    QCOMPARE(int(m.size()), 800);
    QVERIFY(std::abs(m[400] - 0.125f) < 1e-3f);
}

void TestTimbreRecording::wavErrorsNameTheFile()
{
    QTemporaryDir dir;
    int rate = 7;
    QString error;
    // Missing.
    const QString missing = dir.filePath(QStringLiteral("missing-note.wav"));
    QVERIFY(readWavMono(missing, &rate, &error).empty());
    QVERIFY2(error.contains(QStringLiteral("missing-note.wav")), qPrintable(error));
    QCOMPARE(rate, 0);
    // Random bytes, a truncated header, an empty file, a folder.
    std::mt19937 rng(5);
    QByteArray junk(3000, '\0');
    for (char &c : junk) c = char(rng() & 0xff);
    const QByteArray truncated = wavBytes({std::vector<float>(100, 0.1f)}, 16000).left(30);
    const std::vector<std::pair<QString, QByteArray>> bad{{QStringLiteral("noise-bytes.wav"), junk},
                                                          {QStringLiteral("cut-header.wav"), truncated},
                                                          {QStringLiteral("empty.wav"), QByteArray()}};
    for (const auto &[name, bytes] : bad) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        error.clear();
        QVERIFY2(readWavMono(f.fileName(), &rate, &error).empty(), qPrintable(name));
        QVERIFY2(error.contains(name), qPrintable(error));
    }
    error.clear();
    QVERIFY(readWavMono(dir.path(), &rate, &error).empty());
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(readWavMono(QString(), &rate, &error).empty());
    QVERIFY(!error.isEmpty());
    // Writing into a folder that does not exist fails, names the file, leaves nothing.
    const QString nowhere = dir.filePath(QStringLiteral("no/such/dir/out.wav"));
    error.clear();
    QVERIFY(!writeWav(nowhere, {0.1f, 0.2f}, 16000, &error));
    QVERIFY2(error.contains(QStringLiteral("out.wav")), qPrintable(error));
    QVERIFY(!QFileInfo::exists(nowhere + ".part"));
    error.clear();
    QVERIFY(!writeWav(dir.filePath(QStringLiteral("x.wav")), {0.1f}, 10, &error));
    QVERIFY(!error.isEmpty());
    // A failed write leaves an existing file alone.
    const QString keep = dir.filePath(QStringLiteral("keep.wav"));
    QVERIFY(writeWav(keep, std::vector<float>(500, 0.5f), 16000, &error));
    QVERIFY(!writeWav(keep, {0.1f}, 1, &error));
    QCOMPARE(int(readWavMono(keep, &rate, &error).size()), 500);
}

void TestTimbreRecording::recordingEncodes()
{
    AnalyticTimbreModel model;  // encode(): z = the first two MFCC statistics
    QString error;
    // One second of a sine after half a second of silence at 16 kHz: the
    // silence is trimmed to 10 ms before the onset.
    std::vector<float> x(8000, 0.0f);
    const std::vector<float> tone = sine(440, 0.5, 16000, 16000);
    x.insert(x.end(), tone.begin(), tone.end());
    const EncodedRecording r = encodeSamples(model, x, 16000, QStringLiteral("sine.wav"), &error);
    QVERIFY2(!r.z.empty(), qPrintable(error));
    QCOMPARE(int(r.z.size()), model.zSize());
    for (float v : r.z) QVERIFY(std::isfinite(v));
    const std::size_t start = 8001 - 160;  // the first sample above 1% of the peak, minus 10 ms
    QVERIFY2(std::abs(r.analysedSeconds - double(x.size() - start) / 16000) < 1e-9, qPrintable(QString::number(r.analysedSeconds)));
    const std::vector<float> stats = mfccStatistics(x.data() + start, int(x.size() - start), 16000);
    QCOMPARE(r.z[0], stats[0]);
    QCOMPARE(r.z[1], stats[1]);
    // Long notes are cut to kMaxRecordingSeconds.
    const std::vector<float> longTone = sine(440, 0.5, 16000, 6 * 16000);
    const EncodedRecording l = encodeSamples(model, longTone, 16000, QStringLiteral("long.wav"), &error);
    QCOMPARE(l.analysedSeconds, kMaxRecordingSeconds);
    // Another rate is resampled first: about the same z.
    const std::vector<float> tone48 = sine(440, 0.5, 48000, 48000);
    const EncodedRecording h = encodeSamples(model, tone48, 48000, QStringLiteral("48k.wav"), &error);
    QVERIFY2(!h.z.empty(), qPrintable(error));
    const EncodedRecording s16 = encodeSamples(model, tone, 16000, QStringLiteral("16k.wav"), &error);
    QVERIFY(std::abs(h.analysedSeconds - 1.0) < 0.01);
    QVERIFY2(std::abs(h.z[0] - s16.z[0]) < 0.02 * std::abs(s16.z[0]), qPrintable(QStringLiteral("%1 %2").arg(h.z[0]).arg(s16.z[0])));
    // From a file (mono mix, resampled, trimmed), the same as from memory.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rec.wav"));
    std::vector<float> stereoish = sine(440, 0.5, 22050, 22050);
    QVERIFY(writeWav(path, stereoish, 22050, &error));
    const EncodedRecording f = encodeRecording(model, path, &error);
    QVERIFY2(!f.z.empty(), qPrintable(error));
    int rate = 0;
    const std::vector<float> back = readWavMono(path, &rate, &error);
    const EncodedRecording m = encodeSamples(model, back, rate, QStringLiteral("rec.wav"), &error);
    QCOMPARE(f.z, m.z);
    QCOMPARE(f.analysedSeconds, m.analysedSeconds);
    QVERIFY(std::abs(f.analysedSeconds - 1.0) < 0.01);
}

void TestTimbreRecording::recordingErrors()
{
    AnalyticTimbreModel model;
    QString error;
    // Silence (and a peak just under -60 dBFS).
    QVERIFY(encodeSamples(model, std::vector<float>(16000, 0.0f), 16000, QStringLiteral("quiet.wav"), &error).z.empty());
    QVERIFY2(error.startsWith(QStringLiteral("quiet.wav: ")) && error.contains(QStringLiteral("silent")), qPrintable(error));
    error.clear();
    QVERIFY(encodeSamples(model, sine(440, 0.0009, 16000, 16000), 16000, QStringLiteral("faint.wav"), &error).z.empty());
    QVERIFY2(error.contains(QStringLiteral("silent")), qPrintable(error));
    error.clear();
    QVERIFY(!encodeSamples(model, sine(440, 0.0011, 16000, 16000), 16000, QStringLiteral("ok.wav"), &error).z.empty());
    // Too short: 20 ms of sound (plus the 10 ms kept before it) after silence.
    std::vector<float> x(8000, 0.0f);
    const std::vector<float> blip = sine(440, 0.5, 16000, 320);
    x.insert(x.end(), blip.begin(), blip.end());
    error.clear();
    QVERIFY(encodeSamples(model, x, 16000, QStringLiteral("blip.wav"), &error).z.empty());
    QVERIFY2(error.startsWith(QStringLiteral("blip.wav: ")) && error.contains(QStringLiteral("too short")), qPrintable(error));
    // Just long enough: 45 ms + 10 ms.
    std::vector<float> y(8000, 0.0f);
    const std::vector<float> note = sine(440, 0.5, 16000, 720);
    y.insert(y.end(), note.begin(), note.end());
    error.clear();
    QVERIFY2(!encodeSamples(model, y, 16000, QStringLiteral("short.wav"), &error).z.empty(), qPrintable(error));
    // No audio.
    error.clear();
    QVERIFY(encodeSamples(model, {}, 16000, QStringLiteral("none.wav"), &error).z.empty());
    QVERIFY(error.startsWith(QStringLiteral("none.wav: ")));
    // A model that cannot encode it: wrong size, or not finite.
    for (bool nan : {false, true}) {
        BadEncoder bad(nan);
        error.clear();
        QVERIFY(encodeSamples(bad, sine(440, 0.5, 16000, 16000), 16000, QStringLiteral("fine.wav"), &error).z.empty());
        QVERIFY2(error.contains(QStringLiteral("bad encoder")), qPrintable(error));
    }
    // Files: missing, and not audio.
    QTemporaryDir dir;
    error.clear();
    QVERIFY(encodeRecording(model, dir.filePath(QStringLiteral("gone.wav")), &error).z.empty());
    QVERIFY2(error.contains(QStringLiteral("gone.wav")), qPrintable(error));
    QFile f(dir.filePath(QStringLiteral("text.wav")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("this is not a sound file at all, just some text to read");
    f.close();
    error.clear();
    QVERIFY(encodeRecording(model, f.fileName(), &error).z.empty());
    QVERIFY2(error.contains(QStringLiteral("text.wav")), qPrintable(error));
    // A silent file names the file name (not the folder).
    const QString silent = dir.filePath(QStringLiteral("hush.wav"));
    QVERIFY(writeWav(silent, std::vector<float>(16000, 0.0f), 16000, &error));
    error.clear();
    QVERIFY(encodeRecording(model, silent, &error).z.empty());
    QVERIFY2(error.startsWith(QStringLiteral("hush.wav: ")) && error.contains(QStringLiteral("silent")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestTimbreRecording)
#include "test_timbre_recording.moc"
