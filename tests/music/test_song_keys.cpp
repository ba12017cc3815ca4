// The project key: detected from the song's pitched tracks (drums left out),
// and turned into the key Continue keeps its notes in: major and minor as
// such, other scales by their own degrees. Expected keys are written out by
// hand from the notes' pitch classes.

#include "document/NoteOps.h"
#include "music/SongKeys.h"

#include <QTest>

using namespace atelier::core;

class TestSongKeys : public QObject {
    Q_OBJECT

    static Track line(const QList<int> &pitches, int channel = 0)
    {
        Track t;
        t.channel = channel;
        for (int i = 0; i < pitches.size(); ++i)
            t.notes.append(Note{pitches[i], Tick(i) * 240, 240, 90});
        return t;
    }

private slots:
    void detectsMajorAndMinor()
    {
        Song s;
        // G major: G A B C D E F# G, resting on G and D.
        s.tracks = {line({67, 69, 71, 72, 74, 76, 78, 79, 74, 71, 67, 67})};
        QCOMPARE(SongKeys::detect(s), (SongKey{7, 1}));
        // E minor: E G B, E F# G A B C D E, resting on E.
        s.tracks = {line({64, 67, 71, 64, 66, 67, 69, 71, 72, 74, 76, 64, 64})};
        QCOMPARE(SongKeys::detect(s), (SongKey{4, 2}));
    }

    void drumsDoNotCount()
    {
        Song s;
        s.tracks = {line({67, 69, 71, 72, 74, 76, 78, 79, 74, 71, 67, 67}),
                    line(QList<int>(40, 37), kDrumChannel)};   // forty C# "side sticks"
        QCOMPARE(SongKeys::detect(s), (SongKey{7, 1}));
        Song drumsOnly;
        drumsOnly.tracks = {line({36, 38, 42}, kDrumChannel)};
        QVERIFY(!SongKeys::detect(drumsOnly).isSet());
    }

    void scalesBecomeKeys()
    {
        QVERIFY(!SongKeys::toKeyScale({}).has_value());
        const auto cMajor = SongKeys::toKeyScale({0, 1});
        QVERIFY(cMajor && !cMajor->minor && cMajor->contains(64) && !cMajor->contains(63));
        const auto aMinor = SongKeys::toKeyScale({9, 2});
        QVERIFY(aMinor && aMinor->minor && aMinor->contains(60) && !aMinor->contains(61));
        // A minor pentatonic: A C D E G, no B, no F.
        const auto penta = SongKeys::toKeyScale({9, 7});
        QVERIFY(penta && penta->minor);
        for (int pc : {9, 0, 2, 4, 7})
            QVERIFY2(penta->contains(60 + pc), qPrintable(QString::number(pc)));
        for (int pc : {11, 5, 1, 3, 6, 8, 10})
            QVERIFY2(!penta->contains(60 + pc), qPrintable(QString::number(pc)));
        // C blues: C Eb F F# G Bb.
        const auto blues = SongKeys::toKeyScale({0, 8});
        QVERIFY(blues && blues->contains(66) && !blues->contains(64));
        QCOMPARE(NoteOps::scales()[8].name, "Blues");
    }
};

QTEST_GUILESS_MAIN(TestSongKeys)
#include "test_song_keys.moc"
