#include "LinkPeersBench.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QObject>
#include <QProcess>
#include <QTemporaryDir>
#include <cmath>

namespace atelier::app {

namespace {

struct Reading {
    qint64 host = 0;
    double beat = 0, bpm = 120;
    int peers = 0;
    bool playing = false;
};

QList<Reading> readings(const QString &path)
{
    QList<Reading> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    for (const QByteArray &raw : f.readAll().split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(raw).object();
        if (!o.isEmpty())
            out.append({o["host_us"].toInteger(), o["beat"].toDouble(), o["bpm"].toDouble(), o["peers"].toInt(),
                        o["playing"].toBool()});
    }
    return out;
}

QByteArray songFile()
{
    // 128 quarter notes at 120 bpm, type 0, ppq 480.
    QByteArray track("\x00\xFF\x51\x03\x07\xA1\x20", 7);
    for (int i = 0; i < 128; ++i)
        track.append("\x00\x90\x3C\x64\x83\x60\x80\x3C\x00", 9);
    track.append("\x00\xFF\x2F\x00", 4);
    QByteArray file("MThd\x00\x00\x00\x06\x00\x00\x00\x01\x01\xE0MTrk", 18);
    const quint32 n = quint32(track.size());
    file.append(char(n >> 24)).append(char(n >> 16)).append(char(n >> 8)).append(char(n));
    return file + track;
}

} // namespace

bool measureLinkPeers(QJsonObject *result, QString *error)
{
    QTemporaryDir dir;
    QFile song(dir.filePath(QStringLiteral("song.mid")));
    if (!dir.isValid() || !song.open(QIODevice::WriteOnly) || song.write(songFile()) < 0) {
        *error = QObject::tr("bench clock: cannot write a song to a temporary folder");
        return false;
    }
    song.close();
    const QString id = QString::number(QCoreApplication::applicationPid());
    const QString script = QStringLiteral(R"(
ip link set lo up && ip link set lo multicast on && ip route add 224.0.0.0/4 dev lo || exit 3
jackd -n blA%1 -S --no-realtime -d dummy -r 48000 -p 128 >/dev/null 2>&1 & ja=$!
jackd -n blB%1 -S --no-realtime -d dummy -r 44100 -p 256 >/dev/null 2>&1 & jb=$!
jack_wait -s blA%1 -w -t 15 >/dev/null && jack_wait -s blB%1 -w -t 15 >/dev/null || { kill $ja $jb; exit 4; }
JACK_DEFAULT_SERVER=blA%1 "%2" play song.mid --jack --link --seconds 13 --json >a.json 2>a.err & pa=$!
sleep 1
JACK_DEFAULT_SERVER=blB%1 "%2" play song.mid --jack --link --seconds 12 --json >b.json 2>b.err & pb=$!
wait $pa; ra=$?; wait $pb; rb=$?
kill $ja $jb; wait $ja $jb 2>/dev/null
exit $((ra + rb))
)").arg(id, QCoreApplication::applicationFilePath());
    QProcess p;
    p.setWorkingDirectory(dir.path());
    p.start(QStringLiteral("unshare"), {"--net", "--map-root-user", "bash", "-c", script});
    if (!p.waitForFinished(90000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QObject::tr("bench clock: the Link peers could not run in a private network namespace "
                             "(unshare --net --map-root-user: %1)")
                     .arg(QString::fromLocal8Bit(p.readAllStandardError()).trimmed());
        return false;
    }
    const QList<Reading> a = readings(dir.filePath(QStringLiteral("a.json")));
    const QList<Reading> b = readings(dir.filePath(QStringLiteral("b.json")));
    double worst = 0;
    int compared = 0;
    for (const Reading &ra : a)
        for (const Reading &rb : b) {
            if (!ra.playing || !rb.playing || std::abs(double(ra.host - rb.host)) > 1.5e6)
                continue;
            const double bAtA = rb.beat + double(ra.host - rb.host) / 1e6 * rb.bpm / 60.0;
            double diff = std::fmod(ra.beat - bAtA, 4.0);
            diff = diff > 2.0 ? diff - 4.0 : (diff < -2.0 ? diff + 4.0 : diff);
            worst = std::max(worst, std::abs(diff) * 60000.0 / ra.bpm);
            ++compared;
        }
    if (compared == 0) {
        *error = QObject::tr("bench clock: the two Link peers never played together");
        return false;
    }
    *result = QJsonObject{{"phase_diff_max_ms", worst},
                          {"comparisons", compared},
                          {"peers_seen", a.isEmpty() ? 0 : a.last().peers}};
    return true;
}

} // namespace atelier::app
