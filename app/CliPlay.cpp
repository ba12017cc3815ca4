// Headless playback through the real engine:
//   atelier play SONG.mid|SONG.atelier [--jack] [--midi-out PORT|virtual] [--clock]
//                [--follow-clock PORT|virtual] [--link [--link-start-stop]] [--seconds N] [--json]
// With --jack the song plays inside Atelier's JACK client (the GM synth on
// its audio ports; every track also leaves --midi-out on its channel, at its
// exact frame), leads with MIDI clock (--clock, on the --midi-out port) or
// follows one (--follow-clock: the song waits for Start), or plays on an
// Ableton Link session's timeline (--link: from its next bar; with
// --link-start-stop, start and stop are shared too). Without --jack the
// same runs on the sound card (RtAudio), with the MIDI ports on the ALSA
// sequencer (queued: each event stamped for when its audio is heard). --seconds counts from launch; without it
// playback ends at the song's end. --json prints one line a second:
// {"t_s", "source", "bpm", "phase_error_ms"}.

#include "CliCommon.h"
#include "JackSetup.h"

#include "audio/PlaybackSnapshot.h"
#include "audio/RtAudioDevice.h"
#include "audio/RtMidiLiveInput.h"
#include "audio/RtMidiScheduledOutput.h"
#include "document/TempoMap.h"
#include "live/JackMidiClient.h"
#include "project/SongFiles.h"
#include "sync/DeviceCycleRunner.h"
#include "sync/LinkSession.h"
#include "sync/SyncedPlayback.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <atomic>
#include <chrono>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <functional>
#include <thread>

