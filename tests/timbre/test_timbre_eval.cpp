// evaluateTimbre (core/timbre/TimbreEvaluation) on a tiny FluidR3 dataset
// (piano and flute, pitches 45..63) with the analytic test model named after
// the dataset's instruments: a model that knows none of them is refused; the
// nn_sampler and crossfade baselines and the model's own score are exactly
// the documented computations (recomputed here); a silent model scores
// worse than the sampler; maxNotes, the morph pairs and cancelling.

#include "../TestData.h"
#include "AnalyticTimbreModel.h"
#include "timbre/SpectralMetrics.h"
#include "timbre/TimbreDataset.h"
#include "timbre/TimbreEvaluation.h"
#include "timbre/TimbreRender.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

using namespace atelier::core;
using namespace atelier::core::timbre;
using atelier::core::timbre::test::AnalyticTimbreModel;

namespace {

const QString kFluid = QStringLiteral("/usr/share/sounds/sf2/FluidR3_GM.sf2");

// The dataset's instruments with the given z (in order), as a model table.
std::vector<TimbreInstrument> namedAfter(const TimbreDataset &data, const std::vector<std::vector<float>> &zs)
{
    std::vector<TimbreInstrument> out;
    for (std::size_t i = 0; i < data.instruments().size() && i < zs.size(); ++i)
        out.push_back({data.instruments()[i].name(), data.instruments()[i].soundFont, data.instruments()[i].program, zs[i]});
    return out;
}

bool finitePositive(double v) { return std::isfinite(v) && v > 0; }

} // namespace

class TestTimbreEval : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void refusesUnknownInstruments();
    void scoresAreTheDocumentedComputations();
    void silentModelLosesToTheSampler();
    void maxNotesSpreads();
    void morphPairs();
    void cancel();

private:
    QTemporaryDir m_cache;
    std::unique_ptr<TimbreDataset> m_data;
};

void TestTimbreEval::initTestCase()
{
    if (!QFileInfo::exists(kFluid))
        ATELIER_SKIP_OR_FAIL("FluidR3_GM.sf2 is not installed (fluid-soundfont-gm)");
    TimbreDatasetSpec spec;
    spec.soundFonts = {kFluid};
    spec.programs = {0, 73};
    spec.pitches = {45, 48, 57, 60, 63};
    spec.velocities = {80};
    spec.randomOffCopies = false;
    QString error;
    m_data = TimbreDataset::build(spec, m_cache.path(), &error);
    QVERIFY2(m_data, qPrintable(error));
    QCOMPARE(int(m_data->notes().size()), 10);
}

void TestTimbreEval::refusesUnknownInstruments()
{
    TimbreEvalResult result;
    result.notes = 99;
    QString error;
    // "Pure" and "Bright" are not in the dataset.
    QVERIFY(!evaluateTimbre(std::make_shared<AnalyticTimbreModel>(), *m_data, {}, &result, &error));
    QVERIFY2(error.contains(QStringLiteral("none of the dataset's instruments")), qPrintable(error));
    QCOMPARE(result.notes, 0);
    error.clear();
    QVERIFY(!evaluateTimbre(nullptr, *m_data, {}, &result, &error));
    QVERIFY(!error.isEmpty());
    // A model that knows one of the two instruments is evaluated on that one only.
    auto flute = std::make_shared<AnalyticTimbreModel>(std::vector<TimbreInstrument>{
        {m_data->instruments()[1].name(), QStringLiteral("x"), 73, {1.0f, 0.5f}}});
    TimbreEvalOptions options;
    options.morphPairs = 5;
    QVERIFY2(evaluateTimbre(flute, *m_data, options, &result, &error), qPrintable(error));
    QCOMPARE(result.notes, 2);       // flute 45 and 60
    QCOMPARE(result.morphPairs, 0);  // one instrument: nothing to morph
}

