// `atelier bench clock [--json]`: MIDI clock through real JACK ports on a
// private server (dummy driver, started and stopped here).
//  - leader: Atelier plays a 120 bpm song with --clock into a probe client;
//    the 0xF8 ticks' deviation from the ideal tick times (standard deviation
//    and worst), and the notes' offset from the clock of their beat;
//  - follower: the probe sends a clock at 100 bpm with +-1 ms jitter, then
//    jumps to 130 bpm; the followed tempo's error once locked, the note
//    onsets against the jitter-free beat, and how many beats after the jump
//    until both are locked again (onsets within 5 ms, tempo within 0.5 %).
// Each part also reports the cycles JACK missed (xruns): on a server
// without realtime priority, what follows one may arrive a period late.
//  - Link: two peers in two processes on two JACK servers, in a private
//    network namespace; the largest difference of their song beats at the
//    same moments of Link's clock (LinkPeersBench).

#include "ClockProbe.h"
#include "CliCommon.h"
#include "LinkPeersBench.h"

#include "audio/PlaybackSnapshot.h"
#include "live/JackMidiClient.h"
#include "live/JackServer.h"
#include "sync/SyncedPlayback.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <random>
#include <thread>

namespace atelier::app {

namespace {

constexpr double kRate = 48000.0;

core::Song quarterNotes(int beats, double bpm)
{
    core::Song song;
    core::Track t;
    t.name = QStringLiteral("beats");
    for (int b = 0; b < beats; ++b)
        t.notes.append(core::Note{60, core::Tick(b) * core::kDefaultPpq, core::kDefaultPpq / 4, 100});
    song.tracks.append(t);
    song.tempos.append(core::TempoChange{0, bpm});
    return song;
}

// Atelier's client (playing through `playback`) between two probe clients:
// "Probe out" sends the clock into Atelier, "Probe in" hears what Atelier
// sends. Two clients rather than one with both ports, so the JACK graph has
// no loop (a loop delays one direction by a period, which a DAW compensates).
struct Rig {
    core::JackMidiClient atelier, senderClient, receiverClient;
    ClockProbe sender, probe;
    bool open(const QString &server, core::SyncedPlayback &playback, bool clockIn, QString *error)
    {
        core::JackMidiClient::Options a;
        a.serverName = server;
        a.inputPort = clockIn ? QStringLiteral("Play clock in") : QString();
        a.outputPort = QStringLiteral("Play out");
        a.audioPorts = true;
        core::JackMidiClient::Options out;
        out.serverName = server;
        out.clientName = QStringLiteral("Probe out");
        out.inputPort = QString();
        out.outputPort = QStringLiteral("clock");
        core::JackMidiClient::Options in = out;
        in.clientName = QStringLiteral("Probe in");
        in.inputPort = QStringLiteral("hear");
        in.outputPort = QString();
        if (!atelier.open(a, error) || !senderClient.open(out, error) || !receiverClient.open(in, error))
            return false;
        atelier.setCycle(&playback);
        senderClient.setCycle(&sender);
        receiverClient.setCycle(&probe);
        return atelier.connectOutput(receiverClient.inputPortFullName(), error)
            && (!clockIn || atelier.connectInput(senderClient.outputPortFullName(), error));
    }
    void close()
    {
        senderClient.close();
        atelier.close();
        receiverClient.close();
    }
};

std::vector<core::Frame> framesOf(const std::vector<ClockProbe::Timed> &heard, std::uint8_t status)
{
    std::vector<core::Frame> frames;
    for (const ClockProbe::Timed &t : heard)
        if (t.event.bytes[0] == status && (status != 0x90 || t.event.bytes[2] > 0))
            frames.push_back(t.frame);
    return frames;
}

double ms(double frames) { return frames / kRate * 1000.0; }

bool measureLeader(const QString &server, QJsonObject *result, QString *error)
{
    constexpr int kBeats = 16;
    constexpr double kBpm = 120.0;
    core::SyncedPlayback playback(nullptr, kRate, {true, true, false});
    playback.sequencer().publish(core::PlaybackSnapshot::build(quarterNotes(kBeats, kBpm), kRate));
    Rig rig;
    if (!rig.open(server, playback, false, error))
        return false;
    playback.sequencer().play();
    const auto begin = std::chrono::steady_clock::now();
    bool started = false;
    while (std::chrono::steady_clock::now() - begin < std::chrono::seconds(30)) {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        playback.sequencer().collectGarbage();
        started = started || playback.isPlaying();
        if (started && !playback.isPlaying())
            break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    const qint64 xruns = rig.atelier.xruns();
    rig.close();
    const std::vector<ClockProbe::Timed> heard = rig.probe.heard();
    const std::vector<core::Frame> ticks = framesOf(heard, core::midibytes::kClock);
    const std::vector<core::Frame> notes = framesOf(heard, 0x90);
    if (ticks.size() < 24 * kBeats / 2 || notes.size() < kBeats / 2) {
        *error = QObject::tr("bench clock: the leader's clock did not arrive (%1 ticks)").arg(ticks.size());
        return false;
    }
    const double period = 60.0 * kRate / (kBpm * core::midibytes::kClocksPerBeat);
    double sum = 0, sum2 = 0, worst = 0;
    for (std::size_t k = 0; k < ticks.size(); ++k) {
        const double d = double(ticks[k] - ticks[0]) - double(k) * period;
        sum += d;
        sum2 += d * d;
        worst = std::max(worst, std::abs(d));
    }
    const double n = double(ticks.size());
    const double std = std::sqrt(std::max(0.0, sum2 / n - (sum / n) * (sum / n)));
    double noteOffset = 0;
    for (std::size_t b = 0; b < notes.size() && b * 24 < ticks.size(); ++b)
        noteOffset = std::max(noteOffset, std::abs(double(notes[b] - ticks[b * 24])));
    *result = QJsonObject{{"jitter_std_ms", ms(std)},
                          {"jitter_max_ms", ms(worst)},
                          {"note_offset_max_ms", ms(noteOffset)},
                          {"ticks", int(ticks.size())},
                          {"notes", int(notes.size())},
                          {"xruns", xruns}};
    return true;
}

bool measureFollower(const QString &server, QJsonObject *result, QString *error)
{
    constexpr int kBeatsBefore = 16, kBeatsAfter = 8;
    constexpr double kBpm = 100.0, kJumpBpm = 130.0, kJitter_s = 0.001;
    core::SyncedPlayback playback(nullptr, kRate, {true, false, true});
    playback.sequencer().publish(core::PlaybackSnapshot::build(quarterNotes(64, 120.0), kRate));
    Rig rig;
    if (!rig.open(server, playback, true, error))
        return false;
    // The clock to follow: Start, then ticks with +-1 ms of jitter; `ideal` without it.
    std::mt19937 random(20261205);
    std::uniform_real_distribution<double> jitter(-kJitter_s * kRate, kJitter_s * kRate);
    const core::Frame start = rig.senderClient.nowFrame() + core::Frame(0.3 * kRate);
    std::vector<ClockProbe::Timed> send{{start, core::RawMidiEvent::make(0, core::midibytes::kStart)}};
    std::vector<double> ideal;
    double t = double(start) + 0.01 * kRate;
    for (int i = 0; i < (kBeatsBefore + kBeatsAfter) * 24; ++i) {
        ideal.push_back(t);
        send.push_back({core::Frame(std::llround(t + jitter(random))), core::RawMidiEvent::make(0, core::midibytes::kClock)});
        t += 60.0 * kRate / ((i < kBeatsBefore * 24 ? kBpm : kJumpBpm) * 24);
    }
    const core::Frame last = send.back().frame;
    send.push_back({last + 480, core::RawMidiEvent::make(0, core::midibytes::kStop)});
    rig.sender.setToSend(send);
    // The followed tempo, read as a display would, with the frame it was read at.
    std::vector<std::pair<core::Frame, double>> tempo;
    const auto begin = std::chrono::steady_clock::now();
    while (rig.probe.lastCycle() < last + 4800 && std::chrono::steady_clock::now() - begin < std::chrono::seconds(40)) {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        playback.sequencer().collectGarbage();
        tempo.emplace_back(rig.probe.lastCycle(), playback.follower()->bpm());
    }
    const qint64 xruns = rig.atelier.xruns();
    rig.close();
    const std::vector<core::Frame> notes = framesOf(rig.probe.heard(), 0x90);
    if (notes.size() < std::size_t(kBeatsBefore)) {
        *error = QObject::tr("bench clock: the follower played %1 of %2 beats").arg(notes.size()).arg(kBeatsBefore);
        return false;
    }
    auto beatFrame = [&](int b) { return ideal[std::size_t(b) * 24]; };
    double onsetMax = 0, tempoErr = 0;
    for (int b = 2; b < kBeatsBefore; ++b)   // locked from the third beat on
        onsetMax = std::max(onsetMax, std::abs(ms(double(notes[std::size_t(b)]) - beatFrame(b))));
    for (const auto &[frame, bpm] : tempo)
        if (double(frame) > beatFrame(4) && double(frame) < beatFrame(kBeatsBefore))
            tempoErr = std::max(tempoErr, std::abs(bpm - kBpm) / kBpm * 100.0);
    // After the jump: the first beat from which on every onset is within 5 ms, and the tempo within 0.5 %.
    const int beats = std::min<int>(int(notes.size()), kBeatsBefore + kBeatsAfter);
    int onsetLock = kBeatsBefore;
    for (int b = kBeatsBefore; b < beats; ++b)
        if (std::abs(ms(double(notes[std::size_t(b)]) - beatFrame(b))) > 5.0)
            onsetLock = b + 1;
    double tempoLockFrame = beatFrame(kBeatsBefore);
    for (const auto &[frame, bpm] : tempo)
        if (double(frame) > beatFrame(kBeatsBefore) && double(frame) < ideal.back()
            && std::abs(bpm - kJumpBpm) / kJumpBpm > 0.005)
            tempoLockFrame = double(frame);
    const double beatAfter = 60.0 * kRate / kJumpBpm;
    const double tempoLock = (tempoLockFrame - beatFrame(kBeatsBefore)) / beatAfter;
    *result = QJsonObject{{"tempo_error_pct", tempoErr},
                          {"onset_error_max_ms", onsetMax},
                          {"relock_beats", std::max(double(onsetLock - kBeatsBefore), tempoLock)},
                          {"beats_played", int(notes.size())},
                          {"ignored_ticks", qint64(playback.follower()->ignoredTicks())},
                          {"xruns", xruns}};
    return true;
}

} // namespace

int benchClock(Args args)
{
    const bool json = args.flag("--json");
    if (!args.unknownOption().isEmpty() || !args.positional().isEmpty())
        return fail(QObject::tr("usage: atelier bench clock [--json]"));
    core::JackServer server;
    QString error;
    if (!server.start(core::JackServer::uniqueName(QStringLiteral("atelier-bench-clock")), int(kRate), 128, &error))
        return fail(QObject::tr("bench clock: %1").arg(error));
    QJsonObject leader, follower, link;
    if (!measureLeader(server.name(), &leader, &error) || !measureFollower(server.name(), &follower, &error))
        return fail(error);
    server.stop();
    if (!measureLinkPeers(&link, &error))
        return fail(error);
    if (json) {
        const QJsonObject all{{"leader", leader}, {"follower", follower}, {"link", link}};
        std::fprintf(stdout, "%s\n", QJsonDocument(all).toJson(QJsonDocument::Compact).constData());
        return 0;
    }
    std::fprintf(stdout, "%s", qPrintable(QObject::tr(
        "MIDI clock through JACK (dummy driver, 48 kHz, 128 frames)\n"
        "leader:   tick jitter %1 ms std, %2 ms worst (aim <= 0.1 and <= 0.5); notes %3 ms off their beat's tick\n"
        "follower: tempo error %4 % (aim <= 0.5), onsets within %5 ms of the beat (aim <= 5), "
        "locked again %6 beats after 100 -> 130 bpm (aim <= 2)\n"
        "link:     two peers %7 ms apart at most (aim <= 1)\n")
        .arg(leader["jitter_std_ms"].toDouble(), 0, 'f', 3).arg(leader["jitter_max_ms"].toDouble(), 0, 'f', 3)
        .arg(leader["note_offset_max_ms"].toDouble(), 0, 'f', 3).arg(follower["tempo_error_pct"].toDouble(), 0, 'f', 3)
        .arg(follower["onset_error_max_ms"].toDouble(), 0, 'f', 2).arg(follower["relock_beats"].toDouble(), 0, 'f', 2)
        .arg(link["phase_diff_max_ms"].toDouble(), 0, 'f', 3)));
    return 0;
}

} // namespace atelier::app
