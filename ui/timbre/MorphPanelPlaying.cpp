// MorphPanel, part two: playing notes (on-screen and computer keyboards,
// MIDI input) and the phrase recorded from them. See MorphPanel.h.

#include "timbre/MorphPanel.h"

#include "timbre/MorphPanelInternal.h"
#include "timbre/OnScreenKeyboard.h"

#include "audio/AudioEngine.h"
#include "audio/MidiInputHub.h"
#include "audio/IMidiInputDevice.h"
#include "common/ComputerKeys.h"
#include "document/GeneralMidi.h"

#include <QComboBox>
#include <QKeyEvent>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTimer>
#include <algorithm>

namespace atelier::ui {

using core::MidiMessage;
using namespace core::timbre;
using morphpanel::seconds;

namespace {

// The computer keyboard: a piano octave on the home row (black keys above).
int keyOffset(int key) { return computerKeyOffset(key); }

} // namespace

// --- Playing --------------------------------------------------------------------

void MorphPanel::noteOn(int pitch, int velocity) { m_instrument->noteOn(pitch, velocity); }

void MorphPanel::noteOff(int pitch) { m_instrument->noteOff(pitch); }

void MorphPanel::allNotesOff() { m_instrument->allNotesOff(); }

int MorphPanel::heldNoteCount() const { return m_instrument->heldNoteCount(); }

void MorphPanel::setKeyboardOctave(int octave)
{
    m_octave = std::clamp(octave, 0, 8);
    const int base = 12 * (m_octave + 1);
    m_keyboard->setOctaveMarker(base);
    m_octaveLabel->setText(tr("%1 – %2 on A … K (Z / X: octave)")
                               .arg(core::GeneralMidi::pitchName(base), core::GeneralMidi::pitchName(base + 12)));
}

bool MorphPanel::isPlayingKey(const QKeyEvent *event) const
{
    if (!hasModel() || (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)))
        return false;
    return keyOffset(event->key()) >= 0 || event->key() == Qt::Key_Z || event->key() == Qt::Key_X;
}

bool MorphPanel::event(QEvent *event)
{
    // Letter keys play here even where the window has single-key shortcuts
    // (the piano roll's tools).
    if (event->type() == QEvent::ShortcutOverride && isPlayingKey(static_cast<QKeyEvent *>(event))) {
        event->accept();
        return true;
    }
    return QWidget::event(event);
}

void MorphPanel::keyPressEvent(QKeyEvent *event)
{
    if (!isPlayingKey(event)) {
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
    if (event->isAutoRepeat())
        return;
    const int key = event->key();
    if (key == Qt::Key_Z || key == Qt::Key_X) {
        setKeyboardOctave(m_octave + (key == Qt::Key_Z ? -1 : 1));
        return;
    }
    if (m_computerKeys.contains(key))
        return;
    const int pitch = 12 * (m_octave + 1) + keyOffset(key);
    if (pitch > 127)
        return;
    m_computerKeys.insert(key, pitch);
    noteOn(pitch, m_velocity->value());
}

void MorphPanel::keyReleaseEvent(QKeyEvent *event)
{
    const auto it = m_computerKeys.find(event->key());
    if (it == m_computerKeys.end()) {
        if (isPlayingKey(event))
            event->accept();
        else
            QWidget::keyReleaseEvent(event);
        return;
    }
    event->accept();
    if (event->isAutoRepeat())
        return;
    const int pitch = it.value();
    m_computerKeys.erase(it);
    noteOff(pitch);
}

void MorphPanel::releaseComputerKeys()
{
    const QList<int> pitches = m_computerKeys.values();
    m_computerKeys.clear();
    for (int pitch : pitches)
        noteOff(pitch);
}

void MorphPanel::releaseMouseNote()
{
    if (m_mouseNote < 0)
        return;
    const int pitch = m_mouseNote;
    m_mouseNote = -1;
    noteOff(pitch);
}

void MorphPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    listen(true);  // the instrument in front plays
    refreshMidiPorts();
    m_plotTimer->start();
    updateAudioLabel();
    if (m_previewDirty || !m_havePreview)
        schedulePreview();
}

