#include "live/DuetReplyGenerator.h"

#include "music/MusicGenerator.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace atelier::core {

namespace {
constexpr double kNegInf = -std::numeric_limits<double>::infinity();
}

DuetReplyGenerator::DuetReplyGenerator(const IMusicModel &model, std::unique_ptr<IMusicModel::State> state,
                                       std::vector<float> logits, Params params)
    : m_model(model), m_state(std::move(state)), m_logits(std::move(logits)), m_p(std::move(params)),
      m_melody(model.kind() == MusicModelKind::Melody), m_rng(m_p.seed), m_soundingIndex(128, -1)
{
    const int v = model.vocabSize();
    m_masked.assign(std::size_t(std::max(v, 0)), false);
    if (m_p.key)
        for (int k = 0; k < v; ++k) {
            const int pitch = m_melody ? MelodyEncoding::pitchOf(k)
                                       : (PerformanceEncoding::isNoteOn(k) ? PerformanceEncoding::pitchOf(k) : -1);
            if (pitch >= 0)
                m_masked[std::size_t(k)] = !m_p.key->contains(pitch);
        }
    m_work.resize(m_masked.size());
    const double stepSeconds = m_melody ? 15.0 / std::max(m_p.tempo_bpm, 1.0) : PerformanceEncoding::kStepSeconds;
    m_target = std::max<long long>(1, std::llround(std::max(m_p.length_s, 0.0) / stepSeconds));
    m_cap = m_melody ? int(m_target + 64) : int(std::min(300.0 * m_p.length_s + 512, 1e6));
    if (m_p.controls.size() != std::size_t(std::max(model.controlSize(), 0)))
        m_p.controls.assign(std::size_t(std::max(model.controlSize(), 0)), 0.0f);
    if (!m_state || int(m_logits.size()) != v || v <= 0)
        m_done = true;
}

Frame DuetReplyGenerator::relFrame() const
{
    if (m_anchor < 0)
        return 0;
    const double stepFrames = m_melody ? m_p.sampleRate * 15.0 / std::max(m_p.tempo_bpm, 1.0)
                                       : m_p.sampleRate * PerformanceEncoding::kStepSeconds;
    return Frame(std::llround(double(m_elapsed - m_anchor) * stepFrames));
}

void DuetReplyGenerator::startNote(int pitch, int velocity)
{
    if (pitch < 0 || pitch > 127)
        return;
    if (m_anchor < 0)
        m_anchor = m_elapsed;
    endNote(pitch);
    m_soundingIndex[std::size_t(pitch)] = int(m_notes.size());
    m_notes.push_back({relFrame(), -1, pitch, std::clamp(velocity, 1, 127)});
}

void DuetReplyGenerator::endNote(int pitch)
{
    if (pitch < 0 || pitch > 127 || m_soundingIndex[std::size_t(pitch)] < 0)
        return;
    DuetNote &n = m_notes[std::size_t(m_soundingIndex[std::size_t(pitch)])];
    n.end = std::max(relFrame(), n.start + 1);
    m_soundingIndex[std::size_t(pitch)] = -1;
}

void DuetReplyGenerator::onPerformanceToken(int t)
{
    if (PerformanceEncoding::isTimeShift(t)) {
        m_elapsed += PerformanceEncoding::shiftStepsOf(t);
    } else if (PerformanceEncoding::isVelocity(t)) {
        m_velocity = PerformanceEncoding::binToVelocity(PerformanceEncoding::velocityBinOf(t));
    } else if (PerformanceEncoding::isNoteOn(t)) {
        startNote(PerformanceEncoding::pitchOf(t), m_velocity);
    } else if (PerformanceEncoding::isNoteOff(t)) {
        endNote(PerformanceEncoding::pitchOf(t));
    }
}

void DuetReplyGenerator::onMelodyToken(int t)
{
    if (MelodyEncoding::isNoteOn(t)) {
        if (m_melodyPitch >= 0)
            endNote(m_melodyPitch);
        m_melodyPitch = MelodyEncoding::pitchOf(t);
        startNote(m_melodyPitch, m_p.melodyVelocity);
    } else if (t == MelodyEncoding::kNoteOff && m_melodyPitch >= 0) {
        endNote(m_melodyPitch);
        m_melodyPitch = -1;
    }
    ++m_elapsed;   // the label fills one step
}

void DuetReplyGenerator::finish()
{
    // Notes still sounding end at the reply's end.
    const long long end = m_anchor < 0 ? m_elapsed : std::min(m_elapsed, m_anchor + m_target);
    const long long keep = m_elapsed;
    m_elapsed = end;
    for (int p = 0; p < 128; ++p)
        endNote(p);
    m_elapsed = keep;
    m_done = true;
    m_state.reset();
}

void DuetReplyGenerator::feed(int token)
{
    const float *controls = m_p.controls.empty() ? nullptr : m_p.controls.data();
    m_model.step(*m_state, &token, controls, m_logits.data());
}

bool DuetReplyGenerator::run(int maxTokens)
{
    for (int i = 0; i < maxTokens && !m_done; ++i) {
        for (std::size_t k = 0; k < m_work.size(); ++k)
            m_work[k] = m_masked[k] || std::isnan(m_logits[k]) ? kNegInf : double(m_logits[k]);
        if (m_melody && m_melodyPitch < 0)
            m_work[MelodyEncoding::kNoteOff] = kNegInf;
        const int t = sampleToken(m_work, m_p.temperature, m_p.topP, m_rng);
        ++m_tokens;
        if (m_melody)
            onMelodyToken(t);
        else
            onPerformanceToken(t);
        if ((m_anchor >= 0 && m_elapsed - m_anchor >= m_target) || m_tokens >= m_cap) {
            finish();
            break;
        }
        feed(t);
    }
    return m_done;
}

} // namespace atelier::core
