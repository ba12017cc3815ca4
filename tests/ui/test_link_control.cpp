// The studio's Link button with a real Link session and a second peer, in a
// private network namespace this test makes for itself (it runs itself
// again under `unshare --net --map-root-user` with loopback up and multicast
// routed to it, so no packet leaves the machine): turning Link on finds the
// peer and shows it with the session's tempo; Play waits for the session's
// next bar and the song then keeps its bars on the session's bars at the
// session's tempo; turning Link off leaves the session. Follow MIDI Clock
// takes the lead from Link (and Link from it) and shows the clock's tempo.

#include "main/LinkControl.h"

#include "../sync/ScriptedMidiInput.h"

#include "audio/AudioEngine.h"
#include "audio/NullAudioDevice.h"
#include "audio/PlaybackSnapshot.h"
#include "audio/Sequencer.h"
#include "sync/ClockFollowDriver.h"
#include "document/SongDocument.h"
#include "sync/LinkDriver.h"
#include "sync/LinkSession.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolBar>
#include <cmath>
#include <cstdlib>
#include <unistd.h>

using namespace atelier;

namespace {
using ScriptedClock = core::test::ScriptedMidiInput;
struct Silence : core::IEventSink {
    void sendMidi(const core::MidiMessage &) override {}
    void render(float *, float *, int) override {}
};
} // namespace

