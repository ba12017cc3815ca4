// Export Audio's choices and the file they give: the range (song, loop,
// selected notes, bars), sample rate, bit depth and type (FLAC only for 16 and
// 24 bits), remembered for next time; the studio's render writes exactly the
// chosen bars (read back with libsndfile).

#include "document/SongDocument.h"
#include "main/ExportAudioDialog.h"
#include "main/FileController.h"
#include "sketch/SketchDocument.h"

#include <QComboBox>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <sndfile.h>

using namespace atelier;
using ui::ExportAudioDialog;

class TestExportAudio : public QObject {
    Q_OBJECT

    // 4/4 at 120 bpm, 480 ppq: a bar is 1920 ticks and 2 s. Bar 1 is silent, bars 2 to 4 quarter
    // notes: a render of the wrong bars starts silent.
    static core::Song song()
    {
        core::Song s;
        s.tempos = {{0, 120}};
        s.timeSignatures = {{0, 4, 4}};
        core::Track t{"Piano"};
        for (int i = 4; i < 16; ++i)
            t.notes.append(core::Note{60 + i % 5, core::Tick(i) * 480, 480, 100});
        s.tracks = {t};
        s.loop = {1920, 3840, false};
        return s;
    }

    static bool enabled(QComboBox *combo, int index)
    {
        return qobject_cast<QStandardItemModel *>(combo->model())->item(index)->isEnabled();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);   // a private QSettings
        QCoreApplication::setOrganizationName("AtelierTest");
        QCoreApplication::setApplicationName("test_export_audio");
        QSettings().clear();
    }

    void rangesFollowWhatTheSongHas()
    {
        core::Song noLoop = song();
        noLoop.loop = {};
        ExportAudioDialog plain(noLoop, {});
        QVERIFY(!enabled(plain.rangeCombo(), ExportAudioDialog::LoopRegion));
        QVERIFY(!enabled(plain.rangeCombo(), ExportAudioDialog::Selection));
        QCOMPARE(plain.lastBar()->value(), 4);
        const core::RenderOptions whole = plain.options();
        QVERIFY(!whole.loopRegionOnly);
        QVERIFY(whole.rangeEnd <= whole.rangeStart);

        ExportAudioDialog dialog(song(), {960, 2400});
        QVERIFY(enabled(dialog.rangeCombo(), ExportAudioDialog::LoopRegion));
        dialog.rangeCombo()->setCurrentIndex(ExportAudioDialog::LoopRegion);
        QVERIFY(dialog.options().loopRegionOnly);
        dialog.rangeCombo()->setCurrentIndex(ExportAudioDialog::Selection);
        QCOMPARE(dialog.options().rangeStart, core::Tick(960));
        QCOMPARE(dialog.options().rangeEnd, core::Tick(2400));
        dialog.rangeCombo()->setCurrentIndex(ExportAudioDialog::Bars);
        QVERIFY(dialog.firstBar()->isEnabled());
        dialog.firstBar()->setValue(2);
        dialog.lastBar()->setValue(3);
        QCOMPARE(dialog.options().rangeStart, core::Tick(1920));   // bar 2 starts after one 4/4 bar
        QCOMPARE(dialog.options().rangeEnd, core::Tick(5760));     // bar 3 ends where bar 4 starts
        dialog.lastBar()->setValue(1);                             // the first bar follows
        QCOMPARE(dialog.firstBar()->value(), 1);
    }

    void flacIsSixteenOrTwentyFourBits()
    {
        ExportAudioDialog dialog(song(), {});
        dialog.bitsCombo()->setCurrentIndex(2);   // 32-bit float
        QCOMPARE(dialog.options().sampleFormat, core::SampleFormat::Float32);
        dialog.typeCombo()->setCurrentIndex(1);   // FLAC
        QCOMPARE(dialog.suffix(), QStringLiteral("flac"));
        QVERIFY(!enabled(dialog.bitsCombo(), 2));
        QCOMPARE(dialog.options().sampleFormat, core::SampleFormat::Pcm24);
        QCOMPARE(dialog.options().container, core::AudioContainer::Flac);
    }

    void choicesAreRemembered()
    {
        {
            ExportAudioDialog dialog(song(), {});
            dialog.rateCombo()->setCurrentIndex(dialog.rateCombo()->findData(48000));
            dialog.bitsCombo()->setCurrentIndex(1);
            dialog.typeCombo()->setCurrentIndex(1);
            dialog.accept();
        }
        ExportAudioDialog again(song(), {});
        QCOMPARE(again.options().sampleRate, 48000);
        QCOMPARE(again.options().sampleFormat, core::SampleFormat::Pcm24);
        QCOMPARE(again.suffix(), QStringLiteral("flac"));
    }

    void theStudioRendersTheChosenBars()
    {
        core::SongDocument doc;
        doc.resetSong(song());
        core::SketchDocument sketch;
        QWidget window;
        ui::FileController files(&doc, &sketch, nullptr, &window);
        QTemporaryDir dir;
        const QString path = dir.filePath("bars 2-3.flac");
        ExportAudioDialog dialog(song(), {});
        dialog.rangeCombo()->setCurrentIndex(ExportAudioDialog::Bars);
        dialog.firstBar()->setValue(2);
        dialog.lastBar()->setValue(3);
        dialog.rateCombo()->setCurrentIndex(dialog.rateCombo()->findData(48000));
        dialog.typeCombo()->setCurrentIndex(1);
        dialog.bitsCombo()->setCurrentIndex(1);
        QVERIFY(files.renderAudio(path, dialog.options()));
        SF_INFO info{};
        SNDFILE *f = sf_open(QFile::encodeName(path).constData(), SFM_READ, &info);
        QVERIFY(f);
        QCOMPARE(info.format, SF_FORMAT_FLAC | SF_FORMAT_PCM_24);
        QCOMPARE(info.samplerate, 48000);
        QCOMPARE(info.frames, sf_count_t((4 + 2) * 48000));   // two 2-second bars and the 2 s tail
        std::vector<float> buf(std::size_t(info.frames) * 2);
        QCOMPARE(sf_readf_float(f, buf.data(), info.frames), info.frames);
        sf_close(f);
        double music = 0, end = 0, first = 0;
        for (std::size_t i = 0; i < std::size_t(4 * 48000 * 2); ++i)
            music += double(buf[i]) * buf[i];
        for (std::size_t i = 0; i < std::size_t(48000 * 2 / 2); ++i)   // its first half second: bar 2 sounds
            first += double(buf[i]) * buf[i];
        QVERIFY(std::sqrt(first / (48000 * 2 / 2)) > 0.01);
        for (std::size_t i = buf.size() - 4800; i < buf.size(); ++i)   // the last 50 ms of the tail
            end += double(buf[i]) * buf[i];
        QVERIFY(std::sqrt(music / (4 * 48000 * 2)) > 0.01);
        QVERIFY(end / 4800 < music / (4 * 48000 * 2));
        QVERIFY(!QFile::exists(path + ".part"));
    }
};

QTEST_MAIN(TestExportAudio)
#include "test_export_audio.moc"
