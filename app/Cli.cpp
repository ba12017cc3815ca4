#include "Cli.h"

#include "audio/OfflineRenderer.h"
#include "document/TempoMap.h"
#include "midi/SmfInfo.h"
#include "midi/SmfReader.h"
#include "midi/SmfWriter.h"
#include "project/SongFiles.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>
#include <optional>

namespace atelier::app {

namespace {

constexpr int kUsageError = 2;

int fail(const QString &message)
{
    std::fprintf(stderr, "atelier: %s\n", qPrintable(message));
    return kUsageError;
}

void printJson(const QJsonObject &o)
{
    std::fprintf(stdout, "%s\n", QJsonDocument(o).toJson(QJsonDocument::Indented).constData());
}

// A tiny argument reader: positional words, --flag and --option VALUE.
class Args {
public:
    explicit Args(QStringList args) : m_args(std::move(args)) {}
    bool flag(const QString &name) { return m_args.removeAll(name) > 0; }
    std::optional<QString> option(const QString &name, const QString &alias = {})
    {
        for (int i = 0; i < m_args.size(); ++i) {
            if (m_args[i] == name || (!alias.isEmpty() && m_args[i] == alias)) {
                if (i + 1 >= m_args.size())
                    return QString();  // present without a value
                const QString v = m_args[i + 1];
                m_args.remove(i, 2);
                return v;
            }
        }
        return std::nullopt;
    }
    QStringList positional() const { return m_args; }
    QString unknownOption() const
    {
        for (const QString &a : m_args)
            if (a.startsWith("--") || (a.startsWith('-') && a.size() == 2))
                return a;
        return {};
    }

private:
    QStringList m_args;
};

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
    const auto song = core::SongFiles::load(pos[0], &error);
    if (!song)
        return fail(error);
    if (loopOnly && !song->loop.isValid())
        return fail(QObject::tr("render: %1 has no loop region").arg(pos[0]));
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

QString usage()
{
    return QObject::tr(
        "Usage:\n"
        "  atelier [FILE]                         open the studio (optionally a song)\n"
        "  atelier midi info FILE [--json]        describe a MIDI file\n"
        "  atelier midi convert IN OUT [--format 0|1]\n"
        "                                         rewrite a MIDI file as type 0 or 1\n"
        "  atelier render IN.mid|IN.atelier -o OUT.wav [--rate 44100] [--loop]\n"
        "                                         render a song to WAV with the GM synth\n"
        "Errors go to stderr with exit code 2.\n");
}

bool isCliCommand(const QStringList &args)
{
    if (args.isEmpty())
        return false;
    static const QStringList kCommands = {"midi", "render", "help", "--help", "-h", "--version"};
    return kCommands.contains(args.first());
}

int runCli(const QStringList &all)
{
    const QString cmd = all.value(0);
    if (cmd == "help" || cmd == "--help" || cmd == "-h") {
        std::fprintf(stdout, "%s", qPrintable(usage()));
        return 0;
    }
    if (cmd == "--version") {
        std::fprintf(stdout, "atelier %s\n", ATELIER_VERSION);
        return 0;
    }
    if (cmd == "render")
        return render(Args(all.mid(1)));
    if (cmd == "midi") {
        const QString sub = all.value(1);
        if (sub == "info")
            return midiInfo(Args(all.mid(2)));
        if (sub == "convert")
            return midiConvert(Args(all.mid(2)));
        return fail(QObject::tr("midi: unknown command '%1' (info, convert)").arg(sub));
    }
    std::fprintf(stderr, "%s", qPrintable(usage()));
    return fail(QObject::tr("unknown command '%1'").arg(cmd));
}

} // namespace atelier::app
