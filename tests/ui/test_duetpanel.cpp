// The Duet panel and the computer keyboard in the studio, on a real audio
// engine (the silent real-time null device) and the studio's MidiInputHub:
// a phrase played on the computer keyboard is answered, Stop keeps both
// parts as two tracks in one undo step, auto-repeat is ignored, and the
// toggle gives the letter keys back to their shortcuts.

#include "../live/StepPerformanceModel.h"

#include "audio/AudioEngine.h"
#include "audio/MidiInputHub.h"
#include "audio/NullAudioDevice.h"
#include "audio/RtMidiLiveInput.h"
#include "document/SongDocument.h"
#include "live/ComputerKeyboard.h"
#include "live/DuetEngine.h"
#include "live/DuetPanel.h"

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QtTest>

using namespace atelier;

class TestDuetPanel : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        m_engine = std::make_unique<core::AudioEngine>(std::make_unique<core::NullAudioDevice>());
        QString error;
        QVERIFY2(m_engine->start(core::AudioSettings{}, &error), qPrintable(error));
        m_device = std::make_unique<core::RtMidiLiveInput>(m_engine->clock());
        m_hub = std::make_unique<core::MidiInputHub>(m_engine->clock());
        m_hub->setSource(m_device.get());
        m_doc = std::make_unique<core::SongDocument>();
        m_model = std::make_shared<StepPerformanceModel>();
        auto model = m_model;
        m_panel = std::make_unique<ui::DuetPanel>(
            m_doc.get(), m_engine.get(),
            [model](const QString &, QString *) -> std::shared_ptr<const core::IMusicModel> { return model; });
        m_panel->setMidiInput(m_hub.get(), m_device.get());
        m_panel->findChild<QDoubleSpinBox *>("duetTemperature")->setValue(0.1);
        m_panel->findChild<QSpinBox *>("duetSilence")->setValue(300);
        auto *key = m_panel->findChild<QComboBox *>("duetKey");
        key->setCurrentIndex(key->findData("C:major"));
    }
    void cleanup()
    {
        m_panel.reset();
        m_hub.reset();
        m_device.reset();
        m_engine.reset();
        m_doc.reset();
    }

    void phraseIsAnsweredAndKeptAsTwoTracks()
    {
        QVERIFY(m_panel->findChild<QComboBox *>("duetModel")->count() > 0);
        QString error;
        QVERIFY2(m_panel->start(&error), qPrintable(error));
        QVERIFY(m_panel->isRunning());
        m_hub->post(core::MidiMessage::noteOn(0, 60, 100));
        QTest::qWait(150);
        m_hub->post(core::MidiMessage::noteOff(0, 60));
        m_hub->post(core::MidiMessage::noteOn(0, 64, 100));
        QTest::qWait(150);
        m_hub->post(core::MidiMessage::noteOff(0, 64));
        auto *status = m_panel->findChild<QLabel *>("duetStatus");
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith("Reply 1"), 10000);
        QVERIFY2(status->text().contains("ms after your phrase"), qPrintable(status->text()));
        QTest::qWait(1500);   // let the reply play (1 s)
        QCOMPARE(m_panel->stop(), 2);
        QVERIFY(!m_panel->isRunning());
        const core::Song &song = m_doc->song();
        QCOMPARE(song.tracks.size(), 2);
        QCOMPARE(song.tracks[0].notes.size(), 2);
        QCOMPARE(song.tracks[0].notes[0].pitch, 60);
        QCOMPARE(song.tracks[0].notes[1].pitch, 64);
        // ~150 ms apart: 144 ticks at 120 bpm, 480 ppq (generous: the test's timers jitter).
        const auto gap = song.tracks[0].notes[1].start - song.tracks[0].notes[0].start;
        QVERIFY2(gap > 100 && gap < 260, qPrintable(QString::number(gap)));
        // The model answers 64 with 65, then 67 (66 is out of C major).
        QVERIFY(!song.tracks[1].notes.isEmpty());
        QCOMPARE(song.tracks[1].notes[0].pitch, 65);
        if (song.tracks[1].notes.size() > 1)
            QCOMPARE(song.tracks[1].notes[1].pitch, 67);
        // About the silence (300 ms = 288 ticks) after the last note of the phrase.
        const auto after = song.tracks[1].notes[0].start - song.tracks[0].notes[1].end();
        QVERIFY2(after >= 280 && after < 400, qPrintable(QString::number(after)));
        QVERIFY(song.tracks[0].channel != song.tracks[1].channel);
        m_doc->undoStack()->undo();   // one step
        QCOMPARE(m_doc->song().tracks.size(), 0);
    }

    void answersWithABakedSoundAndKeepsItOnTheReplyTrack()
    {
        core::Track morph;
        morph.name = "Morph";
        morph.channel = 4;
        morph.sound.name = "Flute / Cello morph";
        morph.sound.model = "timbre-ddsp.timbre.json";
        morph.sound.z = {0.25f, -0.5f};
        QVERIFY(m_doc->requestAddTrack(morph));
        m_doc->undoStack()->clear();
        m_panel->refreshVoices();
        auto *voice = m_panel->findChild<QComboBox *>("duetProgram");
        const int row = voice->findData(QStringLiteral("sound:0"));
        QVERIFY(row >= 128);   // after the GM programs
        QVERIFY2(voice->itemText(row).contains("Flute / Cello morph"), qPrintable(voice->itemText(row)));
        voice->setCurrentIndex(row);
        auto *phraseEnd = m_panel->findChild<QComboBox *>("duetPhraseEnd");
        QVERIFY(!m_panel->settings().barSync);
        phraseEnd->setCurrentIndex(1);
        QVERIFY(m_panel->settings().barSync);   // the song stands still: the silence still ends phrases
        QString error;
        QVERIFY2(m_panel->start(&error), qPrintable(error));
        QCOMPARE(m_panel->duetEngine()->settings().replyChannel, 4);   // where the timbre plays
        m_hub->post(core::MidiMessage::noteOn(0, 62, 100));
        QTest::qWait(150);
        m_hub->post(core::MidiMessage::noteOff(0, 62));
        auto *status = m_panel->findChild<QLabel *>("duetStatus");
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith("Reply 1"), 10000);
        QCOMPARE(m_panel->stop(), 2);
        const core::Song &song = m_doc->song();
        QCOMPARE(song.tracks.size(), 3);
        QCOMPARE(song.tracks[2].sound, morph.sound);
        QVERIFY(song.tracks[2].channel != 4 && song.tracks[2].channel != song.tracks[1].channel);
        QVERIFY(song.tracks[1].sound.isEmpty());
    }

    void stopWithoutPlayingAddsNothing()
    {
        QVERIFY(m_panel->start());
        QTest::qWait(50);
        QCOMPARE(m_panel->stop(), 0);
        QCOMPARE(m_doc->song().tracks.size(), 0);
        QCOMPARE(m_doc->undoStack()->count(), 0);
    }

    void computerKeyboardPlaysOneNotePerKeyAndGivesKeysBack()
    {
        QWidget window;
        ui::ComputerKeyboard keyboard;
        keyboard.setHub(m_hub.get());
        int shortcutHits = 0;
        auto *shortcut = new QShortcut(QKeySequence(Qt::Key_E), &window);
        connect(shortcut, &QShortcut::activated, [&] { ++shortcutHits; });
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.setFocus();
        auto tap = m_hub->openTap();

        keyboard.toggleAction()->setChecked(true);
        QTest::keyPress(&window, Qt::Key_A);
        for (int i = 0; i < 10; ++i)   // holding A: auto-repeat
            QTest::keyEvent(QTest::Press, &window, Qt::Key_A, Qt::NoModifier, -1);
        QTest::sendKeyEvent(QTest::Press, &window, Qt::Key_A, QString("a"), Qt::NoModifier);
        QKeyEvent repeat(QEvent::KeyPress, Qt::Key_A, Qt::NoModifier, "a", true);
        QApplication::sendEvent(&window, &repeat);
        QTest::keyRelease(&window, Qt::Key_A);
        QTest::keyClick(&window, Qt::Key_E);
        QCOMPARE(shortcutHits, 0);   // E played a note
        std::vector<core::TimedMidiEvent> events;
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
            core::TimedMidiEvent e;
            while (tap->readInput(e))
                events.push_back(e);
            return events.size() >= 4;
        }()), 2000);
        QTest::qWait(20);
        core::TimedMidiEvent extra;
        QVERIFY(!tap->readInput(extra));
        QCOMPARE(events.size(), std::size_t(4));
        QVERIFY(events[0].message.isNoteOn() && events[0].message.data1 == 60);
        QVERIFY(events[1].message.isNoteOff() && events[1].message.data1 == 60);
        QVERIFY(events[2].message.isNoteOn() && events[2].message.data1 == 63);

        keyboard.toggleAction()->setChecked(false);
        QTest::keyClick(&window, Qt::Key_E);
        QCOMPARE(shortcutHits, 1);   // a shortcut again
        QTest::qWait(20);
        QVERIFY(!tap->readInput(extra));
        m_hub->closeTap(tap);
    }

private:
    std::unique_ptr<core::AudioEngine> m_engine;
    std::unique_ptr<core::RtMidiLiveInput> m_device;
    std::unique_ptr<core::MidiInputHub> m_hub;
    std::unique_ptr<core::SongDocument> m_doc;
    std::shared_ptr<StepPerformanceModel> m_model;
    std::unique_ptr<ui::DuetPanel> m_panel;
};

QTEST_MAIN(TestDuetPanel)
#include "test_duetpanel.moc"
