#include "live/RecordController.h"
#include "common/Theme.h"

#include "audio/AudioEngine.h"
#include "document/BarGrid.h"
#include "document/NoteModel.h"
#include "document/SongDocument.h"
#include "document/TempoMap.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QPointer>
#include <QSlider>
#include <QTimer>
#include <QUndoStack>
#include <QWidgetAction>

namespace atelier::ui {

namespace {
constexpr int kPoll_ms = 5;
constexpr double kRunway_s = 3600.0;   // the transport runs on past the song's end while recording
} // namespace

RecordController::RecordController(core::SongDocument *doc, core::AudioEngine *engine, core::NoteModel *notes,
                                   QObject *parent)
    : QObject(parent), m_doc(doc), m_engine(engine), m_notes(notes), m_timer(new QTimer(this))
{
    m_record = new QAction(Theme::icon("media-record"), tr("Record"), this);
    m_record->setObjectName("recordAction");
    m_record->setCheckable(true);
    m_record->setShortcut(QKeySequence(Qt::Key_R));
    m_record->setToolTip(tr("Record what you play into the armed track, or the selected one when none is armed (R)"));
    connect(m_record, &QAction::triggered, this, [this](bool on) {
        if (on) {
            QString error;
            if (!start(&error)) {
                m_record->setChecked(false);
                emit statusMessage(error);
            }
        } else {
            stop();
        }
    });

    m_menu = new QMenu(tr("Recording"));
    auto *countIn = m_menu->addMenu(tr("Count-in"));
    auto *countGroup = new QActionGroup(this);
    for (int bars : {0, 1, 2}) {
        QAction *a = countIn->addAction(bars == 0 ? tr("None") : tr("%n bar(s)", nullptr, bars));
        a->setCheckable(true);
        a->setChecked(bars == m_countInBars);
        countGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, bars] { setCountInBars(bars); });
    }
    QAction *metronome = m_menu->addAction(tr("Metronome"));
    metronome->setObjectName("metronomeAction");
    metronome->setCheckable(true);
    connect(metronome, &QAction::toggled, this, [this](bool on) { setMetronome(on, m_metronomeVolume); });
    auto *volume = new QWidgetAction(this);
    auto *slider = new QSlider(Qt::Horizontal);
    slider->setRange(0, 100);
    slider->setValue(int(m_metronomeVolume * 100));
    slider->setToolTip(tr("Metronome volume"));
    volume->setDefaultWidget(slider);
    m_menu->addAction(volume);
    connect(slider, &QSlider::valueChanged, this, [this](int v) { setMetronome(m_metronomeOn, v / 100.0); });
    m_menu->addSeparator();
    auto *passes = new QActionGroup(this);
    QAction *overdub = m_menu->addAction(tr("Loop: Each Pass Adds"));
    QAction *replace = m_menu->addAction(tr("Loop: Each Pass Replaces"));
    for (QAction *a : {overdub, replace}) {
        a->setCheckable(true);
        passes->addAction(a);
    }
    overdub->setChecked(true);
    connect(replace, &QAction::toggled, this, [this](bool on) { setReplacePasses(on); });
    QAction *quantize = m_menu->addAction(tr("Quantize While Recording"));
    quantize->setCheckable(true);
    connect(quantize, &QAction::toggled, this, [this](bool on) { setQuantize(on, m_options.grid); });

    m_timer->setInterval(kPoll_ms);
    connect(m_timer, &QTimer::timeout, this, &RecordController::poll);
}

RecordController::~RecordController()
{
    if (m_hub && m_tap)
        m_hub->closeTap(m_tap);
    delete m_menu;   // a widget without a parent (the menu bar that shows it does not own it)
}

void RecordController::setMidiInput(core::MidiInputHub *hub)
{
    if (isRecording())
        stop();
    m_hub = hub;
}

void RecordController::setCountInBars(int bars) { m_countInBars = std::clamp(bars, 0, 2); }

void RecordController::setMetronome(bool on, double volume)
{
    m_metronomeOn = on;
    m_metronomeVolume = std::clamp(volume, 0.0, 1.0);
    if (!m_engine)
        return;
    core::PlaybackExtras extras = m_engine->playbackExtras();
    extras.metronome = on && m_metronomeVolume > 0;
    extras.clickVelocity = std::max(1, int(std::lround(m_metronomeVolume * 127)));
    m_engine->setPlaybackExtras(extras);
}

