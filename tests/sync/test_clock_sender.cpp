// The studio leading with MIDI clock: the audio engine (its silent
// timer-driven device) plays a 120 bpm song, MidiClockSender runs the clock
// leader over every block and RtMidiScheduledOutput sends it from a virtual
// port on a private JACK server (RtMidi's JACK backend), where a plain
// libjack client hears it: Start, then one-byte clocks about 1000 frames
// (one 1/24 beat at 48 kHz) apart, 24 to a beat, and Stop at the song's end.
// Bounds are generous: the engine's clock moves in audio blocks, the port
// is polled and RtMidi's JACK backend sends at cycle starts, so single ticks
// wobble by up to a block (5.3 ms); the mean spacing does not drift.

#include "../app/JackTestClient.h"

#include "audio/AudioEngine.h"
#include "audio/NullAudioDevice.h"
#include "audio/RtMidiScheduledOutput.h"
#include "live/JackServer.h"
#include "sync/MidiClockSender.h"

#include <QtTest>
#include <numeric>

using namespace atelier::core;

class TestClockSender : public QObject {
    Q_OBJECT
private slots:
    void studioSendsClockWhilePlaying()
    {
        JackServer server;
        QString error;
        QVERIFY2(server.start(JackServer::uniqueName("atelier-test-clockout"), 48000, 128, &error), qPrintable(error));
        qputenv("JACK_DEFAULT_SERVER", server.name().toUtf8());   // RtMidi's JACK backend uses the default server
        JackTestClient listener;
        QVERIFY(listener.open(server.name(), "listener"));

        AudioEngine engine(std::make_unique<NullAudioDevice>());
        QVERIFY2(engine.start(AudioSettings{}, &error), qPrintable(error));
        Song song;
        Track t;
        for (int b = 0; b < 6; ++b)
            t.notes.append(Note{60, Tick(b) * 480, 480, 100});   // 6 beats: 3 s at 120 bpm
        song.tracks = {t};
        song.tempos = {{0, 120.0}};
        engine.setSong(song);

        RtMidiScheduledOutput port(engine.clock(), RtMidiScheduledOutput::System::Jack);
        QVERIFY2(port.open("virtual", "Atelier Clock", &error), qPrintable(error));
        const QList<QByteArray> ports = listener.outputPorts("Atelier Clock$");
        QCOMPARE(ports.size(), 1);
        QVERIFY(listener.connect(ports.first(), listener.hearName()));
        MidiClockSender sender(port);
        engine.setBlockObserver(&sender);
        QTest::qWait(100);
        engine.play();
        QTRY_VERIFY_WITH_TIMEOUT(engine.isPlaying(), 2000);
        QTRY_VERIFY_WITH_TIMEOUT(!engine.isPlaying(), 8000);
        QTest::qWait(300);
        engine.setBlockObserver(nullptr);
        port.close();
        engine.shutdown();

        std::vector<JackTestClient::Event> clocks;
        int starts = 0, stops = 0, others = 0;
        for (const auto &e : listener.heard()) {
            if (e.bytes[0] == 0xF8) {
                QCOMPARE(e.size, 1);   // a real-time byte, alone
                clocks.push_back(e);
            } else if (e.bytes[0] == 0xFA) {
                QCOMPARE(e.size, 1);
                QCOMPARE(stops + int(clocks.size()), 0);   // Start comes first
                ++starts;
            } else if (e.bytes[0] == 0xFC) {
                ++stops;
            } else {
                ++others;
            }
        }
        QCOMPARE(starts, 1);
        QCOMPARE(stops, 1);
        QCOMPARE(others, 0);
        QCOMPARE(int(clocks.size()), 6 * 24);   // clocks 0..143 before the end at beat 6
        // About 1000 frames apart: the mean within 3 % (no drift: a wrong rate would be off by
        // 8 % or more; two clocks, the silent device's and JACK's dummy driver's, on a loaded
        // machine stray by a few per cent over 3 s); each within 8 ms, as the
        // engine's clock moves on in audio blocks (256 frames) and RtMidi's JACK backend
        // in cycles (128).
        const double span = double(clocks.back().frame - clocks.front().frame) / double(clocks.size() - 1);
        QVERIFY2(std::abs(span - 1000.0) < 30.0, qPrintable(QString::number(span)));
        for (std::size_t k = 1; k < clocks.size(); ++k) {
            const int d = int(clocks[k].frame - clocks[k - 1].frame);
            QVERIFY2(std::abs(d - 1000) <= 384, qPrintable(QStringLiteral("tick %1: %2 frames").arg(k).arg(d)));
        }
        QCOMPARE(sender.dropped(), std::int64_t(0));
    }
};

QTEST_GUILESS_MAIN(TestClockSender)
#include "test_clock_sender.moc"
