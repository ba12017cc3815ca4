// RtMidiScheduledOutput on a private JACK server (dummy driver,
// JackMidiPortSender): its virtual port, and a named port, deliver scheduled
// events to a plain libjack client at their times (the clock is JACK's frame
// time, kept within the listener's cycle, so the frames compare directly; bounds are generous: the JACK sender
// writes at cycle boundaries), cancel ends what sounds, closing ends
// held notes, and an unknown port is a clear error.

#include "../app/JackTestClient.h"

#include "audio/IMidiClock.h"
#include "audio/RtMidiScheduledOutput.h"
#include "live/JackServer.h"

#include <QtTest>

using namespace atelier::core;

namespace {

// JACK's frame time, but never past the end of the cycle the listener last
// ran: jack_frame_time extrapolates from the wall clock, and a dummy server on
// a loaded machine runs some cycles late, so it could run periods ahead of
// what is being played (and events would be heard "early").
struct JackClock : IMidiClock {
    const JackTestClient &client;
    explicit JackClock(const JackTestClient &c) : client(c) {}
    Frame nowFrame() const override
    {
        const jack_nframes_t start = client.cycleStart(), now = client.now(), period = client.bufferFrames();
        return Frame(std::int32_t(now - start) > std::int32_t(period) ? start + period : now);
    }
    Frame earliestOutputFrame() const override { return nowFrame(); }
    double sampleRate() const override { return client.rate(); }
};

std::vector<JackTestClient::Event> waitFor(const JackTestClient &c, std::size_t count)
{
    QElapsedTimer t;
    t.start();
    while (c.heard().size() < count && t.elapsed() < 10000)
        QTest::qWait(10);
    return c.heard();
}

} // namespace

class TestRtMidiOutput : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(JackServer::uniqueName("atelier-test-rtout"), 48000, 128, &error), qPrintable(error));
        qputenv("JACK_DEFAULT_SERVER", m_server.name().toUtf8());   // the JACK sender uses the default server
        QVERIFY(m_client.open(m_server.name(), "listener"));
    }
    void cleanupTestCase()
    {
        m_client.close();
        m_server.stop();
    }

    void virtualPortDeliversAtTheScheduledTimes()
    {
        JackClock clock(m_client);
        RtMidiScheduledOutput out(clock, RtMidiScheduledOutput::System::Jack);
        QString error;
        QVERIFY2(out.open("virtual", "Atelier Duet out", &error), qPrintable(error));
        QCOMPARE(out.portName(), QStringLiteral("Atelier Duet out"));
        const QList<QByteArray> ports = m_client.outputPorts("Atelier Duet out$");
        QCOMPARE(ports.size(), 1);
        const QByteArray port = ports.first();
        QVERIFY(m_client.connect(port, m_client.hearName()));
        QTest::qWait(50);
        const std::size_t before = m_client.heard().size();
        const Frame t0 = clock.nowFrame() + 4800;   // 100 ms ahead
        QVERIFY(out.schedule({t0 + 9600, MidiMessage::noteOff(3, 64)}));   // out of order on purpose
        QVERIFY(out.schedule({t0, MidiMessage::noteOn(3, 64, 99)}));
        QVERIFY(out.schedule({t0 + 4800, MidiMessage::pitchBend(3, 10000)}));
        const auto heard = waitFor(m_client, before + 3);
        QCOMPARE(heard.size(), before + 3);
        const JackTestClient::Event &on = heard[before], &bend = heard[before + 1], &off = heard[before + 2];
        QCOMPARE(int(on.bytes[0]), 0x93);
        QCOMPARE(int(on.bytes[2]), 99);
        QCOMPARE(int(bend.bytes[0]), 0xE3);
        QCOMPARE(int(bend.bytes[1]) | (int(bend.bytes[2]) << 7), 10000);
        QCOMPARE(int(off.bytes[0]), 0x83);
        // Each within 30 ms after its time (a period is 2.7 ms), never early: the clock
        // reaches an event's frame no earlier than the cycle that holds it starts, and the
        // sender writes at frame 0 of the next cycle.
        const Frame times[3] = {t0, t0 + 4800, t0 + 9600};
        for (int i = 0; i < 3; ++i) {
            const std::int64_t late = std::int64_t(std::int32_t(heard[before + std::size_t(i)].frame - std::uint32_t(times[i])));
            QVERIFY2(late >= 0 && late < 1440, qPrintable(QStringLiteral("event %1: %2 frames late").arg(i).arg(late)));
        }
    }

    void cancelAndCloseEndWhatSounds()
    {
        JackClock clock(m_client);
        RtMidiScheduledOutput out(clock, RtMidiScheduledOutput::System::Jack);
        QString error;
        QVERIFY2(out.open("virtual", "Atelier cancel test", &error), qPrintable(error));
        const QList<QByteArray> ports = m_client.outputPorts("Atelier cancel test$");
        QCOMPARE(ports.size(), 1);
        QVERIFY(m_client.connect(ports.first(), m_client.hearName()));
        QTest::qWait(50);
        const std::size_t before = m_client.heard().size();
        const Frame now = clock.nowFrame();
        out.schedule({now, MidiMessage::noteOn(0, 60, 90)});
        out.schedule({now, MidiMessage::noteOn(1, 62, 90)});
        out.schedule({now + 480000, MidiMessage::noteOff(0, 60)});   // 10 s away
        QCOMPARE(waitFor(m_client, before + 2).size(), before + 2);
        out.cancelScheduled(0);   // channel 0 only: its note-off at once, the far one dropped
        auto heard = waitFor(m_client, before + 3);
        QCOMPARE(heard.size(), before + 3);
        QCOMPARE(int(heard.back().bytes[0]), 0x80);
        QCOMPARE(int(heard.back().bytes[1]), 60);
        out.close();   // channel 1's note still sounds: closing ends it
        heard = waitFor(m_client, before + 4);
        QCOMPARE(heard.size(), before + 4);
        QCOMPARE(int(heard.back().bytes[0]), 0x81);
        QCOMPARE(int(heard.back().bytes[1]), 62);
        QTest::qWait(100);
        QCOMPARE(m_client.heard().size(), before + 4);   // nothing else
    }

    void namedPortAndUnknownPort()
    {
        JackClock clock(m_client);
        RtMidiScheduledOutput out(clock, RtMidiScheduledOutput::System::Jack);
        QString error;
        QVERIFY(!out.open("No Such Synth", "x", &error));
        QVERIFY2(error.contains("No Such Synth") && error.contains("not found"), qPrintable(error));
        QVERIFY(!out.isOpen());
        // Output ports list where replies can go: the listener's input is one.
        QVERIFY(RtMidiScheduledOutput::portNames(RtMidiScheduledOutput::System::Jack, &error)
                    .contains(QString::fromUtf8(m_client.hearName())));
        QVERIFY2(out.open(QString::fromUtf8(m_client.hearName()), "x", &error), qPrintable(error));
        QTest::qWait(50);
        const std::size_t before = m_client.heard().size();
        out.schedule({clock.nowFrame() + 480, MidiMessage::noteOn(5, 70, 80)});   // 10 ms ahead: in time
        out.schedule({clock.nowFrame() + 2400, MidiMessage::noteOff(5, 70)});
        QCOMPARE(waitFor(m_client, before + 2).size(), before + 2);
        QCOMPARE(out.lateEvents(), std::int64_t(0));
    }

private:
    JackServer m_server;
    JackTestClient m_client;
};

QTEST_GUILESS_MAIN(TestRtMidiOutput)
#include "test_rtmidi_output.moc"
