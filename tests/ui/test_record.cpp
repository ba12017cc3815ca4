// Recording into the piano roll on a real audio engine (the silent real-time
// null device) through the studio's MidiInputHub: a take lands in the
// selected track at the played times (wall-clock times, generous bounds),
// the sustain pedal becomes controller events, a take is one undo step,
// notes played during the count-in are not recorded, and the metronome puts
// a click on every beat of the playback snapshot.

#include "audio/AudioEngine.h"
#include "audio/MidiInputHub.h"
#include "audio/NullAudioDevice.h"
#include "audio/PlaybackSnapshot.h"
#include "document/NoteModel.h"
#include "document/SongDocument.h"
#include "live/RecordController.h"

#include <QAction>
#include <QElapsedTimer>
#include <QtTest>

using namespace atelier;

namespace {

// A channel instrument that sounds `latency` frames after its notes (as a
// baked track's voice engine does), silent here.
class LateInstrument final : public core::IEventSink {
public:
    explicit LateInstrument(int latency) : latency(latency) {}
    void sendMidi(const core::MidiMessage &) override {}
    void render(float *left, float *right, int frames) override
    {
        std::fill(left, left + frames, 0.0f);
        std::fill(right, right + frames, 0.0f);
    }
    int latencyFrames() const override { return latency; }
    int latency;
};

} // namespace

