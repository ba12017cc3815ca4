// End to end: `atelier play --jack` on a private JACK server (dummy driver),
// heard and driven by a plain libjack client (JackTestClient). As a clock
// leader its ticks are exactly one 1/24 beat apart and every track's notes
// leave on their channel at the frame of their beat's tick, with Start and
// Stop; as a follower it waits for Start, plays on the incoming clock's
// beats, holds when the clock stops, and survives a flood of clock bytes and
// a port that vanishes. Expected frames are worked out from the tempo by hand
// (120 bpm at 48 kHz: a beat is 24,000 frames, a tick 1,000).

#include "AtelierProcess.h"
#include "JackTestClient.h"

#include "live/JackServer.h"
#include "midi/SmfWriter.h"
#include "midi/SongConverter.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>
#include <map>

using namespace atelier::core;

namespace {

// Track 1 (channel 1): pitch 60 on beats 0..3; track 2 (channel 2): pitch 64 on beats 0.5 and 1.5.
QString writeSong(const QTemporaryDir &dir)
{
    Song song;
    Track a, b;
    a.name = QStringLiteral("beats");
    a.channel = 0;
    for (int beat = 0; beat < 4; ++beat)
        a.notes.append(Note{60, Tick(beat) * 480, 240, 100});
    b.name = QStringLiteral("offbeats");
    b.channel = 1;
    b.notes = {Note{64, 240, 240, 90}, Note{64, 720, 240, 90}};
    song.tracks = {a, b};
    song.tempos = {TempoChange{0, 120.0}};
    const QString path = dir.filePath(QStringLiteral("song.mid"));
    SmfWriter::writeFile(SongConverter::toSmf(song, 1), path);
    return path;
}

bool startPlay(QProcess &p, const QString &server, const QStringList &args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("JACK_DEFAULT_SERVER", server);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ATELIER_BINARY_DIR "/atelier"), QStringList{"play"} + args);
    QByteArray err;
    for (int i = 0; i < 300 && !err.contains("play ready"); ++i) {
        p.waitForReadyRead(100);
        err += p.readAllStandardError();
        if (p.state() == QProcess::NotRunning)
            break;
    }
    if (!err.contains("play ready"))
        qWarning("play did not start: %s", err.constData());
    return err.contains("play ready");
}

std::vector<jack_nframes_t> framesOf(const std::vector<JackTestClient::Event> &events, unsigned char status,
                                     int pitch = -1)
{
    std::vector<jack_nframes_t> frames;
    for (const auto &e : events)
        if (e.bytes[0] == status && (pitch < 0 || e.bytes[1] == pitch) && ((status & 0xF0) != 0x90 || e.bytes[2] > 0))
            frames.push_back(e.frame);
    return frames;
}

// Note-ons minus note-offs per channel and pitch.
std::map<int, int> balance(const std::vector<JackTestClient::Event> &events)
{
    std::map<int, int> open;
    for (const auto &e : events) {
        const int type = e.bytes[0] & 0xF0, key = (e.bytes[0] & 0x0F) * 128 + e.bytes[1];
        if (type == 0x90 && e.bytes[2] > 0)
            ++open[key];
        else if (type == 0x80 || (type == 0x90 && e.bytes[2] == 0))
            --open[key];
    }
    std::erase_if(open, [](const auto &kv) { return kv.second == 0; });
    return open;
}

} // namespace

