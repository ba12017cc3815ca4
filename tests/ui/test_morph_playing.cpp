// Playing the Sound-Morph panel and exporting what it plays, with the
// analytic FakeTimbreModel: the on-screen and computer keyboards
// (auto-repeat ignored), two sources on one pitch, the studio's MIDI input
// (from its own thread, only while the panel is shown), held notes
// following the morph point through a running AudioEngine (NullAudioDevice),
// the recorded phrase, WAV export of a note and of the phrase (length,
// loudness, timbre; the UI runs during a long render), and playing without
// a running audio engine.

#include "MorphPanelFixture.h"

class TestMorphPlaying : public MorphPanelFixture {
    Q_OBJECT
private slots:
    void initTestCase() { setUpCase(); }
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void onScreenKeyboardPlaysNotes()
    {
        ui::OnScreenKeyboard *kb = m_panel->keyboard();
        QVERIFY(kb->lowest() <= 48 && kb->highest() >= 84);
        QCOMPARE(kb->pitchAt(kb->keyCentre(60)), 60);
        QCOMPARE(kb->pitchAt(kb->keyCentre(61)), 61);
        QVERIFY(kb->velocityAt(kb->keyCentre(60, 0.95), 60) > kb->velocityAt(kb->keyCentre(60, 0.05), 60));

        const QPoint c4 = kb->keyCentre(60, 0.9);
        QTest::mousePress(kb, Qt::LeftButton, {}, c4);
        QCOMPARE(m_panel->heldNoteCount(), 1);
        QVERIFY(kb->isHeld(60));
        auto phrase = m_panel->phrase();
        QCOMPARE(int(phrase.size()), 1);
        QVERIFY(phrase[0].message.isNoteOn());
        QCOMPARE(int(phrase[0].message.data1), 60);
        QCOMPARE(int(phrase[0].message.data2), kb->velocityAt(c4, 60));
        QCOMPARE(phrase[0].time_s, 0.0);
        // Glissando: dragging onto the black key next to it.
        const QPoint cs4 = kb->keyCentre(61, 0.5);
        QMouseEvent move(QEvent::MouseMove, QPointF(cs4), kb->mapToGlobal(QPointF(cs4)), Qt::NoButton, Qt::LeftButton,
                         {});
        QApplication::sendEvent(kb, &move);
        QCOMPARE(m_panel->heldNoteCount(), 1);
        QVERIFY(kb->isHeld(61));
        QVERIFY(!kb->isHeld(60));
        QTest::mouseRelease(kb, Qt::LeftButton, {}, cs4);
        QCOMPARE(m_panel->heldNoteCount(), 0);
        QVERIFY(!kb->isHeld(61));
        phrase = m_panel->phrase();
        QCOMPARE(noteOnCount(phrase), 2);
        QCOMPARE(noteOffCount(phrase, 60), 1);
        QCOMPARE(noteOffCount(phrase, 61), 1);
        QCOMPARE(m_panel->phraseNoteCount(), 2);
        for (std::size_t i = 1; i < phrase.size(); ++i)
            QVERIFY(phrase[i].time_s >= phrase[i - 1].time_s);
        // The last message is the release of C#4.
        QVERIFY(phrase.back().message.isNoteOff());
        QCOMPARE(int(phrase.back().message.data1), 61);
        m_panel->clearPhrase();
        QCOMPARE(m_panel->phraseNoteCount(), 0);
        QVERIFY(m_panel->phrase().empty());
    }

