#pragma once
// TakeRecorder: turns what is played during recording (timed MIDI on the
// audio clock) into a take of song notes and controller events at the
// ticks where they were heard.
//
// The anchor ties the audio clock to the song: at audio frame `frame` the
// transport was at song sample `sample` (AudioEngine::transportPoint()).
// From there the song position of any frame follows, including the loop: a
// transport that started before the loop end jumps from the loop end back to
// its start, like the Sequencer, and each pass is counted. Events before the
// anchor (a count-in) are ignored; a note that crosses a loop wrap ends at
// the loop end.
//
// Loop passes are kept all (overdub) or only the last pass with notes
// (replace). Quantize (off by default) snaps note starts to a grid. The
// sustain pedal (CC64) and pitch bend are kept as controller events of the
// take; a pedal still down, or a wheel still bent, when recording ends is
// released there.

#include "audio/TimedMidiEvent.h"
#include "document/Song.h"
#include "document/TempoMap.h"

#include <map>
#include <vector>

namespace atelier::core {

struct RecordOptions {
    bool replacePasses = false;   // loop: each pass replaces the last (else adds)
    bool quantize = false;
    Tick grid = 120;              // quantize grid in ticks
};

class TakeRecorder {
public:
    TakeRecorder(const Song &song, double sampleRate, const RecordOptions &options);

    void anchor(Frame frame, std::int64_t songSample);
    bool anchored() const { return m_anchored; }
    void hear(const TimedMidiEvent &event);
    // Ends held notes (and a held pedal) at `frame`.
    void finish(Frame frame);

    // Song sample and loop pass (0 = before the first wrap) of an audio frame.
    std::int64_t songSampleAt(Frame frame, int *pass = nullptr) const;
    Tick tickAt(Frame frame, int *pass = nullptr) const;

    QList<Note> notes() const;
    QList<ControlChange> controls() const;
    int passes() const { return m_lastPass + 1; }

private:
    struct Taken {
        Note note;
        int pass;
    };
    struct Control {
        ControlChange cc;
        int pass;
    };
    int keptPass() const;   // -1: all

    TempoMap m_tempo;
    double m_rate;
    RecordOptions m_options;
    bool m_loop = false;
    std::int64_t m_loopStart = 0, m_loopEnd = 0;
    Tick m_loopEndTick = 0;
    bool m_anchored = false;
    Frame m_frame0 = 0;
    std::int64_t m_sample0 = 0;
    std::vector<Taken> m_notes;
    std::vector<Control> m_controls;
    std::map<int, std::size_t> m_open;   // pitch -> index into m_notes
    int m_lastPass = 0;
};

} // namespace atelier::core
