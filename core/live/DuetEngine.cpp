#include "live/DuetEngine.h"

#include "music/MusicGenerator.h"

#include <algorithm>
#include <cmath>

namespace atelier::core {

DuetEngine::DuetEngine(std::shared_ptr<const IMusicModel> model, const DuetSettings &settings, double sampleRate)
    : m_model(std::move(model)), m_settings(settings), m_rate(sampleRate),
      m_encoder(*m_model, sampleRate, settings.tempo_bpm)
{
}

void DuetEngine::hear(const TimedMidiEvent &event, Output &out)
{
    const MidiMessage &m = event.message;
    if (m.isNoteOn())
        noteOn(event.frame, m.data1, m.data2, out);
    else if (m.isNoteOff())
        noteOff(event.frame, m.data1, out);
    else if (m.isController(MidiMessage::kCcSustain)) {
        const bool down = m.data2 >= 64;
        if (down == m_pedal)
            return;
        m_pedal = down;
        if (down) {
            m_speculative.reset();
            m_speculationWanted = false;
            if (m_phraseActive)
                m_lastUp = -1;
            return;
        }
        for (int p : m_pedalHeld)
            m_encoder.noteOff(event.frame, p);
        m_pedalHeld.clear();
        if (m_phraseActive && m_keysDown.empty())
            allUp(event.frame);
    }
}

void DuetEngine::noteOn(Frame f, int pitch, int velocity, Output &out)
{
    cutReply(f, out);
    m_speculative.reset();
    m_speculationWanted = false;
    if (!m_phraseActive) {
        m_phraseActive = true;
        m_phraseStart = f;
        m_encoder.begin(f);
        m_phraseNotes.clear();
        m_saturationReported = false;
        m_keysDown.clear();
        m_pedalHeld.clear();
    }
    if (auto it = m_playerOpen.find(pitch); it != m_playerOpen.end()) {
        DuetNote &n = m_playerNotes[it->second];
        n.end = std::max(f, n.start + 1);
        m_playerOpen.erase(it);
    }
    m_playerOpen[pitch] = m_playerNotes.size();
    m_playerNotes.push_back({f, -1, pitch, velocity});
    m_phraseNotes.push_back({f, -1, pitch, velocity});
    m_encoder.noteOn(f, pitch, velocity);
    if (m_encoder.saturated() && !m_saturationReported) {
        out.phraseTooDense = true;
        m_saturationReported = true;
    }
    m_keysDown.insert(pitch);
    m_pedalHeld.erase(pitch);
    m_lastUp = -1;
}

void DuetEngine::noteOff(Frame f, int pitch, Output &)
{
    const auto it = m_playerOpen.find(pitch);
    if (it == m_playerOpen.end())
        return;   // no note-on: ignored
    DuetNote &n = m_playerNotes[it->second];
    n.end = std::max(f, n.start + 1);
    m_playerOpen.erase(it);
    for (auto p = m_phraseNotes.rbegin(); p != m_phraseNotes.rend(); ++p)
        if (p->pitch == pitch && p->end < 0) {
            p->end = std::max(f, p->start + 1);
            break;
        }
    if (!m_keysDown.erase(pitch))
        return;   // a key held over from an earlier phrase
    if (m_pedal)
        m_pedalHeld.insert(pitch);
    else
        m_encoder.noteOff(f, pitch);
    if (m_phraseActive && m_keysDown.empty() && m_pedalHeld.empty() && !m_pedal)
        allUp(f);
}

void DuetEngine::allUp(Frame f)
{
    // The speculative reply is prepared by work(), once the input has been
    // drained: a flood of notes then costs one preparation per batch, not one
    // per note.
    m_lastUp = f;
    m_speculationWanted = true;
}

void DuetEngine::startSpeculation()
{
    m_speculationWanted = false;
    if (!m_phraseActive || m_lastUp < 0)
        return;
    std::vector<float> logits;
    std::unique_ptr<IMusicModel::State> state = m_encoder.snapshot(&logits);
    if (state)
        m_speculative = prepare(std::move(state), std::move(logits), m_lastUp + Frame(m_settings.silence_s * m_rate),
                                m_settings.seed + m_seedCounter);
}

std::unique_ptr<DuetEngine::Pending> DuetEngine::prepare(std::unique_ptr<IMusicModel::State> state,
                                                         std::vector<float> logits, Frame phraseEnd,
                                                         std::uint64_t seed)
{
    auto p = std::make_unique<Pending>();
    DuetReplyGenerator::Params &params = p->params;
    params.temperature = m_settings.temperature;
    params.topP = m_settings.topP;
    params.sampleRate = m_rate;
    params.tempo_bpm = m_settings.tempo_bpm;
    params.seed = seed;

    // The phrase as notes: key, density, velocity and length.
    const Frame phraseEndNotes = m_lastUp >= 0 ? m_lastUp : phraseEnd;
    QList<Note> notes;
    double velocitySum = 0;
    const double ticksPerFrame = double(kDefaultPpq) * 2.0 / m_rate;   // 120 bpm
    for (const DuetNote &n : m_phraseNotes) {
        const Frame end = n.end >= 0 ? n.end : phraseEndNotes;
        notes.append({n.pitch, Tick(double(n.start - m_phraseStart) * ticksPerFrame),
                      std::max<Tick>(1, Tick(double(end - n.start) * ticksPerFrame)), n.velocity});
        velocitySum += n.velocity;
    }
    if (m_settings.keyMode == DuetSettings::KeyMode::Auto && !notes.isEmpty())
        params.key = KeyScale::estimate(notes);
    else if (m_settings.keyMode == DuetSettings::KeyMode::Fixed)
        params.key = m_settings.fixedKey;
    if (!m_phraseNotes.empty())
        params.melodyVelocity = int(std::lround(velocitySum / double(m_phraseNotes.size())));
    const double phrase_s = std::max(double(phraseEndNotes - m_phraseStart) / m_rate, 0.0);
    params.length_s = m_settings.replyBars > 0
                          ? m_settings.replyBars * m_settings.beatsPerBar * 60.0 / std::max(m_settings.tempo_bpm, 1.0)
                          : std::clamp(phrase_s, m_settings.minReply_s, m_settings.maxReply_s);
    if (m_model->kind() == MusicModelKind::Performance && m_model->controlSize() == PerformanceEncoding::kDensityBins) {
        const double density = phrase_s > 0.05 ? double(m_phraseNotes.size()) / phrase_s : 8.0;
        params.controls = PerformanceEncoding::densityControl(PerformanceEncoding::densityBin(density));
    }
    p->primed = state->clone();
    p->primedLogits = logits;
    p->generator = std::make_unique<DuetReplyGenerator>(*m_model, std::move(state), std::move(logits), params);
    return p;
}

void DuetEngine::advance(Frame now, Frame earliest, Output &out)
{
    if (m_phraseActive) {
        const Frame maxEnd = m_phraseStart + Frame(m_settings.maxPhrase_s * m_rate);
        Frame end = -1;
        if (m_lastUp >= 0) {
            end = m_lastUp + Frame(m_settings.silence_s * m_rate);
            if (m_settings.barSync && m_barLines) {
                const double beat_s = 60.0 / std::max(m_settings.tempo_bpm, 1.0);
                if (const std::optional<Frame> bar = m_barLines(m_lastUp + Frame(m_settings.barGap_beats * beat_s * m_rate)))
                    end = *bar;
            }
        }
        if (end >= 0 && now >= end && end <= maxEnd)
            endPhrase(end, earliest, out);
        else if (now >= maxEnd)
            endPhrase(maxEnd, earliest, out);
    }
    if (m_current)
        release(*m_current, out);
}

void DuetEngine::endPhrase(Frame end, Frame earliest, Output &out)
{
    m_phraseActive = false;
    m_speculationWanted = false;
    std::unique_ptr<Pending> p = std::move(m_speculative);
    if (!p || m_lastUp < 0) {
        std::vector<float> logits;
        std::unique_ptr<IMusicModel::State> state = m_encoder.snapshot(&logits);
        p = state ? prepare(std::move(state), std::move(logits), end, m_settings.seed + m_seedCounter) : nullptr;
    }
    ++m_seedCounter;
    m_keysDown.clear();
    m_pedalHeld.clear();
    m_lastUp = -1;
    m_lastPhraseEnd = end;
    if (p)
        commit(std::move(p), end, earliest, out);
}

void DuetEngine::commit(std::unique_ptr<Pending> pending, Frame phraseEnd, Frame earliest, Output &out)
{
    m_current = std::move(pending);
    Pending &p = *m_current;
    // The first note must exist before the reply's start is fixed (a few tokens).
    while (p.generator && !p.generator->done() && p.generator->notes().empty())
        p.generator->run(8);
    DuetReply reply;
    reply.index = int(m_replies.size());
    reply.phraseStart = m_phraseStart;
    reply.phraseEnd = phraseEnd;
    reply.start = std::max(phraseEnd, earliest);
    reply.key = p.params.key;
    m_replies.push_back(reply);
    p.reply = reply.index;
    p.released = 0;
    p.offReleased.clear();
    release(p, out);
}

void DuetEngine::release(Pending &p, Output &out)
{
    if (p.reply < 0 || !p.generator)
        return;
    DuetReply &reply = m_replies[std::size_t(p.reply)];
    const std::vector<DuetNote> &notes = p.generator->notes();
    const int ch = m_settings.replyChannel;
    p.offReleased.resize(notes.size(), false);
    reply.notes.resize(notes.size());
    for (std::size_t i = 0; i < notes.size(); ++i) {
        const DuetNote &n = notes[i];
        DuetNote &abs = reply.notes[i];
        if (i >= p.released) {
            abs = {reply.start + n.start, -1, n.pitch, n.velocity};
            out.events.push_back({abs.start, MidiMessage::noteOn(ch, n.pitch, n.velocity)});
        }
        if (n.end >= 0 && !p.offReleased[i]) {
            abs.end = reply.start + n.end;
            out.events.push_back({abs.end, MidiMessage::noteOff(ch, n.pitch)});
            p.offReleased[i] = true;
        }
    }
    p.released = notes.size();
    if (p.generator->done()) {
        reply.complete = true;
        out.finishedReplies.push_back(p.reply);
        p.generator.reset();
        m_last = std::move(m_current);
    }
}

bool DuetEngine::work(int maxTokens, Output &out)
{
    if (m_speculationWanted)
        startSpeculation();
    if (m_current && m_current->generator) {
        m_current->generator->run(maxTokens);
        release(*m_current, out);
    } else if (m_speculative && m_speculative->generator && !m_speculative->generator->done()) {
        m_speculative->generator->run(maxTokens);
    }
    return hasWork();
}

bool DuetEngine::hasWork() const
{
    const auto pending = [](const std::unique_ptr<Pending> &p) {
        return p && p->generator && !p->generator->done();
    };
    return m_speculationWanted || pending(m_current) || pending(m_speculative);
}

void DuetEngine::cutReply(Frame at, Output &out)
{
    if (m_replies.empty())
        return;
    DuetReply &reply = m_replies.back();
    const bool generating = m_current && m_current->reply == reply.index;
    bool sounding = generating;
    for (const DuetNote &n : reply.notes)
        sounding = sounding || n.end < 0 || n.end > at || n.start >= at;
    if (!sounding)
        return;
    out.cancel = true;
    out.events.clear();   // nothing scheduled before the cancel survives it
    std::vector<DuetNote> kept;
    for (DuetNote n : reply.notes) {
        if (n.start >= at)
            continue;
        if (n.end < 0 || n.end > at)
            n.end = std::max(at, n.start + 1);
        kept.push_back(n);
    }
    reply.notes = std::move(kept);
    reply.interrupted = true;
    if (generating) {
        reply.complete = false;
        out.finishedReplies.push_back(reply.index);
        m_current->generator.reset();
        m_last = std::move(m_current);
    }
}

bool DuetEngine::mutate(Frame now, Frame earliest, Output &out)
{
    if (m_phraseActive)
        return false;
    cutReply(now, out);
    if (!m_last || !m_last->primed)
        return false;
    auto p = std::make_unique<Pending>();
    p->params = m_last->params;
    p->params.seed = m_settings.seed + 1000003ULL * (++m_seedCounter);
    p->params.temperature = m_settings.temperature;
    p->primed = m_last->primed->clone();
    p->primedLogits = m_last->primedLogits;
    p->generator = std::make_unique<DuetReplyGenerator>(*m_model, m_last->primed->clone(), m_last->primedLogits,
                                                        p->params);
    m_phraseStart = m_replies.empty() ? now : m_replies.back().phraseStart;
    commit(std::move(p), now, earliest, out);
    return true;
}

void DuetEngine::silence(Frame now, Output &out)
{
    cutReply(now, out);
}

void DuetEngine::stop(Frame now, Output &out)
{
    cutReply(now, out);
    for (const auto &[pitch, index] : m_playerOpen) {
        DuetNote &n = m_playerNotes[index];
        n.end = std::max(now, n.start + 1);
    }
    m_playerOpen.clear();
    m_phraseActive = false;
    m_speculative.reset();
    m_speculationWanted = false;
    m_keysDown.clear();
    m_pedalHeld.clear();
}

} // namespace atelier::core
