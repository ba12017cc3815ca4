// KeyFinder: keys of small made-up pieces whose key is known (a major
// scale, a minor line with its leading tone, a minor piece that ends on a
// Picardy third), the confidence, nothing to go on; and, on the data path,
// the Well-Tempered Clavier files of the ASAP subset (keys from their BWV
// numbers: at least 90 % right) and the Nottingham tunes against their key
// signatures.

#include "music/KeyEvaluation.h"
#include "music/KeyFinder.h"

#include <QDir>
#include <QFileInfo>
#include <QtTest>

using namespace atelier::core;

namespace {

// Notes of the given pitches one after another, each `length` ticks.
QList<Note> line(std::initializer_list<int> pitches, Tick length = 240, Tick start = 0)
{
    QList<Note> out;
    for (int p : pitches) {
        out.append(Note{p, start, length, 90});
        start += length;
    }
    return out;
}

QList<Note> chord(std::initializer_list<int> pitches, Tick start, Tick length)
{
    QList<Note> out;
    for (int p : pitches)
        out.append(Note{p, start, length, 80});
    return out;
}

QString dataOr(const QString &relative)   // under the data path (ATELIER_DATA, else ../shared)
{
    const QString env = qEnvironmentVariable("ATELIER_DATA");
    return QDir::cleanPath((env.isEmpty() ? QStringLiteral(ATELIER_SOURCE_DIR "/../shared") : env) + QLatin1Char('/')
                           + relative);
}

} // namespace

class TestKeyFinder : public QObject {
    Q_OBJECT
private slots:
    void aMajorScaleIsMajor()
    {
        // D major: D E F# G A B C# D, tonic and dominant longer.
        QList<Note> notes = line({62, 64, 66, 67, 69, 71, 73, 74});
        notes += chord({62, 66, 69}, 2000, 960);
        notes += chord({57, 61, 64, 67}, 3000, 480);
        notes += chord({62, 66, 69}, 3500, 960);
        const KeyFinder::Estimate e = KeyFinder::estimate(notes);
        QCOMPARE(e.key, (KeyScale{2, false}));
        QVERIFY(e.valid());
        QVERIFY2(e.confidence > 0.5, qPrintable(QString::number(e.confidence)));
        QCOMPARE(KeyScale::estimate(notes), e.key);
    }

    void aMinorLineWithItsLeadingToneIsMinor()
    {
        // G minor, harmonic: G A Bb C D Eb F# G, then i - V - i.
        QList<Note> notes = line({67, 69, 70, 72, 74, 75, 78, 79, 78, 79, 74, 70, 67});
        notes += chord({55, 58, 62}, 4000, 960);
        notes += chord({50, 54, 57, 60}, 5000, 480);
        notes += chord({55, 58, 62}, 5500, 960);
        QCOMPARE(KeyFinder::estimate(notes).key, (KeyScale{7, true}));
    }

    void aPicardyThirdDoesNotMakeItMajor()
    {
        // A minor throughout (with G#), ending on a long A major chord.
        QList<Note> notes = line({69, 71, 72, 74, 76, 77, 80, 81, 76, 72, 71, 69, 68, 69, 64, 69}, 480);
        notes += chord({45, 48, 52}, 0, 1920);
        notes += chord({44, 47, 52}, 1920, 1920);
        notes += chord({45, 48, 52}, 3840, 1920);
        notes += chord({45, 49, 52, 57}, 7680, 1920);   // Picardy: C#
        QCOMPARE(KeyFinder::estimate(notes).key, (KeyScale{9, true}));
    }

    void nothingToGoOn()
    {
        const KeyFinder::Estimate e = KeyFinder::estimate(QList<Note>{});
        QVERIFY(!e.valid());
        QCOMPARE(e.key, KeyScale{});
        Song song;
        Track drums;
        drums.channel = kDrumChannel;
        drums.notes = line({36, 38, 42});
        song.tracks = {drums};
        QVERIFY(!KeyFinder::estimate(song).valid());   // drums have no key
    }

    void theWellTemperedClavierIsNumberedByKey()
    {
        QCOMPARE(*KeyEvaluation::bwvKey(846), (KeyScale{0, false}));
        QCOMPARE(*KeyEvaluation::bwvKey(847), (KeyScale{0, true}));
        QCOMPARE(*KeyEvaluation::bwvKey(857), (KeyScale{5, true}));   // F minor
        QCOMPARE(*KeyEvaluation::bwvKey(869), (KeyScale{11, true}));
        QCOMPARE(*KeyEvaluation::bwvKey(870), (KeyScale{0, false}));
        QCOMPARE(*KeyEvaluation::bwvKey(885), (KeyScale{7, true}));   // G minor
        QCOMPARE(*KeyEvaluation::bwvKey(893), (KeyScale{11, true}));
        QVERIFY(!KeyEvaluation::bwvKey(845));
        QVERIFY(!KeyEvaluation::bwvKey(894));
    }

    void theWellTemperedClavierFilesAreRight()
    {
        const QString dir = dataOr(QStringLiteral("data/midi/asap-maestro-subset"));
        if (!QFileInfo(dir).isDir()) {
            if (qEnvironmentVariableIsSet("ATELIER_REQUIRE_DATA"))
                QFAIL(qPrintable(QStringLiteral("%1 is missing").arg(dir)));
            QSKIP("the ASAP subset is not in the data path");
        }
        const KeyEvaluation::Result r = KeyEvaluation::wellTemperedClavier(dir);
        QVERIFY2(r.files >= 48, qPrintable(QString::number(r.files)));
        QVERIFY2(r.accuracy() >= 0.9, qPrintable(r.wrong.join(QStringLiteral("; "))));
        qInfo("Well-Tempered Clavier: %d of %d right", r.correct, r.files);
    }

    void nottinghamTunesAgreeWithTheirSignatures()
    {
        const QString dir = dataOr(QStringLiteral("data/midi/nottingham/melody"));
        if (!QFileInfo(dir).isDir()) {
            if (qEnvironmentVariableIsSet("ATELIER_REQUIRE_DATA"))
                QFAIL(qPrintable(QStringLiteral("%1 is missing").arg(dir)));
            QSKIP("the Nottingham tunes are not in the data path");
        }
        const KeyEvaluation::Result r = KeyEvaluation::nottingham(dir);
        QVERIFY2(r.files >= 1000, qPrintable(QString::number(r.files)));
        // Modal tunes carry their parent major's signature: the same notes count.
        QVERIFY2(r.sameSignature >= 0.9 * r.files, qPrintable(QStringLiteral("%1 of %2").arg(r.sameSignature).arg(r.files)));
        qInfo("Nottingham: %d exact, %d with the signature's notes, of %d", r.correct, r.sameSignature, r.files);
    }
};

QTEST_GUILESS_MAIN(TestKeyFinder)
#include "test_key_finder.moc"