class TestRecord : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        m_engine = std::make_unique<core::AudioEngine>(std::make_unique<core::NullAudioDevice>());
        QString error;
        QVERIFY2(m_engine->start(core::AudioSettings{}, &error), qPrintable(error));
        m_hub = std::make_unique<core::MidiInputHub>(m_engine->clock());
        m_doc = std::make_unique<core::SongDocument>();
        core::Track t;
        t.name = "Keys";
        QVERIFY(m_doc->requestAddTrack(t));
        m_doc->undoStack()->clear();
        m_notes = std::make_unique<core::NoteModel>(m_doc.get());
        m_notes->setTrack(0);
        connect(m_doc.get(), &core::SongDocument::changed, this, [this] { m_engine->setSong(m_doc->song()); });
        m_engine->setSong(m_doc->song());
        m_rec = std::make_unique<ui::RecordController>(m_doc.get(), m_engine.get(), m_notes.get());
        m_rec->setMidiInput(m_hub.get());
    }
    void cleanup()
    {
        m_rec.reset();
        m_notes.reset();
        m_hub.reset();
        m_engine.reset();
        m_doc.reset();
    }

    void aTakeLandsAtThePlayedTimes()
    {
        QString error;
        QVERIFY2(m_rec->start(&error), qPrintable(error));
        QVERIFY(m_rec->recordAction()->isChecked());
        QTRY_VERIFY_WITH_TIMEOUT(m_engine->transportPoint().playing, 10000);   // an empty song keeps running
        QElapsedTimer clock;
        clock.start();
        QTest::qWait(500);
        const double on1 = clock.elapsed() / 1000.0;
        m_hub->post(core::MidiMessage::noteOn(0, 60, 80));
        m_hub->post(core::MidiMessage::controlChange(0, 64, 127));
        m_hub->post(core::MidiMessage::pitchBend(0, 12000));
        QTest::qWait(250);
        const double off1 = clock.elapsed() / 1000.0;
        m_hub->post(core::MidiMessage::noteOff(0, 60));
        m_hub->post(core::MidiMessage::controlChange(0, 64, 0));
        QTest::qWait(100);
        QCOMPARE(m_rec->stop(), 1);
        QVERIFY(!m_rec->recordAction()->isChecked());
        QTRY_VERIFY_WITH_TIMEOUT(!m_engine->isPlaying(), 2000);
        const core::Track &track = m_doc->track(0);
        QCOMPARE(track.notes.size(), 1);
        const core::Note n = track.notes[0];
        QCOMPARE(n.pitch, 60);
        QCOMPARE(n.velocity, 80);
        // 960 ticks per second at 120 bpm; 60 ticks (62 ms) for the test's own timer jitter.
        QVERIFY2(std::abs(double(n.start) - on1 * 960) < 60, qPrintable(QStringLiteral("%1 vs %2").arg(n.start).arg(on1 * 960)));
        QVERIFY2(std::abs(double(n.end()) - off1 * 960) < 60, qPrintable(QStringLiteral("%1 vs %2").arg(n.end()).arg(off1 * 960)));
        // The pedal, and the wheel that was left bent and is centred at the end.
        QCOMPARE(track.controls.size(), 4);
        QCOMPARE(track.controls[0].controller, 64);
        QCOMPARE(track.controls[0].value, 127);
        QVERIFY(std::abs(double(track.controls[0].tick - n.start)) <= 2);
        QCOMPARE(track.controls[1].controller, core::ControlChange::kPitchBend);
        QCOMPARE(track.controls[1].value, 12000);
        QCOMPARE(track.controls[2].controller, 64);
        QCOMPARE(track.controls[2].value, 0);
        QCOMPARE(track.controls[3], (core::ControlChange{track.controls[3].tick, core::ControlChange::kPitchBend, 8192}));
        QVERIFY(track.controls[3].tick >= track.controls[2].tick);
        // One take, one undo step.
        QCOMPARE(m_doc->undoStack()->count(), 1);
        m_doc->undoStack()->undo();
        QVERIFY(m_doc->track(0).notes.isEmpty());
        QVERIFY(m_doc->track(0).controls.isEmpty());
        QCOMPARE(m_engine->playbackExtras().minEndTick, core::Tick(0));
    }

    void aTakeFollowsTheBakedTracksDelay()
    {
        // With a baked track the whole song is heard the compensation later
        // (0.25 s here): what is played goes with what was heard then.
        std::array<std::shared_ptr<core::IEventSink>, 16> instruments;
        instruments[5] = std::make_shared<LateInstrument>(12000);
        m_engine->setChannelInstruments(instruments);
        QCOMPARE(m_engine->latencyCompensationFrames(), 12000);
        QString error;
        QVERIFY2(m_rec->start(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(m_engine->transportPoint().playing, 10000);
        QElapsedTimer clock;
        clock.start();
        QTest::qWait(600);
        const double on = clock.elapsed() / 1000.0;
        m_hub->post(core::MidiMessage::noteOn(0, 62, 90));
        QTest::qWait(200);
        m_hub->post(core::MidiMessage::noteOff(0, 62));
        QTest::qWait(100);
        QCOMPARE(m_rec->stop(), 1);
        const core::Note n = m_doc->track(0).notes.value(0);
        const double expected = (on - 12000.0 / m_engine->sampleRate()) * 960;
        QVERIFY2(std::abs(double(n.start) - expected) < 60, qPrintable(QStringLiteral("%1 vs %2").arg(n.start).arg(expected)));
    }

    void notesDuringTheCountInAreNotRecorded()
    {
        m_rec->setCountInBars(1);   // 4 beats at 120 bpm: 2 s
        QVERIFY(m_rec->start());
        QTest::qWait(300);
        QVERIFY(!m_engine->transportPoint().playing);
        m_hub->post(core::MidiMessage::noteOn(0, 50, 90));   // during the count-in
        QTest::qWait(100);
        m_hub->post(core::MidiMessage::noteOff(0, 50));
        QTRY_VERIFY_WITH_TIMEOUT(m_engine->transportPoint().playing, 5000);
        QTest::qWait(200);
        m_hub->post(core::MidiMessage::noteOn(0, 62, 90));
        QTest::qWait(150);
        m_hub->post(core::MidiMessage::noteOff(0, 62));
        QTest::qWait(100);
        QCOMPARE(m_rec->stop(), 1);
        QCOMPARE(m_doc->track(0).notes.size(), 1);
        QCOMPARE(m_doc->track(0).notes[0].pitch, 62);
        QVERIFY(m_doc->track(0).notes[0].start < 480);   // early in bar 1, not before it
    }

    void aTakeGoesToTheArmedTrack()
    {
        core::Track bass;
        bass.name = "Bass";
        bass.channel = 1;
        QVERIFY(m_doc->requestAddTrack(bass));
        QVERIFY(m_doc->requestArm(1, true));
        m_notes->setTrack(0);   // selected: Keys; armed: Bass
        QVERIFY(m_rec->start());
        QTRY_VERIFY_WITH_TIMEOUT(m_engine->transportPoint().playing, 10000);
        QTest::qWait(200);
        m_hub->post(core::MidiMessage::noteOn(0, 40, 90));
        QTest::qWait(100);
        m_hub->post(core::MidiMessage::noteOff(0, 40));
        QTest::qWait(100);
        QCOMPARE(m_rec->stop(), 1);
        QVERIFY(m_doc->track(0).notes.isEmpty());
        QCOMPARE(m_doc->track(1).notes.size(), 1);
        QCOMPARE(m_doc->track(1).notes[0].pitch, 40);
    }

    void nothingPlayedAddsNothing()
    {
        QVERIFY(m_rec->start());
        QTest::qWait(100);
        QCOMPARE(m_rec->stop(), 0);
        QCOMPARE(m_doc->undoStack()->count(), 0);
    }

    void metronomeClicksOnEveryBeat()
    {
        core::Song song;
        song.timeSignatures = {{0, 3, 4}};
        core::PlaybackExtras extras;
        extras.metronome = true;
        extras.minEndTick = 6 * 480;   // two bars of 3/4
        extras.clickVelocity = 90;
        const auto s = core::PlaybackSnapshot::build(song, 48000, {}, extras);
        std::vector<std::pair<std::int64_t, int>> ons;
        for (const core::PlaybackEvent &e : s->events())
            if (e.message.isNoteOn())
                ons.push_back({e.sample, e.message.data1});
        QCOMPARE(ons.size(), std::size_t(6));
        for (int i = 0; i < 6; ++i) {
            QCOMPARE(ons[std::size_t(i)].first, std::int64_t(i) * 24000);   // a beat is 0.5 s
            QCOMPARE(ons[std::size_t(i)].second, i % 3 == 0 ? 76 : 77);
        }
        QCOMPARE(s->endTick(), core::Tick(6 * 480));
    }

private:
    std::unique_ptr<core::AudioEngine> m_engine;
    std::unique_ptr<core::MidiInputHub> m_hub;
    std::unique_ptr<core::SongDocument> m_doc;
    std::unique_ptr<core::NoteModel> m_notes;
    std::unique_ptr<ui::RecordController> m_rec;
};

QTEST_MAIN(TestRecord)
#include "test_record.moc"
