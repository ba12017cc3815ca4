#include "main/PersonaliseActions.h"

#include "main/ModelDialogs.h"
#include "music/ContinuePanel.h"
#include "sketch/SketchCanvas.h"
#include "sketch/SketchEditor.h"
#include "sketch/SketchModelPanel.h"

#include "document/SongDocument.h"
#include "sketch/SketchDocument.h"

#include "document/Song.h"
#include "project/DataPaths.h"
#include "project/DrawingCollection.h"
#include "project/SongFiles.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>

namespace atelier::ui {

namespace {
constexpr int kMinDrawings = 10;   // SketchPersonaliser::kMinExamples
}

PersonaliseActions::PersonaliseActions(QMenu *sketchMenu, QMenu *musicMenu, ModelDialogs *dialogs, Sources sources,
                                       Say say, QWidget *parent, const QString &collection)
    : QObject(parent), m_dialogs(dialogs), m_sources(std::move(sources)), m_say(std::move(say)), m_parent(parent),
      m_collection(collection.isEmpty() ? core::DrawingCollection::defaultPath() : collection)
{
    if (sketchMenu) {
        sketchMenu->addSeparator();
        sketchMenu->addAction(tr("&Train a Drawing Model…"), this, [this] { m_dialogs->showTraining(QStringLiteral("sketch")); });
        QAction *keep = sketchMenu->addAction(tr("&Keep Drawing for Make It Mine"), this, [this] { keepDrawing(); });
        keep->setObjectName("keepDrawing");
        keep->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_K));
        keep->setToolTip(tr("Add the strokes you drew on the canvas to your drawings (at least ten make a model yours)"));
        sketchMenu->addAction(tr("&Make It Mine…"), this, [this] { makeSketchMine(); })->setObjectName("makeSketchMine");
    }
    if (musicMenu)
        musicMenu->addAction(tr("Make It &Mine…"), this, [this] { makeMusicMine(); })->setObjectName("makeMusicMine");
}

PersonaliseActions::Sources PersonaliseActions::sourcesOf(SketchEditor *sketch, core::SongDocument *song,
                                                          ContinuePanel *continuePanel)
{
    Sources s;
    s.sketch = [sketch] { return sketch->canvas()->document()->sketch(); };
    s.sketchModel = [sketch] { return sketch->modelPanel()->modelCombo()->currentData().toString(); };
    s.song = [song] { return song->song(); };
    s.musicModel = [continuePanel] {
        const std::shared_ptr<const core::IMusicModel> model = continuePanel->currentModel();
        if (!model)
            return MusicModelChoice{};
        return MusicModelChoice{continuePanel->modelCombo()->currentData().toString(),
                                model->kind() == core::MusicModelKind::Melody ? QStringLiteral("melody")
                                                                               : QStringLiteral("performance")};
    };
    return s;
}

QString PersonaliseActions::musicFolder() const
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("my-music"));
}

int PersonaliseActions::keepDrawing()
{
    QString error;
    const int kept = core::DrawingCollection::add(m_collection, m_sources.sketch(), &error);
    if (kept < 0) {
        m_say(tr("Not kept: %1").arg(error));
        return -1;
    }
    m_say(kept < kMinDrawings
              ? tr("Kept: you have %n drawing(s); %1 more and a model can learn your style (Sketch ▸ Make It Mine).",
                   nullptr, kept).arg(kMinDrawings - kept)
              : tr("Kept: you have %n drawing(s) for Make It Mine.", nullptr, kept));
    return kept;
}

bool PersonaliseActions::makeSketchMine()
{
    const int kept = core::DrawingCollection::count(m_collection);
    if (kept < kMinDrawings) {
        const QString why = tr("Make It Mine learns from at least %1 of your drawings; you have kept %2. Draw one, "
                               "choose Sketch ▸ Keep Drawing for Make It Mine, clear the canvas, and draw the next.")
                                .arg(kMinDrawings)
                                .arg(kept);
        m_say(why);
        if (m_parent && m_parent->isVisible())
            QMessageBox::information(m_parent, tr("Make It Mine"), why);
        return false;
    }
    m_dialogs->showPersonalising(QStringLiteral("sketch"), m_sources.sketchModel(), m_collection);
    return true;
}

bool PersonaliseActions::makeMusicMine()
{
    QDir().mkpath(musicFolder());
    const QString path = QDir(musicFolder()).filePath(QStringLiteral("current-song.mid"));
    QString error;
    if (!core::SongFiles::exportMidi(m_sources.song(), path, 1, &error)) {
        m_say(tr("Make It Mine: cannot write the song (%1)").arg(error));
        return false;
    }
    MusicModelChoice base = m_sources.musicModel ? m_sources.musicModel() : MusicModelChoice{};
    if (base.path.isEmpty())
        base = {core::DataPaths::modelFiles(QStringLiteral("melody-lstm.music.json")).value(0), QStringLiteral("melody")};
    m_dialogs->showPersonalising(base.kind, base.path, musicFolder());
    const QString name = QFileInfo(base.path).fileName().remove(QStringLiteral(".music.json"));
    m_say(tr("Make It Mine: %1 learns from the song in %2 (add more of your MIDI files there).")
              .arg(name, musicFolder()));
    return true;
}

} // namespace atelier::ui
