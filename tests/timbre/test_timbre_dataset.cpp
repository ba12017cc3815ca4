// TimbreDataset (core/timbre/TimbreDataset): single notes rendered with
// FluidSynth from FluidR3_GM into a cache folder. A tiny spec (piano and
// flute, three pitches, one velocity): note counts with and without the
// random note-off copies, the held-out split, find(), the 4 s / 16 kHz
// length, the note-off at 3 s, the pitch of the rendered notes, the cache
// (a second build reads it: same samples, much faster; a damaged cache is
// rendered again), errors naming a missing or unreadable SoundFont, and
// cancelling through the progress callback.

#include "../TestData.h"
#include "SignalProbe.h"
#include "timbre/SpectralMetrics.h"
#include "timbre/TimbreDataset.h"
#include "timbre/TimbreSpec.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <vector>

using namespace atelier::core::timbre;
using namespace atelier::timbre_test;

namespace {

const QString kFluid = QStringLiteral("/usr/share/sounds/sf2/FluidR3_GM.sf2");

TimbreDatasetSpec tinySpec(bool randomOff)
{
    TimbreDatasetSpec spec;
    spec.soundFonts = {kFluid};
    spec.programs = {0, 73};
    spec.pitches = {45, 48, 60};
    spec.velocities = {80};
    spec.randomOffCopies = randomOff;
    return spec;
}

QStringList cacheFiles(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral("*.notes")}, QDir::Files, QDir::Name);
}

// The magnitude spectrum of one second from `from` s (16384-point FFT, Hann).
std::vector<double> spectrum(const TimbreNote &note, double from)
{
    const int n = 16384;
    std::vector<float> re(n), im(n, 0.0f);
    const std::size_t start = std::size_t(from * kDataSampleRate);
    for (int i = 0; i < n; ++i)
        re[std::size_t(i)] = float(note.sample(start + std::size_t(i)) * (0.5 - 0.5 * std::cos(2 * kPi * i / n)));
    fft(re.data(), im.data(), n);
    std::vector<double> mag(n / 2 + 1);
    for (int k = 0; k <= n / 2; ++k) mag[std::size_t(k)] = std::hypot(re[std::size_t(k)], im[std::size_t(k)]);
    return mag;
}

double binHz() { return double(kDataSampleRate) / 16384; }

// The largest magnitude within +-3% of a frequency.
double peakNear(const std::vector<double> &mag, double hz)
{
    double best = 0;
    for (int k = int(hz * 0.97 / binHz()); k <= int(hz * 1.03 / binHz()) + 1 && k < int(mag.size()); ++k)
        best = std::max(best, mag[std::size_t(k)]);
    return best;
}

} // namespace

class TestTimbreDataset : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void buildsTheSpec();
    void heldOutSplitAndFind();
    void notesAreFourSecondsAt16k();
    void noteOffAtThreeSeconds();
    void fundamentalIsThePitch();
    void randomOffCopies();
    void secondBuildReadsTheCache();
    void damagedCacheIsRenderedAgain();
    void missingSoundFontIsNamed();
    void unreadableSoundFontIsNamed();
    void cancelThroughProgress();

private:
    QTemporaryDir m_cache;
    std::unique_ptr<TimbreDataset> m_data;
    qint64 m_firstBuildMs = 0;
    std::vector<std::pair<int, int>> m_progress;
};

void TestTimbreDataset::initTestCase()
{
    if (!QFileInfo::exists(kFluid))
        ATELIER_SKIP_OR_FAIL("FluidR3_GM.sf2 is not installed (fluid-soundfont-gm)");
    QVERIFY(m_cache.isValid());
    QString error;
    QElapsedTimer timer;
    timer.start();
    m_data = TimbreDataset::build(tinySpec(false), m_cache.path(), &error, [this](int done, int total) {
        m_progress.emplace_back(done, total);
        return true;
    });
    m_firstBuildMs = timer.elapsed();
    QVERIFY2(m_data, qPrintable(error));
}

