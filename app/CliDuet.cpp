// Call and response on the command line:
//   atelier duet [--jack] [--input PORT|virtual] [--output PORT|virtual]
//                [--model melody|performance|FILE] [--silence-ms N] [--max-phrase-s S]
//                [--temperature T] [--key auto|any|C:major ...] [--seconds N]
//                [--record OUT.mid] [--json]
// The duet runs on the same core code as the studio (DuetEngine, LiveDuet)
// over Atelier's JACK MIDI client (--jack) or ALSA (RtMidi ports, named or
// virtual, timed on the audio engine's clock); replies print as one JSON line each.

#include "CliCommon.h"
#include "DuetSetup.h"
#include "JackSetup.h"

#include "audio/AudioEngine.h"
#include "audio/NullAudioDevice.h"
#include "audio/RtAudioDevice.h"
#include "audio/RtMidiLiveInput.h"
#include "audio/RtMidiScheduledOutput.h"
#include "audio/Synth.h"
#include "live/DuetEngine.h"
#include "live/DuetRecording.h"
#include "live/JackMidiClient.h"
#include "live/LiveDuet.h"
#include "midi/SmfWriter.h"
#include "midi/SongConverter.h"
#include "music/IMusicModel.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QObject>
#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace atelier::app {

int benchDuet(Args args);   // CliBenchDuet.cpp

