// Standard MIDI File reader, writer, format conversion, SmfInfo and Song
// conversion: round trips, malformed input, decoding rules, and the real
// corpora in $ATELIER_DATA checked against figures computed with python mido.

#include "../TestData.h"
#include "SmfTestBytes.h"
#include "midi/SmfInfo.h"
#include "midi/SmfReader.h"
#include "midi/SmfWriter.h"
#include "midi/SongConverter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace atelier::core;
using namespace atelier::test;

namespace {

SmfFile mustRead(const QByteArray &data)
{
    SmfError error;
    const auto file = SmfReader::read(data, &error);
    if (!file)
        qWarning("unexpected read failure: %s", qPrintable(error.message()));
    return file.value_or(SmfFile{});
}

Song sampleSong()
{
    Song song;
    song.ppq = 480;
    song.tempos = {{0, 120.0}, {1920, 96.5}, {3840, 133.333}};
    song.timeSignatures = {{0, 4, 4}, {3840, 6, 8}};
    Track piano;
    piano.name = QStringLiteral("Klavier – Flöte");
    piano.program = 0;
    piano.channel = 0;
    piano.volume = 0.8;
    piano.notes = {{60, 0, 480, 100}, {64, 0, 960, 90}, {60, 240, 480, 80},  // FIFO-consistent overlap
                   {60, 960, 1, 1}, {67, 960, 480, 127}, {60, 961, 479, 64}};  // end == next start
    piano.controls = {{0, 64, 127}, {480, ControlChange::kPitchBend, 0}, {900, 64, 0}, {960, 11, 100},
                      {960, ControlChange::kPitchBend, 8192}};  // pitch bend: lowest, then the centre
    Track bass;
    bass.name = QStringLiteral("Bass");
    bass.program = 33;
    bass.channel = 1;
    bass.volume = 0.5;
    bass.notes = {{36, 0, 1920, 110}, {43, 1920, 1920, 100}};
    Track drums;
    drums.program = 0;  // unnamed
    drums.channel = kDrumChannel;
    drums.volume = 1.0;
    drums.notes = {{36, 0, 60, 120}, {42, 0, 60, 70}, {38, 480, 60, 110}};
    song.tracks = {piano, bass, drums};
    return song;
}

// The reference figures of one corpus file (one CSV row).
struct CorpusRow {
    QString path;
    int type, tracks, tpb, notes, tempoEvents, timesigEvents;
    double seconds;
};

QList<CorpusRow> readCsv(const QString &csvPath, const QString &folder)
{
    QFile f(csvPath);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    const QStringList head = QString::fromUtf8(f.readLine()).trimmed().split(QLatin1Char(','));
    auto col = [&](const char *name) { return head.indexOf(QLatin1String(name)); };
    const int cFile = col("file"), cType = col("type"), cTracks = col("tracks"), cTpb = col("tpb"),
              cNotes = col("notes"), cSeconds = col("seconds"), cTempo = col("tempo_events"),
              cSig = col("timesig_events");
    QList<CorpusRow> rows;
    while (!f.atEnd()) {
        const QStringList c = QString::fromUtf8(f.readLine()).trimmed().split(QLatin1Char(','));
        if (c.size() < head.size())
            continue;
        rows.append({folder + QLatin1Char('/') + c[cFile], c[cType].toInt(), c[cTracks].toInt(),
                     c[cTpb].toInt(), c[cNotes].toInt(), c[cTempo].toInt(), c[cSig].toInt(),
                     c[cSeconds].toDouble()});
    }
    return rows;
}

} // namespace

