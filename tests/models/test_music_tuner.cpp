// MusicTuner on the shipped melody LSTM with a reward in C++ behind
// IReward (the script path is tested end to end in test_cli_tune): a toy
// reward the model can learn fast ("play G4", pitch 67) rises within a few
// dozen steps while the KL to the base stays bounded; with the same seed a
// large β keeps the tuned model much closer to the base than β = 0; a
// cancelled run goes on where it stopped; a reward that always fails ends
// the run with its message; the tuned model's file round-trips (records
// its base, β and reward; its weights load and give the tuned policy's
// logits up to float16 rounding).

#include "MusicModels.h"
#include "music/MusicLstmModel.h"
#include "music/MusicModelFile.h"
#include "music/MusicTuner.h"
#include "reward/MusicEpisode.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <numeric>

using namespace atelier;

namespace {

QString melodyModel() { return QStringLiteral(ATELIER_SOURCE_DIR "/assets/models/melody-lstm.music.json"); }

// The share of generated notes that are G4 (0 for no notes).
class PitchReward final : public core::IReward {
public:
    core::RewardResult score(const QJsonObject &sample) override
    {
        ++calls;
        core::RewardResult r;
        const QJsonArray notes = sample["notes"].toArray();
        int hits = 0;
        for (const QJsonValue &n : notes)
            hits += n["pitch"].toInt() == 67;
        r.reward = notes.isEmpty() ? 0.0 : double(hits) / notes.size();
        return r;
    }
    QString name() const override { return QStringLiteral("play G4"); }
    int calls = 0;
};

class FailingReward final : public core::IReward {
public:
    core::RewardResult score(const QJsonObject &) override
    {
        return core::RewardResult::failure(core::RewardResult::Error::Thrown, QStringLiteral("TypeError: nope"));
    }
    QString name() const override { return QStringLiteral("broken.js"); }
};

// Folk-like phrases in C and G major, 16 bars each, quarter and eighth notes.
std::vector<core::ContinuationEvaluation::Piece> pieces()
{
    std::vector<core::ContinuationEvaluation::Piece> out;
    const int scales[2][8] = {{60, 62, 64, 65, 67, 69, 71, 72}, {67, 69, 71, 72, 74, 76, 78, 79}};
    for (int p = 0; p < 4; ++p) {
        core::ContinuationEvaluation::Piece piece;
        piece.name = QStringLiteral("tune%1").arg(p);
        core::Track track;
        const int ppq = piece.song.ppq;
        core::Tick t = 0;
        for (int i = 0; t < 16 * 4 * ppq; ++i) {
            const core::Tick len = (i + p) % 3 == 0 ? ppq / 2 : ppq;
            const int degree = (i * (p + 2) + i / 4) % 8;
            track.notes.append(core::Note{scales[p % 2][degree], t, len, 90});
            t += len;
        }
        piece.song.tracks.append(track);
        out.push_back(piece);
    }
    return out;
}

std::vector<core::MusicEpisode> episodes()
{
    QString error;
    const auto model = models::loadMusicModel(melodyModel(), &error);
    if (!model)
        qFatal("%s", qPrintable(error));
    return core::MusicEpisode::build(*model, pieces(), 8, &error);
}

double meanOf(const std::vector<double> &v, std::size_t from, std::size_t to)
{
    double s = 0;
    int n = 0;
    for (std::size_t i = from; i < to; ++i)
        if (std::isfinite(v[i])) {
            s += v[i];
            ++n;
        }
    return n ? s / n : std::nan("");
}

} // namespace

class TestMusicTuner : public QObject {
    Q_OBJECT

private slots:
    void episodesContinueEachPieceForFourBars()
    {
        const auto e = episodes();
        QCOMPARE(int(e.size()), 8);
        for (const auto &episode : e) {
            QCOMPARE(episode.plan.length.steps, 64);          // 4 bars of 4/4 in 16ths
            QVERIFY(!episode.plan.primer.empty());
            QVERIFY(!episode.context.isEmpty());
            QVERIFY(episode.key.has_value());
        }
        QCOMPARE(e[0].name, QStringLiteral("tune0@1/4"));
        QCOMPARE(e[4].name, QStringLiteral("tune0@2/4"));
    }

