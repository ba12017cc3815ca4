// Project files round-trip the whole song, refuse damaged files with an error
// naming the bad value, and autosave recovers a crashed session's work.

#include "project/AutosaveStore.h"
#include "project/ProjectFile.h"
#include "project/SongFiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace atelier::core;

class TestProject : public QObject {
    Q_OBJECT

    static Song sampleSong()
    {
        Song s;
        s.ppq = 960;
        s.tempos = {{0, 96.5}, {3840, 120.0}};
        s.timeSignatures = {{0, 6, 8}};
        s.loop = {960, 4800, true};
        Track t;
        t.name = QString::fromUtf8("Flöte");
        t.program = 73;
        t.channel = 3;
        t.solo = true;
        t.armed = true;
        t.volume = 0.55;
        t.midiOutPort = "Synth:0";
        t.notes = {{72, 0, 480, 100}, {74, 480, 240, 1}};
        t.controls = {{0, 64, 127}, {600, ControlChange::kPitchBend, 16383}, {900, 64, 0}};
        Track baked{"Morph"};
        baked.channel = 4;
        baked.sound.name = "Flute / Cello morph";
        baked.sound.model = "timbre-ddsp.timbre.json";
        baked.sound.z = {0.125f, -1.5f, 3.0e-3f};
        baked.sound.envelope.attack_s = 0.01;
        baked.sound.envelope.sustain = 0.7;
        baked.sound.envelope.release_s = 1.25;
        baked.sound.envelope.eraseOnset_s = 0.02;
        baked.sound.gain = 1.5;
        s.tracks = {t, Track{"Empty"}, baked};
        s.key = {2, 4};   // D Dorian
        s.chords = {{0, *ChordSymbol::parse("Dm")}, {1920, *ChordSymbol::parse("G7/B")},
                    {5760, ChordSymbol::noChord()}};
        s.chordPlayback = {true, 24, ChordPlayback::Style::Comp, 0.45};
        return s;
    }

    static Project sampleProject()
    {
        Stroke a;
        a.points = {{10.5, 20}, {30, 40.25}, {35, 60}};
        a.pressures = {0.2f, 0.5f, 1.0f};
        a.width = 4;
        a.color = QColor("#335577");
        Stroke b;
        b.points = {{-5, 7}};
        b.generated = true;
        return {sampleSong(), Sketch{{a, b}}};
    }

