// Ratings: the log keeps a batch's unrated items once and the latest rating
// of each, skips lines that do not parse, refuses what is not a regular
// file, exports and imports; the pairs are the ones counted by hand; and
// the preference model recovers a known synthetic taste (a listener who
// likes stepwise melodies, rating by the share of steps with some noise):
// held-out pairs ordered right, the "steps" weight the largest, and a
// stepwise melody preferred over a leaping one. A saved model scores alike.

#include "reward/PreferenceFeatures.h"
#include "reward/PreferenceLog.h"
#include "reward/PreferenceModel.h"
#include "reward/RewardSample.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>
#include <random>
#include <sys/stat.h>

using namespace atelier::core;

namespace {

// A melody of 16 eighth notes: each move a step (1-2 semitones) with
// probability `stepwise`, else a leap of 5-9.
QJsonObject melody(std::mt19937 &rng, double stepwise)
{
    std::uniform_real_distribution<double> u(0, 1);
    QList<Note> notes;
    int pitch = 64;
    for (int i = 0; i < 16; ++i) {
        notes.append(Note{pitch, Tick(i) * 240, 240, 90});
        const int size = u(rng) < stepwise ? 1 + int(u(rng) * 2) : 5 + int(u(rng) * 5);
        pitch = std::clamp(pitch + (u(rng) < 0.5 ? -size : size), 48, 84);
    }
    return RewardSample::music(notes, 0, {}, 0, 480, KeyScale{0, false}, 120);
}

double stepShare(const QJsonObject &sample)
{
    const int i = int(PreferenceFeatures::musicNames().indexOf("steps"));
    return PreferenceFeatures::music(sample)[std::size_t(i)];
}

} // namespace

