// MidiInputHub: one input for the studio. A fake device input and the posted
// keyboard notes reach every tap and listener, in order, with their stamps;
// a closed tap or removed listener is no longer fed; the source's status is
// passed on.

#include "audio/MidiInputHub.h"

#include <QElapsedTimer>
#include <QtTest>
#include <mutex>

using namespace atelier::core;

namespace {

class FakeClock final : public IMidiClock {
public:
    Frame nowFrame() const override { return now.load(); }
    Frame earliestOutputFrame() const override { return now.load() + 256; }
    double sampleRate() const override { return 48000; }
    std::atomic<Frame> now{1000};
};

class FakeInput final : public IMidiInput {
public:
    bool readInput(TimedMidiEvent &e) override { return queue.pop(e); }
    QString takeStatus() override
    {
        std::lock_guard lock(mutex);
        QString s;
        std::swap(s, status);
        return s;
    }
    TimedMidiQueue queue;
    std::mutex mutex;
    QString status;
};

std::vector<TimedMidiEvent> drain(IMidiInput &in, std::size_t expected)
{
    std::vector<TimedMidiEvent> out;
    QElapsedTimer t;
    t.start();
    while (out.size() < expected && t.elapsed() < 5000) {
        TimedMidiEvent e;
        while (in.readInput(e))
            out.push_back(e);
        QThread::msleep(1);
    }
    return out;
}

} // namespace

class TestMidiInputHub : public QObject {
    Q_OBJECT
private slots:
    void everySubscriberGetsEveryEvent()
    {
        FakeClock clock;
        FakeInput device;
        MidiInputHub hub(clock);
        hub.setSource(&device);
        auto a = hub.openTap();
        auto b = hub.openTap();
        std::mutex mutex;
        std::vector<TimedMidiEvent> heard;
        const int id = hub.addListener([&](const TimedMidiEvent &e) {
            std::lock_guard lock(mutex);
            heard.push_back(e);
        });
        device.queue.push({500, MidiMessage::noteOn(0, 60, 100)});
        device.queue.push({700, MidiMessage::noteOff(0, 60)});
        clock.now = 2000;
        QTest::qWait(20);
        hub.post(MidiMessage::noteOn(0, 64, 90));   // the computer keyboard: stamped now
        const auto ea = drain(*a, 3), eb = drain(*b, 3);
        QCOMPARE(ea.size(), std::size_t(3));
        QCOMPARE(eb.size(), std::size_t(3));
        QCOMPARE(ea[0].frame, Frame(500));
        QCOMPARE(ea[1].frame, Frame(700));
        QCOMPARE(ea[2].frame, Frame(2000));
        QCOMPARE(int(ea[2].message.data1), 64);
        {
            std::lock_guard lock(mutex);
            QCOMPARE(heard.size(), std::size_t(3));
        }
        hub.removeListener(id);
        hub.closeTap(b);
        device.queue.push({3000, MidiMessage::noteOff(0, 64)});
        QCOMPARE(drain(*a, 1).size(), std::size_t(1));
        TimedMidiEvent e;
        QVERIFY(!b->readInput(e));
        std::lock_guard lock(mutex);
        QCOMPARE(heard.size(), std::size_t(3));
    }

    void sourceStatusIsPassedOn()
    {
        FakeClock clock;
        FakeInput device;
        MidiInputHub hub(clock);
        hub.setSource(&device);
        auto tap = hub.openTap();
        {
            std::lock_guard lock(device.mutex);
            device.status = "port gone";
        }
        QString status;
        for (int i = 0; i < 100 && status.isEmpty(); ++i) {
            QTest::qWait(5);
            status = tap->takeStatus();
        }
        QCOMPARE(status, QStringLiteral("port gone"));
        hub.setSource(nullptr);   // returns once the hub no longer reads it
    }
};

QTEST_GUILESS_MAIN(TestMidiInputHub)
#include "test_midi_input_hub.moc"