    void aToyRewardRisesWhileTheKlStaysBounded()
    {
        PitchReward reward;
        models::TuningOptions o;
        o.beta = 0.05;
        o.steps = 40;
        o.learningRate = 3e-4;
        o.seed = 7;
        models::MusicTuner tuner(o, episodes(), &reward);
        QString error;
        QVERIFY2(tuner.prepare(melodyModel(), &error), qPrintable(error));
        int reports = 0;
        tuner.setProgressCallback([&](const models::TuningProgress &p) {
            ++reports;
            QCOMPARE(p.step, reports);
            QCOMPARE(p.targetSteps, 40);
        });
        QVERIFY2(tuner.run(&error), qPrintable(error));
        QCOMPARE(tuner.step(), 40);
        QCOMPARE(reports, 40);
        QCOMPARE(reward.calls, 40 * 8);
        QCOMPARE(tuner.errors(), 0);
        const auto &r = tuner.rewardHistory();
        const auto &kl = tuner.klHistory();
        QCOMPARE(int(r.size()), 40);
        QCOMPARE(int(kl.size()), 40);
        const double start = meanOf(r, 0, 8), end = meanOf(r, 32, 40);
        qInfo("share of G4: first 8 steps %.3f, last 8 steps %.3f; KL per note at the end %.4f", start, end, kl.back());
        QVERIFY2(end > start + 0.15, qPrintable(QStringLiteral("%1 -> %2").arg(start).arg(end)));
        for (double k : kl)
            QVERIFY(std::isfinite(k) && k >= -1e-6 && k < 3.0);
    }

    void aLargeBetaKeepsTheModelCloserToItsBase()
    {
        auto klAfter = [](double beta) {
            PitchReward reward;
            models::TuningOptions o;
            o.beta = beta;
            o.steps = 25;
            o.learningRate = 3e-4;
            o.seed = 11;
            models::MusicTuner tuner(o, episodes(), &reward);
            QString error;
            if (!tuner.prepare(melodyModel(), &error) || !tuner.run(&error))
                qFatal("%s", qPrintable(error));
            const auto &kl = tuner.klHistory();
            return meanOf(kl, kl.size() - 5, kl.size());
        };
        const double free = klAfter(0.0), held = klAfter(2.0);
        qInfo("KL per note after 25 steps: beta 0 %.4f, beta 2 %.4f", free, held);
        QVERIFY2(held < 0.5 * free, qPrintable(QStringLiteral("%1 vs %2").arg(held).arg(free)));
    }

    void aCancelledRunGoesOnWhereItStopped()
    {
        PitchReward reward;
        models::TuningOptions o;
        o.steps = 6;
        models::MusicTuner tuner(o, episodes(), &reward);
        QString error;
        QVERIFY2(tuner.prepare(melodyModel(), &error), qPrintable(error));
        std::atomic<bool> stop{false};
        tuner.setCancelFlag(&stop);
        tuner.setProgressCallback([&](const models::TuningProgress &p) { stop.store(p.step == 3); });
        QVERIFY(tuner.run(&error));
        QVERIFY(tuner.cancelled());
        QCOMPARE(tuner.step(), 3);
        stop.store(false);
        tuner.setProgressCallback({});
        QVERIFY(tuner.run(&error));
        QVERIFY(!tuner.cancelled());
        QCOMPARE(tuner.step(), 6);
        QCOMPARE(int(tuner.rewardHistory().size()), 6);
    }

    void aRewardThatAlwaysFailsEndsTheRunWithItsMessage()
    {
        FailingReward reward;
        models::TuningOptions o;
        o.steps = 20;
        models::MusicTuner tuner(o, episodes(), &reward);
        QString error;
        QVERIFY(tuner.prepare(melodyModel(), &error));
        QVERIFY(!tuner.run(&error));
        QCOMPARE(tuner.step(), 1);
        QVERIFY2(error.contains("8 of 8") && error.contains("TypeError: nope") && error.contains("broken.js"),
                 qPrintable(error));
    }

