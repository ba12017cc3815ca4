// ChannelRouter sends each routed channel to its own instrument and the rest
// to the fallback, mixes every instrument into the output, and frees retired
// tables only when no audio call can still be using them.

#include "RecordingSink.h"
#include "audio/ChannelRouter.h"

#include <QTest>
#include <memory>

using namespace atelier::core;
using atelier::core::test::RecordingSink;

namespace {

// Writes a constant into both channels and records what it was sent.
class ConstantSink final : public IEventSink {
public:
    explicit ConstantSink(float value) : value(value) {}
    void sendMidi(const MidiMessage &m) override { received.push_back(m); }
    void render(float *left, float *right, int n) override
    {
        for (int i = 0; i < n; ++i) {
            left[i] = value;
            right[i] = -value;
        }
        rendered += n;
    }
    float value;
    std::vector<MidiMessage> received;
    long rendered = 0;
};

// Silent, but says it sounds `latency` samples after its messages.
class LateSink final : public IEventSink {
public:
    explicit LateSink(int latency) : latency(latency) {}
    void sendMidi(const MidiMessage &) override {}
    void render(float *left, float *right, int n) override
    {
        std::fill(left, left + n, 0.0f);
        std::fill(right, right + n, 0.0f);
    }
    int latencyFrames() const override { return latency; }
    int latency;
};

// Counts its samples: the n-th sample it ever rendered is n (1, 2, 3...).
class CountingSink final : public IEventSink {
public:
    void sendMidi(const MidiMessage &) override {}
    void render(float *left, float *right, int n) override
    {
        for (int i = 0; i < n; ++i)
            left[i] = right[i] = float(++count);
    }
    int count = 0;
};

} // namespace

class TestChannelRouter : public QObject {
    Q_OBJECT
private slots:
    void routesByChannel()
    {
        RecordingSink synth;
        ChannelRouter router(synth);
        auto a = std::make_shared<ConstantSink>(0.25f);
        ChannelRouter::Table table;
        table[3] = a;
        router.setInstruments(table);
        QCOMPARE(router.routedChannels(), 1);
        router.sendMidi(MidiMessage::noteOn(3, 60, 100));
        router.sendMidi(MidiMessage::noteOn(0, 62, 100));
        router.sendMidi(MidiMessage::noteOff(3, 60));
        QCOMPARE(int(a->received.size()), 2);
        QVERIFY(a->received[0].isNoteOn() && a->received[0].data1 == 60);
        QVERIFY(a->received[1].isNoteOff());
        // The synth: the all-notes-off of the newly routed channel 3, then its own note.
        QCOMPARE(int(synth.events.size()), 2);
        QVERIFY(synth.events[0].message.isController(MidiMessage::kCcAllNotesOff));
        QCOMPARE(synth.events[1].message.data1, 62);
    }

    void delaysTheFallbackByTheRoutedLatency()
    {
        // A routed instrument that sounds 100 samples late: the synth is
        // delayed by as much, sample for sample, and back on time when it goes.
        CountingSink synth;
        ChannelRouter router(synth, 64);
        std::vector<float> l(200), r(200);
        router.render(l.data(), r.data(), 50);
        QCOMPARE(l[49], 50.0f);
        QCOMPARE(router.compensationFrames(), 0);
        ChannelRouter::Table table;
        table[4] = std::make_shared<LateSink>(100);
        table[6] = std::make_shared<LateSink>(30);  // the largest latency counts
        router.setInstruments(table);
        QCOMPARE(router.compensationFrames(), 100);
        router.render(l.data(), r.data(), 200);
        // Sample i of this block was written as 51 + i; out comes what was written 100 samples before.
        for (int i = 0; i < 200; ++i) {
            const float expected = i < 50 ? 0.0f : float(i - 49);
            QCOMPARE(l[std::size_t(i)], expected);
            QCOMPARE(r[std::size_t(i)], expected);
        }
        // The same table again, its instrument's latency changed (a new block size): the delay follows.
        static_cast<LateSink *>(table[4].get())->latency = 150;
        router.setInstruments(table);
        QCOMPARE(router.compensationFrames(), 150);
        router.render(l.data(), r.data(), 1);
        QCOMPARE(l[0], float(251 - 150));
        router.setInstruments({});
        QCOMPARE(router.compensationFrames(), 0);
        router.render(l.data(), r.data(), 10);
        QCOMPARE(l[0], 252.0f);
    }

    void mixesEachInstrumentOnceInChunks()
    {
        RecordingSink synth;
        ChannelRouter router(synth, 64);  // small scratch: blocks are rendered in chunks
        auto a = std::make_shared<ConstantSink>(0.25f);
        auto b = std::make_shared<ConstantSink>(0.5f);
        ChannelRouter::Table table;
        table[1] = a;
        table[2] = a;  // one instrument on two channels is rendered once
        table[5] = b;
        router.setInstruments(table);
        std::vector<float> l(300, 9.0f), r(300, 9.0f);
        router.render(l.data(), r.data(), 300);
        QCOMPARE(synth.frames, std::int64_t(300));
        QCOMPARE(a->rendered, 300L);
        QCOMPARE(b->rendered, 300L);
        for (int i = 0; i < 300; ++i) {
            QCOMPARE(l[std::size_t(i)], 0.75f);
            QCOMPARE(r[std::size_t(i)], -0.75f);
        }
    }

