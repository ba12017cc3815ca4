// What every audio callback does around its work (RealtimeGuards): denormals
// flushed to zero while it runs and the caller's mode restored after; a block
// with a NaN or an infinity silenced. And the audio engine with them: an
// instrument that renders NaN costs one silent block, counted and said in the
// status, not a blast; the device's underruns are said there too.

#include "ManualAudioDevice.h"

#include "audio/AudioEngine.h"
#include "audio/RealtimeGuards.h"

#include <QtTest>
#include <cmath>
#include <limits>

using namespace atelier::core;

namespace {

float multiply(float a, float b)
{
    volatile float x = a, y = b;   // not folded at compile time
    return x * y;
}

// Renders `value` into both channels.
struct ValueSink : IEventSink {
    float value = 0.0f;
    void sendMidi(const MidiMessage &) override {}
    void render(float *left, float *right, int frames) override
    {
        for (int i = 0; i < frames; ++i) {
            left[i] = value;
            right[i] = value;
        }
    }
};

} // namespace

class TestRealtimeGuards : public QObject {
    Q_OBJECT
private slots:
    void denormalsAreFlushedOnlyInsideTheGuard()
    {
        const float tiny = std::numeric_limits<float>::min();   // the smallest normal float
        QVERIFY(multiply(tiny, 0.25f) > 0.0f);                   // a denormal, outside
        {
            const ScopedFlushDenormals ftz;
            QCOMPARE(multiply(tiny, 0.25f), 0.0f);               // flushed to zero
            QCOMPARE(multiply(tiny, 1.0f), tiny);                // normals untouched
        }
        QVERIFY(multiply(tiny, 0.25f) > 0.0f);                   // restored
    }

    void aBlockWithNaNOrInfinityBecomesSilence()
    {
        float l[8] = {0.1f, 0.2f, 0.3f, 0.4f, 0.5f, 0.6f, 0.7f, 0.8f}, r[8] = {};
        QVERIFY(!silenceIfNotFinite(l, r, 8));
        QCOMPARE(l[7], 0.8f);
        r[5] = std::numeric_limits<float>::quiet_NaN();
        QVERIFY(silenceIfNotFinite(l, r, 8));
        for (int i = 0; i < 8; ++i)
            QVERIFY(l[i] == 0.0f && r[i] == 0.0f);
        l[0] = -std::numeric_limits<float>::infinity();
        QVERIFY(silenceIfNotFinite(l, r, 8));
        QCOMPARE(l[0], 0.0f);
    }

    void theEngineSilencesAndCountsABrokenInstrument()
    {
        auto owned = std::make_unique<test::ManualAudioDevice>();
        test::ManualAudioDevice *device = owned.get();
        AudioEngine engine(std::move(owned));
        QString error;
        QVERIFY2(engine.start(AudioSettings{}, &error), qPrintable(error));
        auto sink = std::make_shared<ValueSink>();
        sink->value = 0.25f;
        engine.addLiveInstrument(sink);
        device->run(256);
        QCOMPARE(device->left[100], 0.25f);   // a fine block passes
        QCOMPARE(engine.silencedBlocks(), std::int64_t(0));
        QVERIFY(!engine.statusText().contains(QStringLiteral("silenced")));

        sink->value = std::numeric_limits<float>::quiet_NaN();
        device->run(256);
        for (float v : device->left)
            QCOMPARE(v, 0.0f);
        QCOMPARE(engine.silencedBlocks(), std::int64_t(1));
        QVERIFY2(engine.statusText().contains(QStringLiteral("silenced")), qPrintable(engine.statusText()));

        sink->value = 0.25f;   // the instrument recovers, so does the sound
        device->run(256);
        QCOMPARE(device->right[10], 0.25f);
        QCOMPARE(engine.silencedBlocks(), std::int64_t(1));

        QVERIFY(!engine.statusText().contains(QStringLiteral("dropout")));
        device->reportedUnderruns = 3;
        QCOMPARE(engine.underruns(), std::int64_t(3));
        QVERIFY2(engine.statusText().contains(QStringLiteral("3 dropout")), qPrintable(engine.statusText()));
        engine.removeLiveInstrument(sink);
        engine.shutdown();
    }
};

QTEST_GUILESS_MAIN(TestRealtimeGuards)
#include "test_realtime_guards.moc"