    void badSettingsAndModelsAreRefused()
    {
        PitchReward reward;
        QString error;
        models::TuningOptions o;
        o.group = 1;
        QVERIFY(!models::MusicTuner(o, episodes(), &reward).prepare(melodyModel(), &error));
        QVERIFY2(error.contains("group"), qPrintable(error));
        o.group = 8;
        QVERIFY(!models::MusicTuner(o, {}, &reward).prepare(melodyModel(), &error));
        QVERIFY2(error.contains("contexts"), qPrintable(error));
        QVERIFY(!models::MusicTuner(o, episodes(), &reward)
                     .prepare(QStringLiteral(ATELIER_SOURCE_DIR "/assets/models/sheep-vae.gen.json"), &error));
        QVERIFY2(error.contains("sheep-vae") && error.contains("LSTM"), qPrintable(error));
        QVERIFY(!models::MusicTuner(o, episodes(), &reward)
                     .prepare(QStringLiteral(ATELIER_SOURCE_DIR "/assets/models/chord-melody-lstm.music.json"), &error));
        QVERIFY2(error.contains("chord-conditioned"), qPrintable(error));
    }

    void aTunedModelFileRoundTrips()
    {
        PitchReward reward;
        models::TuningOptions o;
        o.steps = 5;
        o.beta = 0.3;
        o.learningRate = 1e-3;
        models::MusicTuner tuner(o, episodes(), &reward);
        QString error;
        QVERIFY(tuner.prepare(melodyModel(), &error));
        QVERIFY(tuner.run(&error));
        QTemporaryDir dir;
        const QString path = dir.filePath("g4.music.json");
        QVERIFY2(tuner.exportModel(path, "g4", QJsonObject{{"base", melodyModel()}, {"reward", "play G4"}}, &error),
                 qPrintable(error));
        const auto file = models::MusicModelFile::read(path, &error);
        QVERIFY2(file, qPrintable(error));
        QCOMPARE(file->name, QStringLiteral("g4"));
        QCOMPARE(file->config.kind, QStringLiteral("melody"));
        const QJsonObject t = file->training["tuning"].toObject();
        QCOMPARE(t["base"].toString(), melodyModel());
        QCOMPARE(t["reward"].toString(), QStringLiteral("play G4"));
        QCOMPARE(t["beta"].toDouble(), 0.3);
        QCOMPARE(t["steps"].toInt(), 5);
        QCOMPARE(t["reward_curve"].toArray().size(), 5);
        QCOMPARE(t["kl_curve"].toArray().size(), 5);
        QVERIFY(file->training["base_training"].toObject().contains("steps"));

        // The written weights give the tuned policy's logits (float16 rounding
        // aside), and differ from the base's by more than that.
        const auto written = models::loadMusicModel(path, &error);
        QVERIFY2(written, qPrintable(error));
        const auto current = tuner.currentModel();
        const auto base = tuner.baseModel();
        auto logits = [](const core::IMusicModel &m) {
            auto state = m.newState(1);
            std::vector<float> out(std::size_t(m.vocabSize()));
            for (int token : {2 + 12, 0, 0, 1, 2 + 16, 0})
                m.step(*state, &token, nullptr, out.data());
            return out;
        };
        const auto a = logits(*written), b = logits(*current), c = logits(*base);
        double roundOff = 0, moved = 0;
        for (std::size_t i = 0; i < a.size(); ++i) {
            roundOff = std::max(roundOff, double(std::abs(a[i] - b[i])));
            moved = std::max(moved, double(std::abs(c[i] - b[i])));
        }
        qInfo("largest logit difference: written vs tuned %.4f, base vs tuned %.4f", roundOff, moved);
        QVERIFY(roundOff < 0.05);
        QVERIFY(moved > 4 * roundOff);
    }
};

QTEST_GUILESS_MAIN(TestMusicTuner)
#include "test_music_tuner.moc"
