// The song document: every edit is one undo step and undo restores the song
// exactly; the note and track models pass QAbstractItemModelTester while the
// document changes under them.

#include "document/BarGrid.h"
#include "document/NoteModel.h"
#include "document/NoteOps.h"
#include "document/SongDocument.h"
#include "document/TempoMap.h"
#include "document/TrackColors.h"
#include "document/TrackListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace atelier::core;

class TestDocument : public QObject {
    Q_OBJECT

    static Song sampleSong()
    {
        Song s;
        s.tempos = {{0, 100.0}};
        s.timeSignatures = {{0, 3, 4}};
        Track a;
        a.name = "Melody";
        a.program = 73;
        a.notes = {{60, 0, 480, 90}, {62, 480, 480, 80}, {64, 960, 240, 70}};
        Track b;
        b.name = "Bass";
        b.program = 32;
        b.channel = 1;
        b.notes = {{36, 0, 960, 100}};
        s.tracks = {a, b};
        return s;
    }

private slots:
    void addRemoveChangeUndoRestoresExactly()
    {
        SongDocument doc;
        doc.resetSong(sampleSong());
        const Song before = doc.song();
        NoteModel notes(&doc);
        TrackListModel tracks(&doc);
        QAbstractItemModelTester t1(&notes, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&tracks, QAbstractItemModelTester::FailureReportingMode::QtTest);

        QVERIFY(doc.requestAddNotes(0, {{67, 1440, 480, 100}, {69, 1920, 480, 100}}, "Add"));
        QCOMPARE(notes.rowCount(), 5);
        QVERIFY(doc.requestRemoveNotes(0, {0, 2, 3}, "Delete"));
        QCOMPARE(notes.rowCount(), 2);
        QCOMPARE(doc.track(0).notes.at(0).pitch, 62);
        QCOMPARE(doc.track(0).notes.at(1).pitch, 69);
        QVERIFY(doc.requestChangeNotes(0, {{1, {70, 100, 50, 20}}}, "Change"));
        QVERIFY(doc.requestSetTempo(140));
        QVERIFY(doc.requestSetTimeSignature(6, 8));
        QVERIFY(doc.requestSetLoop({0, 1920, true}));
        Track renamed = doc.track(1);
        renamed.name = "Low";
        renamed.mute = true;
        QVERIFY(doc.requestChangeTrack(1, renamed, "Rename"));
        QVERIFY(doc.requestAddTrack(Track{"New"}));
        QVERIFY(doc.requestRemoveTrack(0));
        QCOMPARE(doc.undoStack()->count(), 9);
        const Song after = doc.song();

        while (doc.undoStack()->canUndo())
            doc.undoStack()->undo();
        QCOMPARE(doc.song(), before);
        while (doc.undoStack()->canRedo())
            doc.undoStack()->redo();
        QCOMPARE(doc.song(), after);
    }

    void invalidEditsChangeNothing()
    {
        SongDocument doc;
        doc.resetSong(sampleSong());
        const Song before = doc.song();
        QVERIFY(!doc.requestAddNotes(5, {{60, 0, 10, 10}}, "x"));
        QVERIFY(!doc.requestAddNotes(0, {{128, 0, 10, 10}}, "x"));
        QVERIFY(!doc.requestAddNotes(0, {{60, 0, 0, 10}}, "x"));
        QVERIFY(!doc.requestRemoveNotes(0, {7}, "x"));
        QVERIFY(!doc.requestChangeNotes(0, {{0, {60, -5, 10, 10}}}, "x"));
        QVERIFY(!doc.requestChangeNotes(0, {{0, doc.track(0).notes.at(0)}}, "no-op"));
        QVERIFY(!doc.requestSetTempo(0));
        QVERIFY(!doc.requestSetTimeSignature(3, 5));
        QVERIFY(!doc.requestRemoveTrack(2));
        QCOMPARE(doc.undoStack()->count(), 0);
        QCOMPARE(doc.song(), before);
    }

