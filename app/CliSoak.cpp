// atelier soak [--jack] [--frames N] [--no-training] --minutes M [--json]: the studio's
// audio under load, for a long time. A 16-track song of 50,000 notes, one of
// its tracks baked with the timbre model (a Sound Morph instrument), loops
// through the real audio device with 8 live morph voices sounding beside
// it, while the melody model trains on the bundled corpus in the same
// process (one thread, the lowest priority). It prints {"periods",
// "underruns", "xruns", "rss_growth_mb"}: audio callbacks run, the
// underruns RtAudio reported, the xruns the JACK server counted (--jack),
// and how much the process's resident memory grew after its first minute
// (after its first tenth when shorter). With --jack it uses the running
// JACK server, or starts its own (dummy driver, 48 kHz, N frames, with
// real-time scheduling where the system allows it) when none runs; without
// it, the sound card. The JSON also says whether the server was real-time,
// the longest audio callback and how many took longer than their period
// (the work too much, rather than the thread woken late). --no-training
// leaves the trainer out, to tell its share (memory, late periods) from the
// audio path's. --idle runs the audio device with nothing to play (no song,
// no voices, no trainer): the late periods the machine has on its own.
// --fixed-load MS plays no song and no voices either, but one instrument
// that does the same work every callback, MS milliseconds of it as measured
// here at the start (FixedLoad), beside the trainer (unless --no-training):
// what the machine does to a steady load of the studio's size.
//
// Every run also reports its callbacks by their share of the period
// ("callback_histogram") and the worst of those over half of it
// ("late_callbacks", see CallbackProfile): wall and CPU time, the song's and
// the live voices' parts, faults and switches. CPU time near the wall time
// is work (or a slower machine: compare --fixed-load); CPU time well under
// it is time the thread was not running.

#include "CliCommon.h"
#include "FixedLoad.h"
#include "TimbreModels.h"
#include "TrainingJobs.h"

#include "audio/AudioEngine.h"
#include "audio/RtAudioDevice.h"
#include "live/JackMidiClient.h"
#include "live/JackServer.h"
#include "timbre/SongTimbres.h"
#include "timbre/TimbreVoiceEngine.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QTemporaryDir>
#include <atomic>
#include <chrono>
#include <csignal>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <thread>
#include <unistd.h>