void MorphPanel::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    listen(false);
    m_plotTimer->stop();
    releaseComputerKeys();  // their key releases would go elsewhere
    releaseMouseNote();
}

void MorphPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::ActivationChange && !isActiveWindow())
        releaseComputerKeys();
}

// --- MIDI input -----------------------------------------------------------------

QStringList MorphPanel::midiInputPorts(QString *error) const { return m_device ? m_device->portNames(error) : QStringList(); }

void MorphPanel::setMidiInput(core::MidiInputHub *hub, core::IMidiInputDevice *device)
{
    listen(false);
    m_hub = hub;
    m_device = device;
    listen(isVisible());
    refreshMidiPorts();
}

void MorphPanel::listen(bool on)
{
    if (m_hub && m_hubListener) {
        m_hub->removeListener(m_hubListener);  // returns once the hub no longer calls it
        m_hubListener = 0;
    }
    if (on && m_hub)
        m_hubListener = m_hub->addListener([this](const core::TimedMidiEvent &e) { midiFromPort(e.message); });
}

void MorphPanel::refreshMidiPorts()
{
    if (m_device)
        m_device->checkPort();
    const QString current = m_device && m_device->isOpen() ? m_device->portName() : QString();
    QString error;
    const QStringList ports = midiInputPorts(&error);
    QSignalBlocker block(m_midiPorts);
    m_midiPorts->clear();
    m_midiPorts->addItem(tr("None"), QString());
    for (const QString &p : ports)
        m_midiPorts->addItem(p, p);
    const int keep = m_midiPorts->findData(current);
    m_midiPorts->setCurrentIndex(keep >= 0 ? keep : 0);
    if (keep < 0 && m_device && m_device->isOpen())
        m_device->close();  // the port is gone
    m_midiPorts->setToolTip(error.isEmpty() ? tr("Play the instrument from a MIDI keyboard (%n port(s) found)",
                                                 nullptr, int(ports.size()))
                                            : tr("MIDI input is not available: %1").arg(error));
}

bool MorphPanel::openMidiInput(const QString &port, QString *error)
{
    auto select = [this](const QString &p) {
        QSignalBlocker block(m_midiPorts);
        const int row = m_midiPorts->findData(p);
        m_midiPorts->setCurrentIndex(row >= 0 ? row : 0);
    };
    if (port.isEmpty() || port == tr("None")) {
        if (m_device)
            m_device->close();
        select(QString());
        return true;
    }
    QString openError = tr("the studio has no MIDI input");
    // Events reach midiFromPort through the hub (see listen()).
    const bool ok = m_device && m_device->open(port, &openError);
    if (!ok) {
        const QString message = tr("MIDI input %1 could not be opened: %2")
                                    .arg(port, openError.isEmpty() ? tr("unknown error") : openError);
        if (error)
            *error = message;
        setStatus(message, true);
        select(QString());
        return false;
    }
    select(port);
    setStatus(tr("Playing from MIDI input %1.").arg(port));
    return true;
}

void MorphPanel::midiFromPort(const MidiMessage &m) { m_instrument->postFromInput(m); }

// --- Phrase ---------------------------------------------------------------------

void MorphPanel::record(const MidiMessage &message, Clock::time_point at)
{
    switch (m_phrase.record(message, at)) {
    case PhraseRecorder::Result::Recorded:
        updatePhraseLabel();
        break;
    case PhraseRecorder::Result::BecameFull:
        setStatus(tr("The phrase is full (%1 minutes): export it, or clear it to record a new one.")
                      .arg(m_phrase.maxSeconds() / 60),
                  true);
        break;
    default:
        break;
    }
}

int MorphPanel::phraseNoteCount() const { return m_phrase.noteCount(); }

void MorphPanel::clearPhrase()
{
    m_phrase.clear();
    updatePhraseLabel();
}

void MorphPanel::updatePhraseLabel()
{
    const int notes = phraseNoteCount();
    if (notes == 0)
        m_phraseLabel->setText(tr("Phrase: nothing played yet (recording starts at the first note)."));
    else
        m_phraseLabel->setText(tr("Phrase: %n note(s), %1 s.", nullptr, notes).arg(seconds(m_phrase.lengthSeconds())));
    updateEnabled();
}

} // namespace atelier::ui
