#include "live/ThruController.h"

#include "audio/AudioEngine.h"
#include "document/NoteModel.h"
#include "document/SongDocument.h"
#include "live/TrackThru.h"

#include <QAction>
#include <QSettings>

namespace atelier::ui {

namespace {
const char *const kThruKey = "midi/thru";
}

ThruController::ThruController(core::SongDocument *doc, core::AudioEngine *engine, core::NoteModel *notes,
                               QObject *parent)
    : QObject(parent), m_doc(doc), m_engine(engine), m_notes(notes)
{
    m_action = new QAction(tr("Play &Tracks from MIDI Input"), this);
    m_action->setObjectName("thruAction");
    m_action->setCheckable(true);
    m_action->setToolTip(tr("What comes in on the MIDI input (a DAW playing into \"Atelier In\", a keyboard) plays "
                            "the track on its channel, or the selected track when no track uses that channel"));
    m_action->setChecked(QSettings().value(kThruKey, true).toBool());
    connect(m_action, &QAction::toggled, this, [this](bool on) {
        QSettings().setValue(kThruKey, on);
        update();
    });
    connect(m_doc, &core::SongDocument::changed, this, [this] {
        if (m_thru)
            m_thru->setSong(m_doc->song());
    });
    connect(m_notes, &core::NoteModel::trackSwitched, this, [this](int track) {
        if (m_thru)
            m_thru->setFallbackTrack(track);
    });
}

ThruController::~ThruController() = default;

void ThruController::setHub(core::MidiInputHub *hub)
{
    m_thru.reset();   // stops listening to the old hub
    if (!hub)
        return;
    m_thru = std::make_unique<core::TrackThru>(*hub, m_engine->liveOutput(), m_engine->clock());
    m_thru->setSong(m_doc->song());
    m_thru->setFallbackTrack(m_notes->track());
    update();
}

void ThruController::setBusy(const QString &who, bool busy)
{
    if (busy)
        m_busy.insert(who);
    else
        m_busy.remove(who);
    update();
}

bool ThruController::isListening() const
{
    return m_thru && m_thru->isActive();
}

void ThruController::update()
{
    if (m_thru)
        m_thru->setActive(m_action->isChecked() && m_busy.isEmpty());
}

} // namespace atelier::ui
