#pragma once
// The computer keyboard as a piano: A W S E D F T G Y H U J K (one octave
// from C, the black keys on the row above), Z and X shift octaves. Shared by
// the Sound Morph panel and the studio-wide ComputerKeyboard.

#include <Qt>

namespace atelier::ui {

// Semitones above C for a playing key; -1 for any other key.
inline int computerKeyOffset(int key)
{
    switch (key) {
    case Qt::Key_A: return 0;
    case Qt::Key_W: return 1;
    case Qt::Key_S: return 2;
    case Qt::Key_E: return 3;
    case Qt::Key_D: return 4;
    case Qt::Key_F: return 5;
    case Qt::Key_T: return 6;
    case Qt::Key_G: return 7;
    case Qt::Key_Y: return 8;
    case Qt::Key_H: return 9;
    case Qt::Key_U: return 10;
    case Qt::Key_J: return 11;
    case Qt::Key_K: return 12;
    default: return -1;
    }
}

inline bool isOctaveKey(int key) { return key == Qt::Key_Z || key == Qt::Key_X; }

} // namespace atelier::ui
