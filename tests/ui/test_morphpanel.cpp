// The Sound-Morph panel's morph, driven like a user would, with the analytic
// FakeTimbreModel (no torch, no files): default corners; the XY pad (click,
// drag = one undo step, arrow keys), the bilinear z; corner combos and WAV
// recordings as corners (and the errors of bad WAVs); two-corner mode with
// its slider; no model; a model change. Playing and export:
// test_morph_playing.

#include "MorphPanelFixture.h"
#include "common/DragOutButton.h"

#include <QMimeData>

class TestMorphPanel : public MorphPanelFixture {
    Q_OBJECT
private slots:
    void initTestCase() { setUpCase(); }
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void defaultCornersAndLiveInstrument()
    {
        QVERIFY(m_panel->hasModel());
        QCOMPARE(m_panel->modelCombo()->currentText(), QStringLiteral("fake-timbre"));
        const QStringList names = FakeTimbreModel::defaultCornerNames();
        const auto defaults = ui::MorphPanel::defaultCorners(*m_model);
        for (int c = 0; c < 4; ++c) {
            // The model's names carry their source; the panel shows it only for the two flutes.
            QVERIFY(m_model->instruments().at(std::size_t(defaults[std::size_t(c)])).name.startsWith(names[c].section(" (", 0, 0)));
            QCOMPARE(names[c].contains("FluidR3_GM"), c == 0);
            QCOMPARE(m_panel->corner(c).name, names[c]);
            QCOMPARE(m_panel->corner(c).instrument, defaults[std::size_t(c)]);
            QCOMPARE(m_panel->cornerCombo(c)->currentText(), names[c]);
            QCOMPARE(m_panel->corner(c).z, m_model->instruments().at(std::size_t(defaults[std::size_t(c)])).z);
        }
        // The pad says "Flute", not "Flute (FluidR3_GM)": no two corners read the same.
        QStringList shortNames;
        for (const QString &n : names)
            shortNames.append(n.section(QStringLiteral(" ("), 0, 0));
        QCOMPARE(m_panel->pad()->cornerLabels(), shortNames);
        QCOMPARE(ui::MorphPanel::cornerTitle(0), QStringLiteral("A"));
        QCOMPARE(ui::MorphPanel::cornerTitle(3), QStringLiteral("D"));
        // Each corner combo offers every instrument and a recording.
        QCOMPARE(m_panel->cornerCombo(0)->findText("Organ") >= 0, true);
        QVERIFY(m_panel->cornerCombo(0)->findText("Your recording", Qt::MatchStartsWith) >= 0);
        // The centre: every corner a quarter.
        QCOMPARE(m_panel->morphPoint(), QPointF(0.5, 0.5));
        for (double w : m_panel->weights())
            QCOMPARE(w, 0.25);
        verifyZAtPoint("centre");
        QCOMPARE(m_panel->undoStack()->count(), 0);
        // The voice engine plays through the running audio engine at its rate.
        QVERIFY(m_panel->voiceEngine());
        QCOMPARE(m_engine->liveInstrumentCount(), 1);
        QCOMPARE(m_panel->voiceEngine()->sampleRate(), int(m_engine->sampleRate()));
        // The null device plays nothing, and the label says so (the status bar agrees).
        QVERIFY2(m_panel->audioLabel()->text().startsWith("Silent audio device"), qPrintable(m_panel->audioLabel()->text()));
        // The map shows the model's six instruments.
        QCOMPARE(m_panel->plots()->mapPointCount(), 6);
        // Closing the panel takes its instrument out of the engine.
        delete m_panel;
        m_panel = nullptr;
        QCOMPARE(m_engine->liveInstrumentCount(), 0);
    }

