#include "audio/Sequencer.h"

#include <algorithm>
#include <cmath>

namespace atelier::core {

namespace {
constexpr std::size_t kNoteSlots = std::size_t(Sequencer::kDestinations) * 16 * 128;
}

Sequencer::Sequencer(IEventSink &sink, MidiOutQueue *midiOut)
    : m_sink(sink), m_midiOut(midiOut), m_noteCount(kNoteSlots, 0), m_previewCount(16 * 128, 0),
      m_sustainDown(std::size_t(kDestinations) * 16, 0),
      m_bent(std::size_t(kDestinations) * 16, 0), m_bendChase(std::size_t(kDestinations) * 16, -1)
{
}

Sequencer::~Sequencer()
{
    delete m_pending.exchange(nullptr);
    delete m_current;
    collectGarbage();
}

// ---- UI side --------------------------------------------------------------

void Sequencer::publish(std::unique_ptr<PlaybackSnapshot> snapshot)
{
    // A snapshot still in the slot was never seen by the audio side: ours to free.
    delete m_pending.exchange(snapshot.release(), std::memory_order_acq_rel);
}

bool Sequencer::post(const Message &message)
{
    return m_messages.push(message);
}

bool Sequencer::locate(Tick tick)
{
    Message m{Message::Type::Locate};
    m.tick = std::max<Tick>(tick, 0);
    return post(m);
}

bool Sequencer::previewNoteOn(int channel, int program, int pitch, int velocity)
{
    Message m{Message::Type::PreviewNoteOn};
    m.channel = std::uint8_t(std::clamp(channel, 0, 15));
    m.program = std::uint8_t(std::clamp(program, 0, 127));
    m.pitch = std::uint8_t(std::clamp(pitch, 0, 127));
    m.velocity = std::uint8_t(std::clamp(velocity, 1, 127));
    return post(m);
}

bool Sequencer::previewNoteOff(int channel, int pitch)
{
    Message m{Message::Type::PreviewNoteOff};
    m.channel = std::uint8_t(std::clamp(channel, 0, 15));
    m.pitch = std::uint8_t(std::clamp(pitch, 0, 127));
    return post(m);
}

int Sequencer::collectGarbage()
{
    int freed = 0;
    PlaybackSnapshot *old = nullptr;
    while (m_retired.pop(old)) {
        delete old;
        ++freed;
    }
    return freed;
}

// ---- audio side -----------------------------------------------------------

void Sequencer::process(float *left, float *right, int frames)
{
    if (frames <= 0)
        return;
    m_offset = 0;
    adoptPendingSnapshot();
    Message message;
    while (m_messages.pop(message)) {
        // A snapshot published before this message was posted is in the slot
        // by now: take it first, so that "publish, then play" plays it.
        adoptPendingSnapshot();
        handle(message);
    }
    m_spanCount = 0;
    beginSpan(0, blockStartCause());

    int done = 0;
    while (done < frames) {
        if (!m_playing || !m_current) {
            m_sink.render(left + done, right + done, frames - done);
            break;
        }
        const PlaybackSnapshot &s = *m_current;
        const bool looping = s.loopEnabled() && m_pos < double(s.loopEnd_samples());
        const double limit = double(looping ? s.loopEnd_samples() : s.end_samples());
        if (m_pos >= limit) {  // at or past the song end
            stopPlayback();
            beginSpan(done, TransportSpan::Cause::Stop);
            continue;
        }
        // This stretch: up to the block end or to where the song reaches the limit.
        const int base = done;
        int n = frames - done;
        if (m_rate > 0) {
            const double need = std::ceil((limit - m_pos) / m_rate - 1e-9);
            if (need < double(n))
                n = std::max(1, int(need));
        }
        const double from = m_pos;
        const double to = std::min(limit, m_pos + m_rate * n);
        const std::vector<PlaybackEvent> &events = s.events();
        while (m_nextEvent < events.size() && double(events[m_nextEvent].sample) < to) {
            const PlaybackEvent &e = events[m_nextEvent];
            const double offset = std::ceil((double(e.sample) - from) / m_rate - 1e-9);
            const int at = base + int(std::clamp(offset, 0.0, double(n)));
            if (at > done) {
                m_sink.render(left + done, right + done, at - done);
                done = at;
            }
            m_offset = done;
            dispatch(e);
            ++m_nextEvent;
        }
        if (base + n > done) {
            m_sink.render(left + done, right + done, base + n - done);
            done = base + n;
        }
        m_pos = to;
        m_offset = done;
        if (m_pos >= limit) {
            if (looping) {
                releaseSounding(nullptr, 0);
                startAt(s.loopStart_samples());
                beginSpan(done, TransportSpan::Cause::Wrap);
            } else {
                stopPlayback();
                beginSpan(done, TransportSpan::Cause::Stop);
            }
        }
    }
    if (m_spanCount > 0) {
        TransportSpan &last = m_spans[std::size_t(m_spanCount - 1)];
        last.frames = frames - last.frame;
    }
    m_playingAtBlockEnd = m_playing && m_current;
    m_locatedSinceBlock = false;
    publishPlayhead();
}

TransportSpan::Cause Sequencer::blockStartCause() const
{
    const bool playing = m_playing && m_current;
    if (playing && !m_playingAtBlockEnd)
        return TransportSpan::Cause::Play;
    if (!playing && m_playingAtBlockEnd)
        return TransportSpan::Cause::Stop;
    return m_locatedSinceBlock ? TransportSpan::Cause::Locate : TransportSpan::Cause::Carry;
}

void Sequencer::beginSpan(int frame, TransportSpan::Cause cause)
{
    if (m_spanCount > 0) {
        TransportSpan &previous = m_spans[std::size_t(m_spanCount - 1)];
        previous.frames = frame - previous.frame;
        if (previous.frames == 0 && m_spanCount > 1 && cause == TransportSpan::Cause::Stop
            && previous.cause == TransportSpan::Cause::Stop)
            return;   // stopped twice at the same frame
    }
    if (m_spanCount == kMaxSpans)
        --m_spanCount;   // a loop shorter than a block: the last stretches merge
    TransportSpan &span = m_spans[std::size_t(m_spanCount++)];
    span.frame = frame;
    span.frames = 0;
    span.sample = m_pos;
    span.rate = m_rate;
    span.playing = m_playing && m_current;
    span.cause = cause;
}

double Sequencer::positionTick() const
{
    return m_current ? m_current->sampleToTick(m_pos) : double(m_positionWithoutSnapshot);
}

void Sequencer::locateNow(Tick tick)
{
    Message m{Message::Type::Locate};
    m.tick = std::max<Tick>(tick, 0);
    handle(m);
}

void Sequencer::adoptPendingSnapshot()
{
    if (m_retired.freeSpace() == 0)
        return;  // the UI has not collected garbage lately: keep the current one for now
    PlaybackSnapshot *next = m_pending.exchange(nullptr, std::memory_order_acq_rel);
    if (!next)
        return;
    PlaybackSnapshot *old = m_current;
    if (!old)
        m_pos = double(next->sampleAtTick(m_positionWithoutSnapshot));
    else if (!old->sameTiming(*next))
        m_pos = double(std::llround(next->tickToSample(old->sampleToTick(m_pos))));
    m_pos = std::max(m_pos, 0.0);
    m_current = next;
    if (m_playing) {
        releaseSounding(next, std::llround(m_pos));
        m_nextEvent = next->firstEventAtOrAfter(std::int64_t(std::ceil(m_pos - 1e-9)));
        if (!old || old->setupEvents() != next->setupEvents())
            sendSetup();
        if (!old)
            chaseControllers();
    }
    if (old)
        m_retired.push(old);  // cannot fail: checked freeSpace() above
}

void Sequencer::handle(const Message &m)
{
    switch (m.type) {
    case Message::Type::Play:
        if (!m_playing) {
            m_playing = true;
            if (m_current)
                startAt(m_pos);
        }
        break;
    case Message::Type::Stop:
        stopPlayback();
        releasePreviews();
        break;
    case Message::Type::Locate:
        m_locatedSinceBlock = true;
        if (!m_current) {
            m_positionWithoutSnapshot = m.tick;
            break;
        }
        releaseSounding(nullptr, 0);
        m_pos = double(m_current->sampleAtTick(m.tick));
        if (m_playing)
            startAt(m_pos);
        break;
    case Message::Type::PreviewNoteOn: {
        send(0, MidiMessage::programChange(m.channel, m.program));
        send(0, MidiMessage::noteOn(m.channel, m.pitch, m.velocity));
        std::uint8_t &c = m_previewCount[std::size_t(m.channel * 128 + m.pitch)];
        if (c < 255)
            ++c;
        break;
    }
    case Message::Type::PreviewNoteOff: {
        std::uint8_t &c = m_previewCount[std::size_t(m.channel * 128 + m.pitch)];
        if (c > 0) {
            --c;
            send(0, MidiMessage::noteOff(m.channel, m.pitch));
        }
        break;
    }
    case Message::Type::AllNotesOff: {
        releaseSounding(nullptr, 0);
        releasePreviews();
        const int ports = m_midiOut && m_current ? int(m_current->midiPorts().size()) : 0;
        for (int ch = 0; ch < 16; ++ch) {
            send(0, MidiMessage::controlChange(ch, MidiMessage::kCcAllSoundOff, 0));
            for (int dest = 0; dest <= ports; ++dest)
                send(dest, MidiMessage::controlChange(ch, MidiMessage::kCcAllNotesOff, 0));
        }
        break;
    }
    }
}

int Sequencer::destinationOf(const PlaybackEvent &event) const
{
    return (event.port >= 0 && m_midiOut) ? event.port + 1 : 0;
}

void Sequencer::dispatch(const PlaybackEvent &e)
{
    const int dest = destinationOf(e);
    const MidiMessage &m = e.message;
    if (m.isNoteOn()) {
        std::uint8_t &c = noteCount(dest, m.channel(), m.data1);
        if (c < 255)
            ++c;
    } else if (m.isNoteOff()) {
        std::uint8_t &c = noteCount(dest, m.channel(), m.data1);
        if (c == 0)
            return;  // released already (stop, locate, snapshot change)
        --c;
    }
    send(dest, m);
}

void Sequencer::send(int dest, const MidiMessage &m)
{
    if (m.isController(MidiMessage::kCcSustain))
        m_sustainDown[std::size_t(dest * 16 + m.channel())] = m.data2 >= 64 ? 1 : 0;
    else if (m.isPitchBend())
        m_bent[std::size_t(dest * 16 + m.channel())] = m.pitchBendValue() != MidiMessage::kPitchBendCentre ? 1 : 0;
    if (dest == 0 || !m_midiOut) {
        m_sink.sendMidi(m);
        return;
    }
    if (!m_midiOut->push({dest - 1, m, m_blockFrame < 0 ? -1 : m_blockFrame + m_offset}))
        m_droppedMidi.fetch_add(1, std::memory_order_relaxed);
}

void Sequencer::releaseSounding(const PlaybackSnapshot *keepFrom, std::int64_t keepAt)
{
    for (int dest = 0; dest < kDestinations; ++dest) {
        const int port = !m_midiOut ? PlaybackSnapshot::kAnyPort : dest - 1;
        for (int ch = 0; ch < 16; ++ch) {
            for (int pitch = 0; pitch < 128; ++pitch) {
                std::uint8_t &c = noteCount(dest, ch, pitch);
                if (c == 0)
                    continue;
                if (keepFrom && keepFrom->hasNoteCovering(port, ch, pitch, keepAt))
                    continue;
                c = 0;
                send(dest, MidiMessage::noteOff(ch, pitch));
            }
            if (!keepFrom && m_sustainDown[std::size_t(dest * 16 + ch)])
                send(dest, MidiMessage::controlChange(ch, MidiMessage::kCcSustain, 0));
            if (!keepFrom && m_bent[std::size_t(dest * 16 + ch)])
                send(dest, MidiMessage::pitchBend(ch, MidiMessage::kPitchBendCentre));
        }
    }
}

void Sequencer::releasePreviews()
{
    for (int ch = 0; ch < 16; ++ch) {
        for (int pitch = 0; pitch < 128; ++pitch) {
            std::uint8_t &c = m_previewCount[std::size_t(ch * 128 + pitch)];
            if (c) {
                c = 0;
                send(0, MidiMessage::noteOff(ch, pitch));
            }
        }
    }
}

void Sequencer::startAt(double sample)
{
    m_pos = std::max(sample, 0.0);
    m_nextEvent = m_current ? m_current->firstEventAtOrAfter(std::int64_t(std::ceil(m_pos - 1e-9))) : 0;
    sendSetup();
    chaseControllers();
}

void Sequencer::sendSetup()
{
    if (!m_current)
        return;
    for (const PlaybackEvent &e : m_current->setupEvents())
        send(destinationOf(e), e.message);
}

void Sequencer::chaseControllers()
{
    if (!m_current)
        return;
    // The snapshot keeps each controller's events apart: the state before
    // the start is one binary search per controller the song uses.
    std::fill(m_bendChase.begin(), m_bendChase.end(), -1);
    m_current->forEachChasedControl(m_nextEvent, true, [&](const PlaybackEvent &e) {
        m_bendChase[std::size_t(destinationOf(e) * 16 + e.message.channel())] = std::int16_t(e.message.pitchBendValue());
    });
    // Pitch bend: the last bend before the start, or the centre where the
    // channel is still bent from before.
    for (std::size_t i = 0; i < m_bendChase.size(); ++i) {
        const int value = m_bendChase[i] >= 0 ? m_bendChase[i] : (m_bent[i] ? MidiMessage::kPitchBendCentre : -1);
        if (value >= 0)
            send(int(i / 16), MidiMessage::pitchBend(int(i % 16), value));
    }
    m_current->forEachChasedControl(m_nextEvent, false, [&](const PlaybackEvent &e) { send(destinationOf(e), e.message); });
}

void Sequencer::stopPlayback()
{
    releaseSounding(nullptr, 0);
    m_playing = false;
}

void Sequencer::publishPlayhead()
{
    const Tick tick = m_current
        ? Tick(std::floor(m_current->sampleToTick(m_pos) + 1e-6))
        : m_positionWithoutSnapshot;
    m_playheadTick.store(tick, std::memory_order_release);
    m_playingFlag.store(m_playing, std::memory_order_release);
}

} // namespace atelier::core
