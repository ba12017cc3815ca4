#include "live/TakeRecorder.h"

#include <algorithm>
#include <cmath>

namespace atelier::core {

TakeRecorder::TakeRecorder(const Song &song, double sampleRate, const RecordOptions &options)
    : m_tempo(song), m_rate(sampleRate), m_options(options)
{
    if (song.loop.enabled && song.loop.isValid()) {
        m_loopStart = std::llround(m_tempo.tickToSeconds(song.loop.start) * sampleRate);
        m_loopEnd = std::llround(m_tempo.tickToSeconds(song.loop.end) * sampleRate);
        m_loopEndTick = song.loop.end;
        m_loop = m_loopEnd > m_loopStart;
    }
    if (m_options.grid <= 0)
        m_options.grid = 1;
}

void TakeRecorder::anchor(Frame frame, std::int64_t songSample)
{
    m_frame0 = frame;
    m_sample0 = songSample;
    m_anchored = true;
}

std::int64_t TakeRecorder::songSampleAt(Frame frame, int *pass) const
{
    std::int64_t p = m_sample0 + (frame - m_frame0);
    int k = 0;
    if (m_loop && m_sample0 < m_loopEnd && p >= m_loopEnd) {
        const std::int64_t len = m_loopEnd - m_loopStart;
        const std::int64_t over = p - m_loopEnd;
        k = int(1 + over / len);
        p = m_loopStart + over % len;
    }
    if (pass)
        *pass = k;
    return p;
}

Tick TakeRecorder::tickAt(Frame frame, int *pass) const
{
    const std::int64_t s = songSampleAt(frame, pass);
    return std::max<Tick>(0, m_tempo.secondsToTick(double(s) / m_rate));
}

void TakeRecorder::hear(const TimedMidiEvent &e)
{
    if (!m_anchored || e.frame < m_frame0)
        return;
    const MidiMessage &m = e.message;
    int pass = 0;
    const Tick tick = tickAt(e.frame, &pass);
    m_lastPass = std::max(m_lastPass, pass);
    if (m.isNoteOn()) {
        if (m_open.count(m.data1))
            hear({e.frame, MidiMessage::noteOff(m.channel(), m.data1)});
        m_open[m.data1] = m_notes.size();
        m_notes.push_back({{m.data1, tick, 0, m.data2}, pass});
    } else if (m.isNoteOff()) {
        const auto it = m_open.find(m.data1);
        if (it == m_open.end())
            return;
        Taken &t = m_notes[it->second];
        const Tick end = pass == t.pass ? tick : m_loopEndTick;   // crossed a loop wrap: ends at the loop end
        t.note.length = std::max<Tick>(end - t.note.start, 1);
        m_open.erase(it);
    } else if (m.isController(MidiMessage::kCcSustain)) {
        m_controls.push_back({{tick, MidiMessage::kCcSustain, m.data2}, pass});
    } else if (m.isPitchBend()) {
        m_controls.push_back({{tick, ControlChange::kPitchBend, m.pitchBendValue()}, pass});
    }
}

void TakeRecorder::finish(Frame frame)
{
    const std::vector<int> pitches = [&] {
        std::vector<int> p;
        for (const auto &[pitch, index] : m_open)
            p.push_back(pitch);
        return p;
    }();
    for (int pitch : pitches)
        hear({std::max(frame, m_frame0), MidiMessage::noteOff(0, pitch)});
    // A pedal still down is released at the end, a wheel still bent returns
    // to the centre.
    int down = -1, bent = -1;
    for (const Control &c : m_controls) {
        if (c.cc.isPitchBend())
            bent = c.cc.value != ControlChange::kPitchBendCentre ? c.pass : -1;
        else
            down = c.cc.value >= 64 ? c.pass : -1;
    }
    int pass = 0;
    const Tick tick = tickAt(std::max(frame, m_frame0), &pass);
    if (down >= 0)
        m_controls.push_back({{pass == down ? tick : m_loopEndTick, MidiMessage::kCcSustain, 0}, down});
    if (bent >= 0)
        m_controls.push_back({{pass == bent ? tick : m_loopEndTick, ControlChange::kPitchBend,
                               ControlChange::kPitchBendCentre}, bent});
}

int TakeRecorder::keptPass() const
{
    if (!m_options.replacePasses)
        return -1;
    int last = -1;
    for (const Taken &t : m_notes)
        last = std::max(last, t.pass);
    return last < 0 ? m_lastPass : last;
}

QList<Note> TakeRecorder::notes() const
{
    const int keep = keptPass();
    QList<Note> out;
    for (const Taken &t : m_notes) {
        if ((keep >= 0 && t.pass != keep) || t.note.length <= 0)
            continue;
        Note n = t.note;
        if (m_options.quantize) {
            const Tick g = m_options.grid;
            n.start = (n.start + g / 2) / g * g;
        }
        out.append(n);
    }
    std::stable_sort(out.begin(), out.end(), [](const Note &a, const Note &b) { return a.start < b.start; });
    return out;
}

QList<ControlChange> TakeRecorder::controls() const
{
    const int keep = keptPass();
    QList<ControlChange> out;
    for (const Control &c : m_controls)
        if (keep < 0 || c.pass == keep)
            out.append(c.cc);
    std::stable_sort(out.begin(), out.end(), [](const ControlChange &a, const ControlChange &b) { return a.tick < b.tick; });
    return out;
}

} // namespace atelier::core
