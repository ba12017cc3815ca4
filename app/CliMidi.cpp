// `atelier midi info|convert` and `atelier render`: Standard MIDI Files and
// offline audio rendering from the command line.

#include "TimbreModels.h"
#include "timbre/SongTimbres.h"
#include "CliCommon.h"

#include "audio/OfflineRenderer.h"
#include "document/TempoMap.h"
#include "midi/SmfInfo.h"
#include "midi/SmfReader.h"
#include "midi/SmfWriter.h"
#include "project/SongFiles.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QObject>
#include <cstdio>

namespace atelier::app {

namespace {

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
    const QJsonObject o = info.toJson();
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
                 "  tempos: %s\n  time signatures: %s\n",
                 qPrintable(QFileInfo(pos[0]).fileName()), o["format"].toInt(), o["tracks"].toInt(),
                 o["ppq"].toInt(), o["notes"].toInt(), o["duration_seconds"].toDouble(),
                 qPrintable(tempos.isEmpty() ? QObject::tr("none (120 bpm)") : tempos.join(", ")),
                 qPrintable(sigs.isEmpty() ? QObject::tr("none (4/4)") : sigs.join(", ")));
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
    const bool loopOnly = args.flag("--loop");
    if (!args.unknownOption().isEmpty())
        return fail(QObject::tr("render: unknown option %1").arg(args.unknownOption()));
    const QStringList pos = args.positional();
    if (pos.size() != 1 || !out || out->isEmpty())
        return fail(QObject::tr("usage: atelier render IN.mid|IN.atelier -o OUT.wav [--rate 44100] "
                                "[--loop] [--soundfont FILE.sf2]"));
    core::RenderOptions options;
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
    if (loopOnly && !song->loop.isValid())
        return fail(QObject::tr("render: %1 has no loop region").arg(pos[0]));
    options.tail_s = core::timbre::SongTimbres::tailSeconds(*song, options.tail_s);
    QStringList problems;  // tracks with a baked Sound-Morph timbre
    options.channelInstruments =
        core::timbre::SongTimbres::offlineTable(*song, &models::loadTimbreModel, options.sampleRate, &problems);
    for (const QString &p : problems)
        std::fprintf(stderr, "atelier: render: %s\n", qPrintable(p));
    if (!core::OfflineRenderer::render(*song, options, *out, &error))
        return fail(error);
    const core::TempoMap tempo(*song);
    const double start = loopOnly ? tempo.tickToSeconds(song->loop.start) : 0.0;
    const double end = tempo.tickToSeconds(loopOnly ? song->loop.end : song->endTick());
    printJson(QJsonObject{{"output", *out},
                          {"sample_rate", options.sampleRate},
                          {"music_seconds", end - start},
                          {"tail_seconds", options.tail_s}});
    return 0;
}

} // namespace

QList<CliCommand> midiCommands()
{
    return {
        {{"midi", "info"}, "midi info FILE [--json]               describe a MIDI file", midiInfo},
        {{"midi", "convert"}, "midi convert IN OUT [--format 0|1]    rewrite a MIDI file as type 0 or 1", midiConvert},
        {{"render"}, "render IN.mid|IN.atelier -o OUT.wav [--rate 44100] [--loop] [--soundfont SF2]\n"
                     "                                         render a song to WAV with the GM synth", render},
    };
}

} // namespace atelier::app
