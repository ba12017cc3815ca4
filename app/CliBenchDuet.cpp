// atelier bench duet [--phrases N] [--model melody|performance|FILE] [--silence-ms N] [--json]
//
// Starts a private JACK server (dummy driver, 48 kHz, 128-frame periods),
// runs the duet on Atelier's JACK MIDI client, and plays N phrases into it
// from a second JACK client. The reaction of each phrase is measured at the
// output port: from the phrase's end (its last note-off plus the silence) to
// the first reply note-on that leaves. The player starts the next phrase
// shortly after a reply begins, which also exercises cutting replies short.

#include "CliCommon.h"
#include "DuetSetup.h"

#include "live/DuetEngine.h"
#include "live/JackMidiClient.h"
#include "live/JackServer.h"
#include "live/LiveDuet.h"
#include "music/IMusicModel.h"

#include <QJsonObject>
#include <QObject>
#include <algorithm>
#include <chrono>
#include <cmath>
#include <random>
#include <thread>

namespace atelier::app {

namespace {

constexpr int kRate = 48000;
constexpr int kPeriod = 128;

double percentile(std::vector<double> v, double q)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const double pos = q * double(v.size() - 1);
    const std::size_t lo = std::size_t(std::floor(pos)), hi = std::size_t(std::ceil(pos));
    return v[lo] + (v[hi] - v[lo]) * (pos - double(lo));
}

// A short phrase in C major: 3..6 notes of 100..200 ms, starting at `start`.
// Returns the frame of its last note-off.
core::Frame schedulePhrase(core::IMidiOutput &out, core::Frame start, std::mt19937 &rng)
{
    static const int kScale[] = {60, 62, 64, 65, 67, 69, 71, 72};
    std::uniform_int_distribution<int> count(3, 6), degree(0, 7), length(100, 200), gap(0, 40), velocity(60, 110);
    const int n = count(rng);
    core::Frame t = start, lastOff = start;
    for (int i = 0; i < n; ++i) {
        const int pitch = kScale[degree(rng)];
        const core::Frame len = core::Frame(length(rng)) * kRate / 1000;
        out.schedule({t, core::MidiMessage::noteOn(0, pitch, velocity(rng))});
        out.schedule({t + len, core::MidiMessage::noteOff(0, pitch)});
        lastOff = t + len;
        t += len + core::Frame(gap(rng)) * kRate / 1000;
    }
    return lastOff;
}

} // namespace

int benchDuet(Args args)
{
    const bool json = args.flag("--json");
    const QString modelSpec = args.option("--model").value_or(QStringLiteral("performance"));
    double phrases = 100;
    QString error;
    core::DuetSettings settings;
    if (!args.number("--phrases", &phrases, &error) || !readDuetSettings(args, &settings, &error))
        return fail(error);
    if (!args.unknownOption().isEmpty() || !args.positional().isEmpty() || phrases < 1 || phrases > 100000)
        return fail(QObject::tr("usage: atelier bench duet [--phrases N] [--model melody|performance|FILE] [--json]"));
    const std::shared_ptr<const core::IMusicModel> model = loadMusicModelSpec(modelSpec, &error);
    if (!model)
        return fail(error);

    core::JackServer server;
    if (!server.start(core::JackServer::uniqueName(QStringLiteral("atelier-bench")), kRate, kPeriod, &error))
        return fail(error);
    core::JackMidiClient duetClient, player;
    core::JackMidiClient::Options duetOptions;
    duetOptions.serverName = server.name();
    core::JackMidiClient::Options playerOptions;
    playerOptions.serverName = server.name();
    playerOptions.clientName = QStringLiteral("Atelier bench player");
    playerOptions.inputPort = QStringLiteral("from duet");
    playerOptions.outputPort = QStringLiteral("to duet");
    if (!duetClient.open(duetOptions, &error) || !player.open(playerOptions, &error)
        || !player.connectOutput(duetClient.inputPortFullName(), &error)
        || !player.connectInput(duetClient.outputPortFullName(), &error))
        return fail(error);

    core::DuetEngine engine(model, settings, duetClient.sampleRate());
    core::LiveDuet duet(engine, duetClient, duetClient, duetClient);
    duet.start();

    std::mt19937 rng(7);
    std::vector<double> reactions;
    int missing = 0;
    const core::Frame silence = core::Frame(settings.silence_s * kRate);
    core::Frame next = player.nowFrame() + kRate / 10;
    for (int i = 0; i < int(phrases); ++i) {
        const core::Frame phraseEnd = schedulePhrase(player, next, rng) + silence;
        core::Frame reply = -1;
        const core::Frame deadline = phraseEnd + 2 * kRate;
        while (reply < 0 && player.nowFrame() < deadline && !player.serverStopped()) {
            core::TimedMidiEvent e;
            while (player.readInput(e))
                if (e.message.isNoteOn() && e.frame >= phraseEnd && reply < 0)
                    reply = e.frame;
            std::this_thread::sleep_for(std::chrono::microseconds(500));
        }
        if (reply < 0)
            ++missing;
        else
            reactions.push_back(double(reply - phraseEnd) * 1000.0 / kRate);
        // The next phrase cuts the reply short after 150 ms.
        next = std::max(player.nowFrame(), (reply < 0 ? deadline : reply)) + kRate * 15 / 100;
    }
    duet.stop();
    const std::int64_t late = duetClient.lateEvents();
    duetClient.close();
    player.close();
    server.stop();

    const QJsonObject result{
        {"phrases", int(phrases)},
        {"reaction_ms", QJsonObject{{"p50", percentile(reactions, 0.5)},
                                    {"p99", percentile(reactions, 0.99)},
                                    {"max", reactions.empty() ? 0.0 : *std::max_element(reactions.begin(), reactions.end())}}},
        {"late_events", qint64(late)},
        {"missing_replies", missing},
        {"model", model->name()},
        {"silence_ms", settings.silence_s * 1000.0},
        {"jack", QStringLiteral("dummy driver, %1 Hz, %2-frame periods").arg(kRate).arg(kPeriod)},
        {"reference", QStringLiteral("aim: p99 <= 20 ms, no late events; AI Duet: 600 ms of silence plus a server round "
                                     "trip; magenta_midi: a bar or two; Magenta RealTime controls: about 200 ms")}};
    if (json) {
        printJson(result);
    } else {
        std::printf("%s\n", qPrintable(QObject::tr("%1 phrases, reaction p50 %2 ms, p99 %3 ms, max %4 ms; %5 late events, "
                                                   "%6 missing replies (%7)")
                                           .arg(int(phrases))
                                           .arg(percentile(reactions, 0.5), 0, 'f', 2)
                                           .arg(percentile(reactions, 0.99), 0, 'f', 2)
                                           .arg(result["reaction_ms"].toObject()["max"].toDouble(), 0, 'f', 2)
                                           .arg(late)
                                           .arg(missing)
                                           .arg(model->name())));
    }
    return missing == int(phrases) ? fail(QObject::tr("bench duet: no reply came")) : 0;
}

} // namespace atelier::app
