// End to end: `atelier duet --jack` on a private JACK server (dummy driver),
// played from a plain libjack client (JackTestClient), with the shipped
// performance model. Checks the reply on the output port (it comes soon
// after the phrase, keeps the key, leaves no stuck note), the JSON lines,
// the recording (both parts at the played times), and that bad input (sysex,
// stray bytes, a note-off with no note-on, a flood of 10,000 notes per
// second, a port that vanishes mid-phrase) costs nothing. Time bounds are
// generous; the milliseconds belong to `atelier bench duet`.

#include "AtelierProcess.h"
#include "JackTestClient.h"

#include "live/JackServer.h"
#include "midi/SmfReader.h"
#include "midi/SongConverter.h"

#include <algorithm>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>
#include <map>
#include <set>

using namespace atelier::core;

namespace {

const std::set<int> kCMajor = {0, 2, 4, 5, 7, 9, 11};

// Starts `atelier duet --jack ...` on the server and waits for its ready line.
bool startDuet(QProcess &p, const QString &server, const QStringList &args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("JACK_DEFAULT_SERVER", server);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ATELIER_BINARY_DIR "/atelier"), QStringList{"duet", "--jack"} + args);
    QByteArray err;
    for (int i = 0; i < 600 && !err.contains("duet ready"); ++i) {
        p.waitForReadyRead(100);
        err += p.readAllStandardError();
        if (p.state() == QProcess::NotRunning)
            break;
    }
    if (!err.contains("duet ready"))
        qWarning("duet did not start: %s", err.constData());
    return err.contains("duet ready");
}

// Per pitch: note-ons minus note-offs (channel messages only).
std::map<int, int> balance(const std::vector<JackTestClient::Event> &events)
{
    std::map<int, int> open;
    for (const auto &e : events) {
        const int type = e.bytes[0] & 0xF0;
        if (type == 0x90 && e.bytes[2] > 0)
            ++open[e.bytes[1]];
        else if (type == 0x80 || (type == 0x90 && e.bytes[2] == 0))
            --open[e.bytes[1]];
    }
    return open;
}

} // namespace

class TestCliDuet : public QObject {
    Q_OBJECT
private slots:
    void phraseGetsAnAnswerInKeyAndBothPartsAreRecorded()
    {
        JackServer server;
        QString error;
        QVERIFY2(server.start(JackServer::uniqueName("atelier-test-duet"), 48000, 128, &error), qPrintable(error));
        QTemporaryDir dir;
        const QString midi = dir.filePath("duet.mid");
        QProcess duet;
        QVERIFY(startDuet(duet, server.name(),
                          {"--input", "virtual", "--output", "virtual", "--model", "performance", "--seconds", "7",
                           "--key", "auto", "--record", midi, "--json"}));

        JackTestClient player;
        QVERIFY(player.open(server.name(), "duet-tester"));
        QVERIFY(player.connect(player.playName(), "Atelier:Duet in"));
        QVERIFY(player.connect("Atelier:Duet out", player.hearName()));

        // A C-major phrase: nine notes of 150 ms.
        const int pitches[] = {60, 62, 64, 65, 67, 65, 64, 62, 60};
        const double rate = player.rate();
        const jack_nframes_t step = jack_nframes_t(0.15 * rate);
        const jack_nframes_t start = player.now() + jack_nframes_t(0.3 * rate);
        std::vector<jack_nframes_t> played;
        for (int i = 0; i < 9; ++i) {
            const jack_nframes_t t = start + jack_nframes_t(i) * step;
            player.send(t, {0x90, (unsigned char)pitches[i], 90});
            player.send(t + step - 480, {0x80, (unsigned char)pitches[i], 0});
            played.push_back(t);
        }
        const jack_nframes_t lastOff = start + 8 * step + step - 480;
        const jack_nframes_t phraseEnd = lastOff + jack_nframes_t(0.5 * rate);

        QVERIFY(duet.waitForFinished(60000));
        QCOMPARE(duet.exitCode(), 0);
        const QByteArray out = duet.readAllStandardOutput();
        const QByteArray duetErr = duet.readAllStandardError();

        // The reply on the output port: soon after the phrase end, in key, no stuck note.
        const auto heard = player.heard();
        QVERIFY2(!heard.empty(), ("no reply reached the output port; the duet said: " + out + duetErr).constData());
        jack_nframes_t firstOn = 0;
        for (const auto &e : heard)
            if ((e.bytes[0] & 0xF0) == 0x90 && e.bytes[2] > 0) {
                firstOn = e.frame;
                break;
            }
        QVERIFY(firstOn != 0);
        const double reaction_ms = std::int32_t(firstOn - phraseEnd) * 1000.0 / rate;
        QVERIFY2(reaction_ms >= 0 && reaction_ms < 100, qPrintable(QString::number(reaction_ms)));
        for (const auto &[pitch, open] : balance(heard))
            QVERIFY2(open == 0, qPrintable(QStringLiteral("pitch %1 left sounding").arg(pitch)));
        for (const auto &e : heard)
            if ((e.bytes[0] & 0xF0) == 0x90 && e.bytes[2] > 0)
                QVERIFY2(kCMajor.count(e.bytes[1] % 12), qPrintable(QStringLiteral("pitch %1").arg(e.bytes[1])));

        // One JSON line per reply.
        const QList<QByteArray> lines = out.trimmed().split('\n');
        QVERIFY(!lines.isEmpty());
        const QJsonObject reply = QJsonDocument::fromJson(lines.first()).object();
        QVERIFY2(reply.contains("reaction_ms"), lines.first().constData());
        QVERIFY(reply["reaction_ms"].toDouble() >= 0 && reply["reaction_ms"].toDouble() < 100);
        QVERIFY(reply["reply_start_s"].toDouble() >= reply["phrase_end_s"].toDouble());
        QVERIFY(!reply["notes"].toArray().isEmpty());
        for (const QJsonValue &n : reply["notes"].toArray()) {
            QVERIFY(kCMajor.count(n["pitch"].toInt() % 12));
            QVERIFY(n["duration_s"].toDouble() > 0);
            QVERIFY(n["t_s"].toDouble() >= reply["reply_start_s"].toDouble() - 1e-9);
        }

        // The recording: the player's notes at the played times, the reply after the silence.
        SmfError smfError;
        const auto file = SmfReader::readFile(midi, &smfError);
        QVERIFY2(file, qPrintable(smfError.message()));
        const Song song = SongConverter::fromSmf(*file);
        QCOMPARE(song.tracks.size(), 2);
        const QList<Note> &you = song.tracks[0].notes;
        QCOMPARE(you.size(), 9);
        const double ticksPerFrame = 960.0 / rate;   // 120 bpm, 480 ppq
        for (int i = 0; i < 9; ++i) {
            QCOMPARE(you[i].pitch, pitches[i]);
            const double expected = double(played[i] - played[0]) * ticksPerFrame;
            QVERIFY2(std::abs(double(you[i].start - you[0].start) - expected) <= 2.0,
                     qPrintable(QStringLiteral("note %1 at %2 ticks, played at %3").arg(i).arg(you[i].start - you[0].start).arg(expected)));
        }
        const QList<Note> &model = song.tracks[1].notes;
        QVERIFY(!model.isEmpty());
        const double gap = double(model.first().start - you.last().end());   // 0.5 s = 480 ticks, plus the reaction
        QVERIFY2(gap >= 470 && gap < 480 + 96, qPrintable(QString::number(gap)));
        server.stop();
    }