void TestTimbreEval::scoresAreTheDocumentedComputations()
{
    const std::vector<std::vector<float>> zs{{1.0f, 0.3f}, {0.8f, 0.1f}};
    auto model = std::make_shared<AnalyticTimbreModel>(namedAfter(*m_data, zs));
    TimbreEvalOptions options;
    options.morphPairs = 0;
    TimbreEvalResult result;
    QString error;
    QVERIFY2(evaluateTimbre(model, *m_data, options, &result, &error), qPrintable(error));
    QCOMPARE(result.notes, 4);  // pitches 45 and 60 of both instruments
    for (double v : {result.mss.model, result.mss.nnSampler, result.mss.crossfade, result.lsdDb.model,
                     result.lsdDb.nnSampler, result.lsdDb.crossfade})
        QVERIFY2(finitePositive(v), qPrintable(QString::number(v)));

    // Recompute: the neighbour 3 semitones below (else above) repitched;
    // the crossfade mixes both neighbours when there are two; the model
    // renders the note with a neutral envelope.
    Envelope neutral;
    neutral.attack_s = 0;
    neutral.decay_s = 0;
    neutral.sustain = 1;
    neutral.release_s = 1e6;
    double sums[6] = {};
    int count = 0;
    for (int i : m_data->heldOutNotes()) {
        const TimbreNote &n = m_data->notes()[std::size_t(i)];
        const std::vector<float> real = n.toFloat();
        const std::size_t len = real.size();
        const int below = m_data->find(n.instrument, n.pitch - 3, n.velocity);
        const int above = m_data->find(n.instrument, n.pitch + 3, n.velocity);
        QVERIFY(below >= 0 || above >= 0);
        QCOMPARE(n.pitch == 45, below < 0);  // 42 is not in the data
        const TimbreNote &nn = m_data->notes()[std::size_t(below >= 0 ? below : above)];
        const std::vector<float> sampler = repitch(nn.toFloat(), n.pitch - nn.pitch, len);
        std::vector<float> fade = sampler;
        if (below >= 0 && above >= 0) {
            const TimbreNote &up = m_data->notes()[std::size_t(above)];
            const std::vector<float> other = repitch(up.toFloat(), n.pitch - up.pitch, len);
            for (std::size_t s = 0; s < len; ++s) fade[s] = 0.5f * (sampler[s] + other[s]);
        }
        std::vector<float> rendered = renderPhrase(model, zs[std::size_t(n.instrument)], neutral,
                                                   {{0.0, MidiMessage::noteOn(0, n.pitch, n.velocity)},
                                                    {double(n.noteOff_s), MidiMessage::noteOff(0, n.pitch)}},
                                                   double(len) / kDataSampleRate, kDataSampleRate);
        QCOMPARE(rendered.size(), len);
        sums[0] += multiScaleSpectralDistance(rendered.data(), real.data(), int(len));
        sums[1] += multiScaleSpectralDistance(sampler.data(), real.data(), int(len));
        sums[2] += multiScaleSpectralDistance(fade.data(), real.data(), int(len));
        sums[3] += logSpectralDistance_dB(rendered.data(), real.data(), int(len));
        sums[4] += logSpectralDistance_dB(sampler.data(), real.data(), int(len));
        sums[5] += logSpectralDistance_dB(fade.data(), real.data(), int(len));
        ++count;
    }
    QCOMPARE(count, 4);
    const double got[6] = {result.mss.model, result.mss.nnSampler, result.mss.crossfade,
                           result.lsdDb.model, result.lsdDb.nnSampler, result.lsdDb.crossfade};
    for (int k = 0; k < 6; ++k)
        QVERIFY2(std::abs(got[k] - sums[k] / count) < 1e-9 * std::abs(sums[k]),
                 qPrintable(QStringLiteral("score %1: %2 vs %3").arg(k).arg(got[k]).arg(sums[k] / count)));
    // Pitch 45 has one neighbour only, 60 has two: the crossfade differs from the sampler.
    QVERIFY(result.mss.crossfade != result.mss.nnSampler);
    qInfo("mss: model %.3f, nn_sampler %.3f, crossfade %.3f; lsd: %.2f, %.2f, %.2f dB", result.mss.model,
          result.mss.nnSampler, result.mss.crossfade, result.lsdDb.model, result.lsdDb.nnSampler, result.lsdDb.crossfade);
}

