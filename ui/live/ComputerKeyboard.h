#pragma once
// ComputerKeyboard: the computer keyboard as a MIDI source for every
// instrument. While its toggle (shown in the transport bar) is on, the
// playing keys (A W S E D F T G Y H U J K; Z and X shift octaves) become
// note-ons and note-offs posted to the studio's MidiInputHub, wherever the
// focus is, except in text and number fields. Holding a key plays one
// sustained note: key auto-repeat is ignored. While it is off, the keys keep
// their single-key shortcuts. Keys held when the window loses focus or the
// toggle goes off are released.

#include <QHash>
#include <QObject>

class QAction;
class QKeyEvent;

namespace atelier::core {
class MidiInputHub;
}

namespace atelier::ui {

class ComputerKeyboard : public QObject {
    Q_OBJECT
public:
    explicit ComputerKeyboard(QObject *parent = nullptr);
    ~ComputerKeyboard() override;

    void setHub(core::MidiInputHub *hub);
    QAction *toggleAction() const { return m_toggle; }
    bool isOn() const;
    int octave() const { return m_octave; }   // the A key plays C of this octave (4: middle C)
    int velocity() const { return m_velocity; }
    void setVelocity(int velocity) { m_velocity = velocity; }

signals:
    void octaveChanged(int octave);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool handles(QObject *watched, const QKeyEvent *event) const;
    void releaseAll();

    core::MidiInputHub *m_hub = nullptr;
    QAction *m_toggle;
    QHash<int, int> m_down;   // key -> pitch
    int m_octave = 4;
    int m_velocity = 100;
};

} // namespace atelier::ui
