#include "common/AuditionPlayer.h"

#include "audio/AudioEngine.h"
#include "document/SongDocument.h"

#include <QTimer>

namespace atelier::ui {

AuditionPlayer::AuditionPlayer(core::AudioEngine *engine, core::SongDocument *doc, QObject *parent)
    : QObject(parent), m_engine(engine), m_doc(doc), m_watch(new QTimer(this))
{
    m_watch->setInterval(200);
    connect(m_watch, &QTimer::timeout, this, [this] {
        if (!m_playing)
            return;
        if (m_engine->isPlaying()) {
            m_started = true;
            if (m_end > 0 && m_engine->playhead() >= m_end)
                stop();
        }
        else if (m_started || ++m_idleTicks > 10)
            stop();
    });
}

AuditionPlayer::~AuditionPlayer()
{
    if (m_playing) {
        m_engine->stop();
        m_engine->setSong(m_doc->song());
    }
}

bool AuditionPlayer::play(const core::Song &song, core::Tick from, QString *why, core::Tick to)
{
    m_end = to;
    core::Song preview = song;
    preview.loop = {};
    m_playing = true;
    m_engine->stop();
    m_engine->setSong(preview);
    m_engine->locate(from);
    m_engine->play();
    m_started = false;
    m_idleTicks = 0;
    m_watch->start();
    if (!m_engine->isRunning()) {
        if (why)
            *why = tr("No audio output: %1").arg(m_engine->statusText());
        return false;
    }
    return true;
}

void AuditionPlayer::stop()
{
    if (!m_playing)
        return;
    m_playing = false;
    m_watch->stop();
    m_engine->stop();
    m_engine->setSong(m_doc->song());
    emit stopped();
}

} // namespace atelier::ui
