#pragma once
// ThruController: "Play Tracks from MIDI Input" (Transport menu, on by
// default and remembered). While on, what comes in on the studio's MIDI
// input plays the song's tracks by channel (core::TrackThru): a DAW playing
// into "Atelier In" on several channels plays several tracks, a keyboard
// plays the track on its channel, or the selected track when no track uses
// that channel. It keeps quiet while another instrument takes the input:
// while recording (the armed track is heard), while the duet runs and while
// the Sound Morph page is shown.

#include <QObject>
#include <QSet>
#include <memory>

class QAction;

namespace atelier::core {
class AudioEngine;
class MidiInputHub;
class NoteModel;
class SongDocument;
class TrackThru;
} // namespace atelier::core

namespace atelier::ui {

class ThruController : public QObject {
    Q_OBJECT
public:
    ThruController(core::SongDocument *doc, core::AudioEngine *engine, core::NoteModel *notes, QObject *parent);
    ~ThruController() override;

    // The studio's input (null: none, before the app tears it down).
    void setHub(core::MidiInputHub *hub);
    QAction *action() const { return m_action; }
    // Someone else plays the input (`who`: "record", "duet", "morph").
    void setBusy(const QString &who, bool busy);
    bool isListening() const;
    core::TrackThru *thru() const { return m_thru.get(); }

private:
    void update();

    core::SongDocument *m_doc;
    core::AudioEngine *m_engine;
    core::NoteModel *m_notes;
    std::unique_ptr<core::TrackThru> m_thru;
    QAction *m_action;
    QSet<QString> m_busy;
};

} // namespace atelier::ui
