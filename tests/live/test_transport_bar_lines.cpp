// TransportBarLines on a running audio engine (the silent real-time null
// device): bar lines of a 3/4 song at 100 bpm (a bar is 1.8 s) on the audio
// clock while the transport plays, none while it stands still, and the loop
// end as the bar line inside a loop. Expected frames are worked out from the
// tempo by hand, not with TempoMap.

#include "audio/AudioEngine.h"
#include "audio/NullAudioDevice.h"
#include "live/TransportBarLines.h"

#include <QtTest>

using namespace atelier::core;

namespace {

// 3/4 at 100 bpm with one long note.
Song threeFourAt100()
{
    Song song;
    song.tempos = {{0, 100.0}};
    song.timeSignatures = {{0, 3, 4}};
    song.tracks = {Track{}};
    song.tracks[0].notes = {{60, 0, 480 * 30, 100}};
    return song;
}

} // namespace

class TestTransportBarLines : public QObject {
    Q_OBJECT
private slots:
    void barLinesFollowTheTransport()
    {
        AudioEngine engine(std::make_unique<NullAudioDevice>());
        QString error;
        QVERIFY2(engine.start(AudioSettings{}, &error), qPrintable(error));
        Song song = threeFourAt100();
        engine.setSong(song);
        const TransportBarLines bars(engine, song);
        QVERIFY(!bars(engine.clock().nowFrame()).has_value());   // stopped

        engine.play();
        QTRY_VERIFY_WITH_TIMEOUT(engine.transportPoint().playing, 3000);
        const double rate = engine.clock().sampleRate();
        const auto barFrames = std::int64_t(std::llround(1.8 * rate));
        const AudioEngine::TransportPoint tp = engine.transportPoint();
        const std::int64_t k = (tp.sample + barFrames - 1) / barFrames;   // the next bar at or after the point
        const std::optional<Frame> next = bars(tp.frame);
        QVERIFY(next.has_value());
        QVERIFY2(std::abs(*next - (tp.frame + k * barFrames - tp.sample)) <= 1,
                 qPrintable(QStringLiteral("%1 vs %2").arg(*next).arg(tp.frame + k * barFrames - tp.sample)));
        // From just after that bar line: the one after it.
        const std::optional<Frame> after = bars(*next + 1);
        QVERIFY(after.has_value());
        QVERIFY(std::abs(*after - (*next + barFrames)) <= 1);
        engine.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!engine.transportPoint().playing, 3000);
        QVERIFY(!bars(engine.clock().nowFrame()).has_value());
    }

    void theLoopEndIsABarLineInsideTheLoop()
    {
        AudioEngine engine(std::make_unique<NullAudioDevice>());
        QString error;
        QVERIFY2(engine.start(AudioSettings{}, &error), qPrintable(error));
        Song song = threeFourAt100();
        song.loop = {0, 960, true};   // two beats: 1.2 s, shorter than a bar
        engine.setSong(song);
        engine.locate(0);
        engine.play();
        QTRY_VERIFY_WITH_TIMEOUT(engine.transportPoint().playing, 3000);
        const TransportBarLines bars(engine, song);
        const AudioEngine::TransportPoint tp = engine.transportPoint();
        QVERIFY(tp.sample < std::llround(1.2 * engine.clock().sampleRate()));
        const std::optional<Frame> end = bars(tp.frame);
        QVERIFY(end.has_value());
        QVERIFY(std::abs(*end - (tp.frame + std::llround(1.2 * engine.clock().sampleRate()) - tp.sample)) <= 1);
        engine.stop();
    }
};

QTEST_GUILESS_MAIN(TestTransportBarLines)
#include "test_transport_bar_lines.moc"
