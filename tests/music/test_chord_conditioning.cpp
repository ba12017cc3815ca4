// The chord inputs of a chord-conditioned melody model: the 37-float
// encoding, chords per 16th step, the alignment of controls with labels (the
// chord of the NEXT step), the corpus windows, and what generate() feeds a
// model step by step (a fake model here records it).

#include "music/ChordConditioning.h"
#include "music/MusicCorpus.h"
#include "music/MusicGenerator.h"

#include <QDir>
#include <QTest>

using namespace atelier::core;

namespace {

QString dataDir()
{
    const QString env = qEnvironmentVariable("ATELIER_DATA");
    return env.isEmpty() ? QStringLiteral(ATELIER_SOURCE_DIR "/../shared") : env;
}

ChordSymbol chord(const char *text) { return *ChordSymbol::parse(QString::fromLatin1(text)); }

// The indices of the ones in a 37-float chord control.
QList<int> ones(const float *c)
{
    QList<int> out;
    for (int k = 0; k < ChordConditioning::kControlSize; ++k) {
        if (c[k] != 0.0f && c[k] != 1.0f)
            out.append(-1000);   // only zeros and ones belong here
        if (c[k] == 1.0f)
            out.append(k);
    }
    return out;
}

// A melody model with chord inputs that always says "no event" and
// records the chord control it was fed at each step (row 0).
class RecordingModel : public IMusicModel {
public:
    QString name() const override { return QStringLiteral("recording"); }
    MusicModelKind kind() const override { return MusicModelKind::Melody; }
    int vocabSize() const override { return MelodyEncoding::kVocab; }
    int controlSize() const override { return ChordConditioning::kControlSize; }
    struct S : State {
        explicit S(int b) : rows(b) {}
        int batch() const override { return rows; }
        int rows;
    };
    std::unique_ptr<State> newState(int batch) const override { return std::make_unique<S>(batch); }
    void step(State &state, const int *, const float *controls, float *logits) const override
    {
        fed.append(controls ? ones(controls) : QList<int>{});
        for (int b = 0; b < state.batch(); ++b) {
            if (controls)   // every row reads the same chord
                countMismatch(ones(controls + std::size_t(b) * ChordConditioning::kControlSize), fed.last());
            for (int k = 0; k < MelodyEncoding::kVocab; ++k)
                logits[std::size_t(b) * MelodyEncoding::kVocab + std::size_t(k)] = k == MelodyEncoding::kNoEvent ? 10.0f : -10.0f;
        }
    }
    static void countMismatch(const QList<int> &a, const QList<int> &b)
    {
        if (a != b)
            mismatches++;
    }
    mutable QList<QList<int>> fed;
    static inline int mismatches = 0;
};

} // namespace

class TestChordConditioning : public QObject {
    Q_OBJECT
private slots:
    void encoding()
    {
        // C major: N.C. flag off, root C (1), tones C E G (13, 17, 20), bass C (25).
        QCOMPARE(ones(ChordConditioning::encode(StepChord::of(chord("C"))).data()), (QList<int>{1, 13, 17, 20, 25}));
        // Am7/G: root A (1 + 9), tones A C E G (13 + 0, 4, 7, 9), bass G (25 + 7).
        QCOMPARE(ones(ChordConditioning::encode(StepChord::of(chord("Am7/G"))).data()),
                 (QList<int>{10, 13, 17, 20, 22, 32}));
        QCOMPARE(ones(ChordConditioning::encode(StepChord::of(ChordSymbol::noChord())).data()), QList<int>{0});
        QCOMPARE(ones(ChordConditioning::encode(StepChord{}).data()), QList<int>{0});
    }

    void transposition()
    {
        // B7 up 2 semitones is C#7: the tones wrap around the octave.
        QCOMPARE(StepChord::of(chord("B7")).transposed(2), StepChord::of(chord("C#7")));
        QCOMPARE(StepChord::of(chord("F/C")).transposed(-5), StepChord::of(chord("C/G")));
        QCOMPARE(StepChord::of(chord("G")).transposed(12), StepChord::of(chord("G")));
        QVERIFY(StepChord{}.transposed(3).isNoChord());
    }

    void chordsPerStep()
    {
        // ppq 96: a 16th is 24 ticks. N.C. before the first chord; C from tick 48 (step 2), F from 100 (step 5).
        const QList<ChordChange> lane{{48, chord("C")}, {100, chord("F")}};
        const auto steps = ChordConditioning::stepChords(lane, 96, 0, 7);
        QCOMPARE(steps.size(), std::size_t(7));
        QVERIFY(steps[0].isNoChord() && steps[1].isNoChord());
        for (int s : {2, 3, 4})
            QCOMPARE(steps[std::size_t(s)], StepChord::of(chord("C")));
        for (int s : {5, 6})
            QCOMPARE(steps[std::size_t(s)], StepChord::of(chord("F")));
        // From a later tick: the chord already sounding is known.
        QCOMPARE(ChordConditioning::stepChords(lane, 96, 120, 1).front(), StepChord::of(chord("F")));
    }