void TestTimbreDataset::buildsTheSpec()
{
    const TimbreDataset &d = *m_data;
    QCOMPARE(int(d.instruments().size()), 2);
    QCOMPARE(d.instruments()[0].program, 0);
    QCOMPARE(d.instruments()[1].program, 73);
    QCOMPARE(d.instruments()[0].soundFont, QStringLiteral("FluidR3_GM"));
    QCOMPARE(d.instruments()[0].name(), QStringLiteral("Acoustic Grand Piano (FluidR3_GM)"));
    QCOMPARE(d.instruments()[1].name(), QStringLiteral("Flute (FluidR3_GM)"));
    // 2 programs x 3 pitches x 1 velocity, every one audible.
    QCOMPARE(int(d.notes().size()), 6);
    for (int instrument = 0; instrument < 2; ++instrument)
        for (int pitch : {45, 48, 60}) {
            int count = 0;
            for (const TimbreNote &n : d.notes())
                count += n.instrument == instrument && n.pitch == pitch && n.velocity == 80;
            QCOMPARE(count, 1);
        }
    for (const TimbreNote &n : d.notes()) QCOMPARE(n.noteOff_s, 3.0f);
    // One progress call per program, ending at total.
    QCOMPARE(int(m_progress.size()), 2);
    QCOMPARE(m_progress.front(), (std::pair<int, int>(1, 2)));
    QCOMPARE(m_progress.back(), (std::pair<int, int>(2, 2)));
    // The spec is kept; the cache holds one file per SoundFont and spec.
    QCOMPARE(d.spec().programs, (std::vector<int>{0, 73}));
    const QStringList files = cacheFiles(m_cache.path());
    QCOMPARE(files.size(), 1);
    QVERIFY2(QRegularExpression(QStringLiteral("^FluidR3_GM-[0-9a-f]{16}\\.notes$")).match(files.front()).hasMatch(),
             qPrintable(files.front()));
}

void TestTimbreDataset::heldOutSplitAndFind()
{
    const TimbreDataset &d = *m_data;
    QVERIFY(TimbreDataset::isHeldOut(45) && TimbreDataset::isHeldOut(60) && TimbreDataset::isHeldOut(75));
    QVERIFY(!TimbreDataset::isHeldOut(48) && !TimbreDataset::isHeldOut(57) && !TimbreDataset::isHeldOut(36));
    const std::vector<int> train = d.trainNotes(), held = d.heldOutNotes();
    QCOMPARE(int(train.size()), 2);  // pitch 48 of both instruments
    QCOMPARE(int(held.size()), 4);   // 45 and 60
    for (int i : train) QCOMPARE(d.notes()[std::size_t(i)].pitch, 48);
    for (int i : held) QVERIFY(TimbreDataset::isHeldOut(d.notes()[std::size_t(i)].pitch));
    std::vector<int> all = train;
    all.insert(all.end(), held.begin(), held.end());
    std::sort(all.begin(), all.end());
    QCOMPARE(all, (std::vector<int>{0, 1, 2, 3, 4, 5}));

    for (int instrument = 0; instrument < 2; ++instrument)
        for (int pitch : {45, 48, 60}) {
            const int i = d.find(instrument, pitch, 80);
            QVERIFY(i >= 0);
            const TimbreNote &n = d.notes()[std::size_t(i)];
            QCOMPARE(n.instrument, instrument);
            QCOMPARE(n.pitch, pitch);
            QCOMPARE(n.velocity, 80);
        }
    QCOMPARE(d.find(0, 51, 80), -1);
    QCOMPARE(d.find(0, 48, 100), -1);
    QCOMPARE(d.find(2, 48, 80), -1);
}

