// Bake: the Sound-Morph panel's current morph becomes the instrument of a
// piano-roll track, as one undo step; playback then plays that track's
// channel with a timbre voice engine, the track list names the sound, a
// project keeps it, and choosing a GM instrument goes back to the synth.

#include "FakeTimbreModel.h"
#include "main/FileController.h"
#include "main/MainWindow.h"
#include "timbre/MorphPanel.h"

#include "audio/AudioEngine.h"
#include "audio/NullAudioDevice.h"
#include "document/SongDocument.h"
#include "document/TrackListModel.h"
#include "project/DataPaths.h"
#include "sketch/SketchDocument.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace atelier;

class TestBake : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_modelPath;
    std::shared_ptr<test::FakeTimbreModel> m_model = std::make_shared<test::FakeTimbreModel>();
    std::unique_ptr<core::SongDocument> m_doc;
    std::unique_ptr<core::SketchDocument> m_sketch;
    std::unique_ptr<core::AudioEngine> m_engine;
    std::unique_ptr<ui::MainWindow> m_window;

    core::timbre::TimbreModelLoader loader()
    {
        return [this](const QString &path, QString *error) -> std::shared_ptr<const core::timbre::ITimbreModel> {
            // The model file, or its copy in the user's model folder (see bakeIntoANewTrack).
            if (QFileInfo(path).fileName() != QFileInfo(m_modelPath).fileName() || !QFileInfo(path).isFile()) {
                *error = path + ": unknown";
                return nullptr;
            }
            return m_model;
        };
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir(core::DataPaths::userModelDir()).removeRecursively();
        m_modelPath = m_dir.filePath("fake.timbre.json");
        QFile f(m_modelPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        m_doc = std::make_unique<core::SongDocument>();
        m_sketch = std::make_unique<core::SketchDocument>();
        m_engine = std::make_unique<core::AudioEngine>(std::make_unique<core::NullAudioDevice>());
        QString error;
        QVERIFY2(m_engine->start(core::AudioSettings{}, &error), qPrintable(error));
        m_window = std::make_unique<ui::MainWindow>(m_doc.get(), m_sketch.get(), m_engine.get(), nullptr,
                                                    core::SketchModelLoader{}, core::MusicModelLoader{},
                                                    core::TrainingJobFactory{}, loader());
        m_window->files()->newSong();
        m_window->morphPanel()->setModelFiles({m_modelPath});
        QVERIFY(m_window->morphPanel()->hasModel());
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_engine.reset();
    }

    void bakeIntoANewTrack()
    {
        ui::MorphPanel *panel = m_window->morphPanel();
        panel->setMorphPoint(0.25, 0.0);  // Flute 3/4, Trumpet 1/4
        const core::TrackSound sound = panel->bakedSound();
        // Not on the search path: copied into the user's model folder, and named by its file name.
        QCOMPARE(sound.model, QStringLiteral("fake.timbre.json"));
        QVERIFY(QFileInfo::exists(QDir(core::DataPaths::userModelDir()).filePath("fake.timbre.json")));
        QCOMPARE(sound.z.size(), 2);
        QCOMPARE(sound.z[0], panel->currentZ()[0]);
        QVERIFY2(sound.name.contains("Flute") && sound.name.contains("Trumpet"), qPrintable(sound.name));

        const int tracks = m_doc->trackCount();
        const int undoCount = m_doc->undoStack()->count();
        QVERIFY(m_window->bakeSound(-1, "Flumpet"));
        QCOMPARE(m_doc->trackCount(), tracks + 1);
        QCOMPARE(m_doc->undoStack()->count(), undoCount + 1);  // one step
        const core::Track &t = m_doc->song().tracks.last();
        QCOMPARE(t.sound.name, QString("Flumpet"));
        QCOMPARE(t.name, QString("Flumpet"));
        QVERIFY(m_engine->channelInstruments()[std::size_t(t.channel)]);

        const core::TrackListModel model(m_doc.get());
        const QString shown = model.index(m_doc->trackCount() - 1, core::TrackListModel::ProgramColumn).data().toString();
        QVERIFY2(shown.contains("Flumpet") && shown.contains("Sound Morph"), qPrintable(shown));

        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->trackCount(), tracks);
        const auto instruments = m_engine->channelInstruments();   // (a copy: one array for begin and end)
        QVERIFY(std::none_of(instruments.begin(), instruments.end(), [](const auto &p) { return bool(p); }));
        m_doc->undoStack()->redo();
        QCOMPARE(m_doc->trackCount(), tracks + 1);
        QVERIFY(m_engine->channelInstruments()[std::size_t(m_doc->song().tracks.last().channel)]);
    }

    void bakeIntoATrackAndBack()
    {
        QVERIFY(m_doc->trackCount() >= 1);
        core::Track first = m_doc->song().tracks[0];
        QVERIFY(first.sound.isEmpty());
        QVERIFY(m_window->bakeSound(0));
        first = m_doc->song().tracks[0];
        QVERIFY(!first.sound.isEmpty());
        QVERIFY(m_engine->channelInstruments()[std::size_t(first.channel)]);

        // The project keeps it.
        const QString path = m_dir.filePath("baked.atelier");
        QString error;
        QVERIFY2(m_window->files()->saveFile(path, &error), qPrintable(error));
        QVERIFY2(m_window->files()->openFile(path, &error), qPrintable(error));
        QCOMPARE(m_doc->song().tracks[0].sound, first.sound);
        QVERIFY(m_engine->channelInstruments()[std::size_t(first.channel)]);

        // Another GM instrument in the track list goes back to the synth, undoably.
        core::TrackListModel model(m_doc.get());
        const QModelIndex program = model.index(0, core::TrackListModel::ProgramColumn);
        QVERIFY(model.setData(program, (first.program + 1) % 128, Qt::EditRole));
        QVERIFY(m_doc->song().tracks[0].sound.isEmpty());
        QVERIFY(!m_engine->channelInstruments()[std::size_t(first.channel)]);
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->song().tracks[0].sound, first.sound);
    }

    void bakedTrackGetsAChannelOfItsOwn()
    {
        // Two tracks share channel 1; baking into one moves it to a free channel.
        int shared = -1;  // a channel no track uses yet
        for (int c = 0; c < 16 && shared < 0; ++c) {
            bool used = c == core::kDrumChannel;
            for (const core::Track &t : m_doc->song().tracks) used = used || t.channel == c;
            if (!used) shared = c;
        }
        QVERIFY(shared >= 0);
        core::Track a{"Shared A"}, b{"Shared B"};
        a.channel = b.channel = shared;
        m_doc->requestAddTrack(a, m_doc->trackCount());
        m_doc->requestAddTrack(b, m_doc->trackCount());
        const int ia = m_doc->trackCount() - 2;
        QVERIFY(m_window->bakeSound(ia));
        const QList<core::Track> &tracks = m_doc->song().tracks;
        QVERIFY(tracks[ia].channel != shared);
        QVERIFY(tracks[ia].channel != core::kDrumChannel);
        for (int i = 0; i < tracks.size(); ++i)
            if (i != ia) QVERIFY(tracks[i].channel != tracks[ia].channel);
        QCOMPARE(tracks[ia + 1].channel, shared);
        QVERIFY(!m_engine->channelInstruments()[std::size_t(shared)]);  // B keeps its synth
        // A new baked track never shares a channel either.
        QVERIFY(m_window->bakeSound(-1));
        const int last = m_doc->trackCount() - 1;
        for (int i = 0; i < last; ++i) QVERIFY(m_doc->song().tracks[i].channel != m_doc->song().tracks[last].channel);
    }

    void missingModelPlaysTheProgram()
    {
        core::Track t = m_doc->song().tracks[0];
        t.sound.model = "gone.timbre.json";
        QVERIFY(m_doc->requestChangeTrack(0, t, "break"));
        QVERIFY(!m_engine->channelInstruments()[std::size_t(t.channel)]);
        m_doc->undoStack()->undo();
        QVERIFY(m_engine->channelInstruments()[std::size_t(t.channel)]);
    }
};

QTEST_MAIN(TestBake)
#include "test_bake.moc"