class TestSmf : public QObject {
    Q_OBJECT

private slots:
    void nothingPastADay()
    {
        // 120 bpm, 480 ticks per quarter: 24 hours are 82,944,000 ticks.
        constexpr Tick day = Tick(24) * 3600 * 2 * 480;
        Song song;
        song.tempos = {{0, 120}};
        Track t;
        t.notes = {Note{60, 0, 480, 90}, Note{62, day - 480, 960, 90}, Note{64, day + 3600 * 960, 480, 90}};
        song.tracks = {t};
        int dropped = -1;
        const Song back = SongConverter::fromSmf(SongConverter::toSmf(song), &dropped);
        QCOMPARE(dropped, 1);
        QCOMPARE(back.tracks.size(), 1);
        QCOMPARE(back.tracks[0].notes.size(), 2);
        QCOMPARE(back.tracks[0].notes[1].start, day - 480);
        QCOMPARE(back.tracks[0].notes[1].end(), day);   // cut at the end of the day
        dropped = -1;
        SongConverter::fromSmf(SongConverter::toSmf(Song{}), &dropped);
        QCOMPARE(dropped, 0);
    }

    void aHeaderOnlyFileIsAnEmptySong()
    {
        // MThd, format 1, no tracks, 480 ticks per quarter: nothing after it.
        SmfError error;
        const auto file = SmfReader::read(header(1, 0, 480), &error);
        QVERIFY2(file, qPrintable(error.message()));
        QCOMPARE(file->tracks.size(), 0);
        QCOMPARE(file->ppq, 480);
        const Song song = SongConverter::fromSmf(*file);
        QCOMPARE(song.tracks.size(), 0);
    }

    // ---- (a) round trips ----------------------------------------------------
    void smfRoundTrip()
    {
        SmfFile file;
        file.format = 1;
        file.ppq = 96;
        SmfTrack meta;
        meta.events = {SmfEvent::trackName(0, QStringLiteral("Song")), SmfEvent::tempo(0, 500000),
                       SmfEvent::timeSignature(0, 3, 4), SmfEvent::meta(0, 0x7F, "\x00\x01\x02"),
                       SmfEvent::tempo(96, 400000), SmfEvent::endOfTrack(400)};
        SmfTrack music;
        music.events = {SmfEvent::sysEx(0, 0xF0, QByteArray("\x7E\x7F\x09\x01\xF7", 5)),
                        SmfEvent::sysEx(5, 0xF7, QByteArray("\x43\x12", 2)),
                        SmfEvent::channelMessage(10, 0xC3, 40),
                        SmfEvent::channelMessage(10, 0x93, 60, 100),
                        SmfEvent::channelMessage(20, 0x93, 62, 100),  // running status
                        SmfEvent::channelMessage(30, 0xE3, 0, 64),
                        SmfEvent::channelMessage(40, 0x83, 60, 64),
                        SmfEvent::channelMessage(40, 0x93, 62, 0),
                        SmfEvent::channelMessage(50, 0xD3, 33),
                        SmfEvent::channelMessage(2000000, 0xB3, 64, 0),  // 3-byte delta
                        SmfEvent::endOfTrack(2000000)};
        file.tracks = {meta, music};
        const QByteArray bytes = SmfWriter::write(file);
        QCOMPARE(mustRead(bytes), file);
        QCOMPARE(SmfWriter::write(mustRead(bytes)), bytes);

        const SmfFile type0 = toFormat0(file);
        QCOMPARE(type0.tracks.size(), 1);
        QCOMPARE(type0.tracks[0].events.size(), 16);  // 15 events + one End of Track for both
        QCOMPARE(mustRead(SmfWriter::write(type0)), type0);
        const SmfFile back = toFormat1(type0);
        QCOMPARE(back.tracks.size(), 2);  // meta track + channel 3
        QCOMPARE(mustRead(SmfWriter::write(back)), back);
        QCOMPARE(toFormat0(back), type0);
    }

    void writerAddsEndOfTrack()
    {
        SmfFile file;
        SmfTrack t;
        t.events = {SmfEvent::channelMessage(0, 0x90, 60, 1), SmfEvent::channelMessage(7, 0x80, 60, 0)};
        file.tracks = {t};
        const SmfFile back = mustRead(SmfWriter::write(file));
        QCOMPARE(back.tracks[0].events.size(), 3);
        QCOMPARE(back.tracks[0].events.last(), SmfEvent::endOfTrack(7));
    }