    void computerKeyboardPlaysNotes()
    {
        QWidget *pad = m_panel->pad();  // the focus is on the pad; letters go on to the panel
        pad->setFocus();
        QCOMPARE(m_panel->keyboardOctave(), 4);
        // A D G: C E G of octave 4, velocity 100.
        QTest::keyPress(pad, Qt::Key_A);
        QTest::keyPress(pad, Qt::Key_D);
        QTest::keyPress(pad, Qt::Key_G);
        QCOMPARE(m_panel->heldNoteCount(), 3);
        for (int p : {60, 64, 67})
            QVERIFY2(m_panel->keyboard()->isHeld(p), qPrintable(QString::number(p)));
        auto phrase = m_panel->phrase();
        QCOMPARE(noteOnCount(phrase), 3);
        QCOMPARE(noteOnCount(phrase, 60), 1);
        QCOMPARE(noteOnCount(phrase, 64), 1);
        QCOMPARE(noteOnCount(phrase, 67), 1);
        for (const TimedMidi &e : phrase)
            QCOMPARE(int(e.message.data2), 100);
        QTest::keyRelease(pad, Qt::Key_D);
        QCOMPARE(m_panel->heldNoteCount(), 2);
        QVERIFY(!m_panel->keyboard()->isHeld(64));
        QTest::keyRelease(pad, Qt::Key_A);
        QTest::keyRelease(pad, Qt::Key_G);
        QCOMPARE(m_panel->heldNoteCount(), 0);
        QCOMPARE(noteOffCount(m_panel->phrase()), 3);

        // Auto-repeat neither retriggers nor releases.
        const std::size_t before = m_panel->phrase().size();
        sendKey(pad, QEvent::KeyPress, Qt::Key_W, false);  // C#4
        for (int i = 0; i < 5; ++i) {
            sendKey(pad, QEvent::KeyRelease, Qt::Key_W, true);
            sendKey(pad, QEvent::KeyPress, Qt::Key_W, true);
        }
        QCOMPARE(m_panel->heldNoteCount(), 1);
        QCOMPARE(m_panel->phrase().size(), before + 1);
        QCOMPARE(noteOnCount(m_panel->phrase(), 61), 1);
        sendKey(pad, QEvent::KeyRelease, Qt::Key_W, false);
        QCOMPARE(m_panel->heldNoteCount(), 0);
        QCOMPARE(m_panel->phrase().size(), before + 2);

        // The whole row: A W S E D F T G Y H U J K = C4 .. C5.
        const Qt::Key row[] = {Qt::Key_A, Qt::Key_W, Qt::Key_S, Qt::Key_E, Qt::Key_D, Qt::Key_F, Qt::Key_T,
                               Qt::Key_G, Qt::Key_Y, Qt::Key_H, Qt::Key_U, Qt::Key_J, Qt::Key_K};
        m_panel->clearPhrase();
        for (int i = 0; i < 13; ++i) {
            QTest::keyClick(pad, row[i]);
            const auto p = m_panel->phrase();
            QCOMPARE(noteOnCount(p), i + 1);
            QCOMPARE(int(p[p.size() - 2].message.data1), 60 + i);
        }
        QCOMPARE(m_panel->heldNoteCount(), 0);

        // X / Z move the octave; auto-repeat does not.
        m_panel->clearPhrase();
        QTest::keyClick(pad, Qt::Key_X);
        QCOMPARE(m_panel->keyboardOctave(), 5);
        sendKey(pad, QEvent::KeyPress, Qt::Key_X, true);
        QCOMPARE(m_panel->keyboardOctave(), 5);
        QTest::keyPress(pad, Qt::Key_A);
        QVERIFY(m_panel->keyboard()->isHeld(72));
        QTest::keyRelease(pad, Qt::Key_A);
        QTest::keyClick(pad, Qt::Key_Z);
        QTest::keyClick(pad, Qt::Key_Z);
        QCOMPARE(m_panel->keyboardOctave(), 3);
        QTest::keyPress(pad, Qt::Key_K);
        QVERIFY(m_panel->keyboard()->isHeld(60));
        // A key pressed in one octave is released as the note it played.
        QTest::keyClick(pad, Qt::Key_X);
        QTest::keyRelease(pad, Qt::Key_K);
        QCOMPARE(m_panel->heldNoteCount(), 0);
        QCOMPARE(noteOffCount(m_panel->phrase(), 60), 1);
        // Ctrl+A is not a note.
        const std::size_t n = m_panel->phrase().size();
        QTest::keyClick(pad, Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(m_panel->phrase().size(), n);
        QCOMPARE(m_panel->heldNoteCount(), 0);
        // Hiding the panel releases the computer keys still down.
        m_panel->clearPhrase();
        QCOMPARE(m_panel->keyboardOctave(), 4);
        QTest::keyPress(pad, Qt::Key_S);
        QCOMPARE(m_panel->heldNoteCount(), 1);
        m_panel->hide();
        QCOMPARE(m_panel->heldNoteCount(), 0);
        QCOMPARE(noteOnCount(m_panel->phrase(), 62), 1);
        QCOMPARE(noteOffCount(m_panel->phrase(), 62), 1);
    }

    void twoSourcesOnOnePitch()
    {
        ui::OnScreenKeyboard *kb = m_panel->keyboard();
        QTest::mousePress(kb, Qt::LeftButton, {}, kb->keyCentre(60));
        QTest::keyPress(m_panel->pad(), Qt::Key_A);  // C4 as well
        QCOMPARE(m_panel->heldNoteCount(), 1);
        QCOMPARE(noteOnCount(m_panel->phrase(), 60), 2);  // retriggered
        QTest::mouseRelease(kb, Qt::LeftButton, {}, kb->keyCentre(60));
        QCOMPARE(m_panel->heldNoteCount(), 1);  // the key still holds it
        QVERIFY(kb->isHeld(60));
        QTest::keyRelease(m_panel->pad(), Qt::Key_A);
        QCOMPARE(m_panel->heldNoteCount(), 0);
        QVERIFY(!kb->isHeld(60));
        // Every note-on has its note-off.
        QCOMPARE(noteOffCount(m_panel->phrase(), 60), 2);
        // All notes off releases everything.
        QTest::keyPress(m_panel->pad(), Qt::Key_A);
        QTest::keyPress(m_panel->pad(), Qt::Key_S);
        QCOMPARE(m_panel->heldNoteCount(), 2);
        m_panel->allNotesOff();
        QCOMPARE(m_panel->heldNoteCount(), 0);
        QVERIFY(!kb->isHeld(60) && !kb->isHeld(62));
        QTest::keyRelease(m_panel->pad(), Qt::Key_A);  // nothing left to release
        QCOMPARE(m_panel->heldNoteCount(), 0);
    }

    void heldNotesFollowTheMorphLive()
    {
        auto voices = m_panel->voiceEngine();
        QVERIFY(voices);
        const int decodesBefore = m_model->decodeCalls();
        QTest::keyPress(m_panel->pad(), Qt::Key_A);
        QTRY_VERIFY_WITH_TIMEOUT(voices->activeVoices() > 0, 3000);
        QTRY_VERIFY_WITH_TIMEOUT(peakOf(voices->lastBlock()) > 1e-3, 3000);
        QVERIFY(m_model->decodeCalls() > decodesBefore);
        QTRY_VERIFY_WITH_TIMEOUT(m_panel->plots()->sourceText().startsWith("Live"), 3000);

        auto ratioNow = [&] {
            core::timbre::TimbreFrame frame{};
            double f0 = 0;
            if (!voices->lastFrame(&frame, &f0) || !(frame.harmonics[0] > 0))
                return -1.0;
            return double(frame.harmonics[1]) / frame.harmonics[0];
        };
        for (QPointF p : {QPointF(1, 1), QPointF(0, 0), QPointF(0.3, 0.8)}) {
            dragPad({p});
            const double want = fakeHarmonicRatio(m_panel->currentZ());
            QTRY_VERIFY2_WITH_TIMEOUT(std::abs(ratioNow() - want) < 1e-3 * std::max(1.0, want),
                                      qPrintable(QStringLiteral("ratio %1, want %2").arg(ratioNow()).arg(want)),
                                      3000);
        }
        QTest::keyRelease(m_panel->pad(), Qt::Key_A);
        QTRY_COMPARE_WITH_TIMEOUT(voices->activeVoices(), 0, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(m_panel->plots()->sourceText().startsWith("Preview"), 3000);
    }

    void midiFromAPortThread()
    {
        // What RtMidi's input thread delivers for an open port: a chord from
        // another thread sounds, shows on the keyboard and is recorded.
        m_panel->clearPhrase();
        auto voices = m_panel->voiceEngine();
        QVERIFY(voices);
        QTRY_COMPARE_WITH_TIMEOUT(voices->activeVoices(), 0, 5000);
        std::thread midi([this] {
            for (int pitch : {60, 64, 67})
                m_panel->midiFromPort(core::MidiMessage::noteOn(0, pitch, 90));
        });
        midi.join();
        QTRY_COMPARE_WITH_TIMEOUT(voices->activeVoices(), 3, 3000);
        QTRY_COMPARE_WITH_TIMEOUT(m_panel->heldNoteCount(), 3, 3000);
        QVERIFY(m_panel->keyboard()->isHeld(64));
        std::thread release([this] {
            for (int pitch : {60, 64, 67})
                m_panel->midiFromPort(core::MidiMessage::noteOff(0, pitch));
        });
        release.join();
        QTRY_COMPARE_WITH_TIMEOUT(m_panel->heldNoteCount(), 0, 3000);
        QTRY_COMPARE_WITH_TIMEOUT(voices->activeVoices(), 0, 5000);
        QCOMPARE(m_panel->phraseNoteCount(), 3);
        QCOMPARE(noteOffCount(m_panel->phrase(), 64), 1);
        m_panel->clearPhrase();
    }

    void studioInputPlaysThePanelWhileItIsShown()
    {
        // The studio's one input (MidiInputHub): the panel in front plays
        // what comes in; hidden, it leaves the input to the other instruments.
        core::MidiInputHub hub(m_engine->clock());
        m_panel->setMidiInput(&hub, nullptr);
        m_panel->clearPhrase();
        auto voices = m_panel->voiceEngine();
        QVERIFY(voices);
        QTRY_COMPARE_WITH_TIMEOUT(voices->activeVoices(), 0, 5000);
        hub.post(core::MidiMessage::noteOn(0, 60, 90));
        QTRY_COMPARE_WITH_TIMEOUT(m_panel->heldNoteCount(), 1, 3000);
        hub.post(core::MidiMessage::noteOff(0, 60));
        QTRY_COMPARE_WITH_TIMEOUT(m_panel->heldNoteCount(), 0, 3000);
        m_panel->hide();
        hub.post(core::MidiMessage::noteOn(0, 62, 90));
        QTest::qWait(100);
        QCOMPARE(m_panel->heldNoteCount(), 0);
        hub.post(core::MidiMessage::noteOff(0, 62));
        m_panel->show();
        QCOMPARE(m_panel->phraseNoteCount(), 1);
        m_panel->setMidiInput(nullptr, nullptr);
        m_panel->clearPhrase();
    }

    void midiInputPorts()
    {
        QCOMPARE(m_panel->midiInputCombo()->itemText(0), QStringLiteral("None"));
        QString error;
        QVERIFY(m_panel->openMidiInput(QString(), &error));
        QVERIFY(!m_panel->openMidiInput("No Such Port 4711", &error));
        QVERIFY2(error.contains("No Such Port 4711"), qPrintable(error));
        QVERIFY(m_panel->statusLabel()->text().contains("No Such Port 4711"));
        QCOMPARE(m_panel->midiInputCombo()->currentIndex(), 0);
    }

    void exportNoteWritesTheMorph()
    {
        // Flute corner alone, then Piano corner alone.
        QTest::mouseClick(m_panel->pad(), Qt::LeftButton, {}, padPixel(0, 0) - QPoint(20, 20));
        QCOMPARE(m_panel->morphPoint(), QPointF(0, 0));
        const std::vector<float> zA = m_panel->currentZ();
        const QString a = m_dir.filePath("note-a.wav");
        QString error;
        QVERIFY2(m_panel->exportNote(a, 60, 100, 0.5, &error), qPrintable(error));
        QVERIFY(m_panel->statusLabel()->text().contains("note-a.wav"));
        QVERIFY(!QFile::exists(a + ".part"));

        QTest::mouseClick(m_panel->pad(), Qt::LeftButton, {}, padPixel(1, 1) + QPoint(20, 20));
        QCOMPARE(m_panel->morphPoint(), QPointF(1, 1));
        const std::vector<float> zD = m_panel->currentZ();
        const QString d = m_dir.filePath("note-d.wav");
        QVERIFY2(m_panel->exportNote(d, 60, 100, 0.5, &error), qPrintable(error));

        int rateA = 0, rateD = 0;
        const std::vector<float> xa = readBack(a, &rateA), xd = readBack(d, &rateD);
        QCOMPARE(rateA, 48000);
        QCOMPARE(rateD, 48000);
        // Held 0.5 s, then the release (0.3 s) and a short tail.
        const double release = m_panel->envelope().release_s;
        const double len = double(xa.size()) / 48000;
        QVERIFY2(len >= 0.5 + release && len <= 0.5 + release + 0.25, qPrintable(QString::number(len)));
        QCOMPARE(xd.size(), xa.size());
        // Sounding while held, silent at the end.
        for (const auto *x : {&xa, &xd}) {
            QVERIFY(rmsOf(*x, 4800, 9600) > 0.01);
            QVERIFY(rmsOf(*x, 19200, 24000) > 0.3 * rmsOf(*x, 4800, 9600));
            QVERIFY2(peakOf(*x, x->size() - 480) < 0.02 * peakOf(*x), "the release has died away at the end");
        }
        // The timbre is the morph's: 2nd / 1st harmonic as the decoder makes it.
        const double f0 = pitchHz(60);
        const double ra = toneLevel(xa, 48000, 2 * f0, 0.1, 0.45) / toneLevel(xa, 48000, f0, 0.1, 0.45);
        const double rd = toneLevel(xd, 48000, 2 * f0, 0.1, 0.45) / toneLevel(xd, 48000, f0, 0.1, 0.45);
        QVERIFY2(std::abs(ra - fakeHarmonicRatio(zA)) < 0.15 * fakeHarmonicRatio(zA) + 0.01,
                 qPrintable(QStringLiteral("corner A: %1 vs %2").arg(ra).arg(fakeHarmonicRatio(zA))));
        QVERIFY2(std::abs(rd - fakeHarmonicRatio(zD)) < 0.15 * fakeHarmonicRatio(zD) + 0.01,
                 qPrintable(QStringLiteral("corner D: %1 vs %2").arg(rd).arg(fakeHarmonicRatio(zD))));
        QVERIFY(rd > 3 * ra);

        // Gain and release: half the level, a longer file.
        m_panel->setGain(0.5);
        auto env = m_panel->envelope();
        env.release_s = 1.0;
        m_panel->setEnvelope(env);
        QCOMPARE(m_panel->envelope().release_s, 1.0);
        const QString q = m_dir.filePath("note-quiet.wav");
        QVERIFY2(m_panel->exportNote(q, 60, 100, 0.5, &error), qPrintable(error));
        int rate = 0;
        const std::vector<float> xq = readBack(q, &rate);
        QCOMPARE(std::ptrdiff_t(xq.size()) - std::ptrdiff_t(xd.size()), std::ptrdiff_t(0.7 * 48000));
        const double level = rmsOf(xq, 4800, 9600) / rmsOf(xd, 4800, 9600);
        QVERIFY2(std::abs(level - m_panel->gain()) < 0.02, qPrintable(QString::number(level)));
        QVERIFY(std::abs(m_panel->gain() - 0.5) < 0.01);

        // Bad requests fail with a message and write nothing.
        const QString bad = m_dir.filePath("bad.wav");
        QVERIFY(!m_panel->exportNote(bad, 130, 100, 0.5, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!m_panel->exportNote(bad, 60, 0, 0.5, &error));
        QVERIFY(!m_panel->exportNote(bad, 60, 100, 0.0, &error));
        QVERIFY(!m_panel->exportNote(m_dir.filePath("no/such/dir/x.wav"), 60, 100, 0.5, &error));
        QVERIFY2(error.contains("x.wav"), qPrintable(error));
        QVERIFY(!QFile::exists(bad));
    }

    void exportPhraseAfterPlaying()
    {
        QWidget *pad = m_panel->pad();
        QPushButton *exportPhrase = button("Phrase as WAV");
        QVERIFY(exportPhrase);
        QVERIFY(!exportPhrase->isEnabled());
        QString error;
        QVERIFY(!m_panel->exportPhrase(m_dir.filePath("empty.wav"), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(m_dir.filePath("empty.wav")));

        QTest::keyPress(pad, Qt::Key_A);  // C4
        QVERIFY(exportPhrase->isEnabled());
        QTest::qWait(150);
        QTest::keyPress(pad, Qt::Key_G);  // G4
        QTest::qWait(100);
        QTest::keyRelease(pad, Qt::Key_A);
        QTest::keyRelease(pad, Qt::Key_G);
        QCOMPARE(m_panel->phraseNoteCount(), 2);
        const auto phrase = m_panel->phrase();
        double tG = -1;
        for (const TimedMidi &e : phrase)
            if (e.message.isNoteOn() && e.message.data1 == 67)
                tG = e.time_s;
        QVERIFY2(tG >= 0.14 && tG < 1.0, qPrintable(QString::number(tG)));
        const QString path = m_dir.filePath("phrase.wav");
        QVERIFY2(m_panel->exportPhrase(path, &error), qPrintable(error));
        int rate = 0;
        const std::vector<float> x = readBack(path, &rate);
        QCOMPARE(rate, 48000);
        const double len = double(x.size()) / rate;
        const double last = phrase.back().time_s;
        const double release = m_panel->envelope().release_s;
        QVERIFY2(len >= last + release && len <= last + release + 0.25, qPrintable(QString::number(len)));
        // C4 from the start, G4 only from its note-on.
        const double g = pitchHz(67), c = pitchHz(60);
        const double gBefore = toneLevel(x, rate, g, 0.02, tG - 0.01);
        const double gAfter = toneLevel(x, rate, g, tG + 0.02, tG + 0.09);
        QVERIFY2(toneLevel(x, rate, c, 0.02, tG - 0.01) > 1e-3, "C4 sounds from the start");
        QVERIFY2(gAfter > 10 * gBefore, qPrintable(QStringLiteral("G4 %1 before, %2 after").arg(gBefore).arg(gAfter)));

        // A note still held at the end is let go half a second later.
        QTest::keyPress(pad, Qt::Key_E);
        const double held = m_panel->phrase().back().time_s;
        const QString path2 = m_dir.filePath("phrase-held.wav");
        QVERIFY2(m_panel->exportPhrase(path2, &error), qPrintable(error));
        QTest::keyRelease(pad, Qt::Key_E);
        const std::vector<float> x2 = readBack(path2, &rate);
        const double len2 = double(x2.size()) / rate;
        QVERIFY2(len2 >= held + 0.5 + release && len2 <= held + 0.5 + release + 0.25, qPrintable(QString::number(len2)));
        QVERIFY(rmsOf(x2, std::size_t((held + 0.1) * rate), std::size_t((held + 0.45) * rate)) > 0.01);

        m_panel->clearPhrase();
        QVERIFY(!exportPhrase->isEnabled());
    }

    void longExportKeepsTheUiRunning()
    {
        auto slow = std::make_shared<SlowFakeModel>();
        m_panel->setModel(slow);
        QCOMPARE(m_panel->modelCombo()->currentText(), QStringLiteral("slow-fake"));
        bool sawExporting = false, secondRefused = false;
        QString secondError;
        QTimer::singleShot(100, m_panel, [&] {
            sawExporting = m_panel->isExporting();
            secondRefused = !m_panel->exportNote(m_dir.filePath("second.wav"), 60, 100, 0.5, &secondError);
        });
        const QString path = m_dir.filePath("long.wav");
        QString error;
        QVERIFY2(m_panel->exportNote(path, 64, 90, 2.5, &error), qPrintable(error));
        QVERIFY2(sawExporting, "the UI ran while the long note rendered");
        QVERIFY(secondRefused);
        QVERIFY(!secondError.isEmpty());
        QVERIFY(!QFile::exists(m_dir.filePath("second.wav")));
        QVERIFY(!m_panel->isExporting());
        int rate = 0;
        const std::vector<float> x = readBack(path, &rate);
        const double len = double(x.size()) / rate;
        QVERIFY2(len >= 2.5 + m_panel->envelope().release_s && len <= 3.05, qPrintable(QString::number(len)));
        QVERIFY(rmsOf(x, std::size_t(2.0 * rate), std::size_t(2.4 * rate)) > 0.01);
    }

    void worksWithoutARunningEngine()
    {
        delete m_panel;
        m_panel = nullptr;
        QCOMPARE(m_engine->liveInstrumentCount(), 0);
        m_engine->shutdown();

        // No engine at all.
        m_panel = makePanel(nullptr);
        QVERIFY(QTest::qWaitForWindowExposed(m_panel));
        QVERIFY(m_panel->hasModel());
        QVERIFY2(m_panel->audioLabel()->text().startsWith("Audio is off"), qPrintable(m_panel->audioLabel()->text()));
        QVERIFY(m_panel->voiceEngine());
        QCOMPARE(m_panel->voiceEngine()->sampleRate(), ui::MorphPanel::kExportSampleRate);
        QSignalSpy preview(m_panel, &ui::MorphPanel::previewUpdated);
        dragPad({{0.1, 0.1}, {0.7, 0.2}});
        QCOMPARE(m_panel->undoStack()->count(), 1);
        verifyZAtPoint("without an engine");
        QVERIFY(preview.wait(3000));
        QTRY_VERIFY_WITH_TIMEOUT(!m_panel->previewPending(), 3000);
        QVERIFY(m_panel->plots()->sourceText().startsWith("Preview"));
        QTest::keyPress(m_panel->pad(), Qt::Key_A);
        QCOMPARE(m_panel->heldNoteCount(), 1);
        QTest::keyRelease(m_panel->pad(), Qt::Key_A);
        QCOMPARE(m_panel->phraseNoteCount(), 1);
        QString error;
        QVERIFY2(m_panel->exportPhrase(m_dir.filePath("offline-phrase.wav"), &error), qPrintable(error));
        QVERIFY2(m_panel->exportNote(m_dir.filePath("offline-note.wav"), 60, 100, 0.3, &error), qPrintable(error));
        int rate = 0;
        QVERIFY(peakOf(readBack(m_dir.filePath("offline-note.wav"), &rate)) > 0.01);
        delete m_panel;

        // An engine that is not running: the instrument is registered and
        // plays once the audio starts (at the device's rate).
        m_panel = makePanel(m_engine);
        QVERIFY(!m_engine->isRunning());
        QCOMPARE(m_engine->liveInstrumentCount(), 1);
        QVERIFY(m_panel->audioLabel()->text().startsWith("Audio is off"));
        core::AudioSettings settings;
        settings.sampleRate = 44100;
        QVERIFY2(m_engine->start(settings, &error), qPrintable(error));
        m_panel->audioRestarted();
        QCOMPARE(m_engine->liveInstrumentCount(), 1);
        QCOMPARE(m_panel->voiceEngine()->sampleRate(), int(m_engine->sampleRate()));
        QVERIFY2(m_panel->audioLabel()->text().startsWith("Silent audio device")
                     && m_panel->audioLabel()->text().contains("44100 Hz"),
                 qPrintable(m_panel->audioLabel()->text()));
        QTest::keyPress(m_panel->pad(), Qt::Key_D);
        QTRY_VERIFY_WITH_TIMEOUT(m_panel->voiceEngine()->activeVoices() > 0, 3000);
        QTest::keyRelease(m_panel->pad(), Qt::Key_D);
    }
};

QTEST_MAIN(TestMorphPlaying)
#include "test_morph_playing.moc"