bool RecordController::metronome() const { return m_metronomeOn; }

void RecordController::setQuantize(bool on, core::Tick grid)
{
    m_options.quantize = on;
    m_options.grid = std::max<core::Tick>(grid, 1);
}

int RecordController::targetTrack()
{
    if (m_doc->armedTrack() >= 0)
        return m_doc->armedTrack();
    if (m_doc->isValidTrack(m_notes->track()))
        return m_notes->track();
    core::Track t;
    t.name = tr("Recording");
    if (!m_doc->requestAddTrack(t))
        return -1;
    m_notes->setTrack(m_doc->trackCount() - 1);
    return m_doc->trackCount() - 1;
}

bool RecordController::start(QString *error)
{
    if (isRecording())
        return true;
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!m_hub || !m_engine || !m_engine->isRunning())
        return fail(tr("Recording needs an audio device: choose one in Preferences."));
    m_track = targetTrack();
    if (m_track < 0)
        return fail(tr("There is no track to record into."));
    m_channel = m_doc->track(m_track).channel;
    if (m_options.grid <= 0)
        m_options.grid = m_doc->song().ppq / 4;
    m_recorder = std::make_unique<core::TakeRecorder>(m_doc->song(), m_engine->clock().sampleRate(), m_options);
    m_tap = m_hub->openTap();
    m_early.clear();
    m_sawPlaying = false;
    core::PlaybackExtras extras = m_engine->playbackExtras();
    const core::TempoMap tempo(m_doc->song());
    extras.minEndTick = tempo.secondsToTick(tempo.tickToSeconds(m_engine->playhead()) + kRunway_s);
    m_engine->setPlaybackExtras(extras);
    if (m_engine->isPlaying()) {
        beginTake();
    } else if (m_countInBars > 0 && !m_liveBusy) {
        scheduleCountIn(m_countInBars);
    } else {
        m_engine->play();
    }
    m_timer->start();
    m_record->setChecked(true);
    emit statusMessage(m_countingIn ? tr("Count-in…") : tr("Recording into \"%1\".").arg(m_doc->track(m_track).name));
    emit recordingChanged(true);
    return true;
}

void RecordController::scheduleCountIn(int bars)
{
    const core::Song &song = m_doc->song();
    const core::BarGrid grid(song);
    const core::TempoMap tempo(song);
    const core::Tick at = m_engine->playhead();
    const int beats = std::max(1, int(grid.barLength(at) / std::max<core::Tick>(grid.beatLength(at), 1)));
    const double beatSeconds = tempo.tickToSeconds(at + grid.beatLength(at)) - tempo.tickToSeconds(at);
    const core::IMidiClock &clock = m_engine->clock();
    const double rate = clock.sampleRate();
    const core::Frame first = clock.earliestOutputFrame() + core::Frame(0.05 * rate);
    core::IMidiOutput &out = m_engine->liveOutput();
    const int velocity = std::max(1, int(std::lround(std::max(m_metronomeVolume, 0.3) * 127)));
    for (int i = 0; i < bars * beats; ++i) {
        const int pitch = i % beats == 0 ? core::PlaybackSnapshot::kClickBar : core::PlaybackSnapshot::kClickBeat;
        const core::Frame f = first + core::Frame(i * beatSeconds * rate);
        out.schedule({f, core::MidiMessage::noteOn(core::PlaybackSnapshot::kClickChannel, pitch, velocity)});
        out.schedule({f + core::Frame(0.05 * rate), core::MidiMessage::noteOff(core::PlaybackSnapshot::kClickChannel, pitch)});
    }
    m_countingIn = true;
    // The transport starts where the next bar's click would be (the play
    // message is taken at the next audio block).
    const double wait_s = double(first - clock.nowFrame()) / rate + bars * beats * beatSeconds;
    QPointer<RecordController> self(this);
    QTimer::singleShot(std::max(0, int(wait_s * 1000.0)), this, [self] {
        if (!self || !self->m_countingIn)
            return;
        self->m_countingIn = false;
        self->m_engine->play();
        emit self->statusMessage(tr("Recording into \"%1\".").arg(self->m_doc->track(self->m_track).name));
    });
}