namespace atelier::app {

namespace {

std::atomic<bool> g_soakStop{false};
extern "C" void onSoakSignal(int) { g_soakStop.store(true); }

constexpr int kTracks = 16;
constexpr int kNotes = 50000;
constexpr int kLiveVoices = 8;
const char *kTimbreModel = "timbre-ddsp.timbre.json";

double residentMb()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0.0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toDouble() * double(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0) : 0.0;
}

// The callbacks by their share of the period, and the worst of those over
// half of it: wall and CPU time, the song's part and the live voices' part,
// the page faults and context switches (see CallbackProfile).
// "overlong_waiting": the callbacks longer than their period that ran less
// than half their wall time.
QJsonObject callbackProfileJson(const core::CallbackProfile &profile)
{
    QJsonObject histogram;
    const auto counts = profile.histogram();
    for (int i = 0; i < core::CallbackProfile::kBuckets; ++i) {
        const QString key = i < int(core::CallbackProfile::kBucketPercent.size())
                                ? QStringLiteral("up_to_%1_percent").arg(core::CallbackProfile::kBucketPercent[std::size_t(i)])
                                : QStringLiteral("more");
        histogram.insert(key, qint64(counts[std::size_t(i)]));
    }
    const auto round3 = [](double v) { return std::round(v * 1000.0) / 1000.0; };
    QJsonArray late;
    for (const core::CallbackProfile::Late &l : profile.late()) {
        late.append(QJsonObject{{"at_s", round3(l.atSeconds)},
                                {"wall_ms", round3(l.wallMs)},
                                {"cpu_ms", round3(l.cpuMs)},
                                {"song_ms", round3(l.songMs)},
                                {"song_cpu_ms", round3(l.songCpuMs)},
                                {"live_ms", round3(l.liveMs)},
                                {"minor_faults", qint64(l.minorFaults)},
                                {"major_faults", qint64(l.majorFaults)},
                                {"voluntary_switches", qint64(l.voluntarySwitches)},
                                {"involuntary_switches", qint64(l.involuntarySwitches)},
                                {"cpu", l.cpu},
                                {"migrated", l.migrated}});
    }
    return {{"histogram", histogram}, {"late", late}, {"overlong_waiting", qint64(profile.overlongWaiting())}};
}

// 16 tracks, 50,000 notes in all (a busy sixteenth-note texture at 120 bpm,
// about 4.3 minutes), looped; the last track is baked with `sound`.
core::Song soakSong(const core::TrackSound &sound)
{
    core::Song song;
    const int perTrack = kNotes / kTracks;
    for (int t = 0; t < kTracks; ++t) {
        core::Track track;
        track.name = QStringLiteral("soak %1").arg(t + 1);
        track.channel = t == 9 ? 10 : t;   // leave the drum channel
        track.program = (t * 8) % 112;
        track.volume = 0.4;
        for (int n = 0; n < perTrack; ++n)
            track.notes.append(core::Note{36 + (n * 5 + t * 7) % 48, core::Tick(n) * 120 + (t % 4) * 30, 90 + (n % 4) * 60,
                                          50 + (n * 11) % 70});
        song.tracks.append(track);
    }
    song.tracks.last().sound = sound;
    song.tempos = {{0, 120.0}};
    song.loop = {0, song.endTick(), true};
    return song;
}

int runSoak(Args args)
{
    const bool jack = args.flag("--jack");
    double fixedLoadMs = 0;
    QString error;
    if (!args.number("--fixed-load", &fixedLoadMs, &error))
        return fail(QObject::tr("soak: %1").arg(error));
    const bool fixedLoad = fixedLoadMs > 0;
    const bool idle = args.flag("--idle");   // the machine's own share: the device with nothing to do
    const bool song = !idle && !fixedLoad;   // the song and the voices, or a fixed load in their place
    const bool training = !args.flag("--no-training") && !idle;   // to tell the trainer's share from the audio path's
    args.flag("--json");
    double minutes = 0, frames = 256;
    if (!args.number("--minutes", &minutes, &error) || !args.number("--frames", &frames, &error))
        return fail(QObject::tr("soak: %1").arg(error));
    if (!args.unknownOption().isEmpty())
        return fail(QObject::tr("soak: unknown option %1").arg(args.unknownOption()));
    if (!(minutes > 0) || frames < 16 || frames > 8192 || !(fixedLoadMs >= 0 && fixedLoadMs <= 1000) || (idle && fixedLoad))
        return fail(QObject::tr("usage: atelier soak [--jack] [--frames N] [--no-training | --idle | --fixed-load MS] --minutes M [--json]"));

    // JACK: the running server, else one of our own.
    std::unique_ptr<core::JackServer> server;   // ours, stopped at the end
    QString serverKind = jack ? QStringLiteral("running") : QString();
    core::JackMidiClient observer;   // counts the server's xruns
    if (jack) {
        core::JackMidiClient::Options probe;
        probe.clientName = QStringLiteral("Atelier soak");
        probe.inputPort.clear();
        probe.outputPort.clear();
        if (!observer.open(probe, &error)) {
            const QString name = core::JackServer::uniqueName(QStringLiteral("atelier-soak"));
            // Real-time scheduling as a musician's server has it, else without.
            server = std::make_unique<core::JackServer>();
            server->setRealtime(true);
            serverKind = QStringLiteral("own, real-time");
            if (!server->start(name, 48000, int(frames), &error)) {
                serverKind = QStringLiteral("own");
                server = std::make_unique<core::JackServer>();
                if (!server->start(name, 48000, int(frames), &error))
                    return fail(QObject::tr("soak: %1").arg(error));
            }
            qputenv("JACK_DEFAULT_SERVER", name.toUtf8());
            if (!observer.open(probe, &error))
                return fail(QObject::tr("soak: %1").arg(error));
        }
    }

    // The timbre model: the baked track and the live voices.
    const QString modelPath = core::timbre::SongTimbres::findModel(QString::fromLatin1(kTimbreModel));
    const auto model = models::loadTimbreModel(modelPath, &error);
    if (!model || model->instruments().empty())
        return fail(QObject::tr("soak: the timbre model: %1").arg(error));
    core::TrackSound sound;
    sound.name = model->instruments().front().name;
    sound.model = QString::fromLatin1(kTimbreModel);
    sound.z = QList<float>(model->instruments().front().z.begin(), model->instruments().front().z.end());

    core::AudioSettings settings;
    settings.bufferFrames = unsigned(frames);
    if (jack)
        settings.api = QStringLiteral("jack");
    core::AudioEngine engine(std::make_unique<core::RtAudioDevice>());
    engine.setCallbackProfiling(true);   // before the device runs
    if (!engine.start(settings, &error))
        return fail(QObject::tr("soak: no audio device: %1").arg(error));
    // Idle: none of it is made (the voice engines' workers would run).
    core::timbre::SongTimbres timbres(&models::loadTimbreModel, core::timbre::TimbreVoiceEngine::Mode::RealTime);
    std::shared_ptr<core::timbre::TimbreVoiceEngine> live;
    if (song) {
        const core::Song soak = soakSong(sound);
        timbres.update(soak, int(engine.sampleRate()), int(engine.bufferFrames()));
        live = std::make_shared<core::timbre::TimbreVoiceEngine>(model, int(engine.sampleRate()),
                                                                 core::timbre::TimbreVoiceEngine::Mode::RealTime);
        live->setZ(model->instruments().back().z);
        engine.setChannelInstruments(timbres.table());
        engine.setSong(soak);
        engine.addLiveInstrument(live);
    }
    std::shared_ptr<FixedLoad> load;
    if (fixedLoad) {
        load = std::make_shared<FixedLoad>(fixedLoadMs);
        engine.addLiveInstrument(load);
    }

    // The training job: one thread, the lowest priority.
    QTemporaryDir scratch;
    core::TrainingSpec spec;
    spec.kind = QStringLiteral("melody");
    spec.dataPath = defaultDataDir(spec.kind);
    spec.outPath = scratch.filePath(QStringLiteral("soak.music.json"));
    spec.minutes = minutes + 1.0;
    spec.threads = 1;
    std::atomic<bool> stopTraining{false};
    std::unique_ptr<core::ITrainingJob> job;
    if (training) {
        job = trainingJobFactory()(spec, &stopTraining, &error);
        if (!job)
            return fail(QObject::tr("soak: the training job: %1").arg(error));
    }
    std::atomic<int> trainedSteps{0};
    std::thread trainer([&] {
        if (!job)
            return;
        setpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid)), 19);
        QString e;
        job->run(&stopTraining, [&](const core::TrainingReport &r) { trainedSteps.store(r.step); }, &e);
    });

    g_soakStop.store(false);
    std::signal(SIGINT, onSoakSignal);
    std::signal(SIGTERM, onSoakSignal);
    engine.play();
    if (fixedLoad)
        std::fprintf(stderr, "atelier: soak: %s; fixed load: %.2f ms of the same work every callback (%lld steps), no song, no voices; training %s\n",
                     qPrintable(engine.statusText()), fixedLoadMs, static_cast<long long>(load->steps()), job ? qPrintable(job->describe()) : "off");
    else if (idle)
        std::fprintf(stderr, "atelier: soak: %s; idle: no song, no voices, no training\n", qPrintable(engine.statusText()));
    else
        std::fprintf(stderr, "atelier: soak: %s; %d tracks, %d notes, %d live voices, training %s\n",
                     qPrintable(engine.statusText()), kTracks, kNotes, kLiveVoices, job ? qPrintable(job->describe()) : "off");
    const auto begin = std::chrono::steady_clock::now();
    const double total = minutes * 60.0, settle = std::min(60.0, total / 10.0);
    double rssAtSettle = -1;
    int chord = 0;
    double nextChord = 0;
    const std::uint64_t periods0 = engine.callbacks();
    const std::int64_t xruns0 = jack ? observer.xruns() : 0;
    double elapsed = 0;
    while (!g_soakStop.load() && (elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count()) < total) {
        if (live && elapsed >= nextChord) {   // 8 live voices, a new chord every 4 s
            for (int v = 0; v < kLiveVoices; ++v)
                live->postMidi(core::MidiMessage::noteOff(0, 48 + (chord + v * 5) % 36));
            ++chord;
            for (int v = 0; v < kLiveVoices; ++v)
                live->postMidi(core::MidiMessage::noteOn(0, 48 + (chord + v * 5) % 36, 80));
            nextChord += 4.0;
        }
        if (rssAtSettle < 0 && elapsed >= settle)
            rssAtSettle = residentMb();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);   // the engine's garbage collection
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    const double rssEnd = residentMb();
    const std::uint64_t periods = engine.callbacks() - periods0;
    const std::int64_t underruns = engine.underruns(), silenced = engine.silencedBlocks();
    const std::int64_t xruns = jack ? observer.xruns() - xruns0 : 0;
    stopTraining.store(true);
    trainer.join();
    engine.stop();
    if (live)
        engine.removeLiveInstrument(live);
    if (load)
        engine.removeLiveInstrument(load);
    engine.shutdown();
    const QJsonObject profile = callbackProfileJson(engine.callbackProfile());
    observer.close();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    printJson({{"periods", qint64(periods)},
               {"underruns", qint64(underruns)},
               {"xruns", jack ? QJsonValue(qint64(xruns)) : QJsonValue()},
               {"rss_growth_mb", rssAtSettle < 0 ? 0.0 : std::round((rssEnd - rssAtSettle) * 100.0) / 100.0},
               {"silenced_blocks", qint64(silenced)},
               {"minutes", std::round(elapsed / 60.0 * 1000.0) / 1000.0},
               {"frames", int(engine.bufferFrames())},
               {"sample_rate", int(engine.sampleRate())},
               {"training_steps", training ? QJsonValue(trainedSteps.load()) : QJsonValue()},
               {"longest_callback_ms", std::round(engine.longestCallbackMs() * 1000.0) / 1000.0},
               {"overlong_callbacks", qint64(engine.overlongCallbacks())},
               {"stopped_early", g_soakStop.load()},
               {"idle", idle},
               {"fixed_load_ms", fixedLoad ? QJsonValue(fixedLoadMs) : QJsonValue()},
               {"jack_server", jack ? QJsonValue(serverKind) : QJsonValue()},
               {"callback_histogram", profile.value(QStringLiteral("histogram"))},
               {"late_callbacks", profile.value(QStringLiteral("late"))},
               {"overlong_waiting", profile.value(QStringLiteral("overlong_waiting"))}});
    return 0;
}

} // namespace

QList<CliCommand> soakCommands()
{
    return {{{"soak"}, "soak [--jack] [--frames N] [--no-training | --idle | --fixed-load MS] --minutes M [--json]", &runSoak}};
}

} // namespace atelier::app