class TestCliPlay : public QObject {
    Q_OBJECT
private slots:
    void leaderSendsExactClockAndEveryTrack()
    {
        JackServer server;
        QString error;
        QVERIFY2(server.start(JackServer::uniqueName("atelier-test-play"), 48000, 128, &error), qPrintable(error));
        JackTestClient tester;
        QVERIFY(tester.open(server.name(), "tester"));
        QTemporaryDir dir;
        QProcess play;
        QVERIFY(startPlay(play, server.name(), {writeSong(dir), "--jack", "--midi-out", "tester:hear", "--clock"}));
        QVERIFY(play.waitForFinished(30000));   // the song is 1.75 s long
        QCOMPARE(play.exitCode(), 0);
        const auto heard = tester.heard();
        const auto starts = framesOf(heard, 0xFA), ticks = framesOf(heard, 0xF8), stops = framesOf(heard, 0xFC);
        QCOMPARE(starts.size(), std::size_t(1));
        QCOMPARE(ticks.size(), std::size_t(84));   // 3.5 beats: clocks 0..83
        const jack_nframes_t t0 = ticks[0];
        QCOMPARE(t0, starts[0]);
        // Each tick at its frame: exactly, except that where the loaded machine missed
        // a cycle (JACK reports an xrun) the rest may arrive a period or two (128
        // frames each) later. No drift, and only a few steps.
        auto near = [](jack_nframes_t actual, jack_nframes_t expected) {
            return actual >= expected && actual - expected <= 256;
        };
        int steps = 0;
        for (std::size_t k = 0; k < ticks.size(); ++k) {
            QVERIFY2(near(ticks[k], t0 + jack_nframes_t(k) * 1000), qPrintable(QString::number(ticks[k] - t0)));
            steps += k > 0 && ticks[k] - ticks[k - 1] != 1000 ? 1 : 0;
        }
        QVERIFY2(steps <= 4, qPrintable(QString::number(steps)));
        QCOMPARE(stops.size(), std::size_t(1));
        const auto beats = framesOf(heard, 0x90, 60), offbeats = framesOf(heard, 0x91, 64);
        QCOMPARE(beats.size(), std::size_t(4));
        QCOMPARE(offbeats.size(), std::size_t(2));
        for (std::size_t b = 0; b < beats.size(); ++b)
            QVERIFY(near(beats[b], t0 + jack_nframes_t(b) * 24000));
        QVERIFY(near(stops[0], t0 + 84000));
        for (std::size_t b = 0; b < offbeats.size(); ++b)
            QVERIFY(near(offbeats[b], t0 + 12000 + jack_nframes_t(b) * 24000));
        // A note and the tick of its beat leave in the same frame.
        for (std::size_t b = 0; b < beats.size(); ++b)
            QCOMPARE(beats[b], ticks[b * 24]);
        QVERIFY(balance(heard).empty());
    }

