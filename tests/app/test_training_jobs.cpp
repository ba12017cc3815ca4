// The training jobs of app/TrainingJobs.cpp that `atelier train` and the
// training dialog run: Stop before the first step saves nothing (for music
// and timbre alike, one TrainerJob), Stop while a timbre dataset is being
// rendered ends the preparation early, and a run that did train reports it.

#include "../TestData.h"
#include "TrainingJobs.h"
#include "project/DataPaths.h"
#include "project/Project.h"
#include "project/ProjectFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <cmath>

using namespace atelier;

namespace {
QString melodyDir() { return core::DataPaths::dataDir() + "/data/midi/nottingham/melody"; }
} // namespace

class TestTrainingJobs : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    core::TrainingSpec melodySpec() const
    {
        core::TrainingSpec s;
        s.kind = QStringLiteral("melody");
        s.dataPath = melodyDir();
        s.maxFiles = 20;
        s.steps = 3;
        s.hidden = 16;
        s.batch = 4;
        s.window = 16;
        s.outPath = m_dir.filePath(QStringLiteral("melody.music.json"));
        return s;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The timbre case renders into a cache of its own, never the user's.
        qputenv("ATELIER_CACHE", m_dir.filePath(QStringLiteral("cache")).toUtf8());
    }

    void stoppedBeforeTheFirstStepSavesNothing()
    {
        if (!QDir(melodyDir()).exists())
            ATELIER_SKIP_OR_FAIL("no shared MIDI corpora");
        QString error;
        std::unique_ptr<core::ITrainingJob> job = app::trainingJobFactory()(melodySpec(), nullptr, &error);
        QVERIFY2(job, qPrintable(error));
        const std::atomic<bool> stop{true};
        QVERIFY(!job->run(&stop, {}, &error));  // the caller must not export
        QCOMPARE(job->step(), 0);
        QVERIFY2(error.contains(QStringLiteral("nothing was saved")), qPrintable(error));
    }

    void aRunThatTrainedReportsAndEndsWell()
    {
        if (!QDir(melodyDir()).exists())
            ATELIER_SKIP_OR_FAIL("no shared MIDI corpora");
        QString error;
        std::unique_ptr<core::ITrainingJob> job = app::trainingJobFactory()(melodySpec(), nullptr, &error);
        QVERIFY2(job, qPrintable(error));
        const std::atomic<bool> go{false};
        int reports = 0;
        QVERIFY2(job->run(&go, [&](const core::TrainingReport &r) { reports += r.step > 0 ? 1 : 0; }, &error),
                 qPrintable(error));
        QCOMPARE(job->step(), 3);
        QVERIFY(reports > 0);
        QCOMPARE(job->lossCurve().size(), 3);
        QVERIFY(job->exportModel(melodySpec().outPath, &error));
    }

    void drawingModelsTrainFromScratchOrFromAModel()
    {
        const QString sheep = core::DataPaths::dataDir() + "/data/sketches/aaron_sheep.ndjson";
        const QString gen = core::DataPaths::dataDir() + "/models/sketch-rnn/sheep.gen.json";
        if (!QFile::exists(sheep) || !QFile::exists(gen))
            ATELIER_SKIP_OR_FAIL("no shared sketches or Sketch-RNN models");
        // A small drawing file: 30 sheep (every fifth held out when personalising).
        QFile all(sheep);
        QVERIFY(all.open(QIODevice::ReadOnly));
        QByteArray thirty;
        for (int i = 0; i < 30; ++i)   // without their split: every fifth is held out
            thirty += all.readLine().replace("\"split\":\"train\",", "");
        QFile mine(m_dir.filePath(QStringLiteral("mine.ndjson")));
        QVERIFY(mine.open(QIODevice::WriteOnly) && mine.write(thirty) == thirty.size());
        mine.close();

        core::TrainingSpec s;
        s.kind = QStringLiteral("sketch");
        s.dataPath = mine.fileName();
        s.steps = 2;
        s.batch = 4;
        s.hidden = 32;
        s.outPath = m_dir.filePath(QStringLiteral("scratch.gen.json"));
        QString error;
        std::unique_ptr<core::ITrainingJob> scratch = app::trainingJobFactory()(s, nullptr, &error);
        QVERIFY2(scratch, qPrintable(error));
        QVERIFY2(scratch->describe().contains("VAE"), qPrintable(scratch->describe()));
        const std::atomic<bool> go{false};
        QVERIFY2(scratch->run(&go, [](const core::TrainingReport &) {}, &error), qPrintable(error));
        QCOMPARE(scratch->step(), 2);
        QVERIFY2(scratch->exportModel(s.outPath, &error), qPrintable(error));
        QVERIFY(QFile::exists(s.outPath));

        s.initFrom = gen;
        s.referencePath = sheep;
        s.outPath = m_dir.filePath(QStringLiteral("sheep-mine.gen.json"));
        std::unique_ptr<core::ITrainingJob> personal = app::trainingJobFactory()(s, nullptr, &error);
        QVERIFY2(personal, qPrintable(error));
        QVERIFY2(personal->describe().contains("24 of your drawings"), qPrintable(personal->describe()));
        const double before = personal->evaluate(true);
        QVERIFY(std::isfinite(before) && std::isfinite(personal->referenceLoss()));
        QVERIFY2(personal->run(&go, [](const core::TrainingReport &) {}, &error), qPrintable(error));
        QCOMPARE(personal->step(), 2);
        QVERIFY(personal->evaluate(true) != before);
        QVERIFY2(personal->exportModel(s.outPath, &error), qPrintable(error));
        QCOMPARE(personal->lossCurve().size(), 2);
    }

    void drawingsFromAtelierProjects()
    {
        const QString gen = core::DataPaths::dataDir() + "/models/sketch-rnn/sheep.gen.json";
        if (!QFile::exists(gen))
            ATELIER_SKIP_OR_FAIL("no Sketch-RNN models");
        // Twelve projects with a drawing of the user's, one with only the model's strokes, one broken.
        const QString folder = m_dir.filePath(QStringLiteral("projects"));
        QDir().mkpath(folder);
        for (int i = 0; i < 14; ++i) {
            core::Project p;
            core::Stroke s;
            for (int k = 0; k < 8; ++k)
                s.points.append(QPointF(10 * k + i, 5 * (k % 3) + i));
            s.generated = i == 12;
            p.sketch.strokes.append(s);
            QFile f(folder + QStringLiteral("/song%1.atelier").arg(i, 2, 10, QLatin1Char('0')));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(i == 13 ? QByteArray("{ not a project") : core::ProjectFile::serialize(p));
        }
        core::TrainingSpec s;
        s.kind = QStringLiteral("sketch");
        s.dataPath = folder;
        s.initFrom = gen;
        s.steps = 1;
        s.outPath = m_dir.filePath(QStringLiteral("projects-mine.gen.json"));
        QString error;
        std::unique_ptr<core::ITrainingJob> job = app::trainingJobFactory()(s, nullptr, &error);
        QVERIFY2(job, qPrintable(error));
        QVERIFY2(job->describe().contains("10 of your drawings") && job->describe().contains("2 held out"),
                 qPrintable(job->describe()));
        const std::atomic<bool> go{false};
        QVERIFY2(job->run(&go, {}, &error), qPrintable(error));
        QVERIFY2(job->exportModel(s.outPath, &error), qPrintable(error));
        QFile model(s.outPath);
        QVERIFY(model.open(QIODevice::ReadOnly));
        QVERIFY(model.readAll().contains("\"data\":\"projects\""));   // the folder, not its gathered copy

        // Too few: the refusal names the user's folder.
        const QString few = m_dir.filePath(QStringLiteral("few"));
        QDir().mkpath(few);
        for (int i = 0; i < 3; ++i)
            QVERIFY(QFile::copy(folder + QStringLiteral("/song%1.atelier").arg(i, 2, 10, QLatin1Char('0')),
                                few + QStringLiteral("/song%1.atelier").arg(i)));
        s.dataPath = few;
        QVERIFY(!app::trainingJobFactory()(s, nullptr, &error));
        QVERIFY2(error.startsWith(few + " has 3 usable drawing"), qPrintable(error));
    }

    void stopWhileTheTimbreDataIsRendered()
    {
        core::TrainingSpec s;
        s.kind = QStringLiteral("timbre");
        s.outPath = m_dir.filePath(QStringLiteral("mine.timbre.json"));
        s.steps = 1;
        const std::atomic<bool> stop{true};
        QString error;
        std::unique_ptr<core::ITrainingJob> job = app::trainingJobFactory()(s, &stop, &error);
        QVERIFY(!job);
        // No Debian SoundFont on this machine is an error of its own; with one,
        // the rendering stops at the first instrument.
        if (error.contains(QStringLiteral("SoundFont")) && !error.contains(QStringLiteral("stopped")))
            ATELIER_SKIP_OR_FAIL(qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("stopped before training began")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestTrainingJobs)
#include "test_training_jobs.moc"
