#include "live/LivePhraseEncoder.h"

#include "music/MusicEncoding.h"
#include "music/MusicGenerator.h"

#include <algorithm>
#include <cmath>

namespace atelier::core {

namespace {
// A pitch folded by octaves into the melody model's range.
int foldIntoMelodyRange(int pitch)
{
    int p = pitch;
    while (p < MelodyEncoding::kMinPitch)
        p += 12;
    while (p > MelodyEncoding::kMaxPitch)
        p -= 12;
    return p;
}
} // namespace

LivePhraseEncoder::LivePhraseEncoder(const IMusicModel &model, double sampleRate, double tempo_bpm)
    : m_model(model), m_rate(sampleRate), m_stepFrames(sampleRate * 15.0 / std::max(tempo_bpm, 1.0)),
      m_melody(model.kind() == MusicModelKind::Melody), m_logits(std::size_t(std::max(model.vocabSize(), 1))),
      m_controls(musicControls(model, {}, -1)), m_sounding(128, false)
{
}

void LivePhraseEncoder::feed(int token)
{
    if (!m_state || m_fed >= kMaxTokens || token < 0 || token >= m_model.vocabSize())
        return;
    m_model.step(*m_state, &token, m_controls.empty() ? nullptr : m_controls.data(), m_logits.data());
    ++m_fed;
}

void LivePhraseEncoder::begin(Frame frame)
{
    m_state = m_model.newState(1);
    m_fed = 0;
    m_origin = frame;
    m_step = 0;
    m_pendingLabel = MelodyEncoding::kNoEvent;
    m_velocityBin = 0;
    m_melodyPitch = -1;
    std::fill(m_sounding.begin(), m_sounding.end(), false);
    feed(neutralStartToken(m_model.kind()));
}

void LivePhraseEncoder::advanceTo(Frame frame)
{
    if (m_melody) {
        const long long step = std::max<long long>(0, std::llround(double(frame - m_origin) / m_stepFrames));
        if (step <= m_step)
            return;
        feed(m_pendingLabel);
        for (long long s = m_step + 1; s < step && m_fed < kMaxTokens; ++s)
            feed(MelodyEncoding::kNoEvent);
        m_step = step;
        m_pendingLabel = MelodyEncoding::kNoEvent;
        return;
    }
    const long long step =
        std::max<long long>(0, std::llround(double(frame - m_origin) / (m_rate * PerformanceEncoding::kStepSeconds)));
    for (long long gap = step - m_step; gap > 0 && m_fed < kMaxTokens;) {
        const int k = int(std::min<long long>(gap, PerformanceEncoding::kMaxShiftSteps));
        feed(PerformanceEncoding::timeShift(k));
        gap -= k;
    }
    m_step = std::max(m_step, step);
}

void LivePhraseEncoder::noteOn(Frame frame, int pitch, int velocity)
{
    if (!m_state || pitch < 0 || pitch > 127)
        return;
    advanceTo(frame);
    if (m_melody) {
        const int p = foldIntoMelodyRange(pitch);
        const int current = MelodyEncoding::pitchOf(m_pendingLabel);
        if (current < 0 || p > current) {
            m_pendingLabel = MelodyEncoding::noteOn(p);
            m_melodyPitch = p;
        }
        return;
    }
    const int bin = PerformanceEncoding::velocityToBin(velocity);
    if (bin != m_velocityBin) {
        feed(PerformanceEncoding::velocity(bin));
        m_velocityBin = bin;
    }
    if (m_sounding[std::size_t(pitch)])
        feed(PerformanceEncoding::noteOff(pitch));
    feed(PerformanceEncoding::noteOn(pitch));
    m_sounding[std::size_t(pitch)] = true;
}

void LivePhraseEncoder::noteOff(Frame frame, int pitch)
{
    if (!m_state || pitch < 0 || pitch > 127)
        return;
    advanceTo(frame);
    if (m_melody) {
        const int p = foldIntoMelodyRange(pitch);
        if (p == m_melodyPitch && !MelodyEncoding::isNoteOn(m_pendingLabel)) {
            m_pendingLabel = MelodyEncoding::kNoteOff;
            m_melodyPitch = -1;
        }
        return;
    }
    if (!m_sounding[std::size_t(pitch)])
        return;
    feed(PerformanceEncoding::noteOff(pitch));
    m_sounding[std::size_t(pitch)] = false;
}

std::unique_ptr<IMusicModel::State> LivePhraseEncoder::snapshot(std::vector<float> *logits) const
{
    if (!m_state)
        return nullptr;
    std::unique_ptr<IMusicModel::State> copy = m_state->clone();
    if (!copy)
        return nullptr;
    *logits = m_logits;
    if (m_melody && m_fed < kMaxTokens) {
        int token = m_pendingLabel;
        m_model.step(*copy, &token, m_controls.empty() ? nullptr : m_controls.data(), logits->data());
    }
    return copy;
}

} // namespace atelier::core