    void controlsLeadTheLabels()
    {
        // Row j carries the chord of step j + 1, transposed with the window.
        const std::vector<StepChord> steps{StepChord::of(chord("C")), StepChord::of(chord("F")), StepChord{}};
        const std::vector<float> rows = ChordConditioning::controlRows(steps, 2);
        QCOMPARE(rows.size(), std::size_t(2 * ChordConditioning::kControlSize));
        QCOMPARE(ones(rows.data()), ones(ChordConditioning::encode(StepChord::of(chord("G"))).data()));
        QCOMPARE(ones(rows.data() + ChordConditioning::kControlSize), QList<int>{0});
        QVERIFY(ChordConditioning::controlRows({StepChord{}}).empty());
    }

    void generatorFeedsTheNextStepsChord()
    {
        // Primer: 3 labels over C C F; then 4 generated steps over G G Am Am.
        RecordingModel model;
        RecordingModel::mismatches = 0;
        MusicSampleOptions o;
        o.temperature = 0;
        o.primerChords = {StepChord::of(chord("C")), StepChord::of(chord("C")), StepChord::of(chord("F"))};
        o.chords = {StepChord::of(chord("G")), StepChord::of(chord("G")), StepChord::of(chord("Am")),
                    StepChord::of(chord("Am"))};
        MusicLength length;
        length.steps = 4;
        const auto out = generate(model, {MelodyEncoding::noteOn(60), MelodyEncoding::kNoEvent, MelodyEncoding::kNoteOff},
                                  3, length, o);
        QVERIFY(out);
        QCOMPARE(RecordingModel::mismatches, 0);
        auto enc = [](const char *c) { return ones(ChordConditioning::encode(StepChord::of(chord(c))).data()); };
        // Fed: primer 0 (next: C), primer 1 (F), primer 2 (G), generated 0 (G), 1 (Am), 2 (Am); the last
        // generated label is not fed.
        const QList<QList<int>> expected{enc("C"), enc("F"), enc("G"), enc("G"), enc("Am"), enc("Am")};
        QCOMPARE(model.fed, expected);

        // No primer: the neutral start token reads the first generated step's chord; past the end the last holds.
        model.fed.clear();
        length.steps = 6;
        QVERIFY(generate(model, {}, 1, length, o));
        const QList<QList<int>> fromScratch{enc("G"), enc("G"), enc("Am"), enc("Am"), enc("Am"), enc("Am")};
        QCOMPARE(model.fed, fromScratch);
    }

    void corpusWindowsCarryTheirChords()
    {
        const QString dir = dataDir() + QStringLiteral("/data/midi/nottingham/melody_chords");
        if (!QDir(dir).exists()) {
            if (qEnvironmentVariableIsSet("ATELIER_REQUIRE_DATA"))
                QFAIL(qPrintable(dir + QStringLiteral(" is missing")));
            QSKIP("the Nottingham tunes with chords are not in the data path");
        }
        QString error;
        const auto corpus = MelodyCorpus::load(dir, &error, 60, true);
        QVERIFY2(corpus, qPrintable(error));
        QCOMPARE(corpus->controlSize(), ChordConditioning::kControlSize);
        // Held-out sequences: one row per input, each a chord or N.C.
        int chordRows = 0;
        for (bool test : {false, true})
            for (int i = 0; i < corpus->sequenceCount(test); ++i) {
                const MusicWindow w = corpus->sequence(test, i);
                QCOMPARE(w.controls.size(), (w.tokens.size() - 1) * std::size_t(ChordConditioning::kControlSize));
                for (std::size_t j = 0; j + 1 < w.tokens.size(); ++j) {
                    const QList<int> on = ones(w.controls.data() + j * ChordConditioning::kControlSize);
                    QVERIFY(on == QList<int>{0} || (on.size() >= 4 && on.first() >= 1 && on.first() <= 12));
                    chordRows += on.size() > 1 ? 1 : 0;
                }
            }
        QVERIFY(chordRows > 1000);
        // Train windows: transposed notes come with transposed chords, so a
        // window's melody keeps its share of chord tones whatever the shift.
        std::mt19937_64 rng(5);
        int onsets = 0, tones = 0;
        for (int n = 0; n < 200; ++n) {
            const MusicWindow w = corpus->sampleTrainWindow(rng, 64);
            QCOMPARE(w.tokens.size(), std::size_t(65));
            QCOMPARE(w.controls.size(), std::size_t(64 * ChordConditioning::kControlSize));
            for (std::size_t j = 1; j < w.tokens.size(); ++j) {
                if (!MelodyEncoding::isNoteOn(w.tokens[j]))
                    continue;
                const float *c = w.controls.data() + (j - 1) * ChordConditioning::kControlSize;   // step j's chord
                if (c[0] == 1.0f)
                    continue;
                ++onsets;
                tones += c[13 + MelodyEncoding::pitchOf(w.tokens[j]) % 12] == 1.0f ? 1 : 0;
            }
        }
        QVERIFY(onsets > 1000);
        QVERIFY2(double(tones) / onsets > 0.5, qPrintable(QString::number(double(tones) / onsets)));
    }
};

QTEST_GUILESS_MAIN(TestChordConditioning)
#include "test_chord_conditioning.moc"
