// The Tune a Model dialog with a scripted tuning job (the real tuners run in
// tests/models and, through the same job factory, in tests/app/test_cli_tune):
// reports reach the reward and KL curves, the model is saved where the
// dialog says and announced, Stop saves the model so far and Resume goes on
// with the same run (its steps continue), another β starts afresh, and a
// failing factory shows its error.

#include "training/TuningDialog.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <cmath>
#include <qcustomplot.h>

using namespace atelier;

namespace {

class ScriptedTuning : public core::ITuningJob {
public:
    explicit ScriptedTuning(core::TuningSpec spec) : m_spec(std::move(spec)) {}
    QString describe() const override { return "scripted " + m_spec.kind + " toward " + m_spec.rewardScript; }
    int step() const override { return m_step; }
    double elapsedSeconds() const override { return m_step * 0.01; }
    void setTargets(int steps, double) override { m_spec.steps = steps; }
    bool run(const std::atomic<bool> *cancel, const std::function<void(const core::TuningReport &)> &report,
             QString *) override
    {
        m_stopped = false;
        while (m_step < m_spec.steps) {
            if (cancel && cancel->load()) {
                m_stopped = true;
                return true;
            }
            ++m_step;
            m_rewards.push_back(1.0 - 1.0 / m_step);
            m_kls.push_back(0.01 * m_step);
            core::TuningReport r;
            r.step = m_step;
            r.targetSteps = m_spec.steps;
            r.reward = m_rewards.back();
            r.kl = m_kls.back();
            r.samples = 8 * m_step;
            report(r);
            QThread::msleep(3);
        }
        return true;
    }
    bool exportModel(const QString &path, QString *) override
    {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(QByteArray::number(m_step)) > 0;
    }
    const std::vector<double> &rewardCurve() const override { return m_rewards; }
    const std::vector<double> &klCurve() const override { return m_kls; }
    int errors() const override { return 0; }
    bool stopped() const override { return m_stopped; }
    QJsonObject extra() const override { return {}; }

private:
    core::TuningSpec m_spec;
    int m_step = 0;
    bool m_stopped = false;
    std::vector<double> m_rewards, m_kls;
};

} // namespace

class TestTuningDialog : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_built = 0;
    core::TuningSpec m_last;

    core::TuningJobFactory factory()
    {
        return [this](const core::TuningSpec &spec, QString *) -> std::unique_ptr<core::ITuningJob> {
            ++m_built;
            m_last = spec;
            return std::make_unique<ScriptedTuning>(spec);
        };
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aRunFillsTheCurvesAndSavesTheModel()
    {
        ui::TuningDialog dialog(factory());
        dialog.selectKind("melody");
        QVERIFY(dialog.baseCombo()->count() > 0);   // the shipped melody model
        QVERIFY(dialog.rewardCombo()->findText("stepwise.js") >= 0);
        QVERIFY(dialog.rewardCombo()->findText("no-straight-lines.js") < 0);   // a drawing's script
        dialog.rewardCombo()->setCurrentIndex(dialog.rewardCombo()->findText("stepwise.js"));
        dialog.betaSpin()->setValue(0.45);
        const QString out = m_dir.filePath("mine.music.json");
        dialog.outputEdit()->setText(out);
        dialog.setSteps(20);
        QSignalSpy tuned(&dialog, &ui::TuningDialog::modelTuned);
        QSignalSpy finished(&dialog, &ui::TuningDialog::finished);
        QSignalSpy compare(&dialog, &ui::TuningDialog::compareRequested);
        QVERIFY(!dialog.compareButton()->isEnabled());   // nothing tuned yet
        const QString base = dialog.baseCombo()->currentData().toString();
        dialog.start();
        QVERIFY(dialog.isRunning());
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().toBool(), true);
        QCOMPARE(tuned.first().first().toString(), out);
        QCOMPARE(m_last.kind, QStringLiteral("melody"));
        QVERIFY(m_last.rewardScript.endsWith("stepwise.js"));
        QVERIFY(m_last.ratingsLog.isEmpty());
        QCOMPARE(m_last.beta, 0.45);
        QCOMPARE(m_last.steps, 20);
        QCOMPARE(dialog.plot()->graph(0)->dataCount(), 20);
        QCOMPARE(dialog.plot()->graph(1)->dataCount(), 20);
        QVERIFY(std::abs(dialog.plot()->graph(1)->data()->at(19)->value - 0.2) < 1e-9);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("20"));
        QVERIFY(dialog.statusLabel()->text().contains("20 steps"));
        QCOMPARE(dialog.startButton()->text(), QStringLiteral("Tune"));
        // The blind test of the tuned model against its base is a click away.
        QVERIFY(dialog.compareButton()->isEnabled());
        dialog.compareButton()->click();
        QCOMPARE(compare.count(), 1);
        QCOMPARE(compare.first(), (QList<QVariant>{"melody", base, out}));
    }

    void stopSavesAndResumeGoesOn()
    {
        m_built = 0;
        ui::TuningDialog dialog(factory());
        dialog.selectKind("sketch");
        QVERIFY(dialog.rewardCombo()->findText("no-straight-lines.js") >= 0);
        dialog.rewardCombo()->setCurrentIndex(dialog.rewardCombo()->findText("no-straight-lines.js"));
        const QString out = m_dir.filePath("bird.gen.json");
        dialog.outputEdit()->setText(out);
        dialog.setSteps(100000);
        QSignalSpy finished(&dialog, &ui::TuningDialog::finished);
        dialog.start();
        QTRY_VERIFY(dialog.plot()->graph(0)->dataCount() >= 5);
        dialog.stop();
        QVERIFY(finished.wait(10000));
        QVERIFY(finished.first().first().toBool());
        QCOMPARE(dialog.startButton()->text(), QStringLiteral("Resume"));
        QVERIFY(dialog.canResume());
        const int before = dialog.plot()->graph(0)->dataCount();
        QFile saved(out);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll().toInt(), before);   // the model so far

        dialog.start();   // Resume: the same job, its steps go on
        QTRY_VERIFY(dialog.plot()->graph(0)->dataCount() >= before + 5);
        dialog.stop();
        QVERIFY(finished.wait(10000));
        QCOMPARE(m_built, 1);
        const auto data = dialog.plot()->graph(0)->data();
        for (int i = 1; i < data->size(); ++i)
            QCOMPARE(data->at(i)->key, data->at(i - 1)->key + 1);   // no restart at step 1

        dialog.betaSpin()->setValue(2.0);   // another run
        QCOMPARE(dialog.startButton()->text(), QStringLiteral("Tune"));
        QVERIFY(!dialog.canResume());
    }

    void aFailingFactoryShowsItsError()
    {
        ui::TuningDialog dialog([](const core::TuningSpec &, QString *error) -> std::unique_ptr<core::ITuningJob> {
            *error = QStringLiteral("stepwise.js:2: SyntaxError: Expected token `;'");
            return nullptr;
        });
        dialog.selectKind("melody");
        dialog.outputEdit()->setText(m_dir.filePath("never.music.json"));
        QSignalSpy finished(&dialog, &ui::TuningDialog::finished);
        dialog.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(dialog.statusLabel()->text().contains("stepwise.js:2"));
        QVERIFY(!QFileInfo::exists(m_dir.filePath("never.music.json")));
        QVERIFY(dialog.startButton()->isEnabled());
    }
};

QTEST_MAIN(TestTuningDialog)
#include "test_tuningdialog.moc"