void TestTimbreEval::silentModelLosesToTheSampler()
{
    auto silent = std::make_shared<AnalyticTimbreModel>(namedAfter(*m_data, {{0.0f, 0.0f}, {0.0f, 0.0f}}));
    TimbreEvalOptions options;
    options.morphPairs = 0;
    TimbreEvalResult result;
    QString error;
    QVERIFY2(evaluateTimbre(silent, *m_data, options, &result, &error), qPrintable(error));
    QVERIFY2(result.mss.model > 2 * result.mss.nnSampler, qPrintable(QStringLiteral("%1 vs %2").arg(result.mss.model).arg(result.mss.nnSampler)));
    QVERIFY(result.lsdDb.model > result.lsdDb.nnSampler);
    // The baselines do not depend on the model.
    auto other = std::make_shared<AnalyticTimbreModel>(namedAfter(*m_data, {{1.0f, 1.0f}, {0.5f, 0.0f}}));
    TimbreEvalResult r2;
    QVERIFY(evaluateTimbre(other, *m_data, options, &r2, &error));
    QCOMPARE(r2.mss.nnSampler, result.mss.nnSampler);
    QCOMPARE(r2.lsdDb.crossfade, result.lsdDb.crossfade);
    QVERIFY(r2.mss.model < result.mss.model);  // anything beats silence
}

void TestTimbreEval::maxNotesSpreads()
{
    auto model = std::make_shared<AnalyticTimbreModel>(namedAfter(*m_data, {{1.0f, 0.3f}, {0.8f, 0.1f}}));
    TimbreEvalOptions options;
    options.morphPairs = 0;
    TimbreEvalResult all, some;
    QString error;
    QVERIFY(evaluateTimbre(model, *m_data, options, &all, &error));
    options.maxNotes = 2;
    QVERIFY(evaluateTimbre(model, *m_data, options, &some, &error));
    QCOMPARE(some.notes, 2);
    options.maxNotes = 100;
    TimbreEvalResult many;
    QVERIFY(evaluateTimbre(model, *m_data, options, &many, &error));
    QCOMPARE(many.notes, 4);
    QCOMPARE(many.mss.model, all.mss.model);
}

void TestTimbreEval::morphPairs()
{
    // Between z = (1, 0) (harmonic 1) and (0, 1) (harmonic 2) the sound moves
    // steadily from one to the other: every pair is monotone.
    auto model = std::make_shared<AnalyticTimbreModel>(namedAfter(*m_data, {{1.0f, 0.0f}, {0.0f, 1.0f}}));
    TimbreEvalOptions options;
    options.maxNotes = 1;
    options.morphPairs = 3;
    options.morphSteps = 5;
    TimbreEvalResult result;
    QString error;
    QVERIFY2(evaluateTimbre(model, *m_data, options, &result, &error), qPrintable(error));
    QCOMPARE(result.morphPairs, 3);
    QCOMPARE(result.morphMonotoneFraction, 1.0);
    // From z = (1, 0) to (-1, 0) the ends sound the same (harmonic 1, phase
    // inverted) and the middle is silent: the distance to the start rises and
    // falls again, which is not monotone.
    auto jumpy = std::make_shared<AnalyticTimbreModel>(namedAfter(*m_data, {{1.0f, 0.0f}, {-1.0f, 0.0f}}));
    QVERIFY(evaluateTimbre(jumpy, *m_data, options, &result, &error));
    QCOMPARE(result.morphMonotoneFraction, 0.0);
}

void TestTimbreEval::cancel()
{
    auto model = std::make_shared<AnalyticTimbreModel>(namedAfter(*m_data, {{1.0f, 0.0f}, {0.0f, 1.0f}}));
    TimbreEvalOptions options;
    options.morphPairs = 2;
    TimbreEvalResult result;
    QString error;
    std::vector<std::pair<int, int>> calls;
    QVERIFY(evaluateTimbre(model, *m_data, options, &result, &error, [&](int done, int total) {
        calls.emplace_back(done, total);
        return true;
    }));
    QCOMPARE(int(calls.size()), 6);  // 4 notes + 2 morph pairs
    QCOMPARE(calls.back(), (std::pair<int, int>(6, 6)));
    calls.clear();
    QVERIFY(!evaluateTimbre(model, *m_data, options, &result, &error, [&](int done, int total) {
        calls.emplace_back(done, total);
        return done < 2;
    }));
    QCOMPARE(error, QStringLiteral("cancelled"));
    QCOMPARE(int(calls.size()), 2);
}

QTEST_GUILESS_MAIN(TestTimbreEval)
#include "test_timbre_eval.moc"
