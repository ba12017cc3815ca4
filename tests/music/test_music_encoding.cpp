// Melody and performance encodings, the sustain extension, Song <-> seconds,
// and keys: the rules on small hand-made cases, then round trips on real
// files of $ATELIER_DATA (a Nottingham tune, an ASAP/MAESTRO performance).

#include "../TestData.h"
#include "document/TempoMap.h"
#include "midi/SmfReader.h"
#include "midi/SongConverter.h"
#include "music/MusicEncoding.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace atelier::core;

namespace {

using ME = MelodyEncoding;
using PE = PerformanceEncoding;

QString dataDir()
{
    const QString env = qEnvironmentVariable("ATELIER_DATA");
    return env.isEmpty() ? QStringLiteral(ATELIER_SOURCE_DIR "/../shared") : env;
}

std::optional<SmfFile> readMidi(const QString &path)
{
    SmfError error;
    auto file = SmfReader::readFile(path, &error);
    if (!file)
        qWarning("%s", qPrintable(error.message()));
    return file;
}

QList<Note> allNotes(const Song &song)
{
    QList<Note> notes;
    for (const Track &t : song.tracks)
        notes += t.notes;
    std::stable_sort(notes.begin(), notes.end(), [](const Note &a, const Note &b) {
        return a.start != b.start ? a.start < b.start : a.pitch < b.pitch;
    });
    return notes;
}

// The key of the first key-signature meta (0x59) of a file.
std::optional<KeyScale> keySignature(const SmfFile &file)
{
    for (const SmfTrack &t : file.tracks)
        for (const SmfEvent &e : t.events)
            if (e.isMeta(0x59) && e.bytes.size() >= 2) {
                const int sf = qint8(e.bytes[0]);
                const bool minor = e.bytes[1] != 0;
                const int major = ((sf * 7) % 12 + 12) % 12;
                return KeyScale{minor ? (major + 9) % 12 : major, minor};
            }
    return std::nullopt;
}

std::vector<int> tokensOf(std::initializer_list<int> list) { return std::vector<int>(list); }

} // namespace

class TestMusicEncoding : public QObject {
    Q_OBJECT
private slots:
    // ---- melody ---------------------------------------------------------------
    void melodyLabels()
    {
        QCOMPARE(ME::kVocab, 38);
        QCOMPARE(ME::noteOn(48), 2);
        QCOMPARE(ME::noteOn(83), 37);
        QCOMPARE(ME::noteOn(47), -1);
        QCOMPARE(ME::noteOn(84), -1);
        QCOMPARE(ME::pitchOf(ME::noteOn(60)), 60);
        QCOMPARE(ME::pitchOf(ME::kNoteOff), -1);
    }

    void melodyEncodeRules()
    {
        const int ppq = 480;   // a step is 120 ticks
        const int on60 = ME::noteOn(60), on64 = ME::noteOn(64), on67 = ME::noteOn(67), off = ME::kNoteOff;
        // An onset replaces the NOTE_OFF of the note before; a gap gets NOTE_OFF;
        // 100 ticks round to one step.
        QList<Note> notes = {{60, 0, 480, 90}, {64, 480, 240, 90}, {67, 960, 100, 90}};
        QCOMPARE(ME::encode(notes, ppq, 0, 12, 0),
                 tokensOf({on60, 0, 0, 0, on64, 0, off, 0, on67, off, 0, 0}));
        // Polyphony: the highest onset of a step; quantisation to the nearest step.
        notes = {{60, 0, 240, 90}, {67, 10, 240, 90}, {72, 350, 120, 90}};
        QCOMPARE(ME::encode(notes, ppq, 0, 6, 0), tokensOf({on67, 0, off, ME::noteOn(72), off, 0}));
        // A note sounding across `from` is not an onset (and leaves no NOTE_OFF).
        notes = {{60, 0, 480, 90}, {64, 480, 240, 90}};
        QCOMPARE(ME::encode(notes, ppq, 240, 4, 0), tokensOf({0, 0, on64, 0}));
        // A note still sounding at the end has no NOTE_OFF; a too-short one lasts one step.
        notes = {{60, 0, 10, 90}, {64, 240, 4800, 90}};
        QCOMPARE(ME::encode(notes, ppq, 0, 4, 0), tokensOf({on60, off, on64, 0}));
        // Transposition, then octave folding of pitches still out of range.
        notes = {{60, 0, 120, 90}, {40, 120, 120, 90}, {100, 240, 120, 90}};
        QCOMPARE(ME::encode(notes, ppq, 0, 4, 2),
                 tokensOf({ME::noteOn(62), ME::noteOn(54), ME::noteOn(78), off}));
        QCOMPARE(ME::encode(notes, ppq, 0, 0, 0), std::vector<int>{});
    }

