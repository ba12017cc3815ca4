// The Sound-Morph instrument is part of the project: a stored project file
// (tests/data/morph-project.atelier, written by hand from the bundled model's
// instrument table) opens with its timbre model, corners, point and sound on
// the panel, on the real path (the studio's MorphPanel, FileController and
// the bundled LibTorch timbre model); a changed morph is saved and comes back;
// a project without a morph gives the model's defaults; one whose model is
// not installed is named and costs nothing; the project is modified exactly
// while the morph's history is away from where it was saved, or another
// timbre model was chosen. And the MorphModel's own rules: one drag is one
// undo step, for the point and the sound; reset clears the history.

#include "TimbreModels.h"
#include "document/SongDocument.h"
#include "main/FileController.h"
#include "project/ProjectFile.h"
#include "sketch/SketchDocument.h"
#include "timbre/MorphModel.h"
#include "timbre/MorphPanel.h"

#include <QComboBox>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace atelier;
using core::timbre::MorphModel;

namespace {
const QString kFixture = QStringLiteral(ATELIER_SOURCE_DIR "/tests/data/morph-project.atelier");
}

class TestMorphProject : public QObject {
    Q_OBJECT

    core::SongDocument m_doc;
    core::SketchDocument m_sketch;
    MorphModel m_morph;
    std::unique_ptr<QWidget> m_window;
    ui::MorphPanel *m_panel = nullptr;
    ui::FileController *m_files = nullptr;
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_window = std::make_unique<QWidget>();
        m_panel = new ui::MorphPanel(nullptr, &models::loadTimbreModel, m_window.get(), &m_morph);
        m_files = new ui::FileController(&m_doc, &m_sketch, nullptr, m_window.get());
        m_files->setMorphModel(&m_morph);
        QVERIFY2(m_panel->hasModel(), qPrintable(m_panel->statusLabel()->text()));
    }

    void cleanupTestCase() { m_window.reset(); }

    void aStoredProjectOpensWithItsMorph()
    {
        // Start elsewhere: another point and corner, so that nothing passes by chance.
        m_panel->setMorphPoint(0.9, 0.1);
        QVERIFY(m_panel->setCornerInstrument(1, 73));
        QString error;
        QVERIFY2(m_files->openFile(kFixture, &error), qPrintable(error));
        QCOMPARE(QFileInfo(m_panel->modelCombo()->currentData().toString()).fileName(),
                 QStringLiteral("timbre-ddsp.timbre.json"));
        QCOMPARE(m_panel->morphPoint(), QPointF(0.25, 0.75));
        const int instruments[] = {6, 40, 56, 0};   // Harpsichord, Violin, Trumpet, Acoustic Grand Piano
        for (int c = 0; c < 4; ++c)
            QCOMPARE(m_panel->corner(c).instrument, instruments[c]);
        QCOMPARE(m_panel->corner(0).name, QStringLiteral("Harpsichord"));
        QVERIFY2(m_panel->cornerCombo(1)->currentText().startsWith(QStringLiteral("Violin")),
                 qPrintable(m_panel->cornerCombo(1)->currentText()));
        QCOMPARE(m_panel->envelope().attack_s, 0.05);
        QCOMPARE(m_panel->envelope().sustain, 0.8);
        QCOMPARE(m_panel->gain(), 0.5);
        QVERIFY(!m_panel->twoCornerMode());
        QCOMPARE(m_panel->undoStack()->count(), 0);   // opening is not an edit
        QVERIFY(!m_files->isModified());
        QCOMPARE(m_doc.song().key, (core::SongKey{2, 4}));
        // The sound follows the restored morph: z is the corners' mix, and it is what bakes.
        QCOMPARE(int(m_panel->currentZ().size()), m_panel->model()->zSize());
        QCOMPARE(m_panel->bakedSound().model, QStringLiteral("timbre-ddsp.timbre.json"));
    }

    void aChangedMorphIsSavedAndComesBack()
    {
        QString error;
        QVERIFY2(m_files->openFile(kFixture, &error), qPrintable(error));
        m_panel->setMorphPoint(0.6, 0.4);
        QVERIFY(m_panel->setCornerInstrument(3, 73));   // Flute
        core::timbre::Envelope e = m_panel->envelope();
        e.release_s = 1.5;
        m_panel->setEnvelope(e);
        m_panel->setTwoCornerMode(true);
        QVERIFY(m_files->isModified());
        const QString path = m_dir.filePath("changed.atelier");
        QVERIFY2(m_files->saveFile(path, &error), qPrintable(error));
        QVERIFY(!m_files->isModified());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject morph = QJsonDocument::fromJson(f.readAll()).object()["morph"].toObject();
        QCOMPARE(morph["x"].toDouble(), 0.6);
        QCOMPARE(morph["release"].toDouble(), 1.5);
        // Somewhere else, then back.
        QVERIFY2(m_files->openFile(kFixture, &error), qPrintable(error));
        QCOMPARE(m_panel->morphPoint(), QPointF(0.25, 0.75));
        QVERIFY2(m_files->openFile(path, &error), qPrintable(error));
        QCOMPARE(m_panel->morphPoint(), QPointF(0.6, 0.4));
        QCOMPARE(m_panel->corner(3).instrument, 73);
        QCOMPARE(m_panel->envelope().release_s, 1.5);
        QVERIFY(m_panel->twoCornerMode());
        m_panel->setTwoCornerMode(false);
    }

    void aProjectWithoutMorphGetsTheDefaults()
    {
        core::Song song;
        core::Track track;
        track.name = QStringLiteral("No morph here");
        song.tracks = {track};
        const QString path = m_dir.filePath("no-morph.atelier");
        QString error;
        QVERIFY2(core::ProjectFile::save({song, {}, {}}, path, &error), qPrintable(error));
        QVERIFY2(m_files->openFile(path, &error), qPrintable(error));
        const auto defaults = ui::MorphPanel::defaultCorners(*m_panel->model());
        for (int c = 0; c < 4; ++c)
            QCOMPARE(m_panel->corner(c).instrument, defaults[std::size_t(c)]);
        QCOMPARE(m_panel->morphPoint(), QPointF(0.5, 0.5));
        QVERIFY(!m_files->isModified());
        QCOMPARE(m_files->project().morph.model, QStringLiteral("timbre-ddsp.timbre.json"));
    }

    void aMissingModelIsNamed()
    {
        QFile fixture(kFixture);
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        QByteArray bytes = fixture.readAll();
        bytes.replace("\"timbre-ddsp.timbre.json\"", "\"someone-elses.timbre.json\"");
        const QString path = m_dir.filePath("missing-model.atelier");
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        out.close();
        QString error;
        QVERIFY2(m_files->openFile(path, &error), qPrintable(error));   // the song opens
        QVERIFY(m_panel->hasModel());
        QVERIFY2(m_panel->statusLabel()->text().contains("someone-elses.timbre.json"),
                 qPrintable(m_panel->statusLabel()->text()));
        QCOMPARE(m_doc.song().tracks.first().name, QStringLiteral("Morph tune"));
        // Saved again untouched, the project keeps its own morph (for the machine that has the model).
        const QString again = m_dir.filePath("missing-model-saved.atelier");
        QVERIFY2(m_files->saveFile(again, &error), qPrintable(error));
        const auto reread = core::ProjectFile::load(again, nullptr);
        QVERIFY(reread.has_value());
        QCOMPARE(reread->morph.model, QStringLiteral("someone-elses.timbre.json"));
        QCOMPARE(reread->morph.x, 0.25);
    }

    void oneDragIsOneStep()
    {
        MorphModel morph;
        QSignalSpy moved(&morph, &MorphModel::pointChanged);
        QVERIFY(morph.requestPoint({0.2, 0.2}, 7));
        QVERIFY(morph.requestPoint({0.3, 0.3}, 7));
        QVERIFY(morph.requestPoint({0.4, 0.5}, 7));
        QCOMPARE(morph.undoStack()->count(), 1);
        QCOMPARE(moved.count(), 3);
        QVERIFY(!morph.requestPoint({0.4, 0.5}, 8));   // no move, no step
        QVERIFY(morph.requestPoint({2.0, -1.0}));       // clamped to the pad
        QCOMPARE(morph.point(), QPointF(1.0, 0.0));
        morph.undoStack()->undo();
        morph.undoStack()->undo();
        QCOMPARE(morph.point(), QPointF(0.5, 0.5));
        core::MorphState state;
        state.model = QStringLiteral("x.timbre.json");
        morph.reset(state);
        QCOMPARE(morph.undoStack()->count(), 0);
        QVERIFY(morph.undoStack()->isClean());
        QVERIFY(morph.z().empty());   // corners without z give no z
        morph.replace(state);   // the user's change: no history, and not clean
        QCOMPARE(morph.undoStack()->count(), 0);
        QVERIFY(!morph.undoStack()->isClean());
    }

    void soundAndModeAreUndoSteps()
    {
        MorphModel morph;
        QSignalSpy sound(&morph, &MorphModel::soundChanged);
        core::SoundEnvelope e;
        e.attack_s = 0.02;
        QVERIFY(morph.requestSound(e, 1.0, 3));   // one slider drag...
        e.attack_s = 0.05;
        QVERIFY(morph.requestSound(e, 1.0, 3));
        QVERIFY(morph.requestSound(e, 0.5, 3));
        QCOMPARE(morph.undoStack()->count(), 1);  // ...is one step
        QCOMPARE(sound.count(), 3);
        QVERIFY(!morph.requestSound(e, 0.5));      // nothing changes: no step
        morph.setGain(0.25);                      // another step
        QCOMPARE(morph.undoStack()->count(), 2);
        morph.undoStack()->undo();
        QCOMPARE(morph.gain(), 0.5);
        morph.undoStack()->undo();
        QCOMPARE(morph.envelope(), core::SoundEnvelope{});
        QCOMPARE(morph.gain(), 1.0);
        // A drag that ends where it began leaves no step.
        core::SoundEnvelope back;
        back.release_s = 2.0;
        QVERIFY(morph.requestSound(back, 1.0, 4));
        QVERIFY(morph.requestSound(core::SoundEnvelope{}, 1.0, 4));
        QCOMPARE(morph.undoStack()->count(), 0);
        morph.setTwoCorners(true);
        QCOMPARE(morph.undoStack()->undoText(), QStringLiteral("Morph Two Corners"));
        morph.undoStack()->undo();
        QVERIFY(!morph.twoCorners());
    }

    void theModifiedFlagFollowsTheMorphsHistory()
    {
        QString error;
        QVERIFY2(m_files->openFile(kFixture, &error), qPrintable(error));
        QVERIFY(!m_files->isModified());
        QSignalSpy modified(m_files, &ui::FileController::modifiedChanged);
        core::timbre::Envelope e = m_panel->envelope();
        e.attack_s = 0.2;
        m_panel->setEnvelope(e);
        QVERIFY(m_files->isModified());
        QVERIFY(modified.count() >= 1);
        m_morph.undoStack()->undo();   // back where it was saved
        QVERIFY(!m_files->isModified());
        m_panel->setMorphPoint(0.1, 0.1);
        QVERIFY(m_files->isModified());
        m_morph.undoStack()->undo();
        QVERIFY(!m_files->isModified());
        // Another timbre model: a change to the project that undo cannot take back.
        const QString copy = m_dir.filePath("copy.timbre.json");
        QVERIFY(QFile::copy(m_panel->modelCombo()->currentData().toString(), copy));
        m_panel->setModelFiles(ui::MorphPanel::findModelFiles() << copy);   // the current one stays
        QVERIFY(!m_files->isModified());
        m_panel->modelCombo()->setCurrentIndex(m_panel->modelCombo()->findData(copy));
        QVERIFY(m_panel->hasModel());
        QVERIFY(m_files->isModified());
        QCOMPARE(m_morph.undoStack()->count(), 0);
        m_panel->setModelFiles(ui::MorphPanel::findModelFiles());
    }
};

QTEST_MAIN(TestMorphProject)
#include "test_morph_project.moc"