void TestTimbreDataset::notesAreFourSecondsAt16k()
{
    for (const TimbreNote &n : m_data->notes()) {
        QCOMPARE(int(n.samples.size()), 4 * kDataSampleRate);
        const std::vector<float> x = n.toFloat();
        QCOMPARE(x.size(), n.samples.size());
        QCOMPARE(x[1000], n.samples[1000] / 32768.0f);
        // Audible (the builder drops notes under -50 dBFS) and not clipped.
        const double p = peak(x, 0, x.size());
        QVERIFY2(p > 0.00316 && p < 0.999, qPrintable(QString::number(p)));
        // Sound from the start: the first 100 ms are not silent.
        QVERIFY(peak(x, 0, 1600) > 0.1 * p);
    }
}

void TestTimbreDataset::noteOffAtThreeSeconds()
{
    const TimbreDataset &d = *m_data;
    for (int instrument = 0; instrument < 2; ++instrument)
        for (int pitch : {48, 60}) {
            const std::vector<float> x = d.notes()[std::size_t(d.find(instrument, pitch, 80))].toFloat();
            const double sustain = rms(x, std::size_t(2.4 * kDataSampleRate), std::size_t(0.55 * kDataSampleRate));
            const double after = rms(x, std::size_t(3.3 * kDataSampleRate), std::size_t(0.7 * kDataSampleRate));
            const QString what = QStringLiteral("instrument %1 pitch %2: %3 -> %4").arg(instrument).arg(pitch).arg(sustain).arg(after);
            QVERIFY2(sustain > 1e-4, qPrintable(what));
            QVERIFY2(after < 0.1 * sustain, qPrintable(what));
        }
    // The flute sustains while the key is held: no note-off before 3 s.
    const std::vector<float> flute = d.notes()[std::size_t(d.find(1, 60, 80))].toFloat();
    const double early = rms(flute, std::size_t(0.5 * kDataSampleRate), std::size_t(0.5 * kDataSampleRate));
    const double late = rms(flute, std::size_t(2.4 * kDataSampleRate), std::size_t(0.55 * kDataSampleRate));
    QVERIFY2(late > 0.5 * early, qPrintable(QStringLiteral("%1 -> %2").arg(early).arg(late)));
}

void TestTimbreDataset::fundamentalIsThePitch()
{
    const TimbreDataset &d = *m_data;
    for (int instrument = 0; instrument < 2; ++instrument)
        for (int pitch : {45, 48, 60}) {
            const TimbreNote &note = d.notes()[std::size_t(d.find(instrument, pitch, 80))];
            const std::vector<double> mag = spectrum(note, 0.3);
            const double f0 = pitchHz(pitch);
            // The strongest component is a harmonic of f0 ...
            int best = 1;
            for (int k = 2; k < int(mag.size()); ++k) if (mag[std::size_t(k)] > mag[std::size_t(best)]) best = k;
            const double hz = best * binHz();
            const double ratio = hz / f0;
            const QString what = QStringLiteral("instrument %1 pitch %2: peak %3 Hz, f0 %4 Hz").arg(instrument).arg(pitch).arg(hz).arg(f0);
            QVERIFY2(std::round(ratio) >= 1 && std::abs(ratio - std::round(ratio)) < 0.02 * std::round(ratio), qPrintable(what));
            // ... the fundamental itself is clearly there ...
            QVERIFY2(peakNear(mag, f0) > 0.05 * mag[std::size_t(best)], qPrintable(what));
            // ... and nothing comparable sits a semitone or a fifth below it (wrong octave or pitch).
            QVERIFY2(peakNear(mag, f0 / 2) < 0.2 * peakNear(mag, f0) || instrument == 0, qPrintable(what));
            QVERIFY2(peakNear(mag, f0 * std::pow(2.0, -1 / 12.0) * 0.985) < peakNear(mag, f0), qPrintable(what));
        }
}

