// Live MIDI output at exact samples: ScheduledMidiQueue (ordering, offsets,
// late events, cancel) and LiveEventMerger (live events placed inside the
// sequencer's blocks, the audio clock it keeps).

#include "RecordingSink.h"

#include "audio/LiveEventMerger.h"
#include "audio/ScheduledMidiQueue.h"

#include <QtTest>
#include <string>
#include <thread>
#include <vector>

using namespace atelier::core;
using atelier::core::test::RecordingSink;

namespace {
struct Taken {
    Frame cycle;
    int offset;
    MidiMessage message;
};
std::vector<Taken> runQueue(ScheduledMidiQueue &q, Frame from, Frame to, int block)
{
    std::vector<Taken> out;
    for (Frame c = from; c < to; c += block)
        q.takeDue(c, block, 48, [&](int offset, const MidiMessage &m) { out.push_back({c, offset, m}); });
    return out;
}
} // namespace

class TestLiveOutput : public QObject {
    Q_OBJECT
private slots:
    void eventsLeaveInOrderAtTheirOffsets()
    {
        ScheduledMidiQueue q;
        q.schedule({300, MidiMessage::noteOff(0, 60)});   // out of order on purpose
        q.schedule({100, MidiMessage::noteOn(0, 60, 90)});
        q.schedule({300, MidiMessage::noteOn(0, 62, 90)});   // same frame: after the off
        const auto out = runQueue(q, 0, 512, 128);
        QCOMPARE(out.size(), std::size_t(3));
        QCOMPARE(out[0].cycle + out[0].offset, Frame(100));
        QVERIFY(out[0].message.isNoteOn());
        QCOMPARE(out[1].cycle, Frame(256));
        QCOMPARE(out[1].offset, 44);
        QVERIFY(out[1].message.isNoteOff());
        QCOMPARE(int(out[2].message.data1), 62);
        QCOMPARE(q.lateEvents(), std::int64_t(0));
    }

    void pastEventsGoAtOnceAndCountAsLate()
    {
        ScheduledMidiQueue q;
        q.schedule({1000, MidiMessage::noteOn(0, 60, 90)});   // 1000 frames late at cycle 2000
        q.schedule({1990, MidiMessage::noteOff(0, 60)});      // 10 frames late: within 48
        const auto out = runQueue(q, 2000, 2128, 128);
        QCOMPARE(out.size(), std::size_t(2));
        QCOMPARE(out[0].offset, 0);
        QCOMPARE(out[1].offset, 0);
        QCOMPARE(q.lateEvents(), std::int64_t(1));
    }

    void cancelDropsPendingAndEndsSoundingNotes()
    {
        ScheduledMidiQueue q;
        q.schedule({10, MidiMessage::noteOn(0, 60, 90)});
        q.schedule({20, MidiMessage::noteOn(3, 70, 90)});
        q.schedule({5000, MidiMessage::noteOff(0, 60)});
        q.schedule({5000, MidiMessage::noteOff(3, 70)});
        q.schedule({6000, MidiMessage::noteOn(0, 64, 90)});
        QCOMPARE(runQueue(q, 0, 128, 128).size(), std::size_t(2));
        q.cancel();
        q.schedule({300, MidiMessage::noteOn(0, 72, 90)});   // scheduled after the cancel: kept
        const auto out = runQueue(q, 256, 8192, 128);
        QCOMPARE(out.size(), std::size_t(3));
        QVERIFY(out[0].message.isNoteOff());
        QVERIFY(out[1].message.isNoteOff());
        QCOMPARE(out[0].cycle + out[0].offset, Frame(256));
        QCOMPARE(int(out[2].message.data1), 72);
        QCOMPARE(out[2].cycle + out[2].offset, Frame(300));
    }