void RecordController::beginTake()
{
    const core::AudioEngine::TransportPoint p = m_engine->transportPoint();
    // Baked tracks delay the whole song by the compensation: what is played
    // at frame f goes with the song sample heard then.
    m_recorder->anchor(p.frame + m_engine->latencyCompensationFrames(), p.sample);
    m_sawPlaying = true;
    for (const core::TimedMidiEvent &e : m_early)
        m_recorder->hear(e);
    m_early.clear();
}

void RecordController::poll()
{
    if (!m_recorder)
        return;
    if (!m_sawPlaying && !m_countingIn && m_engine->transportPoint().playing)
        beginTake();
    core::TimedMidiEvent e;
    while (m_tap && m_tap->readInput(e)) {
        const core::MidiMessage &m = e.message;
        const core::Track &track = m_doc->track(m_track);
        if (m.isNoteOn()) {
            m_engine->previewNoteOn(m_channel, track.program, m.data1, m.data2);
            m_monitored.append(m.data1);
        } else if (m.isNoteOff()) {
            m_engine->previewNoteOff(m_channel, m.data1);
            m_monitored.removeOne(m.data1);
        } else if (m.isPitchBend() || m.isController(core::MidiMessage::kCcSustain)) {
            core::MidiMessage heard = m;
            heard.status = std::uint8_t(m.type() | m_channel);
            monitor(heard);
        }
        if (m_sawPlaying)
            m_recorder->hear(e);
        else if (m_early.size() < 100000)
            m_early.push_back(e);
    }
    if (m_sawPlaying && !m_engine->isPlaying())
        stop();   // the transport was stopped
}

void RecordController::monitor(const core::MidiMessage &m)
{
    // Pedal and wheel are heard at once on the track's channel, beside the
    // previewed notes.
    if (m.isPitchBend())
        m_monitorBent = m.pitchBendValue() != core::MidiMessage::kPitchBendCentre;
    else
        m_monitorPedal = m.data2 >= 64;
    m_engine->liveOutput().schedule({m_engine->clock().earliestOutputFrame(), m});
}

int RecordController::stop()
{
    if (!isRecording())
        return 0;
    poll();
    m_timer->stop();
    m_countingIn = false;
    const bool wasPlaying = m_engine->isPlaying();
    const core::Frame end = m_engine->clock().nowFrame();
    if (wasPlaying)
        m_engine->stop();
    for (int pitch : m_monitored)
        m_engine->previewNoteOff(m_channel, pitch);
    m_monitored.clear();
    if (m_monitorPedal)
        monitor(core::MidiMessage::controlChange(m_channel, core::MidiMessage::kCcSustain, 0));
    if (m_monitorBent)
        monitor(core::MidiMessage::pitchBend(m_channel, core::MidiMessage::kPitchBendCentre));
    if (m_hub && m_tap)
        m_hub->closeTap(m_tap);
    m_tap.reset();
    core::PlaybackExtras extras = m_engine->playbackExtras();
    extras.minEndTick = 0;
    m_engine->setPlaybackExtras(extras);
    int added = 0;
    if (m_recorder && m_sawPlaying) {
        m_recorder->finish(end);
        const QList<core::Note> notes = m_recorder->notes();
        const QList<core::ControlChange> controls = m_recorder->controls();
        if (!notes.isEmpty() || !controls.isEmpty()) {
            m_doc->undoStack()->beginMacro(tr("Record take"));
            if (!notes.isEmpty() && m_doc->requestAddNotes(m_track, notes, tr("Record take")))
                added = int(notes.size());
            if (!controls.isEmpty())
                m_doc->requestAddControls(m_track, controls, tr("Record pedal and pitch bend"));
            m_doc->undoStack()->endMacro();
        }
    }
    m_recorder.reset();
    m_record->setChecked(false);
    emit statusMessage(added > 0 ? tr("Recorded %n note(s) (Ctrl+Z takes the take back).", nullptr, added)
                                 : tr("Nothing was recorded."));
    emit recordingChanged(false);
    return added;
}

} // namespace atelier::ui