    void melodyDecodeRules()
    {
        const int ppq = 480;
        const std::vector<int> labels = {ME::noteOn(60), 0, ME::noteOn(62), ME::kNoteOff, ME::kNoteOff,
                                         0, ME::noteOn(64), 0, 999};
        const QList<Note> notes = ME::decode(labels, ppq, 1000, 80, 0);
        const QList<Note> expected = {{60, 1000, 240, 80}, {62, 1240, 120, 80}, {64, 1720, 360, 80}};
        QCOMPARE(notes, expected);
        // decode undoes the encoding transpose.
        const QList<Note> shifted = ME::decode({ME::noteOn(60)}, ppq, 0, 80, 12);
        QCOMPARE(shifted.size(), 1);
        QCOMPARE(shifted[0].pitch, 48);
    }

    void transposeIntoRange()
    {
        auto notesAt = [](std::initializer_list<int> pitches) {
            QList<Note> n;
            for (int p : pitches)
                n.append(Note{p, 0, 1, 90});
            return n;
        };
        QCOMPARE(ME::transposeIntoRange({}), 0);
        QCOMPARE(ME::transposeIntoRange(notesAt({60, 72, 83})), 0);
        QCOMPARE(ME::transposeIntoRange(notesAt({30, 35, 40})), 24);
        QCOMPARE(ME::transposeIntoRange(notesAt({84, 90, 95})), -12);
        QCOMPARE(ME::transposeIntoRange(notesAt({55, 88})), 0);   // one in range at best; 0 is smallest
        QCOMPARE(ME::transposeIntoRange(notesAt({40, 60})), 12);  // both fit with +12
    }

    void melodyRoundTripNottingham()
    {
        const QDir dir(dataDir() + QStringLiteral("/data/midi/nottingham/melody"));
        if (!dir.exists())
            ATELIER_SKIP_OR_FAIL("Nottingham corpus not found: set ATELIER_DATA");
        int checked = 0;
        for (const QString &name : {QStringLiteral("jigs1.mid"), QStringLiteral("reelsa-c1.mid"),
                                    QStringLiteral("waltzes1.mid"), QStringLiteral("hpps1.mid")}) {
            const auto file = readMidi(dir.filePath(name));
            QVERIFY2(file, qPrintable(name));
            const Song song = SongConverter::fromSmf(*file);
            const QList<Note> notes = allNotes(song);
            QVERIFY(!notes.isEmpty());
            const int transpose = ME::transposeIntoRange(notes);
            const Tick step = song.ppq / 4;
            const int steps = int(ME::nearestStep(song.ppq, 0, notes.last().end())) + 1;
            const std::vector<int> labels = ME::encode(notes, song.ppq, 0, steps, transpose);
            QCOMPARE(int(labels.size()), steps);
            const QList<Note> back = ME::decode(labels, song.ppq, 0, 90, transpose);
            QCOMPARE(back.size(), notes.size());
            for (qsizetype i = 0; i < notes.size(); ++i) {
                const Note &a = notes[i], &b = back[i];
                const QString where = QStringLiteral("%1 note %2").arg(name).arg(i);
                QVERIFY2(a.pitch == b.pitch, qPrintable(where + QStringLiteral(": pitch")));
                QVERIFY2(std::abs(a.start - b.start) <= step / 2, qPrintable(where + QStringLiteral(": start")));
                QVERIFY2(std::abs(a.end() - b.end()) <= step / 2, qPrintable(where + QStringLiteral(": end")));
                QCOMPARE(b.velocity, 90);
            }
            ++checked;
        }
        QCOMPARE(checked, 4);
    }