class TestLinkControl : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void clockOutputOpensAndSaysWhyNot()
    {
        core::LinkSession session;
        core::LinkDriver driver(session);
        QToolBar bar;
        QList<bool> calls;
        bool canOpen = true;
        ui::LinkControl control(&session, &driver, &bar, [&](bool on, QString *error) {
            calls.append(on);
            if (on && !canOpen) {
                *error = QStringLiteral("no ALSA sequencer");
                return false;
            }
            return true;
        });
        QSignalSpy said(&control, &ui::LinkControl::statusMessage);
        QVERIFY(control.clockOutAction());
        control.clockOutAction()->trigger();
        QVERIFY(control.clockOutAction()->isChecked());
        control.clockOutAction()->trigger();
        QCOMPARE(calls, (QList<bool>{true, false}));
        canOpen = false;
        control.clockOutAction()->trigger();
        QVERIFY(!control.clockOutAction()->isChecked());   // it could not open: unchecked again, and said why
        QCOMPARE(calls, (QList<bool>{true, false, true}));
        QVERIFY(said.last().first().toString().contains("no ALSA sequencer"));
        ui::LinkControl without(&session, &driver, &bar);
        QVERIFY(!without.clockOutAction());
    }

    void followingAClockTakesTheLeadFromLink()
    {
        core::LinkSession session;
        core::LinkDriver link(session);
        QToolBar bar;
        ui::LinkControl control(&session, &link, &bar);
        QVERIFY(!control.followAction());
        ScriptedClock input;
        core::ClockFollowDriver follower(input);
        QList<bool> calls;
        control.addClockFollow(&follower, [&](bool on) {
            calls.append(on);
            follower.setFollowing(on);
        });
        QVERIFY(control.followAction());
        QVERIFY(!control.followAction()->isChecked());
        control.linkAction()->setChecked(true);
        QVERIFY(session.isEnabled());
        control.followAction()->setChecked(true);
        QVERIFY(!session.isEnabled());   // one leader at a time
        QCOMPARE(calls, QList<bool>{true});
        QVERIFY(follower.isDriving());
        QCOMPARE(control.sourceLabel()->text(), QStringLiteral("MIDI clock · waiting for Start"));

        // A clock at 100 bpm (1200 frames a tick at 48 kHz) through a sequencer, as the engine runs it.
        Silence silence;
        core::Sequencer seq(silence);
        core::Song song;
        song.tracks.append(core::Track{});
        song.tracks[0].notes.append(core::Note{60, 0, 480 * 64, 100});
        seq.publish(core::PlaybackSnapshot::build(song, 48000.0));
        std::vector<float> l(256), r(256);
        auto cycle = [&](core::Frame start) {
            follower.beginCycle(start, 48000.0, 0, seq);
            for (int done = 0; done < 256;) {
                const int n = std::clamp(follower.drive(seq, done, 256 - done), 1, 256 - done);
                seq.process(l.data() + done, r.data() + done, n);
                done += n;
            }
        };
        cycle(0);
        input.events.push_back({1000, {0xFA, 0, 0}});
        for (int i = 0; i < 48; ++i)
            input.events.push_back({2000 + core::Frame(i) * 1200, {0xF8, 0, 0}});
        for (core::Frame f = 256; f < 2000 + 48 * 1200; f += 256)
            cycle(f);
        control.refresh();
        QCOMPARE(control.sourceLabel()->text(), QStringLiteral("MIDI clock · 100.0 bpm"));

        control.linkAction()->setChecked(true);   // Link takes the lead back
        QVERIFY(!control.followAction()->isChecked());
        QCOMPARE(calls, (QList<bool>{true, false}));
        QVERIFY(!follower.isDriving());
        control.linkAction()->setChecked(false);   // off again (remembered for the next start)
        QVERIFY(!session.isEnabled());
    }

    void linkFindsAPeerAndPlaysOnItsBars()
    {
        core::LinkSession studio(96.0);
        core::LinkDriver driver(studio);
        core::AudioEngine engine(std::make_unique<core::NullAudioDevice>());
        QString error;
        QVERIFY2(engine.start(core::AudioSettings{}, &error), qPrintable(error));
        engine.setTransportDriver(&driver);
        core::Song song;
        core::Track t;
        for (int b = 0; b < 64; ++b)
            t.notes.append(core::Note{60, core::Tick(b) * 480, 240, 100});
        song.tracks = {t};
        song.tempos = {{0, 96.0}};
        engine.setSong(song);
        QToolBar bar;
        ui::LinkControl control(&studio, &driver, &bar);
        QVERIFY(!studio.isEnabled());
        QCOMPARE(control.sourceLabel()->text(), QStringLiteral("Internal clock"));

        // The other peer: a session at 100 bpm.
        core::LinkSession other(100.0);
        other.setEnabled(true);
        control.linkAction()->trigger();
        QVERIFY(studio.isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(studio.peers() == 1, 10000);
        other.setTempo(100.0);   // after joining, the tempo change reaches every peer
        QTRY_VERIFY_WITH_TIMEOUT(std::abs(studio.tempo() - 100.0) < 0.01, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(control.sourceLabel()->text().contains("1 peer"), 2000);
        QTRY_VERIFY_WITH_TIMEOUT(control.sourceLabel()->text().contains("100.0 bpm"), 2000);

        // Play waits for the session's next bar (at most 4 beats at 100 bpm: 2.4 s).
        engine.play();
        QTRY_VERIFY_WITH_TIMEOUT(engine.isPlaying(), 4000);
        QTest::qWait(1500);
        // The song's beat against the other peer's, at the same moment: the song
        // started on a bar, so its beat and the session's differ by whole bars.
        const core::LinkDriver::Reading r = driver.lastReading();
        QVERIFY(r.playing);
        const double bars = (r.sessionBeat - r.songBeat) / core::LinkSession::kQuantum;
        QVERIFY2(std::abs(bars - std::round(bars)) * 4 * 600.0 < 10.0, qPrintable(QString::number(bars)));
        QVERIFY(std::abs(driver.bpm() - 100.0) < 0.01);
        // The playhead moves at 100 bpm, not the song's 96: about 1.67 beats a second.
        const core::Tick a = engine.playhead();
        QTest::qWait(1200);
        const double beatsPerSecond = double(engine.playhead() - a) / 480.0 / 1.2;
        QVERIFY2(std::abs(beatsPerSecond - 100.0 / 60.0) < 0.15, qPrintable(QString::number(beatsPerSecond)));

        control.linkAction()->trigger();
        QVERIFY(!studio.isEnabled());
        QCOMPARE(control.sourceLabel()->text(), QStringLiteral("Internal clock"));
        engine.stop();
        engine.shutdown();
        engine.setTransportDriver(nullptr);
    }
};

// Runs the tests inside a private network namespace: the first start runs
// this program again under unshare and returns its result.
int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("ATELIER_TEST_NETNS")) {
        QCoreApplication app(argc, argv);
        QStringList args;
        for (int i = 1; i < argc; ++i)
            args << QString::fromLocal8Bit(argv[i]);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("ATELIER_TEST_NETNS", "1");
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::ForwardedChannels);
        p.start("unshare", QStringList{"--net", "--map-root-user", "bash", "-c",
                                       "ip link set lo up && ip link set lo multicast on && "
                                       "ip route add 224.0.0.0/4 dev lo && exec \"$0\" \"$@\"",
                                       QCoreApplication::applicationFilePath()} + args);
        if (!p.waitForStarted(10000) || !p.waitForFinished(120000)) {
            std::fprintf(stderr, "could not run the test in a private network namespace (unshare)\n");
            return 1;
        }
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : 1;
    }
    QApplication app(argc, argv);
    TestLinkControl test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_link_control.moc"