    void songRoundTrip_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("type 0") << 0;
        QTest::newRow("type 1") << 1;
    }
    void songRoundTrip()
    {
        QFETCH(int, format);
        const Song song = sampleSong();
        const SmfFile smf = SongConverter::toSmf(song, format);
        QCOMPARE(smf.format, format);
        QCOMPARE(smf.tracks.size(), format == 0 ? 1 : 4);
        const QByteArray bytes = SmfWriter::write(smf);
        const Song back = SongConverter::fromSmf(mustRead(bytes));
        QCOMPARE(back.tracks.size(), song.tracks.size());
        for (int i = 0; i < song.tracks.size(); ++i) {
            QCOMPARE(back.tracks[i].name, song.tracks[i].name);
            QCOMPARE(back.tracks[i].notes, song.tracks[i].notes);
            QCOMPARE(back.tracks[i].controls, song.tracks[i].controls);
            QCOMPARE(back.tracks[i], song.tracks[i]);
        }
        QCOMPARE(back.tempos, song.tempos);
        QCOMPARE(back.timeSignatures, song.timeSignatures);
        QVERIFY(back == song);
        QCOMPARE(SmfWriter::write(SongConverter::toSmf(back, format)), bytes);
    }

    void songWithoutTempoGets120()
    {
        Song song;
        const SmfFile smf = SongConverter::toSmf(song, 1);
        QCOMPARE(SmfInfo::fromSmf(smf).temposBpm, QList<double>{120.0});
        QCOMPARE(SongConverter::fromSmf(smf).tempos, (QList<TempoChange>{{0, 120.0}}));
    }

    void writeFileIsAtomicAndReadable()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("song.mid"));
        QString error;
        QVERIFY(SmfWriter::writeFile(SongConverter::toSmf(sampleSong()), path, &error));
        SmfError readError;
        const auto file = SmfReader::readFile(path, &readError);
        QVERIFY2(file, qPrintable(readError.message()));
        QVERIFY(SongConverter::fromSmf(*file) == sampleSong());
        QVERIFY(!SmfWriter::writeFile(*file, dir.filePath(QStringLiteral("no/such/dir/x.mid")), &error));
        QVERIFY(!error.isEmpty());
    }

    // ---- (b) malformed files -----------------------------------------------
    void malformed_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<QString>("reason");
        const QByteArray hdr = header(1, 1, 480);
        QTest::newRow("empty") << QByteArray() << 0ll << "empty";
        QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << 0ll << "not a MIDI file";
        QTest::newRow("text") << QByteArray("hello, this is text") << 0ll << "not a MIDI file";
        QTest::newRow("3 bytes") << QByteArray("MTh") << 3ll << "truncated header";
        QTest::newRow("truncated header") << hdr.left(10) << 4ll << "truncated header";
        QTest::newRow("header length 2") << QByteArray("MThd") + be32(2) + be16(0) + mtrk(endOfTrack()) << 4ll
                                         << "header length 2 is less than 6";
        QTest::newRow("format 3") << header(3, 1, 480) + mtrk(endOfTrack()) << 8ll << "unknown SMF format 3";
        QTest::newRow("smpte") << header(1, 1, 0xE728) + mtrk(endOfTrack()) << 12ll << "SMPTE";
        QTest::newRow("ppq 0") << header(1, 1, 0) + mtrk(endOfTrack()) << 12ll << "0 ticks per quarter";
        QTest::newRow("no track chunk") << hdr << 14ll << "declares 1 tracks but the file ends after 0";
        QTest::newRow("chunk header cut") << hdr + QByteArray("MTrk\0", 5) << 14ll << "truncated chunk header";
        QTest::newRow("track cut") << hdr + QByteArray("MTrk") + be32(20) + endOfTrack() << 18ll
                                   << "track chunk length 20 exceeds the 4 bytes left in the file";
        QTest::newRow("huge chunk") << hdr + QByteArray("MTrk") + be32(0x7FFFFFFF) + QByteArray(2, 0) << 18ll
                                    << "track chunk length 2147483647 exceeds the 2 bytes left";
        QTest::newRow("huge unknown chunk") << hdr + QByteArray("JUNK") + be32(0xFFFFFFFF) << 18ll
                                            << "chunk \"JUNK\" length 4294967295 exceeds";
        QTest::newRow("event past chunk end") << oneTrackFile(bytes({0x00, 0x90, 0x3C}), false)
                                              << qint64(kFirstTrackBody) << "runs past the end of the track chunk";
        QTest::newRow("meta past chunk end") << oneTrackFile(bytes({0x00, 0xFF, 0x03, 0x10, 'a', 'b'}), false)
                                             << qint64(kFirstTrackBody + 4) << "meta event 0x03 of 16 bytes runs past";
        QTest::newRow("delta cut") << oneTrackFile(bytes({0x00, 0x90, 0x3C, 0x40, 0x81}), false)
                                   << qint64(kFirstTrackBody + 4) << "delta time runs past the end";
        QTest::newRow("data before status") << oneTrackFile(bytes({0x00, 0x3C, 0x40})) << qint64(kFirstTrackBody + 1)
                                            << "before any status byte (running status";
        QTest::newRow("sysex cancels running status")
            << oneTrackFile(bytes({0x00, 0x90, 0x3C, 0x40, 0x00, 0xF0, 0x01, 0xF7, 0x00, 0x3C, 0x00}))
            << qint64(kFirstTrackBody + 9) << "running status";
        QTest::newRow("vlq 5 bytes") << oneTrackFile(bytes({0x81, 0x81, 0x81, 0x81, 0x00, 0x90, 0x3C, 0x40}))
                                     << qint64(kFirstTrackBody) << "longer than 4 bytes";
        QTest::newRow("meta length vlq 5 bytes") << oneTrackFile(bytes({0x00, 0xFF, 0x01, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F}))
                                                 << qint64(kFirstTrackBody + 3) << "length is a variable-length quantity longer than 4";
        QTest::newRow("data byte high bit") << oneTrackFile(bytes({0x00, 0x90, 0x3C, 0x90}))
                                            << qint64(kFirstTrackBody + 3) << "high bit";
        QTest::newRow("system common") << oneTrackFile(bytes({0x00, 0xF2, 0x00, 0x00}))
                                       << qint64(kFirstTrackBody + 1) << "0xF2 is not allowed";
    }
    void malformed()
    {
        QFETCH(QByteArray, data);
        QFETCH(qint64, offset);
        QFETCH(QString, reason);
        SmfError error;
        QVERIFY(!SmfReader::read(data, &error));
        QVERIFY2(error.reason.contains(reason), qPrintable(error.reason));
        QCOMPARE(error.offset, offset);
        QVERIFY(error.offset <= data.size());
        QVERIFY(SmfReader::read(data, nullptr) == std::nullopt);  // no error pointer is fine
    }

    void errorMessageNamesFileAndByte()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("song.mid"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(header(1, 1, 480) + QByteArray("MTrk") + be32(99999999) + QByteArray(512, 0));
        f.close();
        SmfError error;
        QVERIFY(!SmfReader::readFile(path, &error));
        QCOMPARE(error.message(), QStringLiteral("song.mid: byte 18: track chunk length 99999999 exceeds "
                                                 "the 512 bytes left in the file"));
        QVERIFY(!SmfReader::readFile(dir.filePath(QStringLiteral("missing.mid")), &error));
        QVERIFY(error.message().startsWith(QStringLiteral("missing.mid: no such file")));
        QCOMPARE(SmfError{}.message(), QString());
    }

    void hugeDeclaredLengthsFinishInstantly()
    {
        QElapsedTimer timer;
        timer.start();
        // 22 bytes: a header declaring 65535 tracks, then a 2 GB track chunk.
        const QByteArray declares2GB = header(1, 0xFFFF, 480) + QByteArray("MTrk") + be32(0x7FFFFFFF);
        QCOMPARE(declares2GB.size(), 22);
        SmfError error;
        QVERIFY(!SmfReader::read(declares2GB, &error));
        QCOMPARE(error.offset, 18);
        // 65535 declared tracks, each an empty chunk, then the file ends.
        QByteArray manyEmpty = header(1, 0xFFFF, 480);
        for (int i = 0; i < 3; ++i)
            manyEmpty += mtrk({});
        QVERIFY(!SmfReader::read(manyEmpty, &error));
        QVERIFY2(error.reason.contains(QStringLiteral("declares 65535 tracks but the file ends after 3")),
                 qPrintable(error.reason));
        // A meta event declaring 256 MB inside a small chunk.
        QVERIFY(!SmfReader::read(oneTrackFile(bytes({0x00, 0xFF, 0x01, 0xFF, 0xFF, 0xFF, 0x7F})), nullptr));
        QVERIFY(timer.elapsed() < 100);
    }

    void lenientWhereRealFilesNeedIt()
    {
        const QByteArray notes = bytes({0x00, 0x90, 0x3C, 0x40, 0x60, 0x80, 0x3C, 0x00});
        // Missing End of Track: the chunk end ends the track, and one is added.
        const SmfFile noEnd = mustRead(oneTrackFile(notes, false));
        QCOMPARE(noEnd.tracks[0].events.size(), 3);
        QCOMPARE(noEnd.tracks[0].events.last(), SmfEvent::endOfTrack(0x60));
        // Trailing garbage, unknown chunks, a longer header, bytes after End of Track.
        const QByteArray withJunk = QByteArray("MThd") + be32(8) + be16(0) + be16(1) + be16(96) + be16(0x1234)
            + chunk("XFIH", "abcd") + mtrk(notes + endOfTrack() + bytes({0x00, 0x00})) + QByteArray("garbage");
        const SmfFile junk = mustRead(withJunk);
        QCOMPARE(junk.format, 0);
        QCOMPARE(junk.ppq, 96);
        QCOMPARE(junk.tracks.size(), 1);
        QCOMPARE(junk.tracks[0], noEnd.tracks[0]);
        // Running status carries across a meta event.
        const SmfFile acrossMeta = mustRead(oneTrackFile(
            bytes({0x00, 0x90, 0x3C, 0x40, 0x00, 0xFF, 0x01, 0x01, 'x', 0x10, 0x3C, 0x00})));
        QCOMPARE(acrossMeta.tracks[0].events[2], SmfEvent::channelMessage(0x10, 0x90, 0x3C, 0));
        // RIFF RMID wrapper.
        const QByteArray smf = oneTrackFile(notes);
        QByteArray riff = QByteArray("RIFF") + QByteArray(4, 0) + QByteArray("RMID") + QByteArray("data");
        riff += char(smf.size()) + QByteArray(3, 0) + smf;
        QCOMPARE(mustRead(riff), mustRead(smf));
        // Type 2 is read as it is.
        QCOMPARE(mustRead(header(2, 1, 480) + mtrk(notes + endOfTrack())).format, 2);
    }

    void randomCorruptionNeverCrashes()
    {
        const QByteArray good = SmfWriter::write(SongConverter::toSmf(sampleSong()));
        QRandomGenerator rng(1234);
        int failures = 0;
        for (int i = 0; i < 3000; ++i) {
            QByteArray bad = good;
            if (i % 3 == 0)
                bad.truncate(rng.bounded(good.size()));
            for (int k = 0; k < 1 + i % 4; ++k)
                if (!bad.isEmpty())
                    bad[rng.bounded(bad.size())] = char(rng.bounded(256));
            SmfError error;
            if (!SmfReader::read(bad, &error)) {
                ++failures;
                QVERIFY(error.offset >= 0 && error.offset <= bad.size());
                QVERIFY(!error.reason.isEmpty());
            }
        }
        QVERIFY(failures > 0);
    }

    // ---- (c) decoding rules -------------------------------------------------
    void runningStatusAndVelocityZero()
    {
        // note-on C, running status: D on, C off (vel 0), D off (vel 0).
        const SmfFile f = mustRead(oneTrackFile(
            bytes({0x00, 0x91, 0x3C, 0x40, 0x60, 0x3E, 0x41, 0x60, 0x3C, 0x00, 0x00, 0x3E, 0x00})));
        const QList<SmfEvent> &ev = f.tracks[0].events;
        QCOMPARE(ev.size(), 5);
        QCOMPARE(ev[1], SmfEvent::channelMessage(0x60, 0x91, 0x3E, 0x41));
        QVERIFY(ev[2].isNoteOff() && !ev[2].isNoteOn());
        QCOMPARE(ev[3].tick, 0xC0);
        const Song song = SongConverter::fromSmf(f);
        QCOMPARE(song.tracks.size(), 1);
        QCOMPARE(song.tracks[0].channel, 1);
        QCOMPARE(song.tracks[0].notes, (QList<Note>{{0x3C, 0, 0xC0, 0x40}, {0x3E, 0x60, 0x60, 0x41}}));
        QCOMPARE(SmfInfo::fromSmf(f).notes, 2);
    }

    void overlappingUnterminatedAndZeroLength()
    {
        const SmfFile f = mustRead(oneTrackFile(bytes({
            0x00, 0x90, 60, 100,  // A on @0
            0x0A, 0x90, 60, 90,   // B on @10, same pitch
            0x0A, 0x80, 60, 0,    // off @20 closes A (first opened)
            0x0A, 0x90, 60, 0,    // off @30 closes B
            0x00, 0x90, 64, 80,   // C on @30, never closed
            0x0A, 0x90, 67, 70,   // D on @40
            0x00, 0x80, 67, 0,    // D off @40: zero length
            0x00, 0x80, 62, 0,    // off with nothing open: ignored
            0x3C, 0xFF, 0x2F, 0x00}), false));  // End of Track @100
        const Song song = SongConverter::fromSmf(f);
        QCOMPARE(song.tracks.size(), 1);
        QCOMPARE(song.tracks[0].notes,
                 (QList<Note>{{60, 0, 20, 100}, {60, 10, 20, 90}, {64, 30, 70, 80}, {67, 40, 1, 70}}));
    }

    void channelsNamesProgramsControls()
    {
        SmfTrack t;
        t.events = {SmfEvent::trackName(0, QStringLiteral("Band")),
                    SmfEvent::tempo(0, 600000), SmfEvent::tempo(0, 500000),  // same tick: last wins
                    SmfEvent::channelMessage(0, 0xB2, 0, 1), SmfEvent::channelMessage(0, 0xB2, 32, 3),
                    SmfEvent::channelMessage(0, 0xC2, 24), SmfEvent::channelMessage(0, 0xC2, 25),
                    SmfEvent::channelMessage(0, 0xB2, 7, 64), SmfEvent::channelMessage(0, 0xB2, 7, 10),
                    SmfEvent::channelMessage(0, 0xB2, 64, 127), SmfEvent::channelMessage(0, 0xE2, 0, 70),
                    SmfEvent::channelMessage(0, 0x99, 36, 100), SmfEvent::channelMessage(0, 0x92, 60, 100),
                    SmfEvent::channelMessage(48, 0x89, 36, 0), SmfEvent::channelMessage(96, 0x82, 60, 0),
                    SmfEvent::channelMessage(96, 0xB5, 64, 0),  // channel 5 has no notes: no track
                    SmfEvent::endOfTrack(96)};
        SmfFile f;
        f.format = 0;
        f.tracks = {t};
        const Song song = SongConverter::fromSmf(f);
        QCOMPARE(song.tempos, (QList<TempoChange>{{0, 120.0}}));
        QCOMPARE(song.tracks.size(), 2);
        const Track &keys = song.tracks[0];
        QCOMPARE(keys.name, QStringLiteral("Band (ch 3)"));
        QCOMPARE(keys.channel, 2);
        QCOMPARE(keys.program, 24);
        QCOMPARE(keys.volume, 0.5);  // CC7 64 -> 0.5 (shortest decimal that encodes to 64)
        // Pitch bend 0xE2 0 70: LSB 0, MSB 70 -> 70 * 128.
        QCOMPARE(keys.controls, (QList<ControlChange>{{0, 64, 127}, {0, ControlChange::kPitchBend, 8960}}));
        QCOMPARE(song.tracks[1].name, QStringLiteral("Band (ch 10)"));
        QCOMPARE(song.tracks[1].volume, 0.8);
        QCOMPARE(song.tracks[1].program, 0);

        const SmfFile split = toFormat1(f);
        QCOMPARE(split.tracks.size(), 4);  // meta + channels 2, 5, 9
        QCOMPARE(split.tracks[1].events.first().channel(), 2);
        QCOMPARE(split.tracks[3].events.last(), SmfEvent::endOfTrack(96));
    }

    void infoJson()
    {
        SmfFile f;
        f.ppq = 480;
        SmfTrack meta, music;
        meta.events = {SmfEvent::tempo(0, 500000), SmfEvent::timeSignature(0, 6, 8),
                       SmfEvent::tempo(960, 1000000), SmfEvent::endOfTrack(960)};
        music.events = {SmfEvent::channelMessage(0, 0x90, 60, 1), SmfEvent::channelMessage(0, 0x90, 62, 0),
                        SmfEvent::channelMessage(1200, 0x80, 60, 0), SmfEvent::endOfTrack(1440)};
        f.tracks = {meta, music};
        const SmfInfo info = SmfInfo::fromSmf(f);
        QCOMPARE(info.notes, 1);
        QCOMPARE(info.durationSeconds, 2.0);  // 960 ticks at 120 bpm + 480 at 60 bpm
        const QJsonObject json = info.toJson();
        QCOMPARE(json.keys(), (QStringList{"duration_seconds", "format", "notes", "ppq", "tempos_bpm",
                                           "time_signatures", "tracks"}));
        QCOMPARE(json[QStringLiteral("tracks")].toInt(), 2);
        QCOMPARE(json[QStringLiteral("tempos_bpm")].toArray(), (QJsonArray{120.0, 60.0}));
        QCOMPARE(json[QStringLiteral("time_signatures")].toArray(), QJsonArray{QStringLiteral("6/8")});
    }

    void quantizedValuesComeBackExactly()
    {
        for (double bpm : {120.0, 96.5, 133.333, 60.25, 200.0, 33.3})
            QCOMPARE(SongConverter::bpmFromMicroseconds(SongConverter::microsecondsFromBpm(bpm)), bpm);
        for (int percent = 0; percent <= 100; ++percent) {
            const double v = percent / 100.0;
            QCOMPARE(SongConverter::volumeFromCc(SongConverter::ccFromVolume(v)), v);
        }
        for (int cc = 0; cc <= 127; ++cc)
            QCOMPARE(SongConverter::ccFromVolume(SongConverter::volumeFromCc(cc)), cc);
    }

    // The chord lane travels as marker text; markers that are not chords stay out of it.
    void chordsTravelAsMarkers()
    {
        Song song;
        Track t{"Tune"};
        t.notes = {{69, 0, 960, 90}};
        song.tracks = {t};
        song.chords = {{0, *ChordSymbol::parse("Am")}, {1920, *ChordSymbol::parse("G7/B")},
                       {3840, ChordSymbol::noChord()}};
        SmfFile file = SongConverter::toSmf(song);
        int markers = 0;
        for (const SmfEvent &e : file.tracks.first().events)
            markers += e.isMeta(SmfEvent::kMetaMarker) ? 1 : 0;
        QCOMPARE(markers, 3);
        file.tracks.first().events.insert(1, SmfEvent::meta(960, SmfEvent::kMetaMarker, "Chorus"));
        QCOMPARE(SongConverter::fromSmf(file).chords, song.chords);
        QCOMPARE(SongConverter::fromSmf(SongConverter::toSmf(song, 0)).chords, song.chords);   // type 0 too
    }

    // ---- (d) the real corpora -----------------------------------------------
    void corpusMatchesMido_data()
    {
        QTest::addColumn<QString>("csv");
        QTest::addColumn<QString>("folder");
        QTest::newRow("nottingham melody") << "nottingham/mido_stats_melody.csv" << "nottingham/melody";
        QTest::newRow("nottingham melody_chords") << "nottingham/mido_stats_melody_chords.csv"
                                                  << "nottingham/melody_chords";
        QTest::newRow("asap-maestro") << "asap-maestro-subset/mido_stats.csv" << "asap-maestro-subset";
    }
    void corpusMatchesMido()
    {
        QFETCH(QString, csv);
        QFETCH(QString, folder);
        const QString data = qEnvironmentVariable("ATELIER_DATA");
        const QDir midi(data + QStringLiteral("/data/midi"));
        if (data.isEmpty() || !midi.exists())
            ATELIER_SKIP_OR_FAIL("ATELIER_DATA/data/midi not found: set ATELIER_DATA to the shared data folder");
        const QList<CorpusRow> rows = readCsv(midi.filePath(csv), midi.filePath(folder));
        QVERIFY2(rows.size() > 100, qPrintable(QStringLiteral("too few rows in %1").arg(csv)));
        for (const CorpusRow &row : rows) {
            const QString name = QFileInfo(row.path).fileName();
            SmfError error;
            const auto file = SmfReader::readFile(row.path, &error);
            QVERIFY2(file, qPrintable(error.message()));
            const SmfInfo info = SmfInfo::fromSmf(*file);
            auto where = [&](const char *what) { return qPrintable(name + QStringLiteral(": ") + QLatin1String(what)); };
            QVERIFY2(info.format == row.type, where("type"));
            QVERIFY2(info.tracks == row.tracks, where("tracks"));
            QVERIFY2(info.ppq == row.tpb, where("tpb"));
            QVERIFY2(info.notes == row.notes, where("notes"));
            QVERIFY2(info.temposBpm.size() == row.tempoEvents, where("tempo_events"));
            QVERIFY2(info.timeSignatures.size() == row.timesigEvents, where("timesig_events"));
            QVERIFY2(qAbs(info.durationSeconds - row.seconds) <= 0.01 + 1e-9,
                     qPrintable(QStringLiteral("%1: seconds %2, mido %3").arg(name).arg(info.durationSeconds).arg(row.seconds)));

            // Byte round trip, and every note-on becomes exactly one Song note.
            QVERIFY2(mustRead(SmfWriter::write(*file)) == *file, where("SMF round trip"));
            const Song song = SongConverter::fromSmf(*file);
            qsizetype songNotes = 0;
            for (const Track &t : song.tracks)
                songNotes += t.notes.size();
            QVERIFY2(songNotes == row.notes, where("Song note count"));
            Song expected = song;
            if (expected.tempos.isEmpty())
                expected.tempos = {{0, 120.0}};  // toSmf writes the default tempo
            const Song back = SongConverter::fromSmf(mustRead(SmfWriter::write(SongConverter::toSmf(song))));
            QVERIFY2(back == expected, where("Song round trip"));
        }
    }
};

QTEST_GUILESS_MAIN(TestSmf)
#include "test_smf.moc"