    // ---- performance ------------------------------------------------------------
    void performanceLayout()
    {
        QCOMPARE(PE::kVocab, 388);
        QCOMPARE(PE::noteOn(60), 60);
        QCOMPARE(PE::noteOff(60), 188);
        QCOMPARE(PE::timeShift(1), 256);
        QCOMPARE(PE::timeShift(100), 355);
        QCOMPARE(PE::velocity(1), 356);
        QCOMPARE(PE::velocity(32), 387);
        QCOMPARE(PE::shiftStepsOf(PE::timeShift(37)), 37);
        QCOMPARE(PE::velocityBinOf(PE::velocity(5)), 5);
        QCOMPARE(PE::pitchOf(PE::noteOff(21)), 21);
    }

    void velocityBins()
    {
        QCOMPARE(PE::velocityToBin(1), 1);
        QCOMPARE(PE::velocityToBin(4), 1);
        QCOMPARE(PE::velocityToBin(5), 2);
        QCOMPARE(PE::velocityToBin(64), 16);
        QCOMPARE(PE::velocityToBin(127), 32);
        QCOMPARE(PE::velocityToBin(0), 1);
        QCOMPARE(PE::velocityToBin(300), 32);
        QCOMPARE(PE::binToVelocity(1), 2);
        QCOMPARE(PE::binToVelocity(32), 126);
        for (int b = 1; b <= 32; ++b)
            QCOMPARE(PE::velocityToBin(PE::binToVelocity(b)), b);
        for (int v = 1; v <= 127; ++v)
            QVERIFY(std::abs(PE::binToVelocity(PE::velocityToBin(v)) - v) <= 2);
    }

    void densityBins()
    {
        QCOMPARE(PE::densityBin(0), 0);
        QCOMPARE(PE::densityBin(0.99), 0);
        QCOMPARE(PE::densityBin(1), 1);
        QCOMPARE(PE::densityBin(3.9), 2);
        QCOMPARE(PE::densityBin(10), 4);
        QCOMPARE(PE::densityBin(63.9), 6);
        QCOMPARE(PE::densityBin(64), 7);
        QCOMPARE(PE::densityBin(1e6), 7);
        const std::vector<float> c = PE::densityControl(3);
        QCOMPARE(int(c.size()), 8);
        QCOMPARE(std::count(c.begin(), c.end(), 1.0f), 1);
        QCOMPARE(c[3], 1.0f);
        // 10 note-ons over 2 s; a short primer counts as at least 1 s.
        std::vector<int> t;
        for (int i = 0; i < 10; ++i)
            t.insert(t.end(), {PE::noteOn(60), PE::timeShift(20)});
        QCOMPARE(PE::tokenDensity(t), 5.0);
        QCOMPARE(PE::tokenDensity({PE::noteOn(60), PE::noteOn(64), PE::timeShift(10)}), 2.0);
    }

    void timeShiftSplitting()
    {
        // 2.5 s of silence, then a 0.1 s note.
        QCOMPARE(PE::encode({{2.5, 2.6, 60, 100}}),
                 tokensOf({PE::timeShift(100), PE::timeShift(100), PE::timeShift(50), PE::velocity(25),
                           PE::noteOn(60), PE::timeShift(10), PE::noteOff(60)}));
        // Exactly 1 s is one shift; times round to the 10 ms grid on the absolute clock.
        QCOMPARE(PE::encode({{1.0, 1.004, 60, 100}}),
                 tokensOf({PE::timeShift(100), PE::velocity(25), PE::noteOn(60), PE::timeShift(1),
                           PE::noteOff(60)}));
        QCOMPARE(PE::encode({{0.004, 0.016, 60, 100}, {0.016, 0.03, 62, 100}}),
                 tokensOf({PE::velocity(25), PE::noteOn(60), PE::timeShift(2), PE::noteOff(60),
                           PE::noteOn(62), PE::timeShift(1), PE::noteOff(62)}));
        QCOMPARE(PE::durationOf(PE::encode({{2.5, 2.6, 60, 100}})), 2.6);
    }