    void followerWaitsForStartPlaysOnTheBeatAndHolds()
    {
        JackServer server;
        QString error;
        QVERIFY2(server.start(JackServer::uniqueName("atelier-test-follow"), 48000, 128, &error), qPrintable(error));
        JackTestClient tester;
        QVERIFY(tester.open(server.name(), "tester"));
        QTemporaryDir dir;
        QProcess play;
        QVERIFY(startPlay(play, server.name(), {writeSong(dir), "--jack", "--follow-clock", "tester:play",
                                                "--midi-out", "tester:hear", "--seconds", "4", "--json"}));
        QThread::msleep(300);
        QVERIFY(framesOf(tester.heard(), 0x90, 60).empty());   // nothing before Start
        // Start, then clocks at 100 bpm (1,200 frames) for two and a half beats, then silence.
        const jack_nframes_t start = tester.now() + 9600;
        tester.send(start, {0xFA});
        std::vector<jack_nframes_t> ideal;
        for (int k = 0; k < 60; ++k) {
            ideal.push_back(start + 480 + jack_nframes_t(k) * 1200);
            tester.send(ideal.back(), {0xF8});
        }
        QVERIFY(play.waitForFinished(30000));
        QCOMPARE(play.exitCode(), 0);
        const QByteArray err = play.readAllStandardError();
        QVERIFY2(err.contains("clock stopped"), err.constData());
        const auto heard = tester.heard();
        const auto beats = framesOf(heard, 0x90, 60), offbeats = framesOf(heard, 0x91, 64);
        // Beats 0, 1 and 2 (clocks 0, 24, 48); beat 3 needs clock 72, which never came.
        QCOMPARE(beats.size(), std::size_t(3));
        QCOMPARE(offbeats.size(), std::size_t(2));
        for (std::size_t b = 0; b < beats.size(); ++b) {
            // One period (2.7 ms) of graph latency plus the follower's error; generous.
            const double error_ms = (double(beats[b]) - double(ideal[b * 24])) / 48.0;
            QVERIFY2(error_ms > -5.0 && error_ms < 10.0, qPrintable(QString::number(error_ms)));
        }
        QVERIFY(balance(heard).empty());   // the held note was released when play ended
        // One JSON line a second, following the clock at 100 bpm.
        const QList<QByteArray> lines = play.readAllStandardOutput().trimmed().split('\n');
        QVERIFY(lines.size() >= 3);
        bool saw100 = false;
        for (const QByteArray &line : lines) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            QCOMPARE(o["source"].toString(), QStringLiteral("midi-clock"));
            QVERIFY(o.contains("t_s") && o.contains("phase_error_ms"));
            saw100 = saw100 || std::abs(o["bpm"].toDouble() - 100.0) < 0.5;
        }
        QVERIFY(saw100);
    }

    void followerSurvivesAFloodAndAVanishingPort()
    {
        JackServer server;
        QString error;
        QVERIFY2(server.start(JackServer::uniqueName("atelier-test-flood"), 48000, 128, &error), qPrintable(error));
        auto tester = std::make_unique<JackTestClient>();
        QVERIFY(tester->open(server.name(), "tester"));
        QTemporaryDir dir;
        QProcess play;
        QVERIFY(startPlay(play, server.name(), {writeSong(dir), "--jack", "--follow-clock", "tester:play",
                                                "--midi-out", "tester:hear", "--seconds", "3"}));
        const jack_nframes_t start = tester->now() + 4800;
        tester->send(start, {0xFA});
        for (int k = 0; k < 48000; ++k)
            tester->send(start + 100 + jack_nframes_t(k), {0xF8});   // 48,000 clocks a second
        QThread::msleep(1500);
        tester.reset();   // the port vanishes
        QVERIFY(play.waitForFinished(30000));
        QCOMPARE(play.exitStatus(), QProcess::NormalExit);
        QCOMPARE(play.exitCode(), 0);
        const QByteArray err = play.readAllStandardError();
        QVERIFY2(err.contains("disconnected"), err.constData());
    }

    void withoutJackItPlaysOnTheSoundCard()
    {
        // The sound card through RtAudio, which picks a running JACK server's
        // system ports when there is no other (the test machines have no
        // sound card); a --json line a second, from the song's own tempo.
        JackServer server;
        QString error;
        QVERIFY2(server.start(JackServer::uniqueName("atelier-test-play-card"), 48000, 128, &error), qPrintable(error));
        QTemporaryDir dir;
        QProcess play;
        QVERIFY(startPlay(play, server.name(), {writeSong(dir), "--seconds", "2.5", "--json"}));
        QVERIFY(play.waitForFinished(30000));
        QCOMPARE(play.exitCode(), 0);
        const QList<QByteArray> lines = play.readAllStandardOutput().trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        for (const QByteArray &line : lines) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            QCOMPARE(o.value("source").toString(), QStringLiteral("internal"));
            QCOMPARE(o.value("bpm").toDouble(), 120.0);
        }
        server.stop();
    }

    void badInputIsRefusedClearly()
    {
        QTemporaryDir dir;
        AtelierResult r = runAtelier({"play", dir.filePath("missing.mid"), "--jack"});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("missing.mid"), r.err.constData());
        if (!QFile::exists(QStringLiteral("/dev/snd/seq"))) {
            // Without --jack the ports are the ALSA sequencer's: none here, and it says so.
            r = runAtelier({"play", writeSong(dir), "--clock"});
            QCOMPARE(r.code, 2);
            QVERIFY2(r.err.contains("ALSA sequencer") && r.err.contains("--jack"), r.err.constData());
            r = runAtelier({"play", writeSong(dir), "--follow-clock", "virtual"});
            QCOMPARE(r.code, 2);
            QVERIFY2(r.err.contains("ALSA sequencer"), r.err.constData());
        }
        r = runAtelier({"play", writeSong(dir), "--jack", "--bogus"});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("--bogus"), r.err.constData());
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("JACK_DEFAULT_SERVER", JackServer::uniqueName("atelier-test-none"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(ATELIER_BINARY_DIR "/atelier"), {"play", writeSong(dir), "--jack"});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY2(p.readAllStandardError().contains("no JACK server"), "expected a clear error");
        r = runAtelier({"play", writeSong(dir), "--jack", "--midi-out", "nobody:here"});
        QCOMPARE(r.code, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliPlay)
#include "test_cli_play.moc"
