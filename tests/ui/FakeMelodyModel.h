#pragma once
// A fake melody model for the panels' tests (behind core::IMusicModel).

#include "music/IMusicModel.h"
#include "music/MusicEncoding.h"

#include <memory>
#include <vector>

namespace atelier::test {

// A melody "model" that prefers, at each step, a note-on a whole tone above
// the previous onset every 4th step (wrapping within the octave from `base`,
// 60 unless given) and NO_EVENT otherwise; every other label keeps a small
// probability so sampling varies.
class FakeMelodyModel : public core::IMusicModel {
public:
    struct S : State {
        S(int b, int base) : last(b, base), steps(b, 0) {}
        int batch() const override { return int(last.size()); }
        std::vector<int> last, steps;
    };
    explicit FakeMelodyModel(int base = 60, QString name = "fake-melody") : m_base(base), m_name(std::move(name)) {}
    QString name() const override { return m_name; }
    core::MusicModelKind kind() const override { return core::MusicModelKind::Melody; }
    int vocabSize() const override { return core::MelodyEncoding::kVocab; }
    int controlSize() const override { return 0; }
    std::unique_ptr<State> newState(int batch) const override { return std::make_unique<S>(batch, m_base); }
    void step(State &state, const int *tokens, const float *, float *logits) const override
    {
        auto &s = static_cast<S &>(state);
        for (int b = 0; b < s.batch(); ++b) {
            if (tokens[b] >= 2)
                s.last[b] = tokens[b] - 2 + core::MelodyEncoding::kMinPitch;
            ++s.steps[b];
            float *l = logits + b * vocabSize();
            for (int v = 0; v < vocabSize(); ++v)
                l[v] = -1.0f;
            if (s.steps[b] % 4 == 0) {
                const int next = m_base + ((s.last[b] - m_base + 2) % 12 + 12) % 12;
                l[core::MelodyEncoding::noteOn(next)] = 4.0f;
            } else {
                l[core::MelodyEncoding::kNoEvent] = 4.0f;
            }
        }
    }

private:
    int m_base;
    QString m_name;
};

} // namespace atelier::test
