// `atelier midi info|convert` and `atelier render`: Standard MIDI Files and
// offline audio rendering from the command line.

#include "document/BarGrid.h"
#include "TimbreModels.h"
#include "timbre/SongTimbres.h"
#include "CliCommon.h"

#include "audio/OfflineRenderer.h"
#include "document/TempoMap.h"
#include "midi/SmfInfo.h"
#include "midi/SongConverter.h"
#include "music/KeyFinder.h"
#include "midi/SmfReader.h"
#include "midi/SmfWriter.h"
#include "project/SongFiles.h"

#include <QRegularExpression>
#include <QFileInfo>
#include <QJsonArray>
#include <QObject>
#include <atomic>
#include <cmath>
#include <csignal>
#include <cstdio>

namespace atelier::app {

namespace {

std::atomic<bool> g_renderStop{false};
void onRenderSignal(int) { g_renderStop = true; }

int midiInfo(Args args)
{
    const bool json = args.flag("--json");
    if (!args.unknownOption().isEmpty())
        return fail(QObject::tr("midi info: unknown option %1").arg(args.unknownOption()));
    const QStringList pos = args.positional();
    if (pos.size() != 1)
        return fail(QObject::tr("usage: atelier midi info FILE [--json]"));
    core::SmfError error;
    const auto smf = core::SmfReader::readFile(pos[0], &error);
    if (!smf)
        return fail(error.message());
    const core::SmfInfo info = core::SmfInfo::fromSmf(*smf);
    QJsonObject o = info.toJson();
    // The key: estimated from the notes of the whole file; the key signature as the file states it.
    const core::KeyFinder::Estimate key = core::KeyFinder::estimate(core::SongConverter::fromSmf(*smf));
    if (key.valid()) {
        o.insert("key", key.key.toString());
        o.insert("key_confidence", std::round(key.confidence * 1000) / 1000);
    }
    QString signature;
    for (const core::SmfTrack &t : smf->tracks) {
        for (const core::SmfEvent &e : t.events)
            if (const auto ks = e.keySignatureValue()) {
                signature = core::KeyScale::fromKeySignature(ks->first, ks->second).toString();
                break;
            }
        if (!signature.isEmpty())
            break;
    }
    if (!signature.isEmpty())
        o.insert("key_signature", signature);
    if (json) {
        printJson(o);
        return 0;
    }
    QStringList tempos, sigs;
    for (const QJsonValue &v : o["tempos_bpm"].toArray())
        tempos << QString::number(v.toDouble(), 'g', 6);
    for (const QJsonValue &v : o["time_signatures"].toArray())
        sigs << v.toString();
    std::fprintf(stdout,
                 "%s\n  format %d, %d tracks, %d ticks per quarter\n  %d notes, %.2f s\n"
                 "  tempos: %s\n  time signatures: %s\n  key: %s\n",
                 qPrintable(QFileInfo(pos[0]).fileName()), o["format"].toInt(), o["tracks"].toInt(),
                 o["ppq"].toInt(), o["notes"].toInt(), o["duration_seconds"].toDouble(),
                 qPrintable(tempos.isEmpty() ? QObject::tr("none (120 bpm)") : tempos.join(", ")),
                 qPrintable(sigs.isEmpty() ? QObject::tr("none (4/4)") : sigs.join(", ")),
                 qPrintable(!key.valid() ? QObject::tr("none (no notes)")
                            : QObject::tr("%1 (confidence %2)%3")
                                  .arg(key.key.toString())
                                  .arg(key.confidence, 0, 'f', 2)
                                  .arg(signature.isEmpty() ? QString()
                                                           : QObject::tr("; key signature %1").arg(signature))));
    return 0;
}

int midiConvert(Args args)
{
    const auto formatArg = args.option("--format");
    int format = 1;
    if (formatArg) {
        bool ok = false;
        format = formatArg->toInt(&ok);
        if (!ok || (format != 0 && format != 1))
            return fail(QObject::tr("midi convert: --format must be 0 or 1"));
    }
    if (!args.unknownOption().isEmpty())
        return fail(QObject::tr("midi convert: unknown option %1").arg(args.unknownOption()));
    const QStringList pos = args.positional();
    if (pos.size() != 2)
        return fail(QObject::tr("usage: atelier midi convert IN.mid OUT.mid [--format 0|1]"));
    core::SmfError error;
    const auto smf = core::SmfReader::readFile(pos[0], &error);
    if (!smf)
        return fail(error.message());
    // Converted event for event, so nothing the studio does not model is lost.
    const core::SmfFile out = format == 0 ? core::toFormat0(*smf) : core::toFormat1(*smf);
    QString writeError;
    if (!core::SmfWriter::writeFile(out, pos[1], &writeError))
        return fail(writeError);
    const core::SmfInfo info = core::SmfInfo::fromSmf(out);
    QJsonObject o = info.toJson();
    o.insert("output", pos[1]);
    printJson(o);
    return 0;
}

int render(Args args)
{
    const auto out = args.option("-o", "--output");
    const auto rateArg = args.option("--rate");
    const auto soundFont = args.option("--soundfont");
    const auto bitsArg = args.option("--bits");
    const auto rangeArg = args.option("--range");
    bool loopOnly = args.flag("--loop");
    if (!args.unknownOption().isEmpty())
        return fail(QObject::tr("render: unknown option %1").arg(args.unknownOption()));
    const QStringList pos = args.positional();
    if (pos.size() != 1 || !out || out->isEmpty())
        return fail(QObject::tr("usage: atelier render IN.mid|IN.atelier -o OUT.wav|OUT.flac [--rate 44100] "
                                "[--bits 16|24|32f] [--range song|loop|BAR:BAR] [--soundfont FILE.sf2]"));
    core::RenderOptions options;
    const auto container = core::OfflineRenderer::containerFor(*out);
    if (!container)
        return fail(QObject::tr("render: %1: the output must end in .wav or .flac").arg(*out));
    options.container = *container;
    if (bitsArg) {
        const auto format = core::OfflineRenderer::sampleFormatFor(*bitsArg);
        if (!format)
            return fail(QObject::tr("render: --bits must be 16, 24 or 32f, not %1").arg(*bitsArg));
        options.sampleFormat = *format;
    }
    if (options.container == core::AudioContainer::Flac && options.sampleFormat == core::SampleFormat::Float32)
        return fail(QObject::tr("render: FLAC holds 16- or 24-bit samples; write a .wav for --bits 32f"));
    std::optional<std::pair<int, int>> bars;
    if (rangeArg) {
        static const QRegularExpression barRange(QStringLiteral("^(\\d{1,5}):(\\d{1,5})$"));
        const QRegularExpressionMatch m = barRange.match(*rangeArg);
        if (*rangeArg == QLatin1String("loop"))
            loopOnly = true;
        else if (m.hasMatch() && m.captured(1).toInt() >= 1 && m.captured(2).toInt() >= m.captured(1).toInt())
            bars = std::make_pair(m.captured(1).toInt(), m.captured(2).toInt());
        else if (*rangeArg != QLatin1String("song"))
            return fail(QObject::tr("render: --range must be song, loop or FIRST:LAST bars (as 5:8), not %1")
                            .arg(*rangeArg));
    }
    if (rateArg) {
        bool ok = false;
        options.sampleRate = rateArg->toInt(&ok);
        if (!ok || options.sampleRate < 8000 || options.sampleRate > 192000)
            return fail(QObject::tr("render: --rate must be a sample rate from 8000 to 192000 Hz"));
    }
    options.loopRegionOnly = loopOnly;
    if (soundFont)
        options.soundFont = *soundFont;
    QString error;
    const auto project = core::SongFiles::load(pos[0], &error);
    if (!project)
        return fail(error);
    const core::Song *song = &project->song;
    if (loopOnly && !bars && !song->loop.isValid())
        return fail(QObject::tr("render: %1 has no loop region").arg(pos[0]));
    if (bars) {   // bar FIRST's start to the end of bar LAST
        const core::BarGrid grid(*song);
        options.rangeStart = grid.barStart(bars->first);
        options.rangeEnd = grid.barStart(bars->second + 1);
    }
    options.tail_s = core::timbre::SongTimbres::tailSeconds(*song, options.tail_s);
    QStringList problems;  // tracks with a baked Sound-Morph timbre
    options.channelInstruments =
        core::timbre::SongTimbres::offlineTable(*song, &models::loadTimbreModel, options.sampleRate, &problems);
    for (const QString &p : problems)
        std::fprintf(stderr, "atelier: render: %s\n", qPrintable(p));
    // Ctrl-C (or SIGTERM) stops a long render cleanly: the partial file is
    // removed and an earlier file of that name is left as it was.
    g_renderStop = false;
    std::signal(SIGINT, onRenderSignal);
    std::signal(SIGTERM, onRenderSignal);
    const bool rendered = core::OfflineRenderer::render(*song, options, *out, &error,
                                                        [](double) { return !g_renderStop.load(); });
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    if (!rendered && g_renderStop)
        return fail(QObject::tr("render: stopped; %1 was not written").arg(*out));
    if (!rendered)
        return fail(error);
    const core::TempoMap tempo(*song);
    const auto [fromTick, toTick] = core::OfflineRenderer::tickRange(*song, options);
    printJson(QJsonObject{{"output", *out},
                          {"format", options.container == core::AudioContainer::Flac ? "flac" : "wav"},
                          {"bits", core::OfflineRenderer::bitsName(options.sampleFormat)},
                          {"sample_rate", options.sampleRate},
                          {"range", bars ? QStringLiteral("%1:%2").arg(bars->first).arg(bars->second)
                                    : loopOnly ? QStringLiteral("loop") : QStringLiteral("song")},
                          {"start_seconds", tempo.tickToSeconds(fromTick)},
                          {"music_seconds", tempo.tickToSeconds(toTick) - tempo.tickToSeconds(fromTick)},
                          {"tail_seconds", options.tail_s}});
    return 0;
}

} // namespace

QList<CliCommand> midiCommands()
{
    return {
        {{"midi", "info"}, "midi info FILE [--json]               describe a MIDI file", midiInfo},
        {{"midi", "convert"}, "midi convert IN OUT [--format 0|1]    rewrite a MIDI file as type 0 or 1", midiConvert},
        {{"render"}, "render IN.mid|IN.atelier -o OUT.wav|OUT.flac [--rate 44100] [--bits 16|24|32f]\n"
                     "       [--range song|loop|BAR:BAR] [--soundfont SF2]\n"
                     "                                         render a song to WAV or FLAC with the GM synth", render},
    };
}

} // namespace atelier::app
