// The piano roll's Continue panel driven like a user would, with a small
// deterministic music model written here (the real models are exercised in
// tests/app): Continue makes N variations after the selection, shown as
// candidate notes; Keep adds one as a single undo step; Regenerate replaces
// a range as one undo step; an edit drops stale variations; the key
// constraint holds.

#include "music/ContinuePanel.h"
#include "common/DragOutButton.h"
#include "common/ResultBrowser.h"
#include "midi/SmfReader.h"
#include "midi/SongConverter.h"
#include "pianoroll/PianoRollEditor.h"
#include "pianoroll/PianoRollView.h"

#include "audio/AudioEngine.h"
#include "audio/NullAudioDevice.h"
#include "document/NoteModel.h"
#include "document/SongDocument.h"
#include "music/KeyFinder.h"
#include "music/MusicEncoding.h"
#include "reward/PreferenceLog.h"
#include "FakeMelodyModel.h"

#include <QCheckBox>
#include <QJsonArray>
#include <QComboBox>
#include <QLabel>
#include <QMimeData>
#include <QListWidget>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QToolButton>
#include <QFileInfo>
#include <QTest>
#include <QUndoStack>
#include <cmath>

using namespace atelier;
using core::Note;

class TestContinuePanel : public QObject {
    Q_OBJECT

    core::SongDocument *m_doc = nullptr;
    core::NoteModel *m_model = nullptr;
    ui::PianoRollEditor *m_editor = nullptr;
    core::AudioEngine *m_engine = nullptr;
    ui::ContinuePanel *m_panel = nullptr;

    const QList<Note> &notes() const { return m_doc->track(0).notes; }
    bool waitForResults()
    {
        QSignalSpy spy(m_panel, &ui::ContinuePanel::resultsReady);
        return spy.wait(10000);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_doc = new core::SongDocument;
        core::Song s;
        s.tempos = {{0, 120}};
        s.timeSignatures = {{0, 4, 4}};
        core::Track t;
        t.name = "Lead";
        // One bar of C major quarter notes: C D E F.
        for (int i = 0; i < 4; ++i)
            t.notes.append(Note{60 + (i == 3 ? 5 : 2 * i), core::Tick(i) * 480, 480, 90});
        s.tracks = {t};
        m_doc->resetSong(s);
        m_model = new core::NoteModel(m_doc);
        m_editor = new ui::PianoRollEditor(m_model);
        m_engine = new core::AudioEngine(std::make_unique<core::NullAudioDevice>());
        QString error;
        QVERIFY2(m_engine->start(core::AudioSettings{}, &error), qPrintable(error));
        auto model = std::make_shared<test::FakeMelodyModel>();
        m_panel = new ui::ContinuePanel(m_doc, m_model, m_editor->view(), m_engine,
                                        [model](const QString &, QString *) { return model; });
        m_panel->setModelFiles({"/nowhere/melody-fake.music.json"});
        m_editor->show();
        m_panel->show();
        m_model->setTrack(0);
    }

    void cleanup()
    {
        delete m_panel;
        delete m_editor;
        delete m_model;
        m_engine->shutdown();
        delete m_engine;
        delete m_doc;
    }

    void continueFromSelectionAndKeepOne()
    {
        m_editor->view()->selectRows({0, 1, 2, 3});
        m_panel->variationsSpin()->setValue(3);
        m_panel->barsSpin()->setValue(2);
        m_panel->continueMusic();
        QVERIFY(waitForResults());
        QCOMPARE(m_panel->variationCount(), 3);
        QCOMPARE(m_panel->variationList()->count(), 3);
        for (int v = 0; v < 3; ++v) {
            QVERIFY(!m_panel->variation(v).isEmpty());
            for (const Note &n : m_panel->variation(v)) {
                QVERIFY2(n.start >= 1920 && n.start < 1920 + 2 * 1920, "notes start in the 2 bars after the input");
                QVERIFY(n.end() <= 1920 + 2 * 1920);
            }
        }
        // The current variation is drawn over the piano roll, not yet in the song.
        QCOMPARE(m_editor->view()->candidateNotes(), m_panel->variation(0));
        QCOMPARE(notes().size(), 4);
        const QList<Note> chosen = m_panel->variation(1);
        const int undoBefore = m_doc->undoStack()->count();
        m_panel->keep(1);
        QCOMPARE(m_doc->undoStack()->count(), undoBefore + 1);
        QCOMPARE(notes().size(), 4 + chosen.size());
        QVERIFY(m_editor->view()->candidateNotes().isEmpty());
        QCOMPARE(m_panel->variationCount(), 0);
        m_doc->undoStack()->undo();
        QCOMPARE(notes().size(), 4);
    }

