// The headless command line, run as a user would run it: JSON on stdout,
// errors on stderr with exit code 2.

#include "../TestData.h"
#include "AtelierProcess.h"
#include "project/ProjectFile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <sndfile.h>
#include <cmath>
#include <csignal>

namespace core = atelier::core;

class TestCli : public QObject {
    Q_OBJECT

    using Result = AtelierResult;
    static Result run(const QStringList &args) { return runAtelier(args); }

    static QString data(const QString &rel)
    {
        return qEnvironmentVariable("ATELIER_DATA") + "/data/midi/" + rel;
    }

    QTemporaryDir m_dir;

private slots:
    void ctrlCStopsARenderCleanly()
    {
        // Three hours of quarter notes: far longer than the test waits.
        core::Song song;
        song.tempos = {{0, 120}};
        core::Track t;
        t.name = "Long";
        for (int i = 0; i < 3 * 3600 * 2; ++i)
            t.notes.append(core::Note{60 + i % 12, core::Tick(i) * 480, 240, 90});
        song.tracks = {t};
        const QString project = m_dir.filePath("long.atelier");
        QString error;
        QVERIFY2(core::ProjectFile::save({song, {}, {}}, project, &error), qPrintable(error));
        const QString out = m_dir.filePath("long.wav");
        QFile old(out);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("an earlier render");
        old.close();

        QProcess p;
        p.start(QStringLiteral(ATELIER_BINARY_DIR "/atelier"), {"render", project, "-o", out});
        QVERIFY(p.waitForStarted());
        QTest::qWait(2000);
        QCOMPARE(p.state(), QProcess::Running);
        ::kill(pid_t(p.processId()), SIGINT);
        QVERIFY2(p.waitForFinished(30000), "the render did not stop");
        QCOMPARE(p.exitCode(), 2);
        const QByteArray said = p.readAllStandardError();
        QVERIFY2(said.contains("stopped") && said.contains("long.wav"), said.constData());
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("an earlier render"));   // left as it was
        QVERIFY(!QFile::exists(out + ".part"));
    }

    void initTestCase()
    {
        if (!QFile::exists(data("nottingham/melody/ashover1.mid")))
            ATELIER_SKIP_OR_FAIL("shared data not found (set ATELIER_DATA)");
    }

    void midiInfoJson()
    {
        const Result r = run({"midi", "info", data("nottingham/melody/ashover1.mid"), "--json"});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o["format"].toInt(), 1);
        QCOMPARE(o["tracks"].toInt(), 1);
        QCOMPARE(o["ppq"].toInt(), 1024);
        QCOMPARE(o["notes"].toInt(), 68);  // python mido counts the same
        QCOMPARE(o["tempos_bpm"].toArray().size(), 0);
        QCOMPARE(o["time_signatures"].toArray().size(), 9);
        QCOMPARE(o["time_signatures"].toArray().first().toString(), QString("3/4"));
        QCOMPARE(o["duration_seconds"].toDouble(), 47.0);

        const Result bach = run({"midi", "info", data("asap-maestro-subset/Bach__Fugue__bwv_846__Shi05M.mid"), "--json"});
        const QJsonObject b = QJsonDocument::fromJson(bach.out).object();
        QCOMPARE(b["notes"].toInt(), 754);
        QCOMPARE(b["tempos_bpm"].toArray().first().toDouble(), 120.0);
        QVERIFY(std::abs(b["duration_seconds"].toDouble() - 147.24) < 0.01);
    }

    void errorsGoToStderrWithCode2()
    {
        const QString bad = m_dir.filePath("truncated.mid");
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("MThd\0\0\0\6\0\1\0\1\0\x60MTrk\0\0\0\x10\0\x90\x3c", 25));
        f.close();
        for (const QStringList &args :
             {QStringList{"midi", "info", bad, "--json"}, QStringList{"midi", "info", m_dir.filePath("none.mid")},
              QStringList{"midi", "frobnicate"}, QStringList{"midi", "convert", bad, m_dir.filePath("x.mid")},
              QStringList{"render", bad, "-o", m_dir.filePath("x.wav")},
              QStringList{"render", data("nottingham/melody/ashover1.mid")},
              QStringList{"midi", "convert", "a", "b", "--format", "7"},
              QStringList{"render", data("nottingham/melody/ashover1.mid"), "-o", m_dir.filePath("x.flac"), "--bits", "32f"},
              QStringList{"render", data("nottingham/melody/ashover1.mid"), "-o", m_dir.filePath("x.mp3")},
              QStringList{"render", data("nottingham/melody/ashover1.mid"), "-o", m_dir.filePath("x.wav"), "--bits", "20"},
              QStringList{"render", data("nottingham/melody/ashover1.mid"), "-o", m_dir.filePath("x.wav"), "--range", "3:2"},
              QStringList{"render", data("nottingham/melody/ashover1.mid"), "-o", m_dir.filePath("x.wav"), "--range", "0:2"},
              QStringList{"render", data("nottingham/melody/ashover1.mid"), "-o", m_dir.filePath("x.wav"), "--range", "loop"}}) {
            const Result r = run(args);
            QVERIFY2(r.code == 2, qPrintable(args.join(' ')));
            QVERIFY2(r.out.isEmpty(), qPrintable(args.join(' ')));
            QVERIFY2(r.err.startsWith("atelier: "), r.err.constData());
        }
        const Result r = run({"midi", "info", bad});
        QVERIFY2(r.err.contains("truncated.mid: byte "), r.err.constData());
        QVERIFY(!QFile::exists(m_dir.filePath("x.mid")));
        QVERIFY(!QFile::exists(m_dir.filePath("x.wav")));
        QVERIFY(!QFile::exists(m_dir.filePath("x.flac")));
        QVERIFY(!QFile::exists(m_dir.filePath("x.mp3")));
    }

    void convertToType0AndBack()
    {
        const QString in = data("nottingham/melody_chords/jigs10.mid");
        const QString out0 = m_dir.filePath("jigs10-type0.mid");
        Result r = run({"midi", "convert", in, out0, "--format", "0"});
        QCOMPARE(r.code, 0);
        const QJsonObject info0 = QJsonDocument::fromJson(run({"midi", "info", out0, "--json"}).out).object();
        const QJsonObject orig = QJsonDocument::fromJson(run({"midi", "info", in, "--json"}).out).object();
        QCOMPARE(info0["format"].toInt(), 0);
        QCOMPARE(info0["tracks"].toInt(), 1);
        QCOMPARE(info0["notes"].toInt(), orig["notes"].toInt());
        QCOMPARE(info0["duration_seconds"].toDouble(), orig["duration_seconds"].toDouble());
        const QString out1 = m_dir.filePath("jigs10-type1.mid");
        QCOMPARE(run({"midi", "convert", out0, out1}).code, 0);
        const QJsonObject info1 = QJsonDocument::fromJson(run({"midi", "info", out1, "--json"}).out).object();
        QCOMPARE(info1["format"].toInt(), 1);
        QCOMPARE(info1["notes"].toInt(), orig["notes"].toInt());
    }

    void renderBarsToFlac24()
    {
        // ashover1: 3/4 at 120 bpm, so a bar lasts 1.5 s. Bars 2 to 3 start at 1.5 s and last 3 s;
        // with the 2 s tail that is 5 s, 240000 frames at 48 kHz.
        const QString flac = m_dir.filePath("bars.flac");
        const Result r = run({"render", data("nottingham/melody/ashover1.mid"), "-o", flac, "--rate", "48000",
                              "--bits", "24", "--range", "2:3"});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o["format"].toString(), QStringLiteral("flac"));
        QCOMPARE(o["bits"].toString(), QStringLiteral("24"));
        QCOMPARE(o["range"].toString(), QStringLiteral("2:3"));
        QCOMPARE(o["start_seconds"].toDouble(), 1.5);
        QCOMPARE(o["music_seconds"].toDouble(), 3.0);
        SF_INFO info{};
        SNDFILE *f = sf_open(flac.toLocal8Bit().constData(), SFM_READ, &info);
        QVERIFY(f);
        QCOMPARE(info.format, SF_FORMAT_FLAC | SF_FORMAT_PCM_24);
        QCOMPARE(info.samplerate, 48000);
        QCOMPARE(info.frames, sf_count_t(240000));
        std::vector<float> buf(size_t(info.frames) * 2);
        QCOMPARE(sf_readf_float(f, buf.data(), info.frames), info.frames);
        sf_close(f);
        double sum = 0;
        for (std::size_t i = 0; i < std::size_t(3 * 48000 * 2); ++i)   // the three seconds of music
            sum += double(buf[i]) * buf[i];
        QVERIFY(std::sqrt(sum / (3 * 48000 * 2)) > 0.01);

        // 32-bit float WAV of the same bars.
        const QString wav = m_dir.filePath("bars.wav");
        QCOMPARE(run({"render", data("nottingham/melody/ashover1.mid"), "-o", wav, "--bits", "32f", "--range", "2:3"}).code, 0);
        SNDFILE *w = sf_open(wav.toLocal8Bit().constData(), SFM_READ, &info);
        QVERIFY(w);
        QCOMPARE(info.format, SF_FORMAT_WAV | SF_FORMAT_FLOAT);
        QCOMPARE(info.frames, sf_count_t(5 * 44100));
        sf_close(w);
    }

    // A song of chords alone, played with a guitar: the render sounds for as long as they do.
    void renderPlaysTheChordLane()
    {
        core::Song song;   // 120 bpm, 4/4: a bar is 2 s
        song.chords = {{0, *core::ChordSymbol::parse("Am")}, {1920, *core::ChordSymbol::parse("F")}};
        song.chordPlayback = {true, 24, core::ChordPlayback::Style::Arpeggio, 0.8};
        const QString project = m_dir.filePath("chords.atelier");
        QString error;
        QVERIFY2(core::ProjectFile::save({song, {}, {}}, project, &error), qPrintable(error));
        const QString wav = m_dir.filePath("chords.wav");
        const Result r = run({"render", project, "-o", wav});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object()["music_seconds"].toDouble(), 4.0);
        SF_INFO info{};
        SNDFILE *f = sf_open(wav.toLocal8Bit().constData(), SFM_READ, &info);
        QVERIFY(f);
        std::vector<float> buf(size_t(info.frames) * 2);
        sf_readf_float(f, buf.data(), info.frames);
        sf_close(f);
        double sum = 0;
        for (std::size_t i = 0; i < std::size_t(4 * info.samplerate * 2); ++i)
            sum += double(buf[i]) * buf[i];
        QVERIFY(std::sqrt(sum / (4.0 * info.samplerate * 2)) > 0.01);
    }

    void renderWritesTheSong()
    {
        const QString in = data("nottingham/melody/ashover1.mid");  // 47 s at 120 bpm
        const QString wav = m_dir.filePath("ashover1.wav");
        const Result r = run({"render", in, "-o", wav, "--rate", "22050"});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        SF_INFO info{};
        SNDFILE *f = sf_open(wav.toLocal8Bit().constData(), SFM_READ, &info);
        QVERIFY(f);
        QCOMPARE(info.samplerate, 22050);
        QCOMPARE(info.channels, 2);
        const double seconds = double(info.frames) / info.samplerate;
        QVERIFY2(std::abs(seconds - (o["music_seconds"].toDouble() + 2.0)) < 0.05,
                 qPrintable(QString::number(seconds)));
        QVERIFY(o["music_seconds"].toDouble() > 40);
        std::vector<float> buf(size_t(info.frames) * 2);
        sf_readf_float(f, buf.data(), info.frames);
        sf_close(f);
        double sum = 0;
        for (float v : buf)
            sum += double(v) * v;
        QVERIFY(std::sqrt(sum / double(buf.size())) > 0.01);  // clearly not silent
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
