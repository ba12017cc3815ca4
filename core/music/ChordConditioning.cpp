#include "music/ChordConditioning.h"

#include "music/IMusicModel.h"

#include <algorithm>

namespace atelier::core {

StepChord StepChord::of(const ChordSymbol &chord)
{
    StepChord s;
    if (chord.isNoChord())
        return s;
    s.root = qint8(((chord.root % 12) + 12) % 12);
    s.bass = qint8(((chord.bassPitchClass() % 12) + 12) % 12);
    for (int pc : chord.pitchClasses())
        s.tones |= quint16(1u << (((pc % 12) + 12) % 12));
    return s;
}

StepChord StepChord::transposed(int semitones) const
{
    if (isNoChord())
        return *this;
    const int k = ((semitones % 12) + 12) % 12;
    StepChord s;
    s.root = qint8((root + k) % 12);
    s.bass = qint8((bass + k) % 12);
    s.tones = quint16(((tones << k) | (tones >> (12 - k))) & 0xfff);
    return s;
}

namespace ChordConditioning {

bool readsChords(const IMusicModel &model)
{
    return model.kind() == MusicModelKind::Melody && model.controlSize() == kControlSize;
}

double defaultPull(const IMusicModel &model) { return readsChords(model) ? kChordModelPull : kSteeringPull; }

void encode(const StepChord &chord, float *out)
{
    std::fill(out, out + kControlSize, 0.0f);
    if (chord.isNoChord()) {
        out[0] = 1.0f;
        return;
    }
    out[1 + chord.root] = 1.0f;
    for (int pc = 0; pc < 12; ++pc)
        if ((chord.tones >> pc) & 1)
            out[13 + pc] = 1.0f;
    out[25 + chord.bass] = 1.0f;
}

std::vector<float> encode(const StepChord &chord)
{
    std::vector<float> out(static_cast<std::size_t>(kControlSize));
    encode(chord, out.data());
    return out;
}

std::vector<StepChord> stepChords(const QList<ChordChange> &chords, int ppq, Tick from, int steps)
{
    std::vector<StepChord> out;
    if (steps <= 0)
        return out;
    out.reserve(std::size_t(steps));
    const Tick step = std::max(ppq / 4, 1);
    qsizetype next = 0;
    StepChord current;
    for (int s = 0; s < steps; ++s) {
        const Tick tick = from + Tick(s) * step;
        while (next < chords.size() && chords[next].tick <= tick)
            current = StepChord::of(chords[next++].chord);
        out.push_back(current);
    }
    return out;
}

std::vector<float> controlRows(const std::vector<StepChord> &chords, int transpose)
{
    std::vector<float> out;
    if (chords.size() < 2)
        return out;
    out.resize((chords.size() - 1) * std::size_t(kControlSize));
    for (std::size_t j = 0; j + 1 < chords.size(); ++j)
        encode(chords[j + 1].transposed(transpose), out.data() + j * std::size_t(kControlSize));
    return out;
}

} // namespace ChordConditioning

} // namespace atelier::core
