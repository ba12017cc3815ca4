// JackLiveInput, the studio's MIDI input on JACK, on a private JACK server
// (dummy driver): a plain libjack client plays into the port the input
// opened; the events come out on the studio's clock (here a steady wall
// clock at 44.1 kHz, so the JACK frames at 48 kHz must be converted) with
// their spacing kept; switching ports drops the old connection without a
// status; a port that goes away says so and releases held keys; no server is
// a clear error.

#include "../app/JackTestClient.h"

#include "audio/IMidiClock.h"
#include "live/JackLiveInput.h"
#include "live/JackServer.h"

#include <QElapsedTimer>
#include <QtTest>
#include <chrono>

using namespace atelier::core;

namespace {

struct WallClock : IMidiClock {
    std::chrono::steady_clock::time_point t0 = std::chrono::steady_clock::now();
    Frame nowFrame() const override
    {
        return Frame(std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count() * 44100.0);
    }
    Frame earliestOutputFrame() const override { return nowFrame(); }
    double sampleRate() const override { return 44100.0; }
};

std::vector<TimedMidiEvent> readFor(JackLiveInput &in, std::size_t count, int timeout_ms = 5000)
{
    std::vector<TimedMidiEvent> got;
    QElapsedTimer t;
    t.start();
    TimedMidiEvent e;
    while (got.size() < count && t.elapsed() < timeout_ms) {
        while (in.readInput(e))
            got.push_back(e);
        QTest::qWait(5);
    }
    return got;
}

} // namespace

class TestJackLiveInput : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(JackServer::uniqueName("atelier-test-livein"), 48000, 128, &error), qPrintable(error));
        QVERIFY(m_player.open(m_server.name(), "player"));
    }
    void cleanupTestCase()
    {
        m_player.close();
        m_server.stop();
    }

    void playedNotesArriveOnTheStudioClock()
    {
        WallClock clock;
        JackLiveInput in(clock, m_server.name());
        QCOMPARE(in.systemName(), QStringLiteral("JACK"));
        QString error;
        QVERIFY2(in.start(&error), qPrintable(error));
        QVERIFY(in.portNames(&error).contains(QString::fromUtf8(m_player.playName())));
        QVERIFY2(in.open(QString::fromUtf8(m_player.playName()), &error), qPrintable(error));
        QCOMPARE(in.portName(), QString::fromUtf8(m_player.playName()));
        QTest::qWait(50);
        const jack_nframes_t at = m_player.now() + 4800;
        const Frame studioBefore = clock.nowFrame();
        m_player.send(at, {0x90, 60, 100});
        m_player.send(at + 4800, {0x80, 60, 0});   // 100 ms later
        m_player.send(at + 4800 + 37, {0xE0, 0, 80});   // pitch bend, 37 frames after
        const std::vector<TimedMidiEvent> got = readFor(in, 3);
        QCOMPARE(got.size(), std::size_t(3));
        QVERIFY(got[0].message.isNoteOn());
        QVERIFY(got[1].message.isNoteOff());
        QVERIFY(got[2].message.isPitchBend());
        // 100 ms at 44.1 kHz: 4410 frames; within 1 ms (44 frames) either way.
        const Frame spacing = got[1].frame - got[0].frame;
        QVERIFY2(std::abs(spacing - 4410) <= 44, qPrintable(QString::number(spacing)));
        QVERIFY2(std::abs((got[2].frame - got[1].frame) - 34) <= 44, qPrintable(QString::number(got[2].frame - got[1].frame)));
        // The note was played about 100 ms after studioBefore (generous: the test's own timing).
        QVERIFY2(got[0].frame > studioBefore && got[0].frame < studioBefore + 44100,
                 qPrintable(QStringLiteral("%1 after").arg(got[0].frame - studioBefore)));
        // (A non-realtime JACK server may report an xrun; nothing else.)
        const QString before = in.takeStatus();
        QVERIFY2(!before.contains("disconnected"), qPrintable(before));
        in.close();   // on purpose: no "disconnected" message
        QTest::qWait(100);
        const QString after = in.takeStatus();
        QVERIFY2(!after.contains("disconnected"), qPrintable(after));
        QVERIFY(!in.isOpen());
        m_player.send(m_player.now() + 480, {0x90, 61, 100});
        QVERIFY(readFor(in, 1, 300).empty());   // no longer connected
        in.stop();
    }

    void aVanishingPortReleasesHeldKeysAndSaysSo()
    {
        WallClock clock;
        JackLiveInput in(clock, m_server.name());
        QString error;
        QVERIFY2(in.start(&error), qPrintable(error));
        JackTestClient other;
        QVERIFY(other.open(m_server.name(), "keyboard"));
        QVERIFY2(in.open(QStringLiteral("keyboard:play"), &error), qPrintable(error));
        QTest::qWait(50);
        other.send(other.now() + 480, {0x91, 64, 90});   // held
        QCOMPARE(readFor(in, 1).size(), std::size_t(1));
        other.close();   // the keyboard's program quits
        const std::vector<TimedMidiEvent> released = readFor(in, 1);
        QCOMPARE(released.size(), std::size_t(1));
        QVERIFY(released[0].message.isNoteOff());
        QCOMPARE(int(released[0].message.data1), 64);
        bool gone = false;   // checkPort() reports once (a QTRY would ask twice)
        for (int i = 0; i < 300 && !gone; ++i) {
            gone = !in.checkPort();
            if (!gone)
                QTest::qWait(10);
        }
        QVERIFY(gone);
        const QString status = in.takeStatus() + in.takeStatus();
        QVERIFY2(status.contains("keyboard:play"), qPrintable(status));
        QVERIFY(!in.isOpen());
        QVERIFY(!in.open(QStringLiteral("No Such Keyboard"), &error));
        QVERIFY2(error.contains("No Such Keyboard"), qPrintable(error));
    }

    void noServerIsAClearError()
    {
        WallClock clock;
        JackLiveInput in(clock, QStringLiteral("atelier-no-such-server-4711"));
        QString error;
        QVERIFY(!in.start(&error));
        QVERIFY2(error.contains("atelier-no-such-server-4711"), qPrintable(error));
        QVERIFY(in.portNames(&error).isEmpty());
        QVERIFY(!error.isEmpty());
        QVERIFY(!in.open(QStringLiteral("x"), &error));
        TimedMidiEvent e;
        QVERIFY(!in.readInput(e));
    }

private:
    JackServer m_server;
    JackTestClient m_player;
};

QTEST_GUILESS_MAIN(TestJackLiveInput)
#include "test_jack_live_input.moc"
