// The harmonizer: its states, the half-bar segments and their weights,
// Viterbi on a small hand-made model (answers worked out by hand), fixed
// chords, the shipped model on tunes everyone knows and on the held-out
// Nottingham tunes against their own chords, and files that must not load.

#include "music/Harmonizer.h"
#include "music/HarmonyCorpus.h"
#include "music/HarmonyEvaluation.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <cmath>

using namespace atelier::core;

namespace {

QString dataDir()
{
    const QString env = qEnvironmentVariable("ATELIER_DATA");
    return env.isEmpty() ? QStringLiteral(ATELIER_SOURCE_DIR "/../shared") : env;
}

QString shippedModel() { return QStringLiteral(ATELIER_SOURCE_DIR "/assets/models/harmonizer-hmm.harmony.json"); }

ChordSymbol chord(const char *text) { return *ChordSymbol::parse(QString::fromLatin1(text)); }

// ppq 4, 4/4: a quarter note is 4 ticks, a bar 16.
Song song44()
{
    Song s;
    s.ppq = 4;
    return s;
}

// Quarter notes from tick 0.
QList<Note> quarters(const QList<int> &pitches)
{
    QList<Note> out;
    for (int i = 0; i < pitches.size(); ++i)
        out.append(Note{pitches[i], Tick(i) * 4, 4, 90});
    return out;
}

// A model that knows only major triads and likes to stay: transitions
// log 0.9 to stay, log(0.1 / 95) to move; emission: chord tones log 0.3,
// other intervals log(0.1 / 9).
Harmonizer handMade()
{
    Harmonizer h;
    const int S = Harmonizer::kStates;
    for (int s = 0; s < S; ++s) {
        const bool major = s % Harmonizer::kQualities == 0;
        h.initial[std::size_t(s)] = major ? std::log(1.0 / 12) : -1e6;
        for (int t = 0; t < S; ++t) {
            const bool ok = t % Harmonizer::kQualities == 0;
            const double p = !ok ? -1e6 : s == t ? std::log(0.9) : std::log(0.1 / 11);
            h.withinBar[std::size_t(s) * S + std::size_t(t)] = p;
            h.acrossBar[std::size_t(s) * S + std::size_t(t)] = p;
        }
    }
    for (int q = 0; q < Harmonizer::kQualities; ++q)
        for (int k = 0; k < 12; ++k)
            h.emission[std::size_t(q) * 12 + std::size_t(k)] = (k == 0 || k == 4 || k == 7) ? std::log(0.3) : std::log(0.1 / 9);
    h.emissionWeight = 1.0;
    return h;
}

QStringList names(const std::vector<ChordSymbol> &chords)
{
    QStringList out;
    for (const ChordSymbol &c : chords)
        out.append(c.toString());
    return out;
}

} // namespace

class TestHarmonizer : public QObject {
    Q_OBJECT
private slots:
    void states()
    {
        QCOMPARE(Harmonizer::referenceTonic(*KeyScale::parse("G:major")), 7);
        QCOMPARE(Harmonizer::referenceTonic(*KeyScale::parse("A:minor")), 0);   // its relative major, C
        QCOMPARE(Harmonizer::referenceTonic(*KeyScale::parse("E:minor")), 7);
        // D7 in G: degree 7 above G (D), quality index 2 (7th chords).
        QCOMPARE(Harmonizer::stateOf(chord("D7"), 7), 7 * Harmonizer::kQualities + 2);
        QCOMPARE(Harmonizer::chordOf(7 * Harmonizer::kQualities + 2, 7), chord("D7"));
        QCOMPARE(Harmonizer::stateOf(chord("C/E"), 0), Harmonizer::stateOf(chord("C"), 0));   // slash dropped
        QCOMPARE(Harmonizer::stateOf(ChordSymbol::noChord(), 0), -1);
        for (int s = 0; s < Harmonizer::kStates; ++s)
            QCOMPARE(Harmonizer::stateOf(Harmonizer::chordOf(s, 5), 5), s);
    }

