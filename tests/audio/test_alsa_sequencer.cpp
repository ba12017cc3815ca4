// The ALSA sequencer's queued output (AlsaSequencerPort, and the outputs
// that open it through openMidiPortSender). Where the machine has a
// sequencer (/dev/snd/seq), Atelier's own port is read back by an RtMidi
// ALSA input: messages handed over in one batch with delays arrive in
// order at those delays, and removePending() takes back a waiting note-on
// but lets its note-off go. Where there is none (the CI machines), every
// way of opening an ALSA port fails with a message that says why.

#include "audio/AlsaSequencerPort.h"
#include "audio/IMidiClock.h"
#include "audio/MidiOutput.h"
#include "audio/MidiPortOpener.h"
#include "audio/RtMidiScheduledOutput.h"

#include <QFile>
#include <QtTest>
#include <RtMidi.h>
#include <chrono>
#include <mutex>
#include <vector>

using namespace atelier::core;

namespace {

struct Still : IMidiClock {
    Frame nowFrame() const override { return 0; }
    Frame earliestOutputFrame() const override { return 0; }
    double sampleRate() const override { return 48000; }
};

struct Arrival {
    double seconds;
    std::vector<unsigned char> bytes;
};

struct Listener {
    std::mutex mutex;
    std::vector<Arrival> heard;
    std::chrono::steady_clock::time_point start = std::chrono::steady_clock::now();
    static void onMessage(double, std::vector<unsigned char> *bytes, void *self)
    {
        auto *l = static_cast<Listener *>(self);
        const double t = std::chrono::duration<double>(std::chrono::steady_clock::now() - l->start).count();
        std::lock_guard<std::mutex> lock(l->mutex);
        l->heard.push_back({t, *bytes});
    }
    std::vector<Arrival> waitFor(std::size_t count)
    {
        QElapsedTimer timer;
        timer.start();
        for (;;) {
            {
                std::lock_guard<std::mutex> lock(mutex);
                if (heard.size() >= count || timer.elapsed() > 5000)
                    return heard;
            }
            QTest::qWait(5);
        }
    }
};

bool haveSequencer()
{
    return QFile::exists(QStringLiteral("/dev/snd/seq"));
}

} // namespace

class TestAlsaSequencer : public QObject {
    Q_OBJECT
private slots:
    void withoutASequencerEveryOpenSaysWhy()
    {
        if (haveSequencer())
            return;   // the next test covers this machine
        AlsaSequencerPort port;
        QString error;
        QVERIFY(!port.openOwn(QStringLiteral("Atelier Test Out"), &error));
        QVERIFY2(error.contains(QStringLiteral("ALSA sequencer")), qPrintable(error));
        QVERIFY(!port.isOpen());
        QVERIFY(!port.send(MidiMessage::noteOn(0, 60, 90), 0.0));   // a closed port loses, never crashes

        QVERIFY(!openMidiPortSender(MidiSystem::Alsa, QStringLiteral("Atelier Test Out"), true, &error));
        QVERIFY2(error.contains(QStringLiteral("Atelier Test Out")) && error.contains(QStringLiteral("ALSA sequencer")),
                 qPrintable(error));
        QVERIFY(!openMidiPortSender(MidiSystem::Alsa, QStringLiteral("FLUID Synth"), false, &error));
        QVERIFY2(error.contains(QStringLiteral("FLUID Synth")), qPrintable(error));

        Still clock;
        RtMidiScheduledOutput clockPort(clock, MidiSystem::Alsa);
        QVERIFY(!clockPort.open(QStringLiteral("virtual"), QStringLiteral("Atelier Clock"), &error));
        QVERIFY2(error.contains(QStringLiteral("Atelier Clock")), qPrintable(error));
        QVERIFY(!clockPort.isOpen());
        clockPort.close();

        MidiOutput tracks(&clock, MidiSystem::Alsa);
        QVERIFY(!tracks.setPorts({QString::fromLatin1(MidiOutput::kStudioPort)}));
        QVERIFY2(tracks.lastError().contains(QStringLiteral("ALSA sequencer")), qPrintable(tracks.lastError()));
    }

    void queuedMessagesLeaveAtTheirTimes()
    {
        if (!haveSequencer())
            return;   // checked by hand on a machine with a sequencer (see the README)
        AlsaSequencerPort port;
        QString error;
        QVERIFY2(port.openOwn(QStringLiteral("Atelier Queue Test"), &error), qPrintable(error));
        Listener listener;
        RtMidiIn in(RtMidi::LINUX_ALSA, "Atelier test listener");
        int index = -1;
        for (unsigned i = 0; i < in.getPortCount(); ++i)
            if (QString::fromStdString(in.getPortName(i)).contains(QStringLiteral("Atelier Queue Test")))
                index = int(i);
        QVERIFY(index >= 0);
        in.setCallback(&Listener::onMessage, &listener);
        in.openPort(unsigned(index));
        QTest::qWait(50);

        listener.start = std::chrono::steady_clock::now();
        port.beginBatch();
        QVERIFY(port.send(MidiMessage::noteOn(0, 60, 90), 0.100));
        QVERIFY(port.send(MidiMessage::noteOff(0, 60), 0.200));
        QVERIFY(port.send(MidiMessage::noteOn(0, 60, 80), 0.200));   // same moment: after the off
        QVERIFY(port.send(MidiMessage::noteOn(0, 64, 90), 0.050));   // handed over later, leaves first
        const std::vector<Arrival> heard = listener.waitFor(4);
        QCOMPARE(heard.size(), std::size_t(4));
        QCOMPARE(int(heard[0].bytes[1]), 64);
        QCOMPARE(int(heard[1].bytes[2]), 90);
        QCOMPARE(int(heard[2].bytes[0]) & 0xF0, 0x80);
        QCOMPARE(int(heard[3].bytes[2]), 80);
        // Held until their moment (never early: the queue sends them), and
        // then soon (generously: the listener's thread wakes late on a
        // loaded machine, or in the emulated VM of tests/vm/alsa-vm.sh).
        const double expected[4] = {0.050, 0.100, 0.200, 0.200};
        for (int i = 0; i < 4; ++i) {
            const double t = heard[std::size_t(i)].seconds;
            QVERIFY2(t > expected[i] - 0.002 && t < expected[i] + 0.050,
                     qPrintable(QStringLiteral("message %1 at %2 s, due at %3 s").arg(i).arg(t).arg(expected[i])));
        }

        port.beginBatch();
        QVERIFY(port.send(MidiMessage::noteOn(1, 70, 90), 0.100));
        QVERIFY(port.send(MidiMessage::noteOff(1, 70), 0.150));
        port.removePending(1);
        QTest::qWait(300);
        const std::vector<Arrival> after = listener.waitFor(5);
        QCOMPARE(after.size(), std::size_t(5));
        QCOMPARE(int(after[4].bytes[0]), 0x81);   // only the note-off
        in.closePort();
        port.close(1.0);
    }
};

QTEST_GUILESS_MAIN(TestAlsaSequencer)
#include "test_alsa_sequencer.moc"
