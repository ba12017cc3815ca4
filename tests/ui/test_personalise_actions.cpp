// Make It Mine in the menus (PersonaliseActions) with a scripted training
// factory: Keep Drawing adds the canvas's own strokes (never the model's) to
// the drawing collection, one ndjson line each; Make It Mine refuses with
// fewer than ten kept and says how many there are, then opens the training
// dialog set to personalise the canvas's model on them; Music ▸ Make It Mine
// writes the song as MIDI and starts from the melody model.

#include "main/ModelDialogs.h"
#include "main/PersonaliseActions.h"
#include "training/TrainingDialog.h"

#include "document/Song.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenu>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace atelier;

class TestPersonaliseActions : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void keepsDrawingsThenMakesTheModelYours()
    {
        QWidget window;
        ui::ModelDialogs dialogs(&window, [](const core::TrainingSpec &, const std::atomic<bool> *, QString *error) {
            *error = "not in this test";
            return std::unique_ptr<core::ITrainingJob>();
        }, [](const QString &) {});
        core::Sketch sketch;
        core::Stroke mine;
        mine.points = {QPointF(1.04, 2), QPointF(10, 12.26), QPointF(30, 5)};
        core::Stroke model;
        model.points = {QPointF(50, 50), QPointF(60, 70)};
        model.generated = true;
        sketch.strokes = {mine, model};
        core::Song song;
        song.tracks.append(core::Track{});
        for (int i = 0; i < 16; ++i)
            song.tracks[0].notes.append(core::Note{60 + i % 5, core::Tick(i * 240), 200, 100});
        ui::PersonaliseActions::Sources sources;
        sources.sketch = [&] { return sketch; };
        sources.sketchModel = [] { return QStringLiteral("/models/cat.gen.json"); };
        sources.song = [&] { return song; };
        ui::PersonaliseActions::MusicModelChoice continueModel{QStringLiteral("/models/melody-lstm.music.json"),
                                                               QStringLiteral("melody")};
        sources.musicModel = [&] { return continueModel; };
        QStringList said;
        QMenu sketchMenu, musicMenu;
        const QString collection = m_dir.filePath("drawings/mine.ndjson");
        ui::PersonaliseActions actions(&sketchMenu, &musicMenu, &dialogs, sources,
                                       [&](const QString &m) { said << m; }, &window, collection);
        QVERIFY(sketchMenu.findChild<QAction *>("keepDrawing"));
        QVERIFY(musicMenu.findChild<QAction *>("makeMusicMine"));

        for (int i = 1; i <= 9; ++i)
            QCOMPARE(actions.keepDrawing(), i);
        QVERIFY(!actions.makeSketchMine());
        QVERIFY2(said.last().contains("at least 10") && said.last().contains("kept 9"), qPrintable(said.last()));
        QVERIFY(!window.findChild<ui::TrainingDialog *>());
        QCOMPARE(actions.keepDrawing(), 10);

        // One line per drawing, the user's stroke only, to a tenth of a pixel.
        QFile f(collection);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 10);
        const QJsonArray strokes = QJsonDocument::fromJson(lines[0]).object()["drawing"].toArray();
        QCOMPARE(strokes.size(), 1);
        QCOMPARE(strokes[0].toArray()[0].toArray(), (QJsonArray{1.0, 10.0, 30.0}));
        QCOMPARE(strokes[0].toArray()[1].toArray(), (QJsonArray{2.0, 12.3, 5.0}));

        QVERIFY(actions.makeSketchMine());
        auto *dialog = window.findChild<ui::TrainingDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->kindCombo()->currentData().toString(), QStringLiteral("sketch"));
        QCOMPARE(dialog->startFromCombo()->currentData().toString(), QStringLiteral("/models/cat.gen.json"));
        QCOMPARE(dialog->dataEdit()->text(), collection);
        QCOMPARE(dialog->minutesSpin()->value(), 2.0);

        // Only the model's strokes: nothing of the user's to keep.
        sketch.strokes = {model};
        QCOMPARE(actions.keepDrawing(), -1);
        QVERIFY2(said.last().contains("no strokes of your own"), qPrintable(said.last()));
        QCOMPARE(lines.size(), 10);

        // Music: the song becomes a MIDI file the melody model learns from.
        QVERIFY(actions.makeMusicMine());
        QVERIFY(QFileInfo(actions.musicFolder() + "/current-song.mid").size() > 0);
        QCOMPARE(dialog->kindCombo()->currentData().toString(), QStringLiteral("melody"));
        QCOMPARE(dialog->startFromCombo()->currentData().toString(), QStringLiteral("/models/melody-lstm.music.json"));
        QCOMPARE(dialog->dataEdit()->text(), actions.musicFolder());
        QVERIFY2(said.last().contains("melody-lstm learns from the song"), qPrintable(said.last()));

        // The model chosen in Continue is the one made yours, of its own kind.
        continueModel = {QStringLiteral("/models/performance-lstm.music.json"), QStringLiteral("performance")};
        QVERIFY(actions.makeMusicMine());
        QCOMPARE(dialog->kindCombo()->currentData().toString(), QStringLiteral("performance"));
        QCOMPARE(dialog->startFromCombo()->currentData().toString(), QStringLiteral("/models/performance-lstm.music.json"));
        QVERIFY2(said.last().contains("performance-lstm learns from the song"), qPrintable(said.last()));
    }
};

QTEST_MAIN(TestPersonaliseActions)
#include "test_personalise_actions.moc"