    void thumbsGoToTheRatingsLog()
    {
        QFile::remove(core::PreferenceLog::defaultPath());
        m_editor->view()->selectRows({0, 1, 2, 3});
        m_panel->variationsSpin()->setValue(3);
        m_panel->barsSpin()->setValue(1);
        m_panel->continueMusic();
        QVERIFY(waitForResults());
        auto *browser = m_panel->findChild<ui::ResultBrowser *>();
        QVERIFY(browser);
        browser->setCurrent(2);
        browser->likeButton()->click();
        QCOMPARE(browser->rating(2), 1);
        QVERIFY(browser->list()->item(2)->text().endsWith(QStringLiteral("▲")));
        QString error;
        const auto entries = core::PreferenceLog::read(core::PreferenceLog::defaultPath(), &error);
        QVERIFY2(entries, qPrintable(error));
        QCOMPARE(int(entries->size()), 3);   // the batch, the liked one rated
        const core::PreferenceLog::Entry &liked = (*entries)[2];
        QCOMPARE(liked.rating, 1);
        QCOMPARE(liked.kind, QStringLiteral("music"));
        // The sample is the variation as a script sees it: its notes from the part's start, in beats.
        const QJsonArray sampleNotes = liked.sample.value("notes").toArray();
        QCOMPARE(sampleNotes.size(), m_panel->variation(2).size());
        QCOMPARE(sampleNotes.first().toObject().value("start").toDouble(),
                 double(m_panel->variation(2).first().start - 1920) / 480.0);
        QCOMPARE(liked.sample.value("context").toArray().size(), 4);
        QCOMPARE(liked.sample.value("bpm").toDouble(), 120.0);
        QCOMPARE((*entries)[0].rating, 0);
    }

    void variationDragsOutAsAClip()
    {
        m_editor->view()->selectRows({0, 1, 2, 3});
        m_panel->variationsSpin()->setValue(2);
        m_panel->barsSpin()->setValue(2);
        m_panel->continueMusic();
        QVERIFY(waitForResults());
        m_panel->results()->setCurrent(1);
        QString error;
        std::unique_ptr<QMimeData> data(m_panel->dragOutButton()->makeMimeData(&error));
        QVERIFY2(data, qPrintable(error));
        const QString path = data->urls().value(0).toLocalFile();
        QVERIFY(path.endsWith(".mid"));
        core::SmfError smfError;
        const std::optional<core::SmfFile> smf = core::SmfReader::readFile(path, &smfError);
        QVERIFY2(smf, qPrintable(smfError.message()));
        QCOMPARE(smf->format, 1);
        QList<Note> heard;
        for (const core::Track &t : core::SongConverter::fromSmf(*smf).tracks)
            heard += t.notes;
        // The variation begins in bar 2 (tick 1920), which becomes the clip's bar 1.
        QList<Note> expected = m_panel->variation(1);
        const core::Tick firstBar = 1920 * (std::min_element(expected.begin(), expected.end(), [](const Note &a, const Note &b) {
                                               return a.start < b.start;
                                           })->start / 1920);
        for (Note &n : expected)
            n.start -= firstBar;
        auto byStart = [](const Note &a, const Note &b) { return a.start < b.start || (a.start == b.start && a.pitch < b.pitch); };
        std::sort(heard.begin(), heard.end(), byStart);
        std::sort(expected.begin(), expected.end(), byStart);
        QCOMPARE(heard, expected);
    }