    // A child process autosaves sampleProject() in `dir` and dies without
    // ending its session: a crash.
    static bool crashAfterAutosave(const QString &dir, const QString &documentPath)
    {
        const pid_t child = fork();
        if (child == 0) {
            AutosaveStore crashed(dir);
            QString e;
            _exit(crashed.begin(&e) && crashed.save(sampleProject(), documentPath, &e) ? 0 : 1);
        }
        int status = 0;
        return waitpid(child, &status, 0) == child && WEXITSTATUS(status) == 0;
    }

private slots:
    void roundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("song.atelier");
        QString err;
        QVERIFY2(ProjectFile::save(sampleProject(), path, &err), qPrintable(err));
        ProjectError pe;
        const auto loaded = ProjectFile::load(path, &pe);
        QVERIFY2(loaded.has_value(), qPrintable(pe.message()));
        QCOMPARE(loaded->song, sampleSong());
        QCOMPARE(loaded->sketch, sampleProject().sketch);
    }

    void keyIsStoredByName()
    {
        const QJsonObject root = QJsonDocument::fromJson(ProjectFile::serialize(sampleProject())).object();
        QCOMPARE(root["song"].toObject()["key"].toObject(), (QJsonObject{{"tonic", 2}, {"scale", "Dorian"}}));
        // A project without a key (older files) opens without one.
        QJsonObject song = root["song"].toObject();
        song.remove("key");
        QJsonObject older = root;
        older["song"] = song;
        const auto p = ProjectFile::parse(QJsonDocument(older).toJson(), nullptr);
        QVERIFY(p.has_value());
        QVERIFY(!p->song.key.isSet());
    }

    void projectWithoutSketchStillOpens()
    {
        QJsonObject root = QJsonDocument::fromJson(ProjectFile::serialize(sampleProject())).object();
        root.remove("sketch");
        const auto p = ProjectFile::parse(QJsonDocument(root).toJson(), nullptr);
        QVERIFY(p.has_value());
        QCOMPARE(p->song, sampleSong());
        QVERIFY(p->sketch.strokes.isEmpty());
    }

    void damagedFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        const QByteArray good = ProjectFile::serialize(sampleProject());
        QTest::newRow("empty") << QByteArray() << "not valid JSON";
        QTest::newRow("truncated") << good.left(good.size() / 2) << "not valid JSON";
        QTest::newRow("array") << QByteArray("[1,2]") << "not a JSON object";
        QTest::newRow("other json") << QByteArray("{\"a\":1}") << "not an Atelier project";
        QTest::newRow("no version") << QByteArray("{\"format\":\"atelier-project\"}") << "no version";
        QTest::newRow("newer") << QByteArray("{\"format\":\"atelier-project\",\"version\":99}")
                               << "newer Atelier";
        QByteArray badPitch = good;
        badPitch.replace("72,", "300,");
        QTest::newRow("pitch") << badPitch << "song.tracks[0].notes[0].pitch: 300 is not in 0..127";
        // Found by the project fuzzer: a number no qint64 holds was converted before the range check.
        QByteArray hugePitch = good;
        hugePitch.replace("72,", "1.5e84,");
        QTest::newRow("huge pitch") << hugePitch << "song.tracks[0].notes[0].pitch: 1.5e+84 is not in 0..127";
        // One controller event of track 0 replaced by [tick, controller, value].
        const auto control = [&good](int index, QJsonArray event) {
            QJsonObject root = QJsonDocument::fromJson(good).object();
            QJsonObject song = root["song"].toObject();
            QJsonArray tracks = song["tracks"].toArray();
            QJsonObject track = tracks[0].toObject();
            QJsonArray controls = track["controls"].toArray();
            controls[index] = event;
            track["controls"] = controls;
            tracks[0] = track;
            song["tracks"] = tracks;
            root["song"] = song;
            return QJsonDocument(root).toJson();
        };
        QTest::newRow("bend value") << control(1, {600, 128, 16384})
                                    << "song.tracks[0].controls[1].value: 16384 is not in 0..16383";
        QTest::newRow("controller") << control(1, {600, 129, 1})
                                    << "song.tracks[0].controls[1].controller: 129 is not in 0..128";
        QTest::newRow("cc value") << control(0, {0, 64, 128})
                                  << "song.tracks[0].controls[0].value: 128 is not in 0..127";
        QByteArray badScale = good;
        badScale.replace("\"Dorian\"", "\"Lydian flat 13\"");
        QTest::newRow("key scale") << badScale << "song.key.scale: unknown scale \"Lydian flat 13\"";
        QByteArray badTonic = good;
        badTonic.replace("\"tonic\": 2", "\"tonic\": 12");
        QTest::newRow("key tonic") << badTonic << "song.key.tonic: 12 is not in 0..11";
        QByteArray badVol = good;
        badVol.replace("0.55", "\"loud\"");
        QTest::newRow("volume") << badVol << "song.tracks[0].volume: expected a number";
        QByteArray badDen = good;
        badDen.replace("\"denominator\": 8", "\"denominator\": 6");
        QTest::newRow("denominator") << badDen << "not a power of two";
        QByteArray noNotes = good;
        noNotes.replace("\"notes\"", "\"nodes\"");
        QTest::newRow("missing notes") << noNotes << "song.tracks[0].notes: expected a list";
        QByteArray badSustain = good;
        badSustain.replace("\"sustain\": 0.7", "\"sustain\": 7");
        QTest::newRow("sound sustain") << badSustain << "song.tracks[2].sound.sustain: 7 is not in 0..1";
        QByteArray badChord = good;
        badChord.replace("\"G7/B\"", "\"H7\"");
        QTest::newRow("chord") << badChord << "song.chords[1].chord: \"H7\" is not a chord symbol";
        QByteArray chordOrder = good;
        chordOrder.replace("\"tick\": 5760", "\"tick\": 100");
        QTest::newRow("chord order") << chordOrder << "song.chords[2].tick: chords must be in order";
        QByteArray badStyle = good;
        badStyle.replace("\"comp\"", "\"polka\"");
        QTest::newRow("chord style") << badStyle << "song.chord_playback.style: unknown chord style \"polka\"";
        QByteArray badZ = good;
        badZ.replace("\"z\": [", "\"z\": [\"x\", ");
        QTest::newRow("sound z") << badZ << "song.tracks[2].sound.z[0]: expected a number";
        QJsonObject root = QJsonDocument::fromJson(good).object();
        QJsonObject sketch = root["sketch"].toObject();
        QJsonArray strokes = sketch["strokes"].toArray();
        QJsonObject first = strokes[0].toObject();
        first["pressures"] = QJsonArray{7, 0.5, 1};
        strokes[0] = first;
        sketch["strokes"] = strokes;
        root["sketch"] = sketch;
        const QByteArray badPressure = QJsonDocument(root).toJson();
        QTest::newRow("pressure") << badPressure << "sketch.strokes[0].pressures[0]: 7 is not in 0..1";
    }

    void damagedFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        ProjectError err;
        QVERIFY(!ProjectFile::parse(bytes, &err).has_value());
        QVERIFY2(err.message().contains(expected), qPrintable(err.message()));
    }

    void loadNamesTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("broken.atelier");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("\x89PNG\r\n");
        f.close();
        ProjectError err;
        QVERIFY(!ProjectFile::load(path, &err));
        QVERIFY(err.message().startsWith("broken.atelier: "));
        QVERIFY(!ProjectFile::load(dir.filePath("missing.atelier"), &err));
        QVERIFY(!err.message().isEmpty());
    }

    void failedSaveKeepsOldFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("song.atelier");
        QString err;
        QVERIFY(ProjectFile::save(sampleProject(), path, &err));
        QVERIFY(!ProjectFile::save(Project{}, dir.filePath("no/such/folder/x.atelier"), &err));
        QVERIFY(err.contains("Cannot write"));
        QCOMPARE(*ProjectFile::load(path, nullptr), sampleProject());

        // A save over the same file that fails half-way (the disk "fills"
        // after 64 bytes: a file-size limit, which holds for root too) leaves
        // the old file byte for byte.
        QFile before(path);
        QVERIFY(before.open(QIODevice::ReadOnly));
        const QByteArray bytes = before.readAll();
        before.close();
        QVERIFY(bytes.size() > 64);
        Project bigger = sampleProject();
        bigger.song.tracks.append(bigger.song.tracks);
        const pid_t child = fork();
        if (child == 0) {
            signal(SIGXFSZ, SIG_IGN);
            const rlimit limit{64, 64};
            setrlimit(RLIMIT_FSIZE, &limit);
            QString e;
            const bool saved = ProjectFile::save(bigger, path, &e);
            _exit(!saved && !e.isEmpty() ? 0 : 1);
        }
        int status = 0;
        QCOMPARE(waitpid(child, &status, 0), child);
        QCOMPARE(WEXITSTATUS(status), 0);   // the save failed, with an error
        QFile after(path);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), bytes);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{"song.atelier"});   // no temporary left
    }

    void autosaveRecoversAfterCrash()
    {
        QTemporaryDir dir;
        QVERIFY(crashAfterAutosave(dir.path(), "/home/me/song.atelier"));

        AutosaveStore live(dir.path());
        QString err;
        QVERIFY(live.begin(&err));
        QVERIFY(live.save(Project{}, QString(), &err));
        const auto found = live.findRecoverable();
        QCOMPARE(found.size(), 1);  // our own live session is not offered
        QCOMPARE(found[0].documentPath, QString("/home/me/song.atelier"));
        QCOMPARE(*ProjectFile::load(found[0].autosavePath, nullptr), sampleProject());

        // A second live store (another running studio) does not see ours.
        AutosaveStore other(dir.path());
        QVERIFY(other.begin(&err));
        for (const auto &r : other.findRecoverable())
            QVERIFY(r.sessionId == found[0].sessionId);

        QVERIFY(live.remove(found[0]));
        QVERIFY(live.findRecoverable().isEmpty());
        live.end();
        other.end();
        QVERIFY(QDir(dir.path()).entryList({"*.atelier"}, QDir::Files).isEmpty());
    }

    void aMidiFilePastADayIsCutWithAWarning()
    {
        QTemporaryDir dir;
        Song song;
        song.tempos = {{0, 120}};
        Track t;
        t.notes = {Note{60, 0, 480, 90}, Note{64, Tick(30) * 3600 * 960, 480, 90}};   // at 30 hours
        song.tracks = {t};
        const QString path = dir.filePath("long.mid");
        QString error, warning;
        QVERIFY(SongFiles::exportMidi(song, path, 1, &error));
        const auto loaded = SongFiles::load(path, &error, &warning);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->song.tracks.at(0).notes.size(), 1);
        QVERIFY2(warning.startsWith("long.mid: ") && warning.contains("after 24 hours were left out"),
                 qPrintable(warning));
        QVERIFY(SongFiles::exportMidi(loaded->song, path, 1, &error));
        QVERIFY(SongFiles::load(path, &error, &warning));
        QVERIFY(warning.isEmpty());
    }

    void aDeclinedAutosaveIsKeptAWeek()
    {
        QTemporaryDir dir;
        QVERIFY(crashAfterAutosave(dir.path(), QString()));
        AutosaveStore live(dir.path());
        QString err;
        QVERIFY(live.begin(&err));
        const auto found = live.findRecoverable();
        QCOMPARE(found.size(), 1);
        const QString kept = live.moveToTrash(found[0], &err);
        QVERIFY2(!kept.isEmpty(), qPrintable(err));
        QVERIFY(kept.startsWith(dir.path() + "/trash/"));
        QCOMPARE(*ProjectFile::load(kept, nullptr), sampleProject());   // nothing lost
        QVERIFY(live.findRecoverable().isEmpty());                      // and no longer offered
        live.end();

        // A week later the next start empties it; a newer one stays.
        QFile old(kept);
        QVERIFY(old.open(QIODevice::ReadWrite));
        QVERIFY(old.setFileTime(QDateTime::currentDateTime().addDays(-AutosaveStore::kTrashDays - 1),
                                QFileDevice::FileModificationTime));
        old.close();
        const QString recent = dir.path() + "/trash/recent.atelier";
        QVERIFY(QFile::copy(kept, recent));
        AutosaveStore next(dir.path());
        QVERIFY(next.begin(&err));
        QVERIFY(!QFile::exists(kept));
        QVERIFY(QFile::exists(recent));
        next.end();
    }
};

QTEST_GUILESS_MAIN(TestProject)
#include "test_project.moc"