namespace {

std::atomic<bool> g_stop{false};
extern "C" void onDuetSignal(int) { g_stop.store(true); }

// Replies and status lines from the duet's worker, printed by the main thread.
struct Mailbox {
    std::mutex mutex;
    std::deque<QByteArray> out;
    std::deque<QString> err;
    void flush()
    {
        std::lock_guard lock(mutex);
        for (const QByteArray &line : out)
            std::fprintf(stdout, "%s\n", line.constData());
        for (const QString &line : err)
            std::fprintf(stderr, "atelier: %s\n", qPrintable(line));
        out.clear();
        err.clear();
        std::fflush(stdout);
        std::fflush(stderr);
    }
};

bool writeRecording(const QString &path, const core::DuetEngine &engine, core::Frame origin, double rate,
                    QString *error)
{
    const core::Song song = core::DuetRecording::toSong(engine.playerNotes(), engine.replies(), origin, rate);
    return core::SmfWriter::writeFile(core::SongConverter::toSmf(song, 1), path, error);
}

// The duet's MIDI and sound: JACK (libjack, sample-accurate) or ALSA (RtMidi
// in, the GM synth through RtAudio out, on the audio engine's clock).
struct Backend {
    core::IMidiInput *input = nullptr;
    core::IMidiOutput *output = nullptr;
    const core::IMidiClock *clock = nullptr;
    int monitorChannel = -1;
    QString inputName, outputText;
    std::function<bool()> gone;   // the server or device went away
    QString goneMessage;
    std::unique_ptr<core::Synth> synth;
    std::unique_ptr<core::JackMidiClient> jack;
    std::unique_ptr<core::AudioEngine> audio;
    std::unique_ptr<core::RtMidiLiveInput> alsaIn;
    std::unique_ptr<core::RtMidiScheduledOutput> alsaOut;
    void close()
    {
        if (alsaIn)
            alsaIn->close();
        if (alsaOut)
            alsaOut->close();
        if (jack)
            jack->close();
        if (audio)
            audio->shutdown();
    }
};

bool openJack(Backend &b, const QString &input, const std::optional<QString> &output, QString *error)
{
    // Without --output the reply (and what is played) sounds through JACK's playback with the GM piano.
    b.jack = std::make_unique<core::JackMidiClient>();
    core::JackMidiClient::Options options;
    if (!output) {
        options.outputToSink = true;
        options.outputToPort = false;
        options.monitorChannel = 1;
    }
    if (!openJackWithSynth(*b.jack, options, !output, b.synth, error))
        return false;
    if (b.synth && !b.jack->connectAudioToPlayback(error))
        std::fprintf(stderr, "atelier: %s\n", qPrintable(*error));
    if (!b.jack->connectInput(input.isEmpty() ? QStringLiteral("virtual") : input, error))
        return false;
    if (output && !b.jack->connectOutput(*output, error))
        return false;
    b.input = b.jack.get();
    b.output = b.jack.get();
    b.clock = b.jack.get();
    b.inputName = b.jack->inputPortFullName();
    b.outputText = output ? QObject::tr("replies leave %1").arg(b.jack->outputPortFullName())
                          : QObject::tr("replies play through the GM piano");
    core::JackMidiClient *client = b.jack.get();
    b.gone = [client] { return client->serverStopped(); };
    b.goneMessage = QObject::tr("the JACK server stopped; the duet ended");
    return true;
}

bool openAlsa(Backend &b, const QString &input, const std::optional<QString> &output, QString *error)
{
    const bool virtualIn = input == QLatin1String("virtual");
    QString portsError;
    const QStringList ports = virtualIn ? QStringList() : core::RtMidiLiveInput::availablePorts(&portsError);
    if (!virtualIn && ports.isEmpty()) {
        *error = QObject::tr("duet: no MIDI keyboard found (%1); connect one, use --input virtual, or use --jack")
                     .arg(portsError.isEmpty() ? QObject::tr("no ALSA MIDI input ports") : portsError);
        return false;
    }
    // The audio engine's clock times everything; with --output nothing sounds here
    // (the silent real-time device keeps the clock).
    std::unique_ptr<core::IAudioDevice> device;
    if (output)
        device = std::make_unique<core::NullAudioDevice>();
    else
        device = std::make_unique<core::RtAudioDevice>();
    b.audio = std::make_unique<core::AudioEngine>(std::move(device));
    if (!b.audio->start(core::AudioSettings{}, error)) {
        *error = QObject::tr("duet: no audio device for the answer: %1 (or use --jack)").arg(*error);
        return false;
    }
    b.alsaIn = std::make_unique<core::RtMidiLiveInput>(b.audio->clock());
    if (!(virtualIn ? b.alsaIn->openVirtual(QStringLiteral("Atelier Duet in"), error)
                    : b.alsaIn->open(input.isEmpty() ? ports.first() : input, error)))
        return false;
    b.input = b.alsaIn.get();
    b.clock = &b.audio->clock();
    b.inputName = b.alsaIn->portName();
    if (output) {
        b.alsaOut = std::make_unique<core::RtMidiScheduledOutput>(b.audio->clock());
        if (!b.alsaOut->open(*output, QStringLiteral("Atelier Duet out"), error))
            return false;
        b.output = b.alsaOut.get();
        b.outputText = QObject::tr("replies leave %1").arg(b.alsaOut->portName());
    } else {
        b.monitorChannel = 1;
        b.output = &b.audio->liveOutput();
        b.outputText = QObject::tr("replies play through the GM piano");
    }
    core::RtMidiLiveInput *in = b.alsaIn.get();
    auto lastCheck = std::make_shared<std::chrono::steady_clock::time_point>(std::chrono::steady_clock::now());
    b.gone = [in, lastCheck] {   // once a second: listing ports opens an ALSA client
        const auto now = std::chrono::steady_clock::now();
        if (now - *lastCheck < std::chrono::seconds(1))
            return false;
        *lastCheck = now;
        return !in->checkPort();
    };
    b.goneMessage = QObject::tr("the MIDI keyboard %1 went away; the duet ended").arg(b.inputName);
    return true;
}

int runDuet(Args args)
{
    const QString usage = QObject::tr(
        "usage: atelier duet [--jack] [--input PORT|virtual] [--output PORT|virtual] "
        "[--model melody|performance|FILE] [--silence-ms N] [--max-phrase-s S] [--temperature T] "
        "[--key auto|any|C:major ...] [--bars N] [--tempo BPM] [--seed S] [--seconds N] [--record OUT.mid] [--json]");
    const bool jack = args.flag("--jack");
    const bool json = args.flag("--json");
    const QString input = args.option("--input").value_or(QString());
    const std::optional<QString> output = args.option("--output");
    const QString modelSpec = args.option("--model").value_or(QStringLiteral("performance"));
    const QString record = args.option("--record").value_or(QString());
    double seconds = 0;
    QString error;
    core::DuetSettings settings;
    if (!args.number("--seconds", &seconds, &error) || !readDuetSettings(args, &settings, &error))
        return fail(error);
    if (!args.unknownOption().isEmpty())
        return fail(QObject::tr("duet: unknown option %1").arg(args.unknownOption()));
    if (!args.positional().isEmpty() || seconds < 0 || (output && output->isEmpty()))
        return fail(usage);
    const std::shared_ptr<const core::IMusicModel> model = loadMusicModelSpec(modelSpec, &error);
    if (!model)
        return fail(error);

    Backend backend;
    if (!(jack ? openJack(backend, input, output, &error) : openAlsa(backend, input, output, &error)))
        return fail(error);

    core::DuetEngine engine(model, settings, backend.clock->sampleRate());
    core::LiveDuet duet(engine, *backend.input, *backend.output, *backend.clock);
    duet.setMonitorChannel(backend.monitorChannel);
    Mailbox mail;
    const double rate = backend.clock->sampleRate();
    duet.setReplyCallback([&](const core::DuetReply &reply) {
        QByteArray line;
        if (json) {
            line = QJsonDocument(replyJson(reply, duet.originFrame(), rate)).toJson(QJsonDocument::Compact);
        } else {
            line = QObject::tr("reply %1: %2 notes, %3 ms after the phrase")
                       .arg(reply.index + 1)
                       .arg(reply.notes.size())
                       .arg(double(reply.start - reply.phraseEnd) / rate * 1000.0, 0, 'f', 1)
                       .toUtf8();
        }
        std::lock_guard lock(mail.mutex);
        mail.out.push_back(line);
    });
    duet.setStatusCallback([&](const QString &message) {
        std::lock_guard lock(mail.mutex);
        mail.err.push_back(message);
    });

    g_stop.store(false);
    std::signal(SIGINT, onDuetSignal);
    std::signal(SIGTERM, onDuetSignal);
    duet.start();
    std::fprintf(stderr, "atelier: duet ready: play into %s; %s (model %s)\n", qPrintable(backend.inputName),
                 qPrintable(backend.outputText), qPrintable(model->name()));
    std::fflush(stderr);
    const auto begin = std::chrono::steady_clock::now();
    bool serverGone = false;
    while (!g_stop.load()) {
        mail.flush();
        if (backend.gone && backend.gone()) {
            serverGone = true;
            break;
        }
        if (seconds > 0 && std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count() >= seconds)
            break;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);   // the audio engine's housekeeping
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    duet.stop();
    mail.flush();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    // Let the note-offs of a cut reply leave before the ports close.
    if (!serverGone)
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    const core::Frame origin = duet.originFrame();
    backend.close();
    if (!record.isEmpty() && !writeRecording(record, engine, origin, rate, &error))
        return fail(error);
    if (serverGone)
        return fail(backend.goneMessage
                    + (record.isEmpty() ? QString() : QObject::tr(" (recording saved to %1)").arg(record)));
    return 0;
}

} // namespace

QList<CliCommand> duetCommands()
{
    return {
        {{"duet"},
         "duet [--jack] [--input PORT|virtual] [--output PORT|virtual] [--model melody|performance|FILE] "
         "[--silence-ms N] [--max-phrase-s S] [--temperature T] [--key auto|any|C:major] [--seconds N] "
         "[--record OUT.mid] [--json]",
         &runDuet},
        {{"bench", "duet"}, "bench duet [--phrases N] [--model melody|performance|FILE] [--json]", &benchDuet},
    };
}

} // namespace atelier::app
