// The Compare Models dialog with two fake melody models that differ in one
// way a listener can tell (one plays low, one high): a "user" who likes high
// notes picks, trial by trial, from what each side holds, so the win rate
// says whether A and B were shown as the blind order had them. The result
// file, the Wilson interval (worked out by hand below), playing a side
// through the audio engine, no preference, and the errors. The real models
// and drawings run in tests/app/test_compare_models.

#include "training/CompareDialog.h"
#include "FakeMelodyModel.h"

#include "audio/AudioEngine.h"
#include "audio/NullAudioDevice.h"
#include "document/SongDocument.h"

#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace atelier;
using core::Note;

class TestCompareDialog : public QObject {
    Q_OBJECT

    core::SongDocument *m_doc = nullptr;
    core::AudioEngine *m_engine = nullptr;
    ui::CompareDialog *m_dialog = nullptr;
    bool m_haveTrack = true;

    static double meanPitch(const QList<Note> &notes)
    {
        double sum = 0;
        for (const Note &n : notes)
            sum += n.pitch;
        return notes.isEmpty() ? 0 : sum / notes.size();
    }

    static QJsonObject readJson(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
    }

    bool waitTrial()
    {
        QSignalSpy spy(m_dialog, &ui::CompareDialog::trialReady);
        return spy.wait(10000);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_doc = new core::SongDocument;
        core::Song s;
        s.tempos = {{0, 120}};
        s.timeSignatures = {{0, 4, 4}};
        core::Track t;
        t.name = "Lead";
        for (int i = 0; i < 4; ++i)   // C D E F
            t.notes.append(Note{60 + (i == 3 ? 5 : 2 * i), core::Tick(i) * 480, 480, 90});
        s.tracks = {t};
        m_doc->resetSong(s);
        m_engine = new core::AudioEngine(std::make_unique<core::NullAudioDevice>());
        QString error;
        QVERIFY2(m_engine->start(core::AudioSettings{}, &error), qPrintable(error));
        auto low = std::make_shared<test::FakeMelodyModel>(48, "low");
        auto high = std::make_shared<test::FakeMelodyModel>(72, "high");
        m_dialog = new ui::CompareDialog(
            [low, high](const QString &path, QString *error) -> std::shared_ptr<const core::IMusicModel> {
                if (path.contains("broken")) {
                    *error = path + ": not a music model";
                    return nullptr;
                }
                return path.contains("high") ? high : low;
            },
            {});
        m_haveTrack = true;
        m_dialog->setMusicSource(
            [this]() -> std::optional<core::ContinueRequest> {
                if (!m_haveTrack)
                    return std::nullopt;
                core::ContinueRequest r;
                r.song = m_doc->song();
                r.track = 0;
                r.contextEnd = r.at = 4 * 480;
                r.lengthTicks = 2 * 4 * 480;
                return r;
            },
            m_doc, m_engine);
        m_dialog->setModelFiles({"/nowhere/low.music.json", "/nowhere/high.music.json", "/nowhere/broken.music.json"});
        m_dialog->selectModels("/nowhere/low.music.json", "/nowhere/high.music.json");
        m_dialog->setSeed(11);
        m_dialog->show();
    }

    void cleanup()
    {
        delete m_dialog;
        m_engine->shutdown();
        delete m_engine;
        delete m_doc;
    }

