// The training dialog with a scripted training job (the real trainer runs in
// tests/models and tests/app): reports reach the loss curve, the model is
// exported where the dialog says, Stop cancels a run, and a failing factory
// shows its error.

#include "training/TrainingDialog.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <qcustomplot.h>

using namespace atelier;

namespace {

class ScriptedJob : public core::ITrainingJob {
public:
    explicit ScriptedJob(core::TrainingSpec spec) : m_spec(std::move(spec)) {}
    QString describe() const override { return "scripted " + m_spec.kind; }
    int step() const override { return m_step; }
    bool run(const std::atomic<bool> *cancel, const std::function<void(const core::TrainingReport &)> &report,
             QString *) override
    {
        const int target = m_spec.steps > 0 ? m_spec.steps : 1000000;
        while (m_step < target) {
            if (cancel && cancel->load())
                return true;  // a cancelled run still ends cleanly (checkpoint kept)
            ++m_step;
            core::TrainingReport r;
            r.step = m_step;
            r.targetSteps = target;
            r.loss = 3.0 / m_step;
            r.elapsedSeconds = m_step * 0.01;
            r.etaSeconds = (target - m_step) * 0.01;
            report(r);
            if (m_step % 5 == 0) {
                r.validation = true;
                r.validLoss = 3.5 / m_step;
                report(r);
            }
            QThread::msleep(2);
        }
        return true;
    }
    bool exportModel(const QString &path, QString *) override
    {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write("{}") == 2;
    }
    double evaluate(bool) override { return m_step == 0 ? 2.0 : 1.5; }   // the base model, then the trained one
    double referenceLoss() override { return m_step == 0 ? 3.0 : 3.15; }
    QList<QPointF> lossCurve() const override { return {}; }
    QList<QPointF> validCurve() const override { return {}; }

private:
    core::TrainingSpec m_spec;
    int m_step = 0;
};

} // namespace