namespace atelier::app {

int benchClock(Args args);   // CliBenchClock.cpp

namespace {

std::atomic<bool> g_stop{false};
extern "C" void onPlaySignal(int) { g_stop.store(true); }

struct PlayOptions {
    QString file;
    bool jack = false, clock = false, json = false, link = false, linkStartStop = false;
    std::optional<QString> midiOut, followClock;
    double seconds = 0;
};

void printLine(double t, const QString &source, double bpm, double phaseError_ms)
{
    const QJsonObject line{{"t_s", std::round(t * 1000.0) / 1000.0},
                           {"source", source},
                           {"bpm", std::round(bpm * 100.0) / 100.0},
                           {"phase_error_ms", std::round(phaseError_ms * 1000.0) / 1000.0}};
    std::fprintf(stdout, "%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

// For Link, also the peers and where the song was at a moment of Link's
// clock, so that two peers' lines can be compared at the same host time.
void printLinkLine(double t, core::LinkDriver &driver, const core::LinkSession &session)
{
    const core::LinkDriver::Reading r = driver.lastReading();
    const QJsonObject line{{"t_s", std::round(t * 1000.0) / 1000.0},
                           {"source", QStringLiteral("link")},
                           {"bpm", std::round(driver.bpm() * 100.0) / 100.0},
                           {"phase_error_ms", std::round(driver.takePhaseError_ms() * 1000.0) / 1000.0},
                           {"peers", session.peers()},
                           {"playing", r.playing},
                           {"host_us", qint64(r.host_us)},
                           {"beat", r.songBeat},
                           {"session_beat", r.sessionBeat}};
    std::fprintf(stdout, "%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

double since(std::chrono::steady_clock::time_point begin)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
}

// What the shared loop needs of the device side.
struct PlayDevice {
    std::function<bool()> gone;            // the device or server stopped
    std::function<QString()> takeStatus;   // a message about a port, or empty
    QString goneMessage;
};

// Plays until the song ends (or --seconds, or Ctrl-C), printing the --json
// lines; then stops the song (note-offs, and Stop to the clock's followers).
int runPlayback(const PlayOptions &o, const core::Song &song, core::SyncedPlayback &playback,
                const core::LinkSession *link, const PlayDevice &device, std::chrono::steady_clock::time_point begin)
{
    const bool following = o.followClock.has_value();
    const core::TempoMap tempo(song);
    const QString source = following ? QStringLiteral("midi-clock")
                           : link    ? QStringLiteral("link")
                                     : QStringLiteral("internal");
    bool started = false, gone = false, clockLostSaid = false;
    double nextLine = 1.0;
    while (!g_stop.load()) {
        const double t = since(begin);
        if (device.gone()) {
            gone = true;
            break;
        }
        const QString status = device.takeStatus();
        if (!status.isEmpty())
            std::fprintf(stderr, "atelier: %s\n", qPrintable(status));
        if (playback.follower() && playback.follower()->clockLost() && !clockLostSaid) {
            std::fprintf(stderr, "atelier: %s\n",
                         qPrintable(QObject::tr("play: the MIDI clock stopped; the song holds where it is")));
            clockLostSaid = true;
        }
        clockLostSaid = clockLostSaid && playback.follower()->clockLost();
        const bool playing = playback.isPlaying();
        started = started || playing;
        // A leader's Stop is not the end of the song: a follower ends at the song's end.
        const bool ended = started && !playing && (!following || playback.playhead() >= song.endTick());
        if (o.seconds > 0 ? t >= o.seconds : ended)
            break;
        if (o.json && t >= nextLine) {
            if (core::LinkDriver *l = playback.linkDriver()) {
                printLinkLine(t, *l, *link);
            } else {
                core::MidiClockFollower *f = playback.follower();
                const double bpm = f ? f->bpm() : tempo.bpmAt(playback.playhead());
                printLine(t, source, bpm, f ? f->takePhaseError_ms() : 0.0);
            }
            nextLine += 1.0;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
        playback.sequencer().collectGarbage();
    }
    if (gone)
        return fail(device.goneMessage);
    playback.requestStop();   // note-offs, and Stop to the clock's followers
    std::this_thread::sleep_for(std::chrono::milliseconds(60));
    return 0;
}

// "play ready: ..." with the audio (when said), the MIDI port, the clock's port and Link.
void sayReady(const QString &audio, const QString &midiOut, const QString &clockIn, bool link)
{
    QStringList ports;
    if (!audio.isEmpty())
        ports << audio;
    if (!midiOut.isEmpty())
        ports << QObject::tr("MIDI leaves %1").arg(midiOut);
    if (!clockIn.isEmpty())
        ports << QObject::tr("following the clock on %1").arg(clockIn);
    if (link)
        ports << QObject::tr("in the Link session");
    std::fprintf(stderr, "atelier: play ready: %s\n",
                 qPrintable(ports.isEmpty() ? QObject::tr("audio only") : ports.join(QStringLiteral("; "))));
    std::fflush(stderr);
}

void sayDropped(std::int64_t dropped)
{
    if (dropped > 0)
        std::fprintf(stderr, "atelier: %s\n",
                     qPrintable(QObject::tr("play: %n MIDI event(s) did not fit a cycle and were dropped", nullptr,
                                            int(dropped))));
}

std::unique_ptr<core::LinkSession> joinLink(const PlayOptions &o, core::Song &song)
{
    if (!o.link)
        return nullptr;
    auto link = std::make_unique<core::LinkSession>(core::TempoMap(song).bpmAt(0));
    link->setStartStopSync(o.linkStartStop);
    link->setEnabled(true);
    song.loop.enabled = false;   // the session's timeline runs on
    return link;
}

int playJack(const PlayOptions &o, core::Song song, std::chrono::steady_clock::time_point begin)
{
    const bool following = o.followClock.has_value();
    const bool midiOut = o.midiOut.has_value() || o.clock;
    core::JackMidiClient client;
    core::JackMidiClient::Options options;
    options.inputPort = following ? QStringLiteral("Play clock in") : QString();
    options.outputPort = midiOut ? QStringLiteral("Play out") : QString();
    options.audioPorts = true;
    std::unique_ptr<core::Synth> synth;
    QString error;
    if (!openJackWithSynth(client, options, true, synth, &error))
        return fail(QObject::tr("play: %1").arg(error));
    if (following)
        song.loop.enabled = false;   // the leader's Song Position Pointer loops
    const std::unique_ptr<core::LinkSession> link = joinLink(o, song);
    core::SyncedPlayback playback(synth.get(), client.sampleRate(), {midiOut, o.clock, following, link.get()});
    playback.sequencer().publish(core::PlaybackSnapshot::build(song, client.sampleRate()));
    playback.setOutputLatency_us(std::llround(client.outputLatencyFrames() * 1e6 / client.sampleRate()));
    client.setCycle(&playback);
    if (!client.connectAudioToPlayback(&error))
        std::fprintf(stderr, "atelier: %s\n", qPrintable(error));
    if ((o.midiOut && !client.connectOutput(*o.midiOut, &error))
        || (following && !client.connectInput(*o.followClock, &error))) {
        client.close();
        return fail(QObject::tr("play: %1").arg(error));
    }
    if (!following)
        playback.requestPlay();   // on Link: from the session's next bar
    sayReady({}, midiOut ? client.outputPortFullName() : QString(), following ? client.inputPortFullName() : QString(),
             link != nullptr);
    const PlayDevice device{[&] { return client.serverStopped(); }, [&] { return client.takeStatus(); },
                            QObject::tr("play: the JACK server stopped")};
    const int rc = runPlayback(o, song, playback, link.get(), device, begin);
    client.close();
    if (rc == 0)
        sayDropped(playback.droppedMidi());
    return rc;
}

// The sound card (RtAudio) for audio, the ALSA sequencer for MIDI ports:
// the same SyncedPlayback as on JACK, run by a DeviceCycleRunner, its MIDI
// handed to the sequencer's queue stamped for when its audio is heard.
int playSoundCard(const PlayOptions &o, core::Song song, std::chrono::steady_clock::time_point begin)
{
    const bool following = o.followClock.has_value();
    const bool midiOut = o.midiOut.has_value() || o.clock;
    core::DeviceCycleRunner runner(std::make_unique<core::RtAudioDevice>());
    core::RtMidiScheduledOutput out(runner, core::MidiSystem::Alsa);
    core::RtMidiLiveInput in(runner);
    in.setAcceptClock(true);
    QString error;
    const auto portFailed = [&] {
        return fail(QObject::tr("play: %1 (or use --jack for JACK ports)").arg(error));
    };
    if (midiOut && !out.open(o.midiOut.value_or(QStringLiteral("virtual")), QStringLiteral("Atelier Play out"), &error))
        return portFailed();
    if (following
        && !(*o.followClock == QLatin1String("virtual") ? in.openVirtual(QStringLiteral("Atelier Play clock in"), &error)
                                                         : in.open(*o.followClock, &error)))
        return portFailed();
    runner.setMidiOutput(midiOut ? &out : nullptr);
    runner.setMidiInput(following ? &in : nullptr);
    if (following)
        song.loop.enabled = false;   // the leader's Song Position Pointer loops
    const std::unique_ptr<core::LinkSession> link = joinLink(o, song);
    // The synth runs at the device's rate, known once it is open: a second
    // start at that rate when the first guess was wrong.
    const core::AudioSettings settings;
    std::unique_ptr<core::Synth> synth;
    std::unique_ptr<core::SyncedPlayback> playback;
    double rate = settings.sampleRate;
    for (int attempt = 0; attempt < 2; ++attempt) {
        synth = std::make_unique<core::Synth>(rate);
        if (!synth->loadSoundFont(core::Synth::defaultSoundFontPath(), &error))
            return fail(QObject::tr("play: %1").arg(error));
        playback = std::make_unique<core::SyncedPlayback>(synth.get(), rate,
                                                          core::SyncedPlayback::Options{midiOut, o.clock, following, link.get()});
        playback->sequencer().publish(core::PlaybackSnapshot::build(song, rate));
        if (!runner.start(settings, playback.get(), &error))
            return fail(QObject::tr("play: no audio device: %1 (or use --jack)").arg(error));
        if (std::abs(runner.sampleRate() - rate) < 0.5)
            break;
        runner.stop();
        rate = runner.sampleRate();
    }
    playback->setOutputLatency_us(std::llround(runner.outputLatencySeconds() * 1e6));
    if (!following)
        playback->requestPlay();
    sayReady(QObject::tr("audio on %1").arg(runner.deviceDescription()), midiOut ? out.portName() : QString(),
             following ? in.portName() : QString(), link != nullptr);
    const PlayDevice device{[&] { return !runner.isRunning(); }, [&] { return following ? in.takeStatus() : QString(); },
                            QObject::tr("play: the audio device stopped")};
    const int rc = runPlayback(o, song, *playback, link.get(), device, begin);
    runner.stop();
    out.close();
    in.close();
    if (rc == 0)
        sayDropped(playback->droppedMidi() + runner.droppedMidi());
    return rc;
}

int runPlay(Args args)
{
    const auto begin = std::chrono::steady_clock::now();
    const QString usage = QObject::tr(
        "usage: atelier play SONG.mid|SONG.atelier [--jack] [--midi-out PORT|virtual] [--clock] "
        "[--follow-clock PORT|virtual] [--link [--link-start-stop]] [--seconds N] [--json]");
    PlayOptions o;
    o.jack = args.flag("--jack");
    o.clock = args.flag("--clock");
    o.json = args.flag("--json");
    o.midiOut = args.option("--midi-out");
    o.followClock = args.option("--follow-clock");
    o.link = args.flag("--link");
    o.linkStartStop = args.flag("--link-start-stop");
    QString error;
    if (!args.number("--seconds", &o.seconds, &error))
        return fail(error);
    if (!args.unknownOption().isEmpty())
        return fail(QObject::tr("play: unknown option %1").arg(args.unknownOption()));
    const QStringList files = args.positional();
    if (files.size() != 1 || o.seconds < 0 || (o.midiOut && o.midiOut->isEmpty())
        || (o.followClock && o.followClock->isEmpty()))
        return fail(usage);
    if (o.followClock && o.link)
        return fail(QObject::tr("play: follow a MIDI clock or join Link, not both"));
    o.link = o.link || o.linkStartStop;
    const std::optional<core::Project> project = core::SongFiles::load(files.first(), &error);
    if (!project)
        return fail(error);
    g_stop.store(false);
    std::signal(SIGINT, onPlaySignal);
    std::signal(SIGTERM, onPlaySignal);
    const int rc = o.jack ? playJack(o, project->song, begin) : playSoundCard(o, project->song, begin);
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    return rc;
}

} // namespace

QList<CliCommand> playCommands()
{
    return {
        {{"play"},
         "play SONG.mid|SONG.atelier [--jack] [--midi-out PORT|virtual] [--clock] [--follow-clock PORT|virtual] "
         "[--link [--link-start-stop]] [--seconds N] [--json]",
         &runPlay},
        {{"bench", "clock"}, "bench clock [--json]", &benchClock},
    };
}

} // namespace atelier::app