    void badInputCostsNothing()
    {
        // A sanitizer build replies several times slower: its phrases get that much longer.
        const int slow = std::max(1, qEnvironmentVariableIntValue("ATELIER_TEST_TIME_SCALE"));
        JackServer server;
        QString error;
        QVERIFY2(server.start(JackServer::uniqueName("atelier-test-duet-bad"), 48000, 128, &error), qPrintable(error));
        QTemporaryDir dir;
        const QString midi = dir.filePath("bad.mid");
        QProcess duet;
        QVERIFY(startDuet(duet, server.name(),
                          {"--input", "virtual", "--output", "virtual", "--seconds", QString::number(7 * slow),
                           "--record", midi, "--json"}));
        JackTestClient listener;
        QVERIFY(listener.open(server.name(), "duet-listener"));
        QVERIFY(listener.connect("Atelier:Duet out", listener.hearName()));
        auto *player = new JackTestClient;
        QVERIFY(player->open(server.name(), "duet-bad-player"));
        QVERIFY(player->connect(player->playName(), "Atelier:Duet in"));

        const double rate = player->rate();
        jack_nframes_t t = player->now() + jack_nframes_t(0.2 * rate);
        player->send(t, {0xF0, 0x7E, 0x7F, 0x09, 0x01, 0xF7});   // system exclusive
        player->send(t, {0x40, 0x40});                           // stray data bytes
        player->send(t, {0xF8});                                 // clock
        player->send(t, {0x80, 61, 0});                          // note-off with no note-on
        // A flood: 10,000 notes in one second.
        for (int i = 0; i < 10000; ++i) {
            const jack_nframes_t at = t + jack_nframes_t(i * rate / 10000.0);
            player->send(at, {0x90, (unsigned char)(40 + i % 50), 100});
            player->send(at + 2, {0x80, (unsigned char)(40 + i % 50), 0});
        }
        t += jack_nframes_t(2.5 * slow * rate);   // the reply to the flood plays...
        player->send(t, {0x90, 72, 100});  // ...and a held note interrupts it
        while (player->sentSoFar() < 20005)
            QThread::msleep(10);
        QThread::msleep(300);
        QCOMPARE(player->writeFailures(), std::size_t(0));
        player->close();                   // the port vanishes mid-phrase
        delete player;

        QVERIFY(duet.waitForFinished(60000 * slow));
        const QByteArray err = duet.readAllStandardError();
        QCOMPARE(duet.exitStatus(), QProcess::NormalExit);
        QVERIFY2(duet.exitCode() == 0, err.constData());
        QVERIFY2(err.contains("disconnected"), err.constData());
        QVERIFY2(err.contains("too dense"), err.constData());
        QVERIFY2(!listener.heard().empty(), "no reply reached the output port");
        for (const auto &[pitch, open] : balance(listener.heard()))
            QVERIFY2(open == 0, qPrintable(QStringLiteral("pitch %1 left sounding").arg(pitch)));
        SmfError smfError;
        const auto file = SmfReader::readFile(midi, &smfError);
        QVERIFY2(file, qPrintable(smfError.message()));
        const Song song = SongConverter::fromSmf(*file);
        QCOMPARE(song.tracks.size(), 2);
        // The flood and the held note are kept, unless JACK itself missed a
        // cycle on this loaded machine (no realtime): then it says so.
        const auto recorded = song.tracks[0].notes.size();
        QVERIFY2(recorded >= 10001 || (recorded >= 9000 && err.contains("xrun")),
                 qPrintable(QStringLiteral("%1 notes recorded; %2").arg(recorded).arg(QString::fromUtf8(err))));
        server.stop();
    }
};

QTEST_GUILESS_MAIN(TestCliDuet)
#include "test_cli_duet.moc"
