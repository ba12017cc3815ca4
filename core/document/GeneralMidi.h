#pragma once
// General MIDI program names and note names.

#include <QString>

namespace atelier::core::GeneralMidi {

QString programName(int program);   // "Acoustic Grand Piano" for 0
QString pitchName(int pitch);       // "C4" for 60 (middle C is C4)
bool isBlackKey(int pitch);

} // namespace atelier::core::GeneralMidi