    void eventOrderAndVelocity()
    {
        // At one time note-offs first, then note-ons by pitch; a velocity token only when the bin changes.
        const QList<TimedNote> notes = {{0.0, 1.0, 60, 80}, {1.0, 2.0, 60, 80}, {1.0, 1.5, 64, 79},
                                        {1.0, 1.5, 55, 40}};
        QCOMPARE(PE::encode(notes),
                 tokensOf({PE::velocity(20), PE::noteOn(60), PE::timeShift(100), PE::noteOff(60),
                           PE::velocity(10), PE::noteOn(55), PE::velocity(20), PE::noteOn(60),
                           PE::noteOn(64), PE::timeShift(50), PE::noteOff(55), PE::noteOff(64),
                           PE::timeShift(50), PE::noteOff(60)}));
        // A re-strike of a sounding pitch ends it first.
        QCOMPARE(PE::encode({{0.0, 1.0, 60, 80}, {0.5, 0.7, 60, 80}}),
                 tokensOf({PE::velocity(20), PE::noteOn(60), PE::timeShift(50), PE::noteOff(60),
                           PE::noteOn(60), PE::timeShift(20), PE::noteOff(60)}));
        // Bad input never crashes: out-of-range pitches, negative times, NaN.
        QCOMPARE(PE::encode({{0, 1, 200, 80}, {-2, -1, 60, 80}, {std::nan(""), 1, 60, 80}}), std::vector<int>{});
        QCOMPARE(PE::encode({{-1, 0.5, 60, 80}}),
                 tokensOf({PE::velocity(20), PE::noteOn(60), PE::timeShift(50), PE::noteOff(60)}));
    }

    void encodeUntilAndSplit()
    {
        const QList<TimedNote> notes = {{0.0, 0.5, 60, 80}, {0.2, 1.0, 64, 80}, {1.0, 1.2, 67, 80},
                                        {1.3, 1.4, 60, 80}};
        // Until 1.0: the note-off of 64 at 1.0 stays, the note-on of 67 at 1.0 goes.
        const std::vector<int> until = PE::encode(notes, 1.0);
        QCOMPARE(until, tokensOf({PE::velocity(20), PE::noteOn(60), PE::timeShift(20), PE::noteOn(64),
                                  PE::timeShift(30), PE::noteOff(60), PE::timeShift(50), PE::noteOff(64)}));
        // Padding with time shifts up to `until`, over a note still sounding.
        QCOMPARE(PE::durationOf(PE::encode(notes, 3.0)), 3.0);
        QCOMPARE(PE::encode({{0.0, 5.0, 60, 80}}, 0.5),
                 tokensOf({PE::velocity(20), PE::noteOn(60), PE::timeShift(50)}));
        qsizetype split = -1;
        const std::vector<int> whole = PE::encodeSplit(notes, 1.0, &split);
        QCOMPARE(std::vector<int>(whole.begin(), whole.begin() + split), until);
        QCOMPARE(PE::decode(whole), PE::decode(PE::encode(notes)));
        // A split inside a gap breaks the time shift there.
        const std::vector<int> gap = PE::encodeSplit({{0.0, 0.1, 60, 80}, {0.9, 1.0, 62, 80}}, 0.5, &split);
        QCOMPARE(PE::durationOf(std::vector<int>(gap.begin(), gap.begin() + split)), 0.5);
        QCOMPARE(gap[std::size_t(split)], PE::timeShift(40));
    }

    void performanceDecodeRules()
    {
        // A note-off with no note-on is ignored; velocity before any VELOCITY token is 64.
        QCOMPARE(PE::decode({PE::noteOff(60), PE::noteOn(62), PE::timeShift(10), PE::noteOff(62)}),
                 (QList<TimedNote>{{0.0, 0.1, 62, 64}}));
        // Unterminated: ends after 5 s, or at the end of the stream.
        std::vector<int> t = {PE::velocity(25), PE::noteOn(60)};
        for (int i = 0; i < 7; ++i)
            t.push_back(PE::timeShift(100));
        t.push_back(PE::noteOff(60));   // too late: already ended
        t.insert(t.end(), {PE::noteOn(62), PE::timeShift(50)});
        QCOMPARE(PE::decode(t), (QList<TimedNote>{{0.0, 5.0, 60, 98}, {7.0, 7.5, 62, 98}}));
        QCOMPARE(PE::decode(t, 10.0).first().end, 7.0);
        // A note-on as the very last token lasts one step; twice at one time is one note.
        QCOMPARE(PE::decode({PE::noteOn(60), PE::noteOn(60)}), (QList<TimedNote>{{0.0, 0.01, 60, 64}}));
        QCOMPARE(PE::decode({-5, 9999, PE::timeShift(1)}), QList<TimedNote>{});
    }

