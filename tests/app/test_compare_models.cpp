// Compare Models on the real path: the shipped melody and performance
// models continue the same tune in a blind test taken to the end, and two
// of Magenta's drawing models draw side by side from scratch. The dialog's
// logic with models of known taste is tested in tests/ui/test_comparedialog.

#include "training/CompareDialog.h"
#include "../TestData.h"

#include "MusicModels.h"
#include "SketchModels.h"
#include "audio/AudioEngine.h"
#include "audio/NullAudioDevice.h"
#include "document/SongDocument.h"
#include "project/DataPaths.h"

#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace atelier;
using core::Note;

class TestCompareModels : public QObject {
    Q_OBJECT

    static int indexOf(QComboBox *combo, const QString &fileName)
    {
        for (int i = 0; i < combo->count(); ++i)
            if (QFileInfo(combo->itemData(i).toString()).fileName() == fileName)
                return i;
        return -1;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void melodyAgainstPerformanceOnTheSameTune()
    {
        core::SongDocument doc;
        core::Song s;
        s.tempos = {{0, 120}};
        s.timeSignatures = {{0, 4, 4}};
        core::Track t;
        t.name = "Lead";
        const int tune[] = {60, 62, 64, 65, 67, 65, 64, 62, 60, 64, 67, 72, 67, 64, 60, 60};
        for (int i = 0; i < 16; ++i)
            t.notes.append(Note{tune[i], core::Tick(i) * 240, 240, 90});
        s.tracks = {t};
        doc.resetSong(s);
        core::AudioEngine engine(std::make_unique<core::NullAudioDevice>());
        QString error;
        QVERIFY2(engine.start(core::AudioSettings{}, &error), qPrintable(error));
        ui::CompareDialog dialog(&models::loadMusicModel, &models::loadSketchModel);
        dialog.setMusicSource(
            [&doc]() -> std::optional<core::ContinueRequest> {
                core::ContinueRequest r;
                r.song = doc.song();
                r.contextEnd = r.at = 2 * 1920;
                r.lengthTicks = 2 * 1920;
                return r;
            },
            &doc, &engine);
        dialog.selectKind("music");
        dialog.refreshModels();
        const int melody = indexOf(dialog.firstCombo(), "melody-lstm.music.json");
        const int performance = indexOf(dialog.secondCombo(), "performance-lstm.music.json");
        QVERIFY2(melody >= 0 && performance >= 0, "the shipped models are on the model search path");
        dialog.firstCombo()->setCurrentIndex(melody);
        dialog.secondCombo()->setCurrentIndex(performance);
        dialog.trialsSpin()->setValue(3);
        QSignalSpy ready(&dialog, &ui::CompareDialog::trialReady), finished(&dialog, &ui::CompareDialog::testFinished);
        dialog.show();
        dialog.start();
        QList<bool> aWasFirst;
        for (int trial = 0; trial < 3; ++trial) {
            QVERIFY2(ready.wait(60000) || ready.count() > trial, qPrintable(dialog.statusLabel()->text()));
            const QList<Note> &a = dialog.sideNotes(true), &b = dialog.sideNotes(false);
            QVERIFY(!a.isEmpty() && !b.isEmpty());
            QVERIFY(a != b);
            for (const Note &n : a + b)
                QVERIFY(n.start >= 2 * 1920 && n.start < 4 * 1920);
            aWasFirst.append(dialog.test()->leftIsFirst(trial));
            dialog.play(false);
            QTRY_VERIFY_WITH_TIMEOUT(engine.isPlaying(), 5000);
            dialog.pick(true);   // this listener always likes A
        }
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
        QFile f(finished.at(0).at(0).toString());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(QFileInfo(o.value("first").toString()).fileName(), QString("melody-lstm.music.json"));
        QCOMPARE(QFileInfo(o.value("second").toString()).fileName(), QString("performance-lstm.music.json"));
        const int firstWins = int(std::count(aWasFirst.begin(), aWasFirst.end(), true));
        QCOMPARE(o.value("first_wins").toInt(), firstWins);
        QCOMPARE(o.value("second_wins").toInt(), 3 - firstWins);
        const QJsonArray perTrial = o.value("per_trial").toArray();
        for (int i = 0; i < 3; ++i)
            QCOMPARE(perTrial.at(i).toObject().value("picked").toString(), QString(aWasFirst[i] ? "first" : "second"));
        engine.shutdown();
    }

    void twoDrawingModelsDrawFromScratch()
    {
        const QString dir = core::DataPaths::dataDir() + "/models/sketch-rnn/";
        if (!QFile::exists(dir + "bird.gen.json") || !QFile::exists(dir + "sheep.gen.json"))
            ATELIER_SKIP_OR_FAIL("Magenta's drawing models are not in $ATELIER_DATA/models/sketch-rnn");
        ui::CompareDialog dialog(&models::loadMusicModel, &models::loadSketchModel);
        dialog.setSketchSource([] { return core::Sketch{}; });
        dialog.selectKind("sketch");
        dialog.setModelFiles({dir + "bird.gen.json", dir + "sheep.gen.json"});
        dialog.selectModels(dir + "bird.gen.json", dir + "sheep.gen.json");
        dialog.trialsSpin()->setValue(2);
        QSignalSpy ready(&dialog, &ui::CompareDialog::trialReady), finished(&dialog, &ui::CompareDialog::testFinished);
        dialog.show();
        dialog.start();
        for (int trial = 0; trial < 2; ++trial) {
            QVERIFY2(ready.wait(60000) || ready.count() > trial, qPrintable(dialog.statusLabel()->text()));
            QVERIFY(!dialog.sideStrokes(true).isEmpty() && !dialog.sideStrokes(false).isEmpty());
            QVERIFY(dialog.sideStrokes(true) != dialog.sideStrokes(false));
            QVERIFY(!dialog.sideLabel(true)->pixmap().isNull() && !dialog.sideLabel(false)->pixmap().isNull());
            dialog.pick(false);
        }
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
        QVERIFY(QFile::exists(finished.at(0).at(0).toString()));
    }
};

QTEST_MAIN(TestCompareModels)
#include "test_compare_models.moc"
