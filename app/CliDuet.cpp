// Call and response on the command line:
//   atelier duet [--jack] [--input PORT|virtual] [--output PORT|virtual]
//                [--model melody|performance|FILE] [--silence-ms N] [--max-phrase-s S]
//                [--temperature T] [--key auto|any|C:major ...] [--seconds N]
//                [--record OUT.mid] [--json]
// The duet runs on the same core code as the studio (DuetEngine, LiveDuet)
// over Atelier's JACK MIDI client; replies print as one JSON line each.

#include "CliCommon.h"
#include "DuetSetup.h"

#include "audio/Synth.h"
#include "live/DuetEngine.h"
#include "live/DuetRecording.h"
#include "live/JackMidiClient.h"
#include "live/LiveDuet.h"
#include "midi/SmfWriter.h"
#include "midi/SongConverter.h"
#include "music/IMusicModel.h"

#include <QJsonDocument>
#include <QObject>
#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <deque>
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
    if (!jack)
        return fail(QObject::tr("duet: only the JACK backend is available on the command line so far: add --jack "
                                "(with PipeWire, pw-jack atelier duet --jack ...)"));

    const std::shared_ptr<const core::IMusicModel> model = loadMusicModelSpec(modelSpec, &error);
    if (!model)
        return fail(error);

    // Without --output the reply plays through JACK's playback with the GM piano.
    std::unique_ptr<core::Synth> synth;
    core::JackMidiClient client;
    core::JackMidiClient::Options options;
    if (!output) {
        synth = std::make_unique<core::Synth>(48000.0);
        if (!synth->loadSoundFont(core::Synth::defaultSoundFontPath(), &error))
            return fail(error);
        options.sink = synth.get();
        options.outputToSink = true;
        options.outputToPort = false;
        options.monitorChannel = 1;
    }
    if (!client.open(options, &error))
        return fail(error);
    if (synth && std::abs(client.sampleRate() - 48000.0) > 0.5) {
        // The synth must run at the server's rate.
        client.close();
        synth = std::make_unique<core::Synth>(client.sampleRate());
        if (!synth->loadSoundFont(core::Synth::defaultSoundFontPath(), &error))
            return fail(error);
        options.sink = synth.get();
        if (!client.open(options, &error))
            return fail(error);
    }
    if (synth && !client.connectAudioToPlayback(&error))
        std::fprintf(stderr, "atelier: %s\n", qPrintable(error));
    const QString inputPort = input.isEmpty() ? QStringLiteral("virtual") : input;
    if (!client.connectInput(inputPort, &error))
        return fail(error);
    if (output && !client.connectOutput(*output, &error))
        return fail(error);

    core::DuetEngine engine(model, settings, client.sampleRate());
    core::LiveDuet duet(engine, client, client, client);
    Mailbox mail;
    const double rate = client.sampleRate();
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
    std::fprintf(stderr, "atelier: duet ready: play into %s; %s (model %s)\n", qPrintable(client.inputPortFullName()),
                 qPrintable(output ? QObject::tr("replies leave %1").arg(client.outputPortFullName())
                                   : QObject::tr("replies play through the GM piano")),
                 qPrintable(model->name()));
    std::fflush(stderr);
    const auto begin = std::chrono::steady_clock::now();
    bool serverGone = false;
    while (!g_stop.load()) {
        mail.flush();
        if (client.serverStopped()) {
            serverGone = true;
            break;
        }
        if (seconds > 0 && std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count() >= seconds)
            break;
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
    client.close();
    if (!record.isEmpty() && !writeRecording(record, engine, origin, rate, &error))
        return fail(error);
    if (serverGone)
        return fail(QObject::tr("the JACK server stopped; the duet ended%1")
                        .arg(record.isEmpty() ? QString() : QObject::tr(" (recording saved to %1)").arg(record)));
    return 0;
}

} // namespace

QList<CliCommand> duetCommands()
{
    return {
        {{"duet"},
         "duet --jack [--input PORT|virtual] [--output PORT|virtual] [--model melody|performance|FILE] "
         "[--silence-ms N] [--max-phrase-s S] [--temperature T] [--key auto|any|C:major] [--seconds N] "
         "[--record OUT.mid] [--json]",
         &runDuet},
        {{"bench", "duet"}, "bench duet [--phrases N] [--model melody|performance|FILE] [--json]", &benchDuet},
    };
}

} // namespace atelier::app