    void sustainExtension()
    {
        const QList<QPair<double, int>> pedal = {{1.0, 127}, {3.0, 0}};
        auto ends = [&](const QList<TimedNote> &notes, const QList<QPair<double, int>> &cc) {
            QList<double> e;
            for (const TimedNote &n : PE::applySustain(notes, cc))
                e.append(n.end);
            return e;
        };
        // Released while down -> pedal up; released before down, or at up -> unchanged;
        // released exactly at down -> held.
        QCOMPARE(ends({{0.5, 1.5, 60, 80}}, pedal), QList<double>{3.0});
        QCOMPARE(ends({{0.0, 0.9, 60, 80}}, pedal), QList<double>{0.9});
        QCOMPARE(ends({{0.0, 1.0, 60, 80}}, pedal), QList<double>{3.0});
        QCOMPARE(ends({{2.0, 3.0, 60, 80}}, pedal), QList<double>{3.0});
        QCOMPARE(ends({{2.0, 3.5, 60, 80}}, pedal), QList<double>{3.5});
        // The same pitch struck again ends the held note; another pitch does not.
        QCOMPARE(ends({{0.5, 1.5, 60, 80}, {2.0, 2.2, 60, 80}}, pedal), (QList<double>{2.0, 3.0}));
        QCOMPARE(ends({{0.5, 1.5, 60, 80}, {2.0, 2.2, 62, 80}}, pedal), (QList<double>{3.0, 3.0}));
        // Threshold 64; repeated "down" values do not restart the span; unsorted CCs.
        QCOMPARE(ends({{0.5, 1.5, 60, 80}}, {{1.0, 63}, {3.0, 0}}), QList<double>{1.5});
        QCOMPARE(ends({{0.5, 1.5, 60, 80}}, {{2.0, 100}, {1.0, 64}, {3.0, 10}}), QList<double>{3.0});
        // A pedal never released holds until the end of the material.
        QCOMPARE(ends({{0.5, 1.5, 60, 80}, {1.0, 4.0, 64, 80}}, {{1.0, 127}}), (QList<double>{4.0, 4.0}));
        QCOMPARE(ends({{0.5, 1.5, 60, 80}}, {}), QList<double>{1.5});
    }

    void songSeconds()
    {
        Song song;
        song.ppq = 480;
        song.tempos = {{0, 120.0}, {1920, 60.0}};
        Track t;
        t.notes = {{60, 0, 480, 90}, {62, 1920, 480, 90}, {64, 2400, 240, 90}};
        t.controls = {{2000, 64, 127}, {2880, 64, 0}, {2000, 11, 50}};
        song.tracks = {t};
        QList<TimedNote> timed = songNotesToTimed(song, 0, 0, 0, false);
        QCOMPARE(timed, (QList<TimedNote>{{0.0, 0.5, 60, 90}, {2.0, 3.0, 62, 90}, {3.0, 3.5, 64, 90}}));
        QCOMPARE(timedToSongNotes(timed, song, 0), t.notes);
        // From a later tick, a window, and the sustain pedal (down from tick 2000 to
        // 2880 = 0.167 s to 2.0 s after tick 1920): both notes are released while it is down.
        timed = songNotesToTimed(song, 0, 1920, 2400, true);
        QCOMPARE(timed, (QList<TimedNote>{{0.0, 2.0, 62, 90}}));
        timed = songNotesToTimed(song, 0, 1920, 0, true);
        QCOMPARE(timed, (QList<TimedNote>{{0.0, 2.0, 62, 90}, {1.0, 2.0, 64, 90}}));
        QCOMPARE(timedToSongNotes({{0.0, 1.0, 62, 300}}, song, 1920), (QList<Note>{{62, 1920, 480, 127}}));
        QCOMPARE(songNotesToTimed(song, 5, 0, 0, true), QList<TimedNote>{});
    }