class TestTrainingDialog : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void trainsPlotsAndExports()
    {
        core::TrainingSpec seen;
        ui::TrainingDialog dialog([&](const core::TrainingSpec &spec, const std::atomic<bool> *, QString *) {
            seen = spec;
            return std::make_unique<ScriptedJob>(spec);
        });
        dialog.show();
        dialog.dataEdit()->setText(m_dir.path());
        const QString out = m_dir.filePath("mine.music.json");
        dialog.outputEdit()->setText(out);
        dialog.setSteps(40);
        QSignalSpy trained(&dialog, &ui::TrainingDialog::modelTrained);
        QSignalSpy finished(&dialog, &ui::TrainingDialog::finished);
        dialog.start();
        QVERIFY(dialog.isRunning());
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QCOMPARE(trained.size(), 1);
        QCOMPARE(trained.at(0).at(0).toString(), out);
        QVERIFY(QFile::exists(out));
        QCOMPARE(seen.kind, QStringLiteral("melody"));
        QCOMPARE(seen.steps, 40);
        QCOMPARE(dialog.plot()->graph(0)->dataCount(), 40);  // one point per report
        QCOMPARE(dialog.plot()->graph(1)->dataCount(), 8);   // held-out every 5 steps
        QVERIFY(dialog.statusLabel()->text().contains(out));
    }

    void stopCancelsTheRun()
    {
        ui::TrainingDialog dialog(
            [](const core::TrainingSpec &spec, const std::atomic<bool> *, QString *) { return std::make_unique<ScriptedJob>(spec); });
        dialog.dataEdit()->setText(m_dir.path());
        dialog.outputEdit()->setText(m_dir.filePath("stopped.music.json"));
        dialog.setSteps(1000000);
        QSignalSpy finished(&dialog, &ui::TrainingDialog::finished);
        dialog.start();
        QTest::qWait(100);
        dialog.cancel();
        QVERIFY(finished.wait(10000));
        QVERIFY(!dialog.isRunning());
    }

    void factoryErrorIsShown()
    {
        ui::TrainingDialog dialog([](const core::TrainingSpec &, const std::atomic<bool> *, QString *error) {
            *error = "corpus: no MIDI files";
            return std::unique_ptr<core::ITrainingJob>();
        });
        dialog.dataEdit()->setText(m_dir.path());
        QSignalSpy finished(&dialog, &ui::TrainingDialog::finished);
        dialog.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY(dialog.statusLabel()->text().contains("no MIDI files"));
    }

    void stopWorksWhileTheDataIsPrepared()
    {
        // Stop while the factory is still rendering or reading the data: the
        // factory sees the flag, the dialog ends with its message, nothing is written.
        std::atomic<bool> sawCancel{false};
        ui::TrainingDialog dialog([&](const core::TrainingSpec &, const std::atomic<bool> *cancel, QString *error) {
            for (int i = 0; i < 1000 && !(cancel && cancel->load()); ++i)
                QThread::msleep(10);
            sawCancel = cancel && cancel->load();
            *error = "stopped before training began; nothing was saved";
            return std::unique_ptr<core::ITrainingJob>();
        });
        const QString out = m_dir.filePath("never.music.json");
        dialog.dataEdit()->setText(m_dir.path());
        dialog.outputEdit()->setText(out);
        QSignalSpy finished(&dialog, &ui::TrainingDialog::finished);
        dialog.start();
        QTest::qWait(50);
        QVERIFY(dialog.isRunning());
        dialog.cancel();
        QVERIFY(finished.wait(5000));
        QVERIFY(sawCancel.load());
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY(dialog.statusLabel()->text().contains("nothing was saved"));
        QVERIFY(!QFile::exists(out));
    }

    void timbreKindTrainsFromSoundFonts()
    {
        core::TrainingSpec seen;
        ui::TrainingDialog dialog([&](const core::TrainingSpec &spec, const std::atomic<bool> *, QString *) {
            seen = spec;
            return std::make_unique<ScriptedJob>(spec);
        });
        dialog.selectKind("timbre");
        QCOMPARE(dialog.kindCombo()->currentData().toString(), QStringLiteral("timbre"));
        QVERIFY(dialog.dataEdit()->text().isEmpty());  // empty: the Debian GM SoundFonts
        QVERIFY(dialog.outputEdit()->text().endsWith(".timbre.json"));
        QVERIFY(dialog.plot()->yAxis->label().contains("spectral"));
        // Start from: none, or a timbre model of the search path (the bundled one first).
        QComboBox *from = dialog.startFromCombo();
        QVERIFY(!from->isHidden());
        QVERIFY(from->count() >= 1);
        QVERIFY(from->itemData(0).toString().isEmpty());
        for (int i = 1; i < from->count(); ++i)
            QVERIFY(from->itemData(i).toString().endsWith(".timbre.json"));
        const bool bundled = QFileInfo::exists(QStringLiteral(ATELIER_SOURCE_DIR "/assets/models/timbre-ddsp.timbre.json"));
        if (bundled)
            QVERIFY2(from->currentData().toString().endsWith("/timbre-ddsp.timbre.json"), qPrintable(from->currentData().toString()));
        const QString out = m_dir.filePath("mine.timbre.json");
        dialog.outputEdit()->setText(out);
        dialog.setSteps(10);
        QSignalSpy finished(&dialog, &ui::TrainingDialog::finished);
        dialog.start();
        QVERIFY(dialog.isRunning());
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QCOMPARE(seen.kind, QStringLiteral("timbre"));
        QVERIFY(seen.dataPath.isEmpty());
        QCOMPARE(seen.initFrom, from->currentData().toString());
        from->setCurrentIndex(0);
        QVERIFY(dialog.spec().initFrom.isEmpty());
        QVERIFY2(dialog.statusLabel()->text().contains("spectral loss"), qPrintable(dialog.statusLabel()->text()));

        // Back to a music kind: MIDI again.
        dialog.selectKind("melody");
        QVERIFY(dialog.outputEdit()->text().endsWith(".music.json"));
        QVERIFY(!from->isHidden());  // music models start from scratch, or from a model to make yours
        QVERIFY(dialog.spec().initFrom.isEmpty());
        QVERIFY(!dialog.dataEdit()->text().isEmpty());

        // The chord-conditioned melody model reads tunes with a chord track; the Transformer is a
        // performance model with its own checkpoints.
        dialog.selectKind("chord-melody");
        QVERIFY(dialog.dataEdit()->text().endsWith("nottingham/melody_chords"));
        QCOMPARE(dialog.spec().kind, QStringLiteral("chord-melody"));
        dialog.selectKind("performance-transformer");
        const core::TrainingSpec t = dialog.spec();
        QCOMPARE(t.kind, QStringLiteral("performance"));
        QCOMPARE(t.architecture, QStringLiteral("transformer"));
        QVERIFY(t.checkpointDir.endsWith("performance-transformer"));
        dialog.selectKind("performance");
        QCOMPARE(dialog.spec().architecture, QStringLiteral("lstm"));
        QVERIFY(dialog.spec().checkpointDir != t.checkpointDir);
    }

    void makeItMineStartsFromTheModel()
    {
        core::TrainingSpec seen;
        ui::TrainingDialog dialog([&](const core::TrainingSpec &spec, const std::atomic<bool> *, QString *) {
            seen = spec;
            return std::make_unique<ScriptedJob>(spec);
        });
        QFile drawings(m_dir.filePath("mine.ndjson"));
        QVERIFY(drawings.open(QIODevice::WriteOnly));
        drawings.write("{\"drawing\": [[[0, 5], [0, 5]]]}\n");
        drawings.close();
        const QString base = m_dir.filePath("cat.gen.json");
        dialog.personalise("sketch", base, drawings.fileName());
        QCOMPARE(dialog.kindCombo()->currentData().toString(), QStringLiteral("sketch"));
        QCOMPARE(dialog.startFromCombo()->currentData().toString(), base);
        QCOMPARE(dialog.minutesSpin()->value(), 2.0);
        QVERIFY(dialog.outputEdit()->text().endsWith("cat-mine.gen.json"));
        const QString out = m_dir.filePath("cat-mine.gen.json");
        dialog.outputEdit()->setText(out);
        dialog.setSteps(10);
        QSignalSpy finished(&dialog, &ui::TrainingDialog::finished);
        dialog.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QCOMPARE(seen.kind, QStringLiteral("sketch"));
        QCOMPARE(seen.initFrom, base);
        QCOMPARE(seen.dataPath, drawings.fileName());
        QVERIFY(!seen.resume);
        QVERIFY(seen.referencePath.isEmpty());   // not a model whose data we have
        // The figures a user can check: before and after on their held-out examples.
        const QString said = dialog.statusLabel()->text();
        QVERIFY2(said.contains("2.000 → 1.500") && said.contains("25.0 % lower"), qPrintable(said));
        QVERIFY2(said.contains("3.000 → 3.150") && said.contains("5.0 % higher"), qPrintable(said));

        // Drawings that are not there are refused before anything starts.
        dialog.dataEdit()->setText(m_dir.filePath("none.ndjson"));
        dialog.start();
        QVERIFY(!dialog.isRunning());
        QVERIFY(dialog.statusLabel()->text().contains("no such file or folder of drawings"));
    }

    void missingFolderRefusedBeforeStarting()
    {
        ui::TrainingDialog dialog(
            [](const core::TrainingSpec &spec, const std::atomic<bool> *, QString *) { return std::make_unique<ScriptedJob>(spec); });
        dialog.dataEdit()->setText(m_dir.filePath("nope"));
        dialog.start();
        QVERIFY(!dialog.isRunning());
        QVERIFY(dialog.statusLabel()->text().contains("not a folder"));
    }
};

QTEST_MAIN(TestTrainingDialog)
#include "test_trainingdialog.moc"