    void sameSeedSameVariations()
    {
        m_editor->view()->selectRows({0, 1, 2, 3});
        m_panel->seedSpin()->setValue(42);
        m_panel->continueMusic();
        QVERIFY(waitForResults());
        const QList<Note> first = m_panel->variation(0);
        m_panel->continueMusic();
        QVERIFY(waitForResults());
        QCOMPARE(m_panel->variation(0), first);
    }

    void keyConstraintHolds()
    {
        m_editor->view()->selectRows({0, 1, 2, 3});
        // Force a key whose scale misses most of the model's whole-tone steps.
        const int idx = m_panel->keyCombo()->findData(QStringLiteral("F#:major"));
        QVERIFY(idx >= 0);
        m_panel->keyCombo()->setCurrentIndex(idx);
        m_panel->strictKeyBox()->setChecked(true);   // only the key's notes
        m_panel->variationsSpin()->setValue(4);
        m_panel->continueMusic();
        QVERIFY(waitForResults());
        const auto key = core::KeyScale::parse("F#:major");
        for (int v = 0; v < m_panel->variationCount(); ++v)
            for (const Note &n : m_panel->variation(v))
                QVERIFY2(key->contains(n.pitch), qPrintable(QString::number(n.pitch)));
    }

    void projectKeyIsTheDefault()
    {
        // No project key: the input's key is the default and "Project key" cannot be chosen.
        QCOMPARE(m_panel->keyCombo()->currentData().toString(), QStringLiteral("auto"));
        // D Dorian (scale 4): offered as "Project key (D Dorian)", chosen, and the notes keep to it.
        QVERIFY(m_doc->requestSetKey({2, 4}));
        QCOMPARE(m_panel->keyCombo()->currentData().toString(), QStringLiteral("project"));
        QCOMPARE(m_panel->keyCombo()->currentText(), QStringLiteral("Project key (D Dorian)"));
        // D Dorian: D E F G A B C; with "Only", nothing else may come.
        m_panel->strictKeyBox()->setChecked(true);
        m_editor->view()->selectRows({0, 1, 2, 3});
        m_panel->continueMusic();
        QVERIFY(waitForResults());
        QVERIFY(m_panel->variationCount() > 0);
        for (int v = 0; v < m_panel->variationCount(); ++v)
            for (const Note &n : m_panel->variation(v))
                QVERIFY2(QList<int>({2, 4, 5, 7, 9, 11, 0}).contains(n.pitch % 12), qPrintable(QString::number(n.pitch)));
        // Clearing the key goes back to the input's key.
        m_doc->undoStack()->undo();
        QCOMPARE(m_panel->keyCombo()->currentData().toString(), QStringLiteral("auto"));
    }

