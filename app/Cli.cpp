#include "Cli.h"
#include "CliCommon.h"

#include <QObject>
#include <cstdio>

namespace atelier::app {

namespace {
QList<CliCommand> allCommands()
{
    QList<CliCommand> all;
    all += midiCommands();
    all += trainCommands();
    all += sketchCommands();
    all += musicCommands();
    all += musicEvalCommands();
    all += keyCommands();
    all += harmonyCommands();
    all += timbreCommands();
    all += duetCommands();
    all += playCommands();
    all += rewardCommands();
    all += tuneCommands();
    all += tuneEvalCommands();
    all += compareCommands();
    all += benchPianoRollCommands();
    all += soakCommands();
    all += benchTrainCommands();
    return all;
}

// The command whose words start args, or nullptr.
const CliCommand *find(const QList<CliCommand> &all, const QStringList &args)
{
    const CliCommand *best = nullptr;
    for (const CliCommand &c : all) {
        if (args.size() >= c.words.size() && args.mid(0, c.words.size()) == c.words
            && (!best || c.words.size() > best->words.size()))
            best = &c;
    }
    return best;
}
} // namespace

QString usage()
{
    QString text = QObject::tr("Usage:\n  atelier [FILE]                         open the studio (optionally a song)\n");
    for (const CliCommand &c : allCommands())
        text += "  atelier " + c.synopsis + "\n";
    text += QObject::tr("Results are JSON on stdout; errors go to stderr with exit code 2.\n");
    return text;
}

bool isCliCommand(const QStringList &args)
{
    if (args.isEmpty())
        return false;
    static const QStringList kWords = {"help", "--help", "-h", "--version"};
    if (kWords.contains(args.first()))
        return true;
    for (const CliCommand &c : allCommands())
        if (c.words.first() == args.first())
            return true;
    return false;
}

bool cliNeedsWidgets(const QStringList &args)
{
    return args.size() >= 2 && args[0] == QLatin1String("bench") && args[1] == QLatin1String("pianoroll");
}

int runCli(const QStringList &args)
{
    const QString cmd = args.value(0);
    if (cmd == "help" || cmd == "--help" || cmd == "-h") {
        std::fprintf(stdout, "%s", qPrintable(usage()));
        return 0;
    }
    if (cmd == "--version") {
        std::fprintf(stdout, "atelier %s\n", ATELIER_VERSION);
        return 0;
    }
    const QList<CliCommand> all = allCommands();
    if (const CliCommand *c = find(all, args))
        return c->run(Args(args.mid(c->words.size())));
    const int rc = fail(QObject::tr("unknown command '%1'").arg(args.join(' ')));
    std::fprintf(stderr, "%s", qPrintable(usage()));
    return rc;
}

} // namespace atelier::app