    void noteDragsOutAsWav()
    {
        QString error;
        std::unique_ptr<QMimeData> data(m_panel->dragNoteButton()->makeMimeData(&error));
        QVERIFY2(data, qPrintable(error));
        const QString path = data->urls().value(0).toLocalFile();
        QVERIFY(path.endsWith(".wav"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray wav = f.readAll();
        QVERIFY(wav.startsWith("RIFF") && wav.mid(8, 4) == "WAVE");
        // 2 s at 48 kHz, 16-bit, plus the release tail: at least 192,000 bytes of samples.
        QVERIFY2(wav.size() > 192000, qPrintable(QString::number(wav.size())));
    }

    void clickOnPadMovesPointAndZ()
    {
        QSignalSpy morphed(m_panel, &ui::MorphPanel::morphChanged);
        const QPoint at = padPixel(0.25, 0.75);
        QTest::mouseClick(m_panel->pad(), Qt::LeftButton, {}, at);
        const QPointF want = m_panel->pad()->positionToPoint(QPointF(at));
        QCOMPARE(m_panel->morphPoint(), want);
        QVERIFY(std::abs(want.x() - 0.25) < 0.01 && std::abs(want.y() - 0.75) < 0.01);
        QCOMPARE(m_panel->pad()->point(), want);
        verifyZAtPoint("after a click");
        // The corners at (+-1, +-1) make z = (2x - 1, 2y - 1) here.
        QVERIFY(std::abs(m_panel->currentZ()[0] - (2 * want.x() - 1)) < 1e-5);
        QVERIFY(std::abs(m_panel->currentZ()[1] - (2 * want.y() - 1)) < 1e-5);
        QCOMPARE(m_panel->undoStack()->count(), 1);
        QCOMPARE(m_panel->undoStack()->undoText(), QStringLiteral("Move Morph Point"));
        QVERIFY(morphed.count() >= 1);
        // A corner of the pad is that corner alone.
        QTest::mouseClick(m_panel->pad(), Qt::LeftButton, {}, padPixel(1.0, 0.0) + QPoint(30, -30));
        QCOMPARE(m_panel->morphPoint(), QPointF(1.0, 0.0));  // clamped to the square
        QCOMPARE(m_panel->currentZ(), m_panel->corner(1).z);
        QCOMPARE(m_panel->undoStack()->count(), 2);
    }

    void dragIsOneUndoStep()
    {
        const QPointF end = dragPad({{0.2, 0.2}, {0.3, 0.25}, {0.45, 0.35}, {0.6, 0.5}, {0.8, 0.6}});
        QCOMPARE(m_panel->morphPoint(), end);
        verifyZAtPoint("after the drag");
        QCOMPARE(m_panel->undoStack()->count(), 1);
        const std::vector<float> zEnd = m_panel->currentZ();

        const QPointF end2 = dragPad({{0.9, 0.9}, {0.7, 0.1}, {0.1, 0.3}});
        QCOMPARE(m_panel->undoStack()->count(), 2);
        QCOMPARE(m_panel->morphPoint(), end2);
        verifyZAtPoint("after the second drag");

        m_panel->undoStack()->undo();
        QCOMPARE(m_panel->morphPoint(), end);
        QCOMPARE(m_panel->pad()->point(), end);
        QCOMPARE(m_panel->currentZ(), zEnd);
        m_panel->undoStack()->undo();
        QCOMPARE(m_panel->morphPoint(), QPointF(0.5, 0.5));
        verifyZAtPoint("after undoing both drags");
        QVERIFY(near(m_panel->currentZ(), {0.0f, 0.0f}));
        m_panel->undoStack()->redo();
        QCOMPARE(m_panel->morphPoint(), end);
        QCOMPARE(m_panel->currentZ(), zEnd);
        m_panel->undoStack()->redo();
        QCOMPARE(m_panel->morphPoint(), end2);
        verifyZAtPoint("after redo");

        // A drag that comes back to where it started leaves no step.
        const QPoint start = padPixel(0.4, 0.4);
        const QPointF startPoint = m_panel->pad()->positionToPoint(QPointF(start));
        m_panel->setMorphPoint(startPoint.x(), startPoint.y());
        QCOMPARE(m_panel->morphPoint(), startPoint);
        const int steps = m_panel->undoStack()->count();
        dragPad({startPoint, {0.6, 0.6}, {0.7, 0.2}, startPoint});
        QCOMPARE(m_panel->morphPoint(), startPoint);
        QCOMPARE(m_panel->undoStack()->count(), steps);
    }

    void arrowKeysNudgeThePoint()
    {
        ui::XYPad *pad = m_panel->pad();
        pad->setFocus();
        QTest::keyClick(pad, Qt::Key_Right);
        QVERIFY(std::abs(m_panel->morphPoint().x() - 0.52) < 1e-9);
        QCOMPARE(m_panel->undoStack()->count(), 1);
        QTest::keyClick(pad, Qt::Key_Down, Qt::ShiftModifier);
        QVERIFY(std::abs(m_panel->morphPoint().y() - 0.6) < 1e-9);
        QCOMPARE(m_panel->undoStack()->count(), 2);
        verifyZAtPoint("after the arrow keys");
        // A held arrow key (auto-repeat) is one step.
        sendKey(pad, QEvent::KeyPress, Qt::Key_Left, false);
        for (int i = 0; i < 4; ++i)
            sendKey(pad, QEvent::KeyPress, Qt::Key_Left, true);
        sendKey(pad, QEvent::KeyRelease, Qt::Key_Left, false);
        QVERIFY(std::abs(m_panel->morphPoint().x() - 0.42) < 1e-9);
        QCOMPARE(m_panel->undoStack()->count(), 3);
        m_panel->undoStack()->undo();
        QVERIFY(std::abs(m_panel->morphPoint().x() - 0.52) < 1e-9);
        QTest::keyClick(pad, Qt::Key_Home);
        QCOMPARE(m_panel->morphPoint(), QPointF(0.5, 0.5));
        verifyZAtPoint("after Home");
    }

    void cornerComboIsAnUndoStep()
    {
        m_panel->setMorphPoint(0.3, 0.6);
        const std::vector<float> zBefore = m_panel->currentZ();
        const int steps = m_panel->undoStack()->count();
        choose(m_panel->cornerCombo(0), "Organ");
        QCOMPARE(m_panel->undoStack()->count(), steps + 1);
        QCOMPARE(m_panel->undoStack()->undoText(), QStringLiteral("Set Corner A to Organ"));
        QCOMPARE(m_panel->corner(0).name, QStringLiteral("Organ"));
        QCOMPARE(m_panel->corner(0).z, (std::vector<float>{0.0f, 0.0f}));
        QCOMPARE(m_panel->cornerCombo(0)->currentText(), QStringLiteral("Organ"));
        QCOMPARE(m_panel->pad()->cornerLabels().at(0), QStringLiteral("Organ"));
        verifyZAtPoint("corner A = Organ");
        QVERIFY(!near(m_panel->currentZ(), zBefore, 1e-3));
        // The same instrument again is no step.
        QVERIFY(m_panel->setCornerInstrument(0, m_panel->corner(0).instrument));
        QCOMPARE(m_panel->undoStack()->count(), steps + 1);
        // The keyboard on a combo: one step per item.
        m_panel->cornerCombo(3)->setFocus();
        QTest::keyClick(m_panel->cornerCombo(3), Qt::Key_Up);  // the instrument listed before Piano
        QCOMPARE(m_panel->undoStack()->count(), steps + 2);
        QCOMPARE(m_panel->corner(3).name, m_panel->cornerCombo(3)->currentText());
        verifyZAtPoint("after the keyboard on corner D");

        m_panel->undoStack()->undo();
        QCOMPARE(m_panel->corner(3).name, FakeTimbreModel::defaultCornerNames().at(3));
        QCOMPARE(m_panel->cornerCombo(3)->currentText(), FakeTimbreModel::defaultCornerNames().at(3));
        m_panel->undoStack()->undo();
        QCOMPARE(m_panel->corner(0).name, FakeTimbreModel::defaultCornerNames().at(0));
        QCOMPARE(m_panel->cornerCombo(0)->currentText(), FakeTimbreModel::defaultCornerNames().at(0));
        QCOMPARE(m_panel->pad()->cornerLabels().at(0),
                 FakeTimbreModel::defaultCornerNames().at(0).section(QStringLiteral(" ("), 0, 0));
        QCOMPARE(m_panel->currentZ(), zBefore);
        m_panel->undoStack()->redo();
        QCOMPARE(m_panel->corner(0).name, QStringLiteral("Organ"));
        verifyZAtPoint("after redo");
        // Invalid requests change nothing.
        QVERIFY(!m_panel->setCornerInstrument(0, 99));
        QVERIFY(!m_panel->setCornerInstrument(7, 0));
        QCOMPARE(m_panel->corner(0).name, QStringLiteral("Organ"));
    }

    void twoCornerModeAndSlider()
    {
        m_panel->setMorphPoint(0.3, 0.7);
        QVERIFY(!m_panel->morphSlider()->isVisible());
        QCheckBox *two = nullptr;
        for (QCheckBox *b : m_panel->findChildren<QCheckBox *>())
            if (b->text().contains("Two corners"))
                two = b;
        QVERIFY(two);
        QTest::mouseClick(two, Qt::LeftButton, {}, QPoint(8, two->height() / 2));  // on the box
        QVERIFY(m_panel->twoCornerMode());
        QVERIFY(m_panel->pad()->twoCornerMode());
        QVERIFY(m_panel->morphSlider()->isVisible());
        QVERIFY(!m_panel->cornerCombo(2)->isVisible());
        QVERIFY(!m_panel->cornerCombo(3)->isVisible());
        QCOMPARE(m_panel->pad()->point().y(), 0.0);
        QCOMPARE(m_panel->morphSlider()->value(), 300);
        // A to B only: z = 0.7 A + 0.3 B.
        auto w = m_panel->weights();
        QVERIFY(std::abs(w[0] - 0.7) < 1e-9 && std::abs(w[1] - 0.3) < 1e-9 && w[2] == 0 && w[3] == 0);
        std::vector<float> want(2);
        for (int k = 0; k < 2; ++k)
            want[k] = 0.7f * m_panel->corner(0).z[k] + 0.3f * m_panel->corner(1).z[k];
        QVERIFY2(near(m_panel->currentZ(), want), show(m_panel->currentZ()));
        const int steps = m_panel->undoStack()->count();

        // Keys on the slider: a step each.
        m_panel->morphSlider()->setFocus();
        QTest::keyClick(m_panel->morphSlider(), Qt::Key_Right);
        QCOMPARE(m_panel->undoStack()->count(), steps + 1);
        QVERIFY(std::abs(m_panel->morphPoint().x() - 0.301) < 1e-9);
        QTest::keyClick(m_panel->morphSlider(), Qt::Key_PageUp);
        QCOMPARE(m_panel->undoStack()->count(), steps + 2);
        const double afterKeys = m_panel->morphPoint().x();
        QVERIFY(afterKeys > 0.301);

        // A slider drag: one step.
        QSlider *slider = m_panel->morphSlider();
        slider->setSliderDown(true);
        for (int v : {400, 500, 650, 800})
            slider->setValue(v);
        slider->setSliderDown(false);
        QCOMPARE(m_panel->undoStack()->count(), steps + 3);
        QVERIFY(std::abs(m_panel->morphPoint().x() - 0.8) < 1e-9);
        w = m_panel->weights();
        QVERIFY(std::abs(w[0] - 0.2) < 1e-9 && std::abs(w[1] - 0.8) < 1e-9 && w[2] == 0 && w[3] == 0);
        verifyZAtPoint("after the slider drag");
        m_panel->undoStack()->undo();
        QVERIFY(std::abs(m_panel->morphPoint().x() - afterKeys) < 1e-9);
        QCOMPARE(slider->value(), int(std::lround(afterKeys * 1000)));
        verifyZAtPoint("after undoing the slider drag");

        // The pad keeps the point on the top edge and moves the slider.
        const QPoint at = padPixel(0.9, 0.8);
        QTest::mouseClick(m_panel->pad(), Qt::LeftButton, {}, at);
        const double x = m_panel->pad()->positionToPoint(QPointF(at)).x();
        QVERIFY(std::abs(m_panel->morphPoint().x() - x) < 1e-9);
        QCOMPARE(m_panel->pad()->point().y(), 0.0);
        QCOMPARE(slider->value(), int(std::lround(x * 1000)));
        w = m_panel->weights();
        QVERIFY(w[2] == 0 && w[3] == 0);
        verifyZAtPoint("after a click in two-corner mode");

        // Four corners again.
        QTest::mouseClick(two, Qt::LeftButton, {}, QPoint(8, two->height() / 2));  // on the box
        QVERIFY(!m_panel->twoCornerMode());
        QVERIFY(!slider->isVisible());
        QVERIFY(m_panel->cornerCombo(2)->isVisible());
        verifyZAtPoint("back in four-corner mode");
        m_panel->setMorphPoint(0.5, 1.0);
        w = m_panel->weights();
        QVERIFY(std::abs(w[2] - 0.5) < 1e-9 && std::abs(w[3] - 0.5) < 1e-9);
    }

    void wavRecordingAsCorner()
    {
        m_panel->setMorphPoint(0.25, 0.75);
        const QString path = writeTone("bright note.wav", decayingTone(44100, 220.0, 1.6, 0.25), 44100);
        const int steps = m_panel->undoStack()->count();
        QString error;
        QVERIFY2(m_panel->setCornerFromWav(2, path, &error), qPrintable(error));
        QCOMPARE(m_panel->undoStack()->count(), steps + 1);
        const ui::MorphCorner c = m_panel->corner(2);
        QCOMPARE(c.instrument, -1);
        QCOMPARE(c.wavPath, QFileInfo(path).absoluteFilePath());
        QCOMPARE(c.name, QStringLiteral("bright note.wav"));
        QCOMPARE(int(c.z.size()), 2);
        for (float v : c.z)
            QVERIFY2(std::isfinite(v) && std::abs(v) < 0.9f, show(c.z));
        QVERIFY(m_panel->cornerCombo(2)->currentText().contains("bright note.wav"));
        QCOMPARE(m_panel->pad()->cornerLabels().at(2), QStringLiteral("bright note.wav"));
        QVERIFY(m_panel->statusLabel()->text().contains("bright note.wav"));
        verifyZAtPoint("with a recording in corner C");
        QCOMPARE(m_panel->plots()->mapPointCount(), 7);  // six instruments and the recording

        // Another recording gives another timbre.
        const QString dark = writeTone("dark.wav", decayingTone(48000, 110.0, 1.2, 2.5), 48000);
        QVERIFY2(m_panel->setCornerFromWav(3, dark, &error), qPrintable(error));
        QCOMPARE(m_panel->undoStack()->count(), steps + 2);
        QVERIFY2(!near(m_panel->corner(3).z, c.z, 1e-3), show(m_panel->corner(3).z) + " " + show(c.z));
        verifyZAtPoint("with two recordings");

        // The recordings are offered in every corner's combo.
        choose(m_panel->cornerCombo(0), "Recording: bright note.wav");
        QCOMPARE(m_panel->undoStack()->count(), steps + 3);
        QCOMPARE(m_panel->corner(0).z, c.z);
        QCOMPARE(m_panel->corner(0).wavPath, c.wavPath);
        verifyZAtPoint("recording in corner A too");

        // Undo restores the instruments, redo the recordings.
        m_panel->undoStack()->undo();
        m_panel->undoStack()->undo();
        m_panel->undoStack()->undo();
        QCOMPARE(m_panel->corner(2).name, FakeTimbreModel::defaultCornerNames().at(2));
        QCOMPARE(m_panel->corner(2).instrument >= 0, true);
        QCOMPARE(m_panel->cornerCombo(2)->currentText(), FakeTimbreModel::defaultCornerNames().at(2));
        QCOMPARE(m_panel->corner(0).name, FakeTimbreModel::defaultCornerNames().at(0));
        verifyZAtPoint("after undo");
        m_panel->undoStack()->redo();
        QCOMPARE(m_panel->corner(2).z, c.z);
        QCOMPARE(m_panel->corner(2).instrument, -1);
        QVERIFY(m_panel->cornerCombo(2)->currentText().contains("bright note.wav"));
        verifyZAtPoint("after redo");
    }

    void badWavLeavesCornerUnchanged_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("kind");
        QTest::newRow("missing") << "missing.wav" << 0;
        QTest::newRow("random bytes") << "noise-bytes.wav" << 1;
        QTest::newRow("truncated header") << "truncated.wav" << 2;
        QTest::newRow("silent") << "silent.wav" << 3;
        QTest::newRow("too short") << "click.wav" << 4;
    }

    void badWavLeavesCornerUnchanged()
    {
        QFETCH(QString, name);
        QFETCH(int, kind);
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        if (kind == 1 || kind == 2) {
            QByteArray bytes;
            if (kind == 1) {
                QRandomGenerator rng(1234);
                for (int i = 0; i < 6000; ++i)
                    bytes.append(char(rng.bounded(256)));
            } else {
                const QString good = writeTone("whole.wav", decayingTone(44100, 220.0, 0.5, 0.5), 44100);
                QFile f(good);
                QVERIFY(f.open(QIODevice::ReadOnly));
                bytes = f.read(30);  // the RIFF header, cut inside the fmt chunk
            }
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        } else if (kind == 3) {
            writeTone(name, std::vector<float>(44100, 0.0f), 44100);
        } else if (kind == 4) {
            std::vector<float> click = decayingTone(16000, 440.0, 0.03, 0.5, 0.0);
            writeTone(name, click, 16000);
        }
        m_panel->setMorphPoint(0.6, 0.2);
        const ui::MorphCorner before = m_panel->corner(1);
        const std::vector<float> z = m_panel->currentZ();
        const int steps = m_panel->undoStack()->count();
        const int comboItems = m_panel->cornerCombo(1)->count();
        QString error;
        QVERIFY(!m_panel->setCornerFromWav(1, path, &error));
        QVERIFY2(error.contains(name), qPrintable(error));
        QVERIFY2(m_panel->statusLabel()->text().contains(name), qPrintable(m_panel->statusLabel()->text()));
        QVERIFY(m_panel->corner(1) == before);
        QCOMPARE(m_panel->currentZ(), z);
        QCOMPARE(m_panel->undoStack()->count(), steps);
        QCOMPARE(m_panel->cornerCombo(1)->currentText(), before.name);
        QCOMPARE(m_panel->cornerCombo(1)->count(), comboItems);  // no recording was added
    }

    void noModelDisablesEverything()
    {
        QTest::keyPress(m_panel->pad(), Qt::Key_A);
        m_panel->setMorphPoint(0.2, 0.2);
        QVERIFY(m_panel->undoStack()->count() > 0);
        m_panel->setModel(nullptr);
        QVERIFY(!m_panel->hasModel());
        QCOMPARE(m_panel->modelCombo()->count(), 0);
        QCOMPARE(m_engine->liveInstrumentCount(), 0);
        QVERIFY(!m_panel->voiceEngine());
        QCOMPARE(m_panel->undoStack()->count(), 0);
        QCOMPARE(m_panel->heldNoteCount(), 0);
        QVERIFY2(m_panel->statusLabel()->text().contains(".timbre.json"), qPrintable(m_panel->statusLabel()->text()));
        QVERIFY(m_panel->modelCombo()->isEnabled());
        for (QWidget *w : m_panel->findChildren<QWidget *>()) {
            const bool control = qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractButton *>(w)
                                 || qobject_cast<QAbstractSlider *>(w) || qobject_cast<QAbstractSpinBox *>(w);
            if (!control || qobject_cast<QScrollBar *>(w) || w == m_panel->modelCombo()
                || w->toolTip().contains(".timbre.json"))
                continue;  // the chooser and its Rescan
            QVERIFY2(!w->isEnabled(), qPrintable(w->metaObject()->className() + QStringLiteral(" ")
                                                 + w->objectName() + " " + w->toolTip()));
        }
        QVERIFY(!m_panel->pad()->isEnabled());
        QVERIFY(!m_panel->keyboard()->isEnabled());
        // Nothing plays, moves or exports.
        QTest::keyPress(m_panel->pad(), Qt::Key_S);
        QCOMPARE(m_panel->heldNoteCount(), 0);
        m_panel->noteOn(60, 100);
        QCOMPARE(m_panel->heldNoteCount(), 0);
        m_panel->setMorphPoint(0.9, 0.9);
        QCOMPARE(m_panel->undoStack()->count(), 0);
        QVERIFY(m_panel->currentZ().empty());
        QString error;
        QVERIFY(!m_panel->exportNote(m_dir.filePath("none.wav"), 60, 100, 0.5, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(m_dir.filePath("none.wav")));
        const QString tone = writeTone("tone-nomodel.wav", decayingTone(44100, 220, 0.5, 0.5), 44100);
        QVERIFY(!m_panel->setCornerFromWav(0, tone, &error));

        // A model file that does not load: its error, still nothing enabled.
        m_panel->setModelFiles({"/nowhere/broken.timbre.json"});
        QVERIFY(!m_panel->hasModel());
        QVERIFY2(m_panel->statusLabel()->text().contains("broken.timbre.json"),
                 qPrintable(m_panel->statusLabel()->text()));
        QVERIFY(!m_panel->pad()->isEnabled());
        // One that does: everything comes back, with the default corners.
        QSignalSpy changed(m_panel, &ui::MorphPanel::modelChanged);
        m_panel->setModelFiles({"/nowhere/broken.timbre.json", "/nowhere/good.timbre.json"});
        const int good = m_panel->modelCombo()->findData("/nowhere/good.timbre.json");
        QVERIFY(good >= 0);
        m_panel->modelCombo()->setCurrentIndex(good);
        QVERIFY(m_panel->hasModel());
        QVERIFY(changed.count() >= 1);
        QVERIFY(m_panel->pad()->isEnabled());
        QVERIFY(m_panel->keyboard()->isEnabled());
        QVERIFY(m_panel->cornerCombo(0)->isEnabled());
        QCOMPARE(m_engine->liveInstrumentCount(), 1);
        QCOMPARE(m_panel->corner(0).name, FakeTimbreModel::defaultCornerNames().at(0));
        const int played = m_panel->phraseNoteCount();
        QTest::keyPress(m_panel->pad(), Qt::Key_A);
        QCOMPARE(m_panel->heldNoteCount(), 1);
        QTest::keyRelease(m_panel->pad(), Qt::Key_A);
        QCOMPARE(m_panel->heldNoteCount(), 0);
        QCOMPARE(m_panel->phraseNoteCount(), played + 1);
    }

    void modelChangeResetsCornersAndHistory()
    {
        QString error;
        const QString tone = writeTone("tone-change.wav", decayingTone(44100, 330, 0.8, 0.7), 44100);
        QVERIFY2(m_panel->setCornerFromWav(0, tone, &error), qPrintable(error));
        m_panel->setMorphPoint(0.1, 0.9);
        QVERIFY(m_panel->undoStack()->count() == 2);
        const auto oldVoices = m_panel->voiceEngine();
        m_panel->setModel(std::make_shared<FakeTimbreModel>());
        QCOMPARE(m_panel->undoStack()->count(), 0);
        QVERIFY(m_panel->voiceEngine() && m_panel->voiceEngine() != oldVoices);
        QCOMPARE(m_engine->liveInstrumentCount(), 1);
        for (int c = 0; c < 4; ++c) {
            QCOMPARE(m_panel->corner(c).name, FakeTimbreModel::defaultCornerNames().at(c));
            QCOMPARE(m_panel->cornerCombo(c)->findText("Recording:", Qt::MatchStartsWith), -1);
        }
        verifyZAtPoint("after a model change");
    }
};

QTEST_MAIN(TestMorphPanel)
#include "test_morphpanel.moc"