    // The default is a pull toward the key, not a wall: the key's notes get
    // a bonus of the slider's nats; "Only" masks the rest instead.
    void theKeyPullIsTheDefault()
    {
        QVERIFY(!m_panel->strictKeyBox()->isChecked());
        QCOMPARE(m_panel->keyPullSlider()->value(), 4);   // 2 nats
        const int idx = m_panel->keyCombo()->findData(QStringLiteral("G:minor"));
        m_panel->keyCombo()->setCurrentIndex(idx);
        core::MusicSampleOptions o = m_panel->options();
        QVERIFY(!o.key);
        QCOMPARE(o.biasKey, core::KeyScale::parse("G:minor"));
        QCOMPARE(o.keyBias, 2.0);
        m_panel->keyPullSlider()->setValue(0);
        o = m_panel->options();
        QVERIFY(!o.key && !o.biasKey && o.keyBias == 0);   // nothing steers
        m_panel->strictKeyBox()->setChecked(true);
        QVERIFY(!m_panel->keyPullSlider()->isEnabled());
        o = m_panel->options();
        QCOMPARE(o.key, core::KeyScale::parse("G:minor"));
        QCOMPARE(o.keyBias, 0.0);
        // "Key of the input": the whole part's key, or the selection's when 8 or more notes are selected.
        m_panel->keyCombo()->setCurrentIndex(m_panel->keyCombo()->findData(QStringLiteral("auto")));
        QVERIFY(m_panel->options().key.has_value());
        QList<Note> eMinor;
        for (int p : {64, 66, 67, 71, 64, 71, 67, 66, 64, 63, 64, 59})   // E minor, leading tone D#
            eMinor.append(Note{p, 40000 + core::Tick(eMinor.size()) * 240, 240, 80});
        QVERIFY(m_doc->requestAddNotes(0, eMinor, "window"));
        QList<int> rows;
        for (int i = 0; i < m_doc->track(0).notes.size(); ++i)
            if (m_doc->track(0).notes[i].start >= 40000)
                rows.append(i);
        QCOMPARE(rows.size(), eMinor.size());
        m_editor->view()->selectRows(rows);
        QCOMPARE(*m_panel->options().key, (core::KeyScale{4, true}));
        m_editor->view()->selectRows(rows.mid(0, 3));   // too few: the whole track again
        QCOMPARE(m_panel->options().key->tonic, core::KeyFinder::estimate(m_doc->song(), 0).key.tonic);
        m_panel->strictKeyBox()->setChecked(false);
        m_panel->keyPullSlider()->setValue(4);
        m_panel->keyCombo()->setCurrentIndex(m_panel->keyCombo()->findData(QString()));   // any notes
        o = m_panel->options();
        QVERIFY(!o.key && !o.biasKey);
        // The chord lane is followed once the song has chords (and while the box is ticked):
        // our chord-conditioned melody model takes over and reads the chords itself ...
        QCOMPARE(o.chordBias, 0.0);
        auto model = [this] { return QFileInfo(m_panel->modelCombo()->currentData().toString()).fileName(); };
        m_panel->refreshModels();   // the shipped models (the fake loader still answers)
        QCOMPARE(model(), QStringLiteral("melody-lstm.music.json"));
        QVERIFY(m_doc->requestSetChord(0, *core::ChordSymbol::parse("C")));
        QCOMPARE(model(), QStringLiteral("chord-melody-lstm.music.json"));
        QCOMPARE(m_panel->options().chordBias, 0.5);   // a nudge: it reads the chords itself
        m_panel->followChordsBox()->setChecked(false);
        QCOMPARE(model(), QStringLiteral("melody-lstm.music.json"));
        QCOMPARE(m_panel->options().chordBias, 0.0);
        m_panel->followChordsBox()->setChecked(true);
        QCOMPARE(model(), QStringLiteral("chord-melody-lstm.music.json"));
        m_doc->undoStack()->undo();   // no chords: the melody model again
        QCOMPARE(model(), QStringLiteral("melody-lstm.music.json"));
        m_doc->undoStack()->redo();
        // ... unless the user picked a model: the melody model then leans to the chord tones by 2 nats.
        const int melody = m_panel->modelCombo()->findText(QStringLiteral("melody-lstm (ours)"));
        QVERIFY(melody >= 0);
        m_panel->modelCombo()->setCurrentIndex(melody);
        emit m_panel->modelCombo()->activated(melody);
        QVERIFY(m_doc->requestSetChord(1920, *core::ChordSymbol::parse("G")));
        QCOMPARE(model(), QStringLiteral("melody-lstm.music.json"));
        QCOMPARE(m_panel->options().chordBias, 2.0);
        // A model trained meanwhile: the user's choice stays, and one just
        // trained (the path the training dialog wrote) is chosen.
        m_panel->refreshModels();
        QCOMPARE(model(), QStringLiteral("melody-lstm.music.json"));
        const QString performance = m_panel->modelCombo()->itemData(
            m_panel->modelCombo()->findText(QStringLiteral("performance-lstm (ours)"))).toString();
        QVERIFY(!performance.isEmpty());
        m_panel->refreshModels(performance);
        QCOMPARE(model(), QStringLiteral("performance-lstm.music.json"));
        m_panel->refreshModels(QStringLiteral("/elsewhere/cat.gen.json"));   // not a music model: no change
        QCOMPARE(model(), QStringLiteral("performance-lstm.music.json"));
    }

