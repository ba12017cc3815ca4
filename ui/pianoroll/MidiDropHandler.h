#pragma once
// MidiDropHandler: a MIDI file dropped on the piano roll (from a file
// manager, a DAW or another Atelier) comes in at the drop position, on the
// current track, as one undo step: the notes of all its tracks, at the
// song's resolution, moved so that the file's first bar starts at the
// (grid-snapped) tick under the drop. A file that cannot be read is said in
// the status bar and changes nothing.

#include <QObject>

namespace atelier::ui {

class PianoRollView;

class MidiDropHandler : public QObject {
    Q_OBJECT
public:
    MidiDropHandler(PianoRollView *view, QObject *parent = nullptr);

    // The drop itself (also for tests): false, with a status message, when
    // nothing came in.
    bool dropFile(const QString &path, int viewportX);

signals:
    void statusMessage(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    PianoRollView *m_view;
};

} // namespace atelier::ui
