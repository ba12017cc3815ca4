#pragma once
// PersonaliseActions: Make It Mine in the menus. Sketch ▸ Train a Drawing
// Model…; Sketch ▸ Keep Drawing for Make It Mine (the canvas's own strokes,
// not the model's, join the user's drawing collection,
// core::DrawingCollection); Sketch ▸ Make It Mine… (the training dialog set
// to personalise the canvas's model on that collection; fewer than ten
// drawings kept says how many more are needed); Music ▸ Make It Mine… (the
// current song, written as MIDI to the user's folder, personalises the
// model chosen in Continue, melody or performance; the bundled melody model
// when none can be loaded). What happened goes to `say` (the status bar).

#include "sketch/Sketch.h"

#include <QObject>
#include <functional>

class QMenu;
class QWidget;

namespace atelier::core { struct Song; class SongDocument; }

namespace atelier::ui {

class ContinuePanel;
class ModelDialogs;
class SketchEditor;

class PersonaliseActions : public QObject {
    Q_OBJECT
public:
    struct MusicModelChoice {
        QString path;
        QString kind;   // "melody" | "performance"
    };
    struct Sources {
        std::function<core::Sketch()> sketch;         // the canvas
        std::function<QString()> sketchModel;         // the canvas's model file
        std::function<core::Song()> song;             // the song in the piano roll
        std::function<MusicModelChoice()> musicModel; // the music model to start from ({} = the bundled melody one)
    };
    using Say = std::function<void(const QString &)>;
    // Adds the actions to the two menus; collection empty: the user's drawing collection.
    PersonaliseActions(QMenu *sketchMenu, QMenu *musicMenu, ModelDialogs *dialogs, Sources sources, Say say,
                       QWidget *parent, const QString &collection = {});

    // The studio's sources: the sketch editor's canvas and model, the song
    // document, the Continue panel's model.
    static Sources sourcesOf(SketchEditor *sketch, core::SongDocument *song, ContinuePanel *continuePanel);

    int keepDrawing();          // the number of drawings kept afterwards, -1 on failure
    bool makeSketchMine();      // false: too few drawings (said why)
    bool makeMusicMine();       // false: the song could not be written (said why)
    QString collectionPath() const { return m_collection; }
    QString musicFolder() const;   // where Make It Mine writes the song

private:
    ModelDialogs *m_dialogs;
    Sources m_sources;
    Say m_say;
    QWidget *m_parent;
    QString m_collection;
};

} // namespace atelier::ui