    void segmentsWeighBeats()
    {
        // One bar: C (2 beats, from the downbeat), E (1 beat), G held across the half bar into bar 2 (2 beats).
        const QList<Note> melody{{60, 0, 8, 90}, {64, 8, 4, 90}, {67, 12, 8, 90}};
        const auto segs = Harmonizer::segments(song44(), melody, 20);
        QCOMPARE(segs.size(), std::size_t(4));   // bars 1 and 2, two halves each
        QCOMPARE(segs[0].from, Tick(0));
        QCOMPARE(segs[1].from, Tick(8));
        QCOMPARE(segs[2].bar, 2);
        QCOMPARE(segs[3].half, 1);
        QCOMPARE(segs[0].weight[0], 3.0);   // 2 beats + 1 for sounding at the start
        QCOMPARE(segs[1].weight[4], 2.0);   // 1 beat + 1
        QCOMPARE(segs[1].weight[7], 1.0);   // starts after the half bar's start
        QCOMPARE(segs[2].weight[7], 2.0);   // held over the bar line: 1 beat + 1
        QCOMPARE(segs[3].weight[7], 0.0);
    }

    void viterbiOnAHandMadeModel()
    {
        // Bar 1 spells C major, bar 2 G major, bar 3 C major again: with chord
        // tones 0.3 against 0.011, the melody outweighs the wish to stay.
        const QList<Note> melody = quarters({60, 64, 67, 64, 67, 71, 74, 71, 72, 67, 64, 60});
        const Harmonizer h = handMade();
        const auto r = h.harmonize(song44(), melody);
        QCOMPARE(names(r.chords), (QStringList{"C", "C", "G", "G", "C", "C"}));
        QCOMPARE(r.changes.size(), 3);
        QCOMPARE(r.changes[1].tick, Tick(16));
        QCOMPARE(r.changes[1].chord, chord("G"));
    }

    void fixedChordsStay()
    {
        const QList<Note> melody = quarters({60, 64, 67, 64, 67, 71, 74, 71, 72, 67, 64, 60});
        const Harmonizer h = handMade();
        // The user wrote F for bar 1: it stays for the whole bar (to the bar line after it); the rest follows the melody.
        const auto r = h.harmonize(song44(), melody, {{0, chord("F")}});
        QCOMPARE(names(r.chords), (QStringList{"F", "F", "G", "G", "C", "C"}));
        // A progression to continue: bars 1 and 2 given, bar 3 chosen.
        const auto c = h.harmonize(song44(), melody, {{0, chord("Am")}, {16, chord("E")}});
        QCOMPARE(names(c.chords), (QStringList{"Am", "Am", "E", "E", "C", "C"}));
    }

    void shippedModelHarmonizesTwinkle()
    {
        Harmonizer::Result r;
        {
            QString error;
            const auto h = Harmonizer::load(shippedModel(), &error);
            QVERIFY2(h, qPrintable(error));
            // Twinkle, Twinkle, Little Star in C, in half notes' worth of quarters:
            // C C G G | A A G - | F F E E | D D C -
            QList<Note> melody;
            const int tune[] = {60, 60, 67, 67, 69, 69, 67, -1, 65, 65, 64, 64, 62, 62, 60, -1};
            for (int i = 0; i < 16; ++i)
                if (tune[i] >= 0)
                    melody.append(Note{tune[i], Tick(i) * 4, tune[i + 1 < 16 ? i + 1 : i] < 0 ? 8 : 4, 90});
            r = h->harmonize(song44(), melody);
        }
        QCOMPARE(r.key, *KeyScale::parse("C:major"));
        QCOMPARE(r.chords.size(), std::size_t(8));
        // Textbook: C | F C | F C | G C. The first and the last chord are the tonic,
        // the half bar before the end a dominant (G or G7), bar 3 starts on F.
        QCOMPARE(r.chords.front().root, 0);
        QCOMPARE(r.chords.back().root, 0);
        QCOMPARE(r.chords[6].root, 7);
        QCOMPARE(r.chords[4].root, 5);
    }