    void cancelOfOneChannelKeepsTheOthers()
    {
        ScheduledMidiQueue q;
        q.schedule({10, MidiMessage::noteOn(0, 60, 90)});    // the player's monitor
        q.schedule({20, MidiMessage::noteOn(1, 70, 90)});    // the reply
        q.schedule({900, MidiMessage::noteOn(1, 72, 90)});
        q.schedule({1000, MidiMessage::noteOff(0, 60)});
        runQueue(q, 0, 128, 128);
        q.cancel(1);
        const auto out = runQueue(q, 128, 2048, 128);
        QCOMPARE(out.size(), std::size_t(2));
        QVERIFY(out[0].message.isNoteOff() && out[0].message.channel() == 1 && out[0].message.data1 == 70);
        QCOMPARE(out[0].cycle + out[0].offset, Frame(128));
        QVERIFY(out[1].message.isNoteOff() && out[1].message.channel() == 0);   // the held monitor note ends as played
        QCOMPARE(out[1].cycle + out[1].offset, Frame(1000));
    }

    void cancelIsHeardBeforeItsNoteOffs()
    {
        // A consumer that hands events over early (the ALSA sequencer's
        // queue) hears of each cancel, with its channel, before the note-offs.
        ScheduledMidiQueue q;
        q.schedule({10, MidiMessage::noteOn(2, 60, 90)});
        std::vector<std::string> heard;
        const auto deliver = [&](int, const MidiMessage &m) { heard.push_back(m.isNoteOff() ? "off" : "on"); };
        const auto onCancel = [&](int channel) { heard.push_back("cancel " + std::to_string(channel)); };
        q.takeDue(0, 128, 48, deliver, onCancel);
        q.cancel(2);
        q.takeDue(128, 128, 48, deliver, onCancel);
        q.cancel();
        q.takeDue(256, 128, 48, deliver, onCancel);
        const std::vector<std::string> expected{"on", "cancel 2", "off", "cancel -1"};
        QCOMPARE(heard, expected);
    }

    void mergerPlacesLiveEventsInsideBlocks()
    {
        RecordingSink sink;
        LiveEventMerger merger;
        merger.setFormat(48000, 256);
        merger.setDownstream(&sink);
        std::vector<float> l(256), r(256);
        merger.render(l.data(), r.data(), 256);
        QCOMPARE(merger.renderedFrames(), Frame(256));
        merger.schedule({300, MidiMessage::noteOn(1, 60, 100)});
        merger.schedule({511, MidiMessage::noteOff(1, 60)});
        // The sequencer renders a block in two parts around one of its own events.
        merger.render(l.data(), r.data(), 100);
        merger.sendMidi(MidiMessage::programChange(0, 5));
        merger.render(l.data(), r.data(), 156);
        QCOMPARE(sink.frames, std::int64_t(512));
        QCOMPARE(sink.ons().size(), std::size_t(1));
        QCOMPARE(sink.ons().front().frame, std::int64_t(300));
        QCOMPARE(sink.offs().front().frame, std::int64_t(511));
        QCOMPARE(sink.events[0].frame, std::int64_t(300));   // the live note-on
        QCOMPARE(sink.events[1].frame, std::int64_t(356));   // the sequencer's event
    }

    void clockRunsBetweenBlocksAndStopsWithoutThem()
    {
        LiveEventMerger merger;
        merger.setFormat(48000, 480);
        std::vector<float> l(480), r(480);
        merger.render(l.data(), r.data(), 480);
        const Frame a = merger.nowFrame();
        QVERIFY(a >= 480 && a <= 960);
        QTest::qWait(5);
        const Frame b = merger.nowFrame();
        QVERIFY(b >= a);
        QTest::qWait(30);   // no block for 30 ms: the clock holds one buffer past the last block
        QCOMPARE(merger.nowFrame(), Frame(960));
        QCOMPARE(merger.earliestOutputFrame(), Frame(1440));
    }
};

QTEST_GUILESS_MAIN(TestLiveOutput)
#include "test_live_output.moc"