    void aListenerWhoLikesHighNotesPicksTheHighModelEveryTime()
    {
        m_dialog->trialsSpin()->setValue(6);
        QSignalSpy finished(m_dialog, &ui::CompareDialog::testFinished);
        m_dialog->start();
        int highOnTheLeft = 0;
        for (int trial = 0; trial < 6; ++trial) {
            QVERIFY2(waitTrial(), qPrintable(m_dialog->statusLabel()->text()));
            QCOMPARE(m_dialog->statusLabel()->text().contains("low"), false);   // no names while it runs
            const QList<Note> &a = m_dialog->sideNotes(true), &b = m_dialog->sideNotes(false);
            QVERIFY(!a.isEmpty() && !b.isEmpty());
            for (const Note &n : a + b)
                QVERIFY(n.start >= 4 * 480 && n.start < 3 * 4 * 480);   // after the context, within the 2 bars
            QVERIFY(!m_dialog->sideLabel(true)->pixmap().isNull());
            const bool left = meanPitch(a) > meanPitch(b);
            highOnTheLeft += left ? 1 : 0;
            QVERIFY(qAbs(meanPitch(a) - meanPitch(b)) > 6);
            m_dialog->pick(left);
        }
        // The blind order put the high model on both sides.
        QVERIFY2(highOnTheLeft > 0 && highOnTheLeft < 6, qPrintable(QString::number(highOnTheLeft)));
        QCOMPARE(finished.count(), 1);
        const QString path = finished.at(0).at(0).toString();
        QVERIFY(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + "/comparisons/"));
        const QJsonObject o = readJson(path);
        QCOMPARE(o.value("first").toString(), QString("/nowhere/low.music.json"));
        QCOMPARE(o.value("second").toString(), QString("/nowhere/high.music.json"));
        QCOMPARE(o.value("second_wins").toInt(), 6);
        QCOMPARE(o.value("first_wins").toInt(), 0);
        QCOMPARE(o.value("second_win_rate").toDouble(), 1.0);
        // Wilson's interval for 6 of 6 at z = 1.96: z²/n = 0.64027, centre =
        // (1 + 0.32013) / 1.64027 = 0.80483, half = 1.96 · sqrt(0.64027 / 24)
        // / 1.64027 = 0.19517, so [0.60966, 1].
        QVERIFY(qAbs(o.value("interval_95").toArray().at(0).toDouble() - 0.6097) < 0.001);
        QCOMPARE(o.value("interval_95").toArray().at(1).toDouble(), 1.0);
        QCOMPARE(o.value("per_trial").toArray().size(), 6);
        const QString said = m_dialog->statusLabel()->text();
        QVERIFY2(said.contains("High (second) won 6 of 6 picks: 100 %") && said.contains("You prefer High"),
                 qPrintable(said));
    }

    void playingASidePlaysItsMusicAndPickingStopsIt()
    {
        m_dialog->trialsSpin()->setValue(2);
        m_dialog->start();
        QVERIFY(waitTrial());
        m_dialog->play(true);
        QTRY_VERIFY_WITH_TIMEOUT(m_engine->isPlaying(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(m_engine->playhead() > 0, 5000);
        QSignalSpy next(m_dialog, &ui::CompareDialog::trialReady);
        m_dialog->pick(true);
        QTRY_VERIFY_WITH_TIMEOUT(!m_engine->isPlaying(), 5000);
        QVERIFY(next.count() == 1 || next.wait(10000));
        m_dialog->skip();
        QVERIFY(m_dialog->test()->finished());
    }

    void noPreferenceAtAllHasNoWinner()
    {
        m_dialog->trialsSpin()->setValue(3);
        QSignalSpy finished(m_dialog, &ui::CompareDialog::testFinished);
        m_dialog->start();
        for (int i = 0; i < 3; ++i) {
            QVERIFY(waitTrial());
            m_dialog->skip();
        }
        QCOMPARE(finished.count(), 1);
        const QJsonObject o = readJson(finished.at(0).at(0).toString());
        QCOMPARE(o.value("picked").toInt(), 0);
        QVERIFY(m_dialog->statusLabel()->text().contains("no winner"));
    }

    void theSameSeedGivesTheSameTrials()
    {
        QList<QList<Note>> runs[2];
        for (auto &run : runs) {
            m_dialog->trialsSpin()->setValue(2);
            m_dialog->start();
            for (int i = 0; i < 2; ++i) {
                QVERIFY(waitTrial());
                run.append(m_dialog->sideNotes(true));
                m_dialog->pick(true);
            }
        }
        QCOMPARE(runs[0], runs[1]);
    }

    void errorsAreSaid()
    {
        QSignalSpy failed(m_dialog, &ui::CompareDialog::failed);
        m_dialog->selectModels("/nowhere/low.music.json", "/nowhere/low.music.json");
        m_dialog->start();
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.last().at(0).toString().contains("two different"));
        m_dialog->selectModels("/nowhere/low.music.json", "/nowhere/broken.music.json");
        m_dialog->start();
        QVERIFY(failed.last().at(0).toString().contains("broken.music.json: not a music model"));
        m_haveTrack = false;
        m_dialog->selectModels("/nowhere/low.music.json", "/nowhere/high.music.json");
        m_dialog->start();
        QVERIFY(failed.last().at(0).toString().contains("Add a track"));
        QCOMPARE(m_dialog->test(), nullptr);
    }

    void closingWhileATrialIsMadeEndsTheTest()
    {
        m_dialog->trialsSpin()->setValue(4);
        m_dialog->start();
        QVERIFY(m_dialog->isBusy());
        m_dialog->close();   // reject()
        QVERIFY(!m_dialog->isBusy());
        QCOMPARE(m_dialog->test(), nullptr);
        QSignalSpy ready(m_dialog, &ui::CompareDialog::trialReady);
        QTest::qWait(300);
        QCOMPARE(ready.count(), 0);   // the cancelled job's trial never arrives
    }
};

QTEST_MAIN(TestCompareDialog)
#include "test_comparedialog.moc"