    void performanceRoundTripAsap()
    {
        const QString path = dataDir() + QStringLiteral("/data/midi/asap-maestro-subset/Bach__Prelude__bwv_846__Shi05M.mid");
        if (!QFileInfo::exists(path))
            ATELIER_SKIP_OR_FAIL("ASAP corpus not found: set ATELIER_DATA");
        const auto file = readMidi(path);
        QVERIFY(file);
        const Song song = SongConverter::fromSmf(*file);
        int track = -1;
        for (int i = 0; i < song.tracks.size(); ++i)
            if (!song.tracks[i].notes.isEmpty())
                track = i;
        QVERIFY(track >= 0);
        // Key-down notes (no sustain): onsets within 5 ms, durations within 10 ms.
        const QList<TimedNote> notes = songNotesToTimed(song, track, 0, 0, false);
        const std::vector<int> tokens = PE::encode(notes);
        const QList<TimedNote> back = PE::decode(tokens);
        QCOMPARE(back.size(), notes.size());
        // Match by (rounded start, pitch): both lists sort the same way after quantisation.
        QList<TimedNote> sorted = notes;
        auto key = [](const TimedNote &n) { return std::make_pair(std::llround(n.start * 100), n.pitch); };
        std::stable_sort(sorted.begin(), sorted.end(),
                         [&](const TimedNote &a, const TimedNote &b) { return key(a) < key(b); });
        for (qsizetype i = 0; i < sorted.size(); ++i) {
            const TimedNote &a = sorted[i], &b = back[i];
            QCOMPARE(b.pitch, a.pitch);
            QVERIFY2(std::abs(a.start - b.start) <= 0.005 + 1e-9, qPrintable(QString::number(i)));
            if (a.end - a.start < 5.0)
                QVERIFY2(std::abs((a.end - a.start) - (b.end - b.start)) <= 0.01 + 1e-9, qPrintable(QString::number(i)));
            QVERIFY(std::abs(a.velocity - b.velocity) <= 2);
        }
        // With sustain: onsets unchanged, every note at least as long, some much longer.
        const QList<TimedNote> held = songNotesToTimed(song, track, 0, 0, true);
        QCOMPARE(held.size(), notes.size());
        int longer = 0;
        for (qsizetype i = 0; i < held.size(); ++i) {
            QCOMPARE(held[i].start, notes[i].start);
            QVERIFY(held[i].end >= notes[i].end);
            longer += held[i].end > notes[i].end + 0.1;
        }
        QVERIFY(longer > held.size() / 10);
        // And back to ticks: onsets within 5 ms (plus the rounding to a tick) of the song's.
        const double halfTick = 0.5 * 60.0 / (120.0 * song.ppq) + 1e-9;
        const QList<Note> ticks = timedToSongNotes(PE::decode(PE::encode(held)), song, 0);
        const TempoMap tempo(song);
        const QList<Note> &orig = song.tracks[track].notes;
        QCOMPARE(ticks.size(), orig.size());
        QList<QList<Tick>> a(128), b(128);   // starts per pitch (their order survives quantisation)
        for (qsizetype i = 0; i < orig.size(); ++i) {
            a[orig[i].pitch].append(orig[i].start);
            b[ticks[i].pitch].append(ticks[i].start);
        }
        for (int p = 0; p < 128; ++p) {
            QCOMPARE(a[p].size(), b[p].size());
            for (qsizetype i = 0; i < a[p].size(); ++i)
                QVERIFY2(std::abs(tempo.tickToSeconds(a[p][i]) - tempo.tickToSeconds(b[p][i])) <= 0.005 + halfTick, qPrintable(QStringLiteral("pitch %1 #%2: %3 vs %4").arg(p).arg(i).arg(a[p][i]).arg(b[p][i])));
        }
    }

