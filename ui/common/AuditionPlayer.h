#pragma once
// AuditionPlayer: plays a song that is not the document's (a variation with
// its context, one side of a blind comparison) through the studio's audio
// engine, and gives the engine the document's song back when it stops:
// by stop(), or when the engine has played to the end. The engine starts on
// its audio thread, so the end is taken from a stop only after the engine
// was seen playing, or 2 s after play() (no audio: nothing will play).

#include "document/Song.h"

#include <QObject>

class QTimer;

namespace atelier::core {
class AudioEngine;
class SongDocument;
} // namespace atelier::core

namespace atelier::ui {

class AuditionPlayer : public QObject {
    Q_OBJECT
public:
    AuditionPlayer(core::AudioEngine *engine, core::SongDocument *doc, QObject *parent = nullptr);
    ~AuditionPlayer() override;

    // Plays `song` from `from` (to `to`, when given; else to its end); false
    // when the engine has no audio output (then *why says so, and it plays
    // nothing audible).
    bool play(const core::Song &song, core::Tick from, QString *why = nullptr, core::Tick to = 0);
    void stop();
    bool isPlaying() const { return m_playing; }

signals:
    void stopped();   // by stop() or at the end

private:
    core::AudioEngine *m_engine;
    core::SongDocument *m_doc;
    QTimer *m_watch;
    core::Tick m_end = 0;
    bool m_playing = false, m_started = false;
    int m_idleTicks = 0;
};

} // namespace atelier::ui