    void editDropsStaleVariations()
    {
        m_editor->view()->selectRows({0, 1, 2, 3});
        m_panel->continueMusic();
        QVERIFY(waitForResults());
        QVERIFY(m_panel->variationCount() > 0);
        m_doc->requestAddNotes(0, {Note{72, 0, 120, 80}}, "edit");
        QCOMPARE(m_panel->variationCount(), 0);
        QVERIFY(m_editor->view()->candidateNotes().isEmpty());
        QVERIFY2(!m_panel->statusLabel()->text().contains("variation"), qPrintable(m_panel->statusLabel()->text()));
        // Choosing another model drops them too; Discard leaves no word about them.
        m_panel->continueMusic();
        QVERIFY(waitForResults());
        QVERIFY(m_panel->statusLabel()->text().contains("variation"));
        emit m_panel->modelCombo()->activated(m_panel->modelCombo()->currentIndex());
        QCOMPARE(m_panel->variationCount(), 0);
        QVERIFY(!m_panel->statusLabel()->text().contains("variation"));
        m_panel->continueMusic();
        QVERIFY(waitForResults());
        m_panel->discard();
        QCOMPARE(m_panel->variationCount(), 0);
        QVERIFY2(!m_panel->statusLabel()->text().contains("variation"), qPrintable(m_panel->statusLabel()->text()));
    }

    void regenerateReplacesRangeAsOneStep()
    {
        m_editor->view()->selectRows({1, 2});  // beats 2–3
        m_panel->regenerateSelection();
        QVERIFY(waitForResults());
        QCOMPARE(m_panel->variationCount(), 1);
        const QList<Note> replacement = m_panel->variation(0);
        for (const Note &n : replacement)
            QVERIFY(n.start >= 480 && n.start < 1440);
        const core::Song before = m_doc->song();
        const int undoBefore = m_doc->undoStack()->count();
        m_panel->keep(0);
        QCOMPARE(m_doc->undoStack()->count(), undoBefore + 1);
        // The notes outside the range are untouched, those inside replaced.
        int outside = 0;
        for (const Note &n : notes())
            if (n.start < 480 || n.start >= 1440)
                ++outside;
        QCOMPARE(outside, 2);
        QCOMPARE(notes().size(), 2 + replacement.size());
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->song(), before);
    }

    void auditionPlaysAndStops()
    {
        m_editor->view()->selectRows({0, 1, 2, 3});
        m_panel->continueMusic();
        QVERIFY(waitForResults());
        m_panel->audition(0);
        QTRY_VERIFY(m_engine->isPlaying());
        QCOMPARE(m_doc->track(0).notes.size(), 4);  // auditioning never edits the song
        m_panel->stopAudition();
        QTRY_VERIFY(!m_engine->isPlaying());
        // Stopping playback from elsewhere ends the audition too.
        m_panel->audition(1);
        QTRY_VERIFY(m_engine->isPlaying());
        QTest::qWait(300);  // the panel sees it playing
        m_engine->stop();
        QTest::qWait(500);
        const qsizetype chosen = m_panel->variation(1).size();
        m_panel->keep(1);  // works after an audition that ended on its own
        QCOMPARE(notes().size(), 4 + chosen);
    }

    void cancelStopsWithoutResults()
    {
        m_editor->view()->selectRows({0, 1, 2, 3});
        m_panel->barsSpin()->setValue(32);
        m_panel->variationsSpin()->setValue(8);
        m_panel->continueMusic();
        m_panel->cancel();
        QVERIFY(!m_panel->isBusy());
        QTest::qWait(200);
        QCOMPARE(m_panel->variationCount(), 0);
    }
};

QTEST_MAIN(TestContinuePanel)
#include "test_continuepanel.moc"
