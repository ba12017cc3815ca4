// End to end: two `atelier play --jack --link` peers in two processes, each
// on its own private JACK server (dummy driver; 48 kHz/128 and 44.1 kHz/256,
// so their audio clocks are unrelated), inside a private network namespace
// this test creates (`unshare --net --map-root-user`, loopback up with
// multicast routed to it), so no Link packet leaves the machine. They must
// find each other, both start on the same bar of the session, and agree on
// the song's beat at the same moment of Link's clock to within a few
// milliseconds (the benchmark reports the exact figure).

#include "AtelierProcess.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

namespace {

// 64 quarter notes at 120 bpm as a type-0 MIDI file, written byte by byte.
QByteArray quarterNotesMidi()
{
    QByteArray track;
    track.append("\x00\xFF\x51\x03\x07\xA1\x20", 7);   // 500,000 us per beat
    for (int i = 0; i < 64; ++i)
        track.append("\x00\x90\x3C\x64\x83\x60\x80\x3C\x00", 9);   // on; 480 ticks later off
    track.append("\x00\xFF\x2F\x00", 4);
    QByteArray file("MThd\x00\x00\x00\x06\x00\x00\x00\x01\x01\xE0", 14);
    file.append("MTrk");
    const quint32 n = quint32(track.size());
    file.append(char(n >> 24)).append(char(n >> 16)).append(char(n >> 8)).append(char(n));
    return file + track;
}

struct Line {
    std::int64_t host = 0;
    double beat = 0, sessionBeat = 0, bpm = 0, phaseError = 0;
    int peers = 0;
    bool playing = false;
};

QList<Line> readLines(const QString &path)
{
    QFile f(path);
    QList<Line> lines;
    if (!f.open(QIODevice::ReadOnly))
        return lines;
    for (const QByteArray &raw : f.readAll().split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(raw).object();
        if (o.isEmpty())
            continue;
        if (o["source"].toString() != QStringLiteral("link"))
            continue;
        lines.append({o["host_us"].toInteger(), o["beat"].toDouble(), o["session_beat"].toDouble(), o["bpm"].toDouble(),
                      o["phase_error_ms"].toDouble(), o["peers"].toInt(), o["playing"].toBool()});
    }
    return lines;
}

} // namespace

class TestCliLink : public QObject {
    Q_OBJECT
private slots:
    void twoPeersAgreeOnTheBeat()
    {
        QTemporaryDir dir;
        QFile song(dir.filePath("song.mid"));
        QVERIFY(song.open(QIODevice::WriteOnly));
        song.write(quarterNotesMidi());
        song.close();
        const QString id = QString::number(QCoreApplication::applicationPid());
        const QString script = QStringLiteral(R"(
set -u
ip link set lo up && ip link set lo multicast on && ip route add 224.0.0.0/4 dev lo || exit 3
jackd -n lkA%1 -S --no-realtime -d dummy -r 48000 -p 128 >jackA.log 2>&1 & ja=$!
jackd -n lkB%1 -S --no-realtime -d dummy -r 44100 -p 256 >jackB.log 2>&1 & jb=$!
jack_wait -s lkA%1 -w -t 15 >/dev/null && jack_wait -s lkB%1 -w -t 15 >/dev/null || { kill $ja $jb; exit 4; }
JACK_DEFAULT_SERVER=lkA%1 %2 play song.mid --jack --link --seconds 9 --json >a.json 2>a.err & pa=$!
sleep 1
JACK_DEFAULT_SERVER=lkB%1 %2 play song.mid --jack --link --seconds 8 --json >b.json 2>b.err & pb=$!
wait $pa; ra=$?; wait $pb; rb=$?
kill $ja $jb; wait $ja $jb 2>/dev/null
exit $((ra + rb))
)").arg(id, QStringLiteral(ATELIER_BINARY_DIR "/atelier"));
        QProcess p;
        p.setWorkingDirectory(dir.path());
        p.start(QStringLiteral("unshare"), {"--net", "--map-root-user", "bash", "-c", script});
        QVERIFY(p.waitForFinished(60000));
        const QByteArray log = p.readAllStandardError();
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0,
                 qPrintable(QStringLiteral("exit %1: %2").arg(p.exitCode()).arg(QString::fromUtf8(log))));
        const QList<Line> a = readLines(dir.filePath("a.json")), b = readLines(dir.filePath("b.json"));
        QVERIFY2(a.size() >= 6 && b.size() >= 5, qPrintable(QStringLiteral("%1 and %2 lines").arg(a.size()).arg(b.size())));
        QVERIFY(a.last().peers == 1 && b.last().peers == 1);   // they found each other
        // Compare where each song was at the same host time (B's beat carried to A's moment
        // at the tempo), modulo the 4-beat bar.
        int compared = 0;
        double worst = 0;
        for (const Line &la : a) {
            if (!la.playing)
                continue;
            for (const Line &lb : b) {
                if (!lb.playing || std::abs(double(la.host - lb.host)) > 1.5e6)
                    continue;
                const double bAtA = lb.beat + double(la.host - lb.host) / 1e6 * lb.bpm / 60.0;
                double diff = std::fmod(la.beat - bAtA, 4.0);
                diff = diff > 2.0 ? diff - 4.0 : (diff < -2.0 ? diff + 4.0 : diff);
                worst = std::max(worst, std::abs(diff) * 60000.0 / la.bpm);
                ++compared;
            }
        }
        QVERIFY2(compared >= 4, qPrintable(QString::number(compared)));
        QVERIFY2(worst <= 5.0, qPrintable(QStringLiteral("%1 ms").arg(worst)));
        // Each plays on its session's bar: the song's beat and the session's differ by whole bars.
        for (const Line &l : a + b) {
            if (!l.playing)
                continue;
            QVERIFY(std::abs(l.phaseError) <= 5.0);
            const double bars = (l.sessionBeat - l.beat) / 4.0;
            QVERIFY2(std::abs(bars - std::round(bars)) * 4.0 * 60000.0 / l.bpm <= 5.0, qPrintable(QString::number(bars)));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliLink)
#include "test_cli_link.moc"
