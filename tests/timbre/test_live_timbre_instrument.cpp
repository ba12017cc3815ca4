// LiveTimbreInstrument on a running audio engine (the real-time null device):
// a note from the UI sounds in the engine's callback; two sources holding a
// pitch keep it until the last lets go (and the second retriggers it); a
// MIDI input's messages reach the voices from their own thread and are
// counted on the UI thread; everything played is reported with its time;
// all notes off and new voices forget every hold; dropping leaves the engine.

#include "AnalyticTimbreModel.h"

#include "audio/AudioEngine.h"
#include "audio/NullAudioDevice.h"
#include "timbre/LiveTimbreInstrument.h"

#include <QtTest>
#include <thread>

using namespace atelier::core;
using namespace atelier::core::timbre;

class TestLiveTimbreInstrument : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        m_engine = std::make_unique<AudioEngine>(std::make_unique<NullAudioDevice>());
        QString error;
        AudioSettings settings;
        settings.sampleRate = 44100;
        QVERIFY2(m_engine->start(settings, &error), qPrintable(error));
        m_instrument = std::make_unique<LiveTimbreInstrument>(m_engine.get());
        m_model = std::make_shared<test::AnalyticTimbreModel>();
    }
    void cleanup()
    {
        m_instrument.reset();
        m_engine.reset();
    }

    void aNoteSoundsInTheAudioCallback()
    {
        m_instrument->rebuild(m_model, {1.0f, 0.0f}, Envelope{}, 1.0);
        QVERIFY(m_instrument->voices());
        QCOMPARE(m_instrument->voices()->sampleRate(), int(m_engine->sampleRate()));
        QCOMPARE(m_instrument->audioSampleRate(), int(m_engine->sampleRate()));
        m_instrument->noteOn(69, 100);
        QCOMPARE(m_instrument->heldNoteCount(), 1);
        // The engine's callback (not this thread) renders the voice.
        QTRY_VERIFY_WITH_TIMEOUT(m_instrument->voices()->activeVoices() == 1, 5000);
        double peak = 0;
        QTRY_VERIFY_WITH_TIMEOUT((peak = peakOf(m_instrument->voices()->lastBlock())) > 0.05, 5000);
        m_instrument->noteOff(69);
        QCOMPARE(m_instrument->heldNoteCount(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(m_instrument->voices()->activeVoices() == 0, 5000);
    }

    void twoSourcesHoldAPitchUntilTheLastLetsGo()
    {
        m_instrument->rebuild(m_model, {1.0f, 0.0f}, Envelope{}, 1.0);
        QList<MidiMessage> played;
        QList<std::pair<int, bool>> held;
        connect(m_instrument.get(), &LiveTimbreInstrument::played, this,
                [&](const MidiMessage &m, LiveTimbreInstrument::Clock::time_point) { played.append(m); });
        connect(m_instrument.get(), &LiveTimbreInstrument::heldChanged, this,
                [&](int pitch, bool on) { held.append({pitch, on}); });
        m_instrument->noteOn(60, 90);    // the mouse
        m_instrument->noteOn(60, 110);   // a computer key: retriggers
        QCOMPARE(played.size(), 3);
        QVERIFY(played[0].isNoteOn());
        QVERIFY(played[1].isNoteOff());
        QVERIFY(played[2].isNoteOn());
        QCOMPARE(played[2].data2, 110);
        m_instrument->noteOff(60);       // one lets go: still held, nothing sent
        QCOMPARE(played.size(), 3);
        QVERIFY(m_instrument->isHeld(60));
        m_instrument->noteOff(60);       // the last one
        QCOMPARE(played.size(), 4);
        QVERIFY(played[3].isNoteOff());
        QVERIFY(!m_instrument->isHeld(60));
        QCOMPARE(held.last(), (std::pair<int, bool>{60, false}));
        m_instrument->noteOff(60);       // nobody holds it: nothing
        QCOMPARE(played.size(), 4);
        m_instrument->noteOn(200, 100);  // not a pitch
        QCOMPARE(played.size(), 4);
    }

    void aMidiInputPlaysFromItsOwnThread()
    {
        m_instrument->rebuild(m_model, {1.0f, 1.0f}, Envelope{}, 1.0);
        QList<MidiMessage> played;
        connect(m_instrument.get(), &LiveTimbreInstrument::played, this,
                [&](const MidiMessage &m, LiveTimbreInstrument::Clock::time_point) { played.append(m); });
        std::thread input([this] { m_instrument->postFromInput(MidiMessage::noteOn(0, 64, 100)); });
        input.join();
        // The voices have it before the UI thread looked (no events are processed here).
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
        while (m_instrument->voices()->activeVoices() == 0 && std::chrono::steady_clock::now() < deadline)
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        QCOMPARE(m_instrument->voices()->activeVoices(), 1);
        QCOMPARE(m_instrument->heldNoteCount(), 0);
        QTRY_COMPARE(m_instrument->heldNoteCount(), 1);
        QCOMPARE(played.size(), 1);
        std::thread all([this] {
            m_instrument->postFromInput(MidiMessage::controlChange(0, MidiMessage::kCcAllNotesOff, 0));
        });
        all.join();
        QTRY_COMPARE(m_instrument->heldNoteCount(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(m_instrument->voices()->activeVoices() == 0, 5000);
    }

    void allNotesOffAndNewVoicesForgetEveryHold()
    {
        m_instrument->rebuild(m_model, {1.0f, 0.0f}, Envelope{}, 1.0);
        QSignalSpy released(m_instrument.get(), &LiveTimbreInstrument::allReleased);
        m_instrument->noteOn(60, 100);
        m_instrument->noteOn(64, 100);
        m_instrument->allNotesOff();
        QCOMPARE(m_instrument->heldNoteCount(), 0);
        QCOMPARE(released.size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(m_instrument->voices()->activeVoices() == 0, 5000);
        m_instrument->noteOn(67, 100);
        const auto before = m_instrument->voices();
        m_instrument->rebuild(m_model, {0.0f, 1.0f}, Envelope{}, 1.0);
        QVERIFY(m_instrument->voices() != before);
        QCOMPARE(m_instrument->heldNoteCount(), 0);
        QCOMPARE(released.size(), 2);
        // The engine let go of the old voices: only we hold them now.
        QCOMPARE(before.use_count(), long(1));
    }

    void droppingLeavesTheEngine()
    {
        m_instrument->rebuild(m_model, {1.0f, 0.0f}, Envelope{}, 1.0);
        std::weak_ptr<TimbreVoiceEngine> voices = m_instrument->voices();
        m_instrument->drop();
        QVERIFY(!m_instrument->voices());
        QVERIFY(voices.expired());   // nobody, the audio thread included, holds them
        m_instrument->noteOn(60, 100);   // without voices: nothing, no crash
        QCOMPARE(m_instrument->heldNoteCount(), 0);
        m_instrument->rebuild(nullptr, {}, Envelope{}, 1.0);
        QVERIFY(!m_instrument->voices());
    }

    void withoutAnAudioEngineTheVoicesRunAt48k()
    {
        LiveTimbreInstrument alone(nullptr);
        alone.rebuild(m_model, {1.0f, 0.0f}, Envelope{}, 1.0);
        QVERIFY(alone.voices());
        QCOMPARE(alone.voices()->sampleRate(), LiveTimbreInstrument::kFallbackSampleRate);
        alone.setZ({1.0f, 2.0f, 3.0f});   // the wrong size: ignored
        alone.setZ({0.5f, 0.5f});
    }

private:
    static double peakOf(const std::vector<float> &x)
    {
        double p = 0;
        for (float v : x)
            p = std::max(p, double(std::abs(v)));
        return p;
    }

    std::unique_ptr<AudioEngine> m_engine;
    std::unique_ptr<LiveTimbreInstrument> m_instrument;
    std::shared_ptr<test::AnalyticTimbreModel> m_model;
};

QTEST_MAIN(TestLiveTimbreInstrument)
#include "test_live_timbre_instrument.moc"