    // ---- keys --------------------------------------------------------------------
    void keyParse()
    {
        QCOMPARE(KeyScale::parse(QStringLiteral("C:major")), (std::optional<KeyScale>{KeyScale{0, false}}));
        QCOMPARE(KeyScale::parse(QStringLiteral("A:minor")), (std::optional<KeyScale>{KeyScale{9, true}}));
        QCOMPARE(KeyScale::parse(QStringLiteral("F#:minor")), (std::optional<KeyScale>{KeyScale{6, true}}));
        QCOMPARE(KeyScale::parse(QStringLiteral("Bb:major")), (std::optional<KeyScale>{KeyScale{10, false}}));
        QCOMPARE(KeyScale::parse(QStringLiteral("eb minor")), (std::optional<KeyScale>{KeyScale{3, true}}));
        QCOMPARE(KeyScale::parse(QStringLiteral("Cb:major")), (std::optional<KeyScale>{KeyScale{11, false}}));
        QCOMPARE(KeyScale::parse(QStringLiteral("G")), (std::optional<KeyScale>{KeyScale{7, false}}));
        QVERIFY(!KeyScale::parse(QStringLiteral("H:major")));
        QVERIFY(!KeyScale::parse(QStringLiteral("C:lydian")));
        QVERIFY(!KeyScale::parse(QString()));
        for (const char *s : {"C:major", "F#:minor", "Bb:major", "Eb:minor", "B:major"})
            QCOMPARE(KeyScale::parse(QLatin1String(s))->toString(), QLatin1String(s));
    }

    void keyContains()
    {
        const KeyScale c{0, false}, a{9, true}, fs{6, true};
        for (int p : {60, 62, 64, 65, 67, 69, 71, 72, 0, 127})
            QVERIFY(c.contains(p));
        for (int p : {61, 63, 66, 68, 70})
            QVERIFY(!c.contains(p));
        for (int p = 0; p < 128; ++p)   // A minor: C major's notes, and the raised 6th and 7th (F#, G#)
            QCOMPARE(a.contains(p), c.contains(p) || p % 12 == 6 || p % 12 == 8);
        QVERIFY(fs.contains(66) && fs.contains(68) && fs.contains(69) && fs.contains(64) && !fs.contains(70) && !fs.contains(67));
        QVERIFY(fs.contains(63) && fs.contains(65));   // F# minor's D# and E#
    }

    void keyEstimate()
    {
        QCOMPARE(KeyScale::estimate({}), (KeyScale{0, false}));
        QList<Note> scale;
        for (int p : {60, 62, 64, 65, 67, 69, 71, 72, 67, 64, 60})
            scale.append(Note{p, 0, p == 60 || p == 67 ? 960 : 240, 90});
        QCOMPARE(KeyScale::estimate(scale), (KeyScale{0, false}));
        QList<Note> minor;
        for (int p : {57, 59, 60, 62, 64, 65, 67, 69, 64, 60, 57, 56, 57})
            minor.append(Note{p, 0, p == 57 || p == 64 ? 960 : 240, 90});
        QCOMPARE(KeyScale::estimate(minor), (KeyScale{9, true}));
        // Transposing the notes transposes the estimate.
        for (Note &n : scale)
            n.pitch += 6;
        QCOMPARE(KeyScale::estimate(scale), (KeyScale{6, false}));
    }

    void keyEstimateNottingham()
    {
        const QDir dir(dataDir() + QStringLiteral("/data/midi/nottingham/melody"));
        if (!dir.exists())
            ATELIER_SKIP_OR_FAIL("Nottingham corpus not found: set ATELIER_DATA");
        const QStringList files = dir.entryList({QStringLiteral("*.mid")}, QDir::Files, QDir::Name);
        int total = 0, exact = 0, sameNotes = 0;
        for (qsizetype i = 0; i < files.size(); i += 5) {
            const auto file = readMidi(dir.filePath(files[i]));
            QVERIFY(file);
            const auto sig = keySignature(*file);
            if (!sig)
                continue;
            const KeyScale est = KeyScale::estimate(allNotes(SongConverter::fromSmf(*file)));
            ++total;
            exact += est == *sig;
            // Same signature (relative major / minor): the parent majors agree.
            auto parent = [](const KeyScale &k) { return k.minor ? (k.tonic + 3) % 12 : k.tonic; };
            sameNotes += parent(est) == parent(*sig);
        }
        qDebug("key estimate vs key signature on %d tunes: %d exact, %d same scale notes", total, exact, sameNotes);
        QVERIFY(total > 150);
        QVERIFY(exact >= total * 6 / 10);
        QVERIFY(sameNotes >= total * 8 / 10);
    }
};

QTEST_GUILESS_MAIN(TestMusicEncoding)
#include "test_music_encoding.moc"