    void routingChangesReleaseTheOldInstrumentsNotes()
    {
        RecordingSink synth;
        ChannelRouter router(synth);
        auto a = std::make_shared<ConstantSink>(0.25f);
        ChannelRouter::Table table;
        table[3] = a;
        router.setInstruments(table);  // channel 3: synth -> a
        std::vector<float> l(8), r(8);
        router.render(l.data(), r.data(), 8);
        // The synth got an all-notes-off on channel 3 (its notes there would hang).
        QCOMPARE(int(synth.events.size()), 1);
        QVERIFY(synth.events[0].message.isController(MidiMessage::kCcAllNotesOff));
        QCOMPARE(synth.events[0].message.channel(), 3);
        router.render(l.data(), r.data(), 8);
        QCOMPARE(int(synth.events.size()), 1);  // once
        // Panic on a routed channel reaches both.
        router.sendMidi(MidiMessage::controlChange(3, MidiMessage::kCcAllSoundOff, 0));
        QCOMPARE(int(a->received.size()), 1);
        QCOMPARE(int(synth.events.size()), 2);
        // Back to the synth: a gets its all-notes-off.
        router.setInstruments({});
        router.sendMidi(MidiMessage::noteOn(3, 60, 100));
        QCOMPARE(int(a->received.size()), 2);
        QVERIFY(a->received[1].isController(MidiMessage::kCcAllNotesOff));
        QVERIFY(synth.events.back().message.isNoteOn());
        std::weak_ptr<ConstantSink> watch = a;
        a.reset();
        table = {};
        router.collectGarbage(false);
        QVERIFY(watch.expired());
    }

    void twoChangesWithinOneBlockStillReleaseTheFirstInstrument()
    {
        // Channel 3 goes to X, then (before any audio call) to Y, then Y stays and
        // channel 5 changes: X still gets its all-notes-off, Y's own is not needed
        // twice, and the synth (channel 3's first instrument) gets one too.
        RecordingSink synth;
        ChannelRouter router(synth);
        auto x = std::make_shared<ConstantSink>(0.1f), y = std::make_shared<ConstantSink>(0.2f),
             z = std::make_shared<ConstantSink>(0.3f);
        ChannelRouter::Table table;
        table[3] = x;
        router.setInstruments(table);
        float l[16], r[16];
        router.render(l, r, 16);   // the audio side uses the table with X
        x->received.clear();
        synth.events.clear();
        table[3] = y;
        router.setInstruments(table);   // X -> Y, never used by the audio side
        table[5] = z;
        router.setInstruments(table);   // channel 5 -> Z; channel 3 stays Y
        router.render(l, r, 16);
        QCOMPARE(int(x->received.size()), 1);
        QVERIFY(x->received[0].isController(MidiMessage::kCcAllNotesOff) && x->received[0].channel() == 3);
        QCOMPARE(int(y->received.size()), 0);
        QCOMPARE(int(synth.events.size()), 1);   // channel 5 leaves the synth
        QVERIFY(synth.events[0].message.isController(MidiMessage::kCcAllNotesOff)
                && synth.events[0].message.channel() == 5);
        router.collectGarbage(true);
    }

    void emptyTableIsTheFallbackAlone()
    {
        RecordingSink synth;
        ChannelRouter router(synth);
        router.setInstruments({});
        QCOMPARE(router.routedChannels(), 0);
        std::vector<float> l(16, 1.0f), r(16, 1.0f);
        router.render(l.data(), r.data(), 16);
        for (float v : l) QCOMPARE(v, 0.0f);
        router.sendMidi(MidiMessage::noteOn(3, 60, 1));
        QCOMPARE(int(synth.events.size()), 1);
    }

    void retiredTablesWaitForTheAudioSide()
    {
        RecordingSink synth;
        ChannelRouter router(synth);
        auto a = std::make_shared<ConstantSink>(0.25f);
        std::weak_ptr<ConstantSink> watch = a;
        ChannelRouter::Table table;
        table[0] = a;
        router.setInstruments(table);
        table = {};
        a.reset();
        router.setInstruments({});  // the old table is retired, not freed
        QCOMPARE(router.collectGarbage(false), 0);
        QVERIFY(!watch.expired());
        std::vector<float> l(8), r(8);
        router.render(l.data(), r.data(), 8);  // an audio call completes after the swap
        QCOMPARE(router.collectGarbage(false), 1);
        QVERIFY(watch.expired());

        auto b = std::make_shared<ConstantSink>(0.5f);
        watch = b;
        table[0] = b;
        router.setInstruments(table);
        table = {};
        b.reset();
        router.setInstruments({});
        QCOMPARE(router.collectGarbage(true), 2);  // no audio thread: free at once
        QVERIFY(watch.expired());
    }
};

QTEST_GUILESS_MAIN(TestChannelRouter)
#include "test_channel_router.moc"