    void heldOutTunesAgreeWithTheirOwnChords()
    {
        const QString dir = dataDir() + QStringLiteral("/data/midi/nottingham/melody_chords");
        if (!QDir(dir).exists()) {
            if (qEnvironmentVariableIsSet("ATELIER_REQUIRE_DATA"))
                QFAIL(qPrintable(dir + QStringLiteral(" is missing")));
            QSKIP("the Nottingham tunes with chords are not in the data path");
        }
        QString error;
        const auto h = Harmonizer::load(shippedModel(), &error);
        QVERIFY2(h, qPrintable(error));
        const auto corpus = HarmonyCorpus::load(dir, &error);
        QVERIFY2(corpus, qPrintable(error));
        const auto test = corpus->tunes(MusicSplit::Test);
        QCOMPARE(int(test.size()), 62);
        const auto s = HarmonyEvaluation::scoreHarmonizer(*h, test);
        QVERIFY(s.bars > 2000);
        // Most bars agree, and clearly more than a baseline that knows each tune's commonest root.
        QVERIFY2(s.rootAgreement > 0.6, qPrintable(QString::number(s.rootAgreement)));
        QVERIFY2(s.rootAgreement > s.baselineRootAgreement + 0.1,
                 qPrintable(QStringLiteral("%1 vs %2").arg(s.rootAgreement).arg(s.baselineRootAgreement)));
    }

    void saveAndLoad()
    {
        QTemporaryDir tmp;
        Harmonizer h = handMade();
        h.emissionWeight = 1.5;
        const QString path = tmp.filePath("h.harmony.json");
        QString error;
        QVERIFY2(h.save(path, &error), qPrintable(error));
        const auto back = Harmonizer::load(path, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->emissionWeight, 1.5);
        QCOMPARE(back->withinBar, h.withinBar);
        QCOMPARE(back->emission, h.emission);
    }

    void badFilesAreRefused()
    {
        QTemporaryDir tmp;
        QString error;
        QVERIFY(!Harmonizer::load(tmp.filePath("missing.json"), &error));
        QVERIFY2(error.contains("no such file"), qPrintable(error));
        QVERIFY(!Harmonizer::load(tmp.path(), &error));
        QVERIFY2(error.contains("not a regular file"), qPrintable(error));
        QVERIFY(!Harmonizer::load(QStringLiteral("/dev/zero"), &error));
        QVERIFY2(error.contains("not a regular file"), qPrintable(error));
        const QString fifo = tmp.filePath("fifo.json");
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QVERIFY(!Harmonizer::load(fifo, &error));   // returns: no read from the FIFO
        QVERIFY2(error.contains("not a regular file"), qPrintable(error));

        auto write = [&](const QByteArray &bytes) {
            QFile f(tmp.filePath("bad.json"));
            f.open(QIODevice::WriteOnly | QIODevice::Truncate);
            f.write(bytes);
            f.close();
            return Harmonizer::load(f.fileName(), &error);
        };
        QVERIFY(!write("{\"format\": \"atelier-harmonizer\", "));
        QVERIFY2(error.startsWith("bad.json: not valid JSON"), qPrintable(error));
        QVERIFY(!write("{\"format\": \"atelier-music\"}"));
        QVERIFY2(error.contains("not an Atelier harmonizer"), qPrintable(error));
        // A table of the wrong size, and a probability above 1.
        QJsonObject o = handMade().toJson();
        o.insert("within_bar", QJsonArray{-1.0, -2.0});
        QVERIFY(!write(QJsonDocument(o).toJson()));
        QVERIFY2(error.contains("'within_bar' must hold 9216"), qPrintable(error));
        o = handMade().toJson();
        QJsonArray initial = o.value("initial").toArray();
        initial[3] = 0.5;
        o.insert("initial", initial);
        QVERIFY(!write(QJsonDocument(o).toJson()));
        QVERIFY2(error.contains("'initial'"), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestHarmonizer)
#include "test_harmonizer.moc"
