#include "live/ComputerKeyboard.h"
#include "common/Theme.h"

#include "audio/MidiInputHub.h"
#include "common/ComputerKeys.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace atelier::ui {

ComputerKeyboard::ComputerKeyboard(QObject *parent) : QObject(parent)
{
    m_toggle = new QAction(Theme::icon("input-keyboard"), tr("Computer Keyboard Plays"), this);
    m_toggle->setObjectName("computerKeyboardToggle");
    m_toggle->setCheckable(true);
    m_toggle->setShortcut(QKeySequence(tr("Ctrl+K")));
    m_toggle->setToolTip(tr("Play notes with A W S E D F T G Y H U J K (Z/X: octave) into every instrument. "
                            "Off: those keys are shortcuts again. (Ctrl+K)"));
    connect(m_toggle, &QAction::toggled, this, [this](bool on) {
        if (!on)
            releaseAll();
    });
    qApp->installEventFilter(this);
}

ComputerKeyboard::~ComputerKeyboard()
{
    releaseAll();
}

void ComputerKeyboard::setHub(core::MidiInputHub *hub)
{
    releaseAll();
    m_hub = hub;
}

bool ComputerKeyboard::isOn() const
{
    return m_toggle->isChecked();
}

bool ComputerKeyboard::handles(QObject *watched, const QKeyEvent *event) const
{
    if (!isOn() || !m_hub || !watched->isWidgetType())
        return false;
    if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return false;
    if (computerKeyOffset(event->key()) < 0 && !isOctaveKey(event->key()))
        return false;
    const QWidget *focus = QApplication::focusWidget();
    if (qobject_cast<const QLineEdit *>(focus) || qobject_cast<const QAbstractSpinBox *>(focus)
        || qobject_cast<const QTextEdit *>(focus) || qobject_cast<const QPlainTextEdit *>(focus))
        return false;
    if (const auto *combo = qobject_cast<const QComboBox *>(focus); combo && combo->isEditable())
        return false;
    // Only the event as the focus widget gets it (the filter sees it once per receiver).
    return watched == focus || (!focus && watched == QApplication::activeWindow());
}

bool ComputerKeyboard::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::ShortcutOverride: {
        auto *key = static_cast<QKeyEvent *>(event);
        if (handles(watched, key)) {
            event->accept();   // the letter is a note now, not a shortcut
            return true;
        }
        return false;
    }
    case QEvent::KeyPress: {
        auto *key = static_cast<QKeyEvent *>(event);
        if (!handles(watched, key))
            return false;
        if (key->isAutoRepeat() || m_down.contains(key->key()))
            return true;
        if (isOctaveKey(key->key())) {
            m_octave = std::clamp(m_octave + (key->key() == Qt::Key_Z ? -1 : 1), 0, 8);
            emit octaveChanged(m_octave);
            return true;
        }
        const int pitch = 12 * (m_octave + 1) + computerKeyOffset(key->key());
        if (pitch > 127)
            return true;
        m_down.insert(key->key(), pitch);
        m_hub->post(core::MidiMessage::noteOn(0, pitch, m_velocity));
        return true;
    }
    case QEvent::KeyRelease: {
        auto *key = static_cast<QKeyEvent *>(event);
        const auto it = m_down.find(key->key());
        if (it == m_down.end())
            return handles(watched, key);
        if (key->isAutoRepeat())
            return true;
        const int pitch = it.value();
        m_down.erase(it);
        if (m_hub)
            m_hub->post(core::MidiMessage::noteOff(0, pitch));
        return true;
    }
    case QEvent::ApplicationDeactivate:
        releaseAll();
        return false;
    default:
        return false;
    }
}

void ComputerKeyboard::releaseAll()
{
    if (m_hub)
        for (int pitch : m_down)
            m_hub->post(core::MidiMessage::noteOff(0, pitch));
    m_down.clear();
}

} // namespace atelier::ui