void TestTimbreDataset::randomOffCopies()
{
    QTemporaryDir cache;
    QString error;
    const auto d = TimbreDataset::build(tinySpec(true), cache.path(), &error);
    QVERIFY2(d, qPrintable(error));
    // One extra note per (program, pitch) at a random one of the velocities
    // (only 80 here) and a note-off in [0.1, 2.5] s.
    QCOMPARE(int(d->notes().size()), 12);
    int copies = 0;
    for (std::size_t i = 0; i < d->notes().size(); ++i) {
        const TimbreNote &n = d->notes()[i];
        QCOMPARE(n.velocity, 80);
        QCOMPARE(int(n.samples.size()), 4 * kDataSampleRate);
        if (n.noteOff_s == 3.0f) continue;
        ++copies;
        QVERIFY2(n.noteOff_s >= 0.1f && n.noteOff_s <= 2.5f, qPrintable(QString::number(n.noteOff_s)));
        // find() with the standard note-off never returns a copy.
        const int standard = d->find(n.instrument, n.pitch, 80, true);
        QVERIFY(standard >= 0 && d->notes()[std::size_t(standard)].noteOff_s == 3.0f);
        // The copy's sound stops after its own note-off.
        const std::vector<float> x = n.toFloat();
        const std::size_t off = std::size_t(n.noteOff_s * kDataSampleRate);
        const double before = rms(x, off - 1600, 1600);
        const double after = rms(x, off + std::size_t(0.3 * kDataSampleRate), 8000);
        QVERIFY2(after < 0.1 * before, qPrintable(QStringLiteral("off %1 s: %2 -> %3").arg(n.noteOff_s).arg(before).arg(after)));
        // Before its note-off it is the same note as the standard one (same synth, same start).
        const std::vector<float> y = d->notes()[std::size_t(standard)].toFloat();
        QVERIFY(rms(x, 0, 1600) > 0);
        double diff = 0;
        for (std::size_t s = 0; s < 1600; ++s) diff = std::max(diff, double(std::abs(x[s] - y[s])));
        QVERIFY2(diff < 1e-3, qPrintable(QString::number(diff)));
    }
    QCOMPARE(copies, 6);
    // Held-out: pitches 45 and 60 with their copies.
    QCOMPARE(int(d->heldOutNotes().size()), 8);
    QCOMPARE(int(d->trainNotes().size()), 4);
    // Another spec, another cache file.
    QCOMPARE(cacheFiles(cache.path()).size(), 1);
    // The same spec in the first test's folder: a second file next to the first.
    const auto again = TimbreDataset::build(tinySpec(true), m_cache.path(), &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(cacheFiles(m_cache.path()).size(), 2);
    QCOMPARE(cacheFiles(m_cache.path()).contains(cacheFiles(cache.path()).front()), true);
    QFile::remove(m_cache.path() + "/" + cacheFiles(cache.path()).front());
}

void TestTimbreDataset::secondBuildReadsTheCache()
{
    QString error;
    std::vector<std::pair<int, int>> progress;
    QElapsedTimer timer;
    timer.start();
    const auto d = TimbreDataset::build(tinySpec(false), m_cache.path(), &error, [&](int done, int total) {
        progress.emplace_back(done, total);
        return true;
    });
    const qint64 ms = timer.elapsed();
    QVERIFY2(d, qPrintable(error));
    qInfo("first build %lld ms, from the cache %lld ms", m_firstBuildMs, ms);
    QVERIFY2(ms * 3 < m_firstBuildMs, qPrintable(QStringLiteral("%1 ms vs %2 ms").arg(ms).arg(m_firstBuildMs)));
    QCOMPARE(d->notes().size(), m_data->notes().size());
    for (std::size_t i = 0; i < d->notes().size(); ++i) {
        const TimbreNote &a = d->notes()[i], &b = m_data->notes()[i];
        QCOMPARE(a.instrument, b.instrument);
        QCOMPARE(a.pitch, b.pitch);
        QCOMPARE(a.velocity, b.velocity);
        QCOMPARE(a.noteOff_s, b.noteOff_s);
        QVERIFY(a.samples == b.samples);
    }
    QCOMPARE(d->instruments().size(), m_data->instruments().size());
    QCOMPARE(d->instruments()[1].name(), m_data->instruments()[1].name());
    // Progress still reports the whole build.
    QVERIFY(!progress.empty());
    QCOMPARE(progress.back(), (std::pair<int, int>(2, 2)));
    QCOMPARE(cacheFiles(m_cache.path()).size(), 1);
}

void TestTimbreDataset::damagedCacheIsRenderedAgain()
{
    // Copy the cache, then damage the copy: cut in half, and overwritten with junk.
    QTemporaryDir dir;
    const QString name = cacheFiles(m_cache.path()).front();
    const QString file = dir.path() + "/" + name;
    for (int damage = 0; damage < 2; ++damage) {
        QFile::remove(file);
        QVERIFY(QFile::copy(m_cache.path() + "/" + name, file));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        if (damage == 0) {
            QVERIFY(f.resize(f.size() / 2));
        } else {
            QByteArray junk(4096, '\0');
            for (int i = 0; i < junk.size(); ++i) junk[i] = char((i * 7919 + 13) & 0xff);
            f.write(junk);
        }
        f.close();
        QString error;
        const auto d = TimbreDataset::build(tinySpec(false), dir.path(), &error);
        QVERIFY2(d, qPrintable(error));
        QCOMPARE(d->notes().size(), m_data->notes().size());
        for (std::size_t i = 0; i < d->notes().size(); ++i) QVERIFY(d->notes()[i].samples == m_data->notes()[i].samples);
        // ... and the cache is whole again.
        QCOMPARE(QFileInfo(file).size(), QFileInfo(m_cache.path() + "/" + name).size());
    }
}

void TestTimbreDataset::missingSoundFontIsNamed()
{
    QTemporaryDir cache;
    TimbreDatasetSpec spec = tinySpec(false);
    const QString missing = cache.path() + QStringLiteral("/NoSuchFont.sf2");
    spec.soundFonts = {missing};
    QString error;
    QVERIFY(!TimbreDataset::build(spec, cache.path(), &error));
    QVERIFY2(error.contains(missing), qPrintable(error));
    // A missing second SoundFont also fails, naming that one.
    spec.soundFonts = {kFluid, missing};
    error.clear();
    QVERIFY(!TimbreDataset::build(spec, cache.path(), &error));
    QVERIFY2(error.contains(QStringLiteral("NoSuchFont.sf2")), qPrintable(error));
}

void TestTimbreDataset::unreadableSoundFontIsNamed()
{
    QTemporaryDir cache;
    const QString junk = cache.path() + QStringLiteral("/Junk.sf2");
    QFile f(junk);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(5000, 'x'));
    f.close();
    TimbreDatasetSpec spec = tinySpec(false);
    spec.soundFonts = {junk};
    QString error;
    QVERIFY(!TimbreDataset::build(spec, cache.path(), &error));
    QVERIFY2(error.contains(junk), qPrintable(error));
    QVERIFY(cacheFiles(cache.path()).isEmpty());
}

void TestTimbreDataset::cancelThroughProgress()
{
    QTemporaryDir cache;
    QString error;
    int calls = 0;
    const auto d = TimbreDataset::build(tinySpec(false), cache.path(), &error, [&](int done, int total) {
        ++calls;
        Q_UNUSED(total);
        return done < 1;  // stop after the first program
    });
    QVERIFY(!d);
    QCOMPARE(error, QStringLiteral("cancelled"));
    QCOMPARE(calls, 1);
    QVERIFY(cacheFiles(cache.path()).isEmpty());  // nothing half-written
    // Cancelling while reading the cache also stops.
    error.clear();
    QVERIFY(!TimbreDataset::build(tinySpec(false), m_cache.path(), &error, [](int, int) { return false; }));
    QCOMPARE(error, QStringLiteral("cancelled"));
}

QTEST_GUILESS_MAIN(TestTimbreDataset)
#include "test_timbre_dataset.moc"