class TestPreferences : public QObject {
    Q_OBJECT
private slots:
    void theLogKeepsBatchesAndTheLatestRating()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("ratings.jsonl");
        PreferenceLog log(path);
        std::mt19937 rng(1);
        const QList<QJsonObject> batch{melody(rng, 0.9), melody(rng, 0.5), melody(rng, 0.1)};
        QString error;
        QVERIFY2(log.rate("music", "b1", batch, 0, +1, "melody-lstm", &error), qPrintable(error));
        QVERIFY(log.rate("music", "b1", batch, 2, -1, "melody-lstm", &error));
        QVERIFY(log.rate("music", "b1", batch, 2, +1, "melody-lstm", &error));   // changed my mind
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll().count('\n'), 5);   // 3 items, then 2 ratings: unrated ones written once
        f.close();
        // A half-written line and garbage are skipped and counted.
        QVERIFY(f.open(QIODevice::Append));
        f.write("not json\n{\"kind\": \"music\", \"batch\": \"b2\"");
        f.close();
        int skipped = 0;
        const auto entries = PreferenceLog::read(path, &error, &skipped);
        QVERIFY(entries);
        QCOMPARE(skipped, 2);
        QCOMPARE(int(entries->size()), 3);
        QCOMPARE((*entries)[0].rating, 1);
        QCOMPARE((*entries)[1].rating, 0);
        QCOMPARE((*entries)[2].rating, 1);   // the latest
        // Pairs by hand: items 0 and 2 (up) over item 1 (unrated).
        const auto pairs = PreferenceLog::pairs(*entries, "music");
        QCOMPARE(int(pairs.size()), 2);
        for (const auto &p : pairs)
            QCOMPARE(p.loser, 1);
        QVERIFY(PreferenceLog::pairs(*entries, "sketch").empty());

        // Export, import into another log.
        QVERIFY2(log.exportTo(dir.filePath("mine.jsonl"), &error), qPrintable(error));
        PreferenceLog other(dir.filePath("other.jsonl"));
        const auto imported = other.importFrom(dir.filePath("mine.jsonl"), &error);
        QVERIFY2(imported, qPrintable(error));
        QCOMPARE(*imported, 3);
        QCOMPARE(int(PreferenceLog::read(dir.filePath("other.jsonl"), &error)->size()), 3);
    }

    void onlyRegularFilesAreRead()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath("ratings.jsonl");
        QCOMPARE(mkfifo(fifo.toLocal8Bit().constData(), 0600), 0);
        QString error;
        QVERIFY(!PreferenceLog::read(fifo, &error));
        QVERIFY2(error.contains("not a regular file"), qPrintable(error));
        QVERIFY(!PreferenceLog::read("/dev/zero", &error));
        QVERIFY(!PreferenceLog::read(dir.filePath("none.jsonl"), &error));
        QVERIFY(error.contains("no such file"));
        QVERIFY(!PreferenceModel::fit({}, "music", &error));
        QVERIFY(error.contains("rate"));
    }

    void aKnownTasteIsRecovered()
    {
        // 80 batches of 4 melodies; the listener rates up the most stepwise (by the share
        // of steps plus noise) and down the least, leaving two unrated.
        std::mt19937 rng(7);
        std::uniform_real_distribution<double> u(0, 1);
        std::normal_distribution<double> noise(0, 0.05);
        std::vector<PreferenceLog::Entry> entries;
        for (int b = 0; b < 80; ++b) {
            std::vector<std::pair<double, QJsonObject>> batch;
            for (int i = 0; i < 4; ++i) {
                const QJsonObject s = melody(rng, u(rng));
                batch.push_back({stepShare(s) + noise(rng), s});
            }
            int best = 0, worst = 0;
            for (int i = 1; i < 4; ++i) {
                best = batch[std::size_t(i)].first > batch[std::size_t(best)].first ? i : best;
                worst = batch[std::size_t(i)].first < batch[std::size_t(worst)].first ? i : worst;
            }
            for (int i = 0; i < 4; ++i)
                entries.push_back({"music", QStringLiteral("batch-%1").arg(b), i,
                                   i == best ? 1 : i == worst ? -1 : 0, batch[std::size_t(i)].second, "test", {}});
        }
        QString error;
        PreferenceModel::Report report;
        auto model = PreferenceModel::fit(entries, "music", &error, &report);
        QVERIFY2(model, qPrintable(error));
        QCOMPARE(report.pairs + report.heldOutPairs, 80 * 3);
        QVERIFY(report.heldOutPairs > 0);
        qInfo("held-out pairs %d, ordered right %.3f (training %.3f)", report.heldOutPairs, *report.heldOutAccuracy,
              report.trainAccuracy);
        QVERIFY2(*report.heldOutAccuracy >= 0.85, qPrintable(QString::number(*report.heldOutAccuracy)));
        const int steps = int(model->features().indexOf("steps"));
        for (int j = 0; j < model->features().size(); ++j)
            if (j != steps)
                QVERIFY2(model->weights()[std::size_t(steps)] > std::abs(model->weights()[std::size_t(j)]),
                         qPrintable(model->features()[j]));
        std::mt19937 fresh(99);
        const QJsonObject smooth = melody(fresh, 0.95), jumpy = melody(fresh, 0.05);
        QVERIFY(model->preference(smooth, jumpy) > 0.8);
        QVERIFY(model->score(smooth).reward > model->score(jumpy).reward);
        QVERIFY(model->score(smooth).parts.contains("steps"));

        // Saved and read back, it scores alike; a sketch is not its kind.
        auto again = PreferenceModel::fromJson(model->toJson());
        QVERIFY(again);
        QCOMPARE(again->score(smooth).reward, model->score(smooth).reward);
        QVERIFY(!again->score(RewardSample::sketch({{1, 1, Stroke5::Up}}, {})).ok());
        QJsonObject broken = model->toJson();
        broken.insert("kind", "poems");
        QVERIFY(!PreferenceModel::fromJson(broken));
    }
};

QTEST_GUILESS_MAIN(TestPreferences)
#include "test_preferences.moc"