    void volumeDragMergesIntoOneStep()
    {
        SongDocument doc;
        doc.resetSong(sampleSong());
        TrackListModel tracks(&doc);
        for (int v = 50; v <= 60; ++v)
            QVERIFY(tracks.setData(tracks.index(0, TrackListModel::VolumeColumn), v, Qt::EditRole));
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.track(0).volume, 0.6);
        QVERIFY(tracks.setData(tracks.index(0, TrackListModel::MuteColumn), Qt::Checked,
                               Qt::CheckStateRole));
        QVERIFY(tracks.setData(tracks.index(0, TrackListModel::MuteColumn), Qt::Unchecked,
                               Qt::CheckStateRole));
        QCOMPARE(doc.undoStack()->count(), 3);
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QCOMPARE(doc.track(0).volume, 0.8);
    }

    void armingOneTrackDisarmsTheOthersInOneStep()
    {
        SongDocument doc;
        doc.resetSong(sampleSong());
        QVERIFY(doc.trackCount() >= 2);
        TrackListModel tracks(&doc);
        const QModelIndex arm0 = tracks.index(0, TrackListModel::ArmColumn);
        const QModelIndex arm1 = tracks.index(1, TrackListModel::ArmColumn);
        QVERIFY(tracks.flags(arm0) & Qt::ItemIsUserCheckable);
        QCOMPARE(doc.armedTrack(), -1);
        QVERIFY(tracks.setData(arm0, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(doc.armedTrack(), 0);
        QVERIFY(tracks.setData(arm1, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(doc.armedTrack(), 1);
        QCOMPARE(tracks.data(arm0, Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QCOMPARE(tracks.data(arm1, Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(doc.undoStack()->count(), 2);
        doc.undoStack()->undo();   // one step: track 0 armed again, track 1 not
        QVERIFY(doc.track(0).armed);
        QVERIFY(!doc.track(1).armed);
        // A copy of an armed track comes in disarmed.
        QVERIFY(doc.requestAddTrack(doc.track(0)));
        QVERIFY(!doc.track(doc.trackCount() - 1).armed);
        QVERIFY(tracks.setData(arm0, Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(doc.armedTrack(), -1);
    }

    void keyIsOneUndoStep()
    {
        SongDocument doc;
        QSignalSpy spy(&doc, &SongDocument::keyChanged);
        QVERIFY(!doc.requestSetKey({12, 1}));   // no such tonic
        QVERIFY(!doc.requestSetKey({0, 99}));   // no such scale
        QVERIFY(!doc.requestSetKey({}));        // already no key
        QVERIFY(!doc.requestSetKey({5, 0}));    // a tonic without a scale is still no key
        QCOMPARE(doc.undoStack()->count(), 0);
        QVERIFY(doc.requestSetKey({7, 1}));     // G major
        QCOMPARE(doc.song().key, (SongKey{7, 1}));
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Set key"));
        QCOMPARE(spy.count(), 1);
        doc.undoStack()->undo();
        QVERIFY(!doc.song().key.isSet());
        QCOMPARE(spy.count(), 2);
        QCOMPARE(NoteOps::keyDisplayName({7, 1}), QStringLiteral("G Major"));
        QCOMPARE(NoteOps::keyDisplayName({10, 2}), QStringLiteral("A# Natural minor"));
    }

    void eachTrackHasItsOwnColour()
    {
        SongDocument doc;
        doc.resetSong(sampleSong());
        TrackListModel tracks(&doc);
        const QColor first = tracks.data(tracks.index(0, TrackListModel::NameColumn), Qt::DecorationRole).value<QColor>();
        const QColor second = tracks.data(tracks.index(1, TrackListModel::NameColumn), Qt::DecorationRole).value<QColor>();
        QVERIFY(first.isValid() && second.isValid());
        QVERIFY(first != second);
        QSet<QRgb> twelve;
        for (int i = 0; i < 12; ++i)
            twelve.insert(trackColor(i).rgb());
        QCOMPARE(twelve.size(), 12);   // the first twelve tracks all differ
        QCOMPARE(trackColor(12), trackColor(0));
    }

    void noteModelFollowsTrackRemoval()
    {
        SongDocument doc;
        doc.resetSong(sampleSong());
        NoteModel notes(&doc);
        QAbstractItemModelTester tester(&notes, QAbstractItemModelTester::FailureReportingMode::QtTest);
        notes.setTrack(1);
        QCOMPARE(notes.rowCount(), 1);
        QVERIFY(doc.requestRemoveTrack(0));
        QCOMPARE(notes.track(), 0);
        QCOMPARE(notes.rowCount(), 1);
        QVERIFY(doc.requestRemoveTrack(0));
        QCOMPARE(notes.track(), -1);
        QCOMPARE(notes.rowCount(), 0);
        doc.undoStack()->undo();
        QCOMPARE(notes.track(), 0);
        QVERIFY(notes.setData(notes.index(0, NoteModel::PitchColumn), 40, Qt::EditRole));
        QCOMPARE(doc.track(0).notes.at(0).pitch, 40);
    }

    void noteOps()
    {
        QCOMPARE(NoteOps::snap(130, 120), Tick(120));
        QCOMPARE(NoteOps::snap(180, 120), Tick(240));
        QCOMPARE(NoteOps::snapDown(239, 120), Tick(120));
        const QList<Note> ns = {{60, 10, 100, 90}, {64, 250, 100, 90}};
        QCOMPARE(NoteOps::quantize(ns, 120).at(1).start, Tick(240));
        QVERIFY(!NoteOps::moved(ns, 0, 70).has_value());
        QVERIFY(!NoteOps::moved(ns, -20, 0).has_value());
        QCOMPARE(NoteOps::moved(ns, 5, -12)->at(0), (Note{48, 15, 100, 90}));
        const QList<Note> dup = NoteOps::duplicated(ns, 120);
        QCOMPARE(dup.at(0).start, Tick(10 + 360));
        const QList<Note> pasted = NoteOps::fromClipboard(NoteOps::toClipboard(ns), 1000);
        QCOMPARE(pasted.at(0), (Note{60, 1000, 100, 90}));
        QCOMPARE(pasted.at(1), (Note{64, 1240, 100, 90}));
        QVERIFY(NoteOps::fromClipboard("not json", 0).isEmpty());
        QVERIFY(NoteOps::inScale(62, 0, 1));   // D in C major
        QVERIFY(!NoteOps::inScale(61, 0, 1));  // C# not in C major
        QVERIFY(NoteOps::inScale(61, 1, 1));   // C# in C# major
    }

    void barGrid()
    {
        BarGrid grid(480, {{0, 4, 4}, {1920 * 2, 3, 4}});
        QCOMPARE(grid.barStart(1), Tick(0));
        QCOMPARE(grid.barStart(3), Tick(3840));
        QCOMPARE(grid.barStart(4), Tick(3840 + 1440));
        QCOMPARE(grid.positionText(3840 + 1440 + 480 + 7), QString("4.2.7"));
        const auto bars = grid.lines(0, 3840 + 1440, false);
        QCOMPARE(bars.size(), 4);
        QCOMPARE(bars.last().tick, Tick(3840 + 1440));
        QCOMPARE(bars.last().bar, 4);
        const auto beats = grid.lines(0, 1919, true);
        QCOMPARE(beats.size(), 4);
        QVERIFY(beats[0].isBar && !beats[1].isBar);
        // 6/8: beats are eighth notes.
        QCOMPARE(BarGrid(480, {{0, 6, 8}}).barLength(0), Tick(1440));
    }

    void tempoMap()
    {
        TempoMap map(480, {{0, 120.0}, {960, 60.0}});
        QCOMPARE(map.tickToSeconds(960), 1.0);
        QCOMPARE(map.tickToSeconds(1440), 2.0);
        QCOMPARE(map.secondsToTick(2.0), Tick(1440));
        QCOMPARE(map.secondsToTick(0.5), Tick(480));
        QCOMPARE(map.bpmAt(1000), 60.0);
        TempoMap empty(480, {});
        QCOMPARE(empty.tickToSeconds(480), 0.5);
    }
};

QTEST_GUILESS_MAIN(TestDocument)
#include "test_document.moc"
