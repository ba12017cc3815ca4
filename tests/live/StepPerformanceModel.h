#pragma once
// A tiny deterministic "performance model" for duet tests. Its logits depend
// on the last note token it was fed and on what followed:
//   after NOTE_ON(p)                 -> TIME_SHIFT(20)   (notes last 200 ms)
//   after that shift                 -> NOTE_OFF(p)
//   after NOTE_OFF(p)                -> TIME_SHIFT(50)   (a 500 ms rest)
//   after that rest                  -> NOTE_ON(p + 1) (logit 5), NOTE_ON(p + 2) (logit 4)
// everything else -10. Greedy sampling (temperature 0) therefore answers a
// phrase ending on pitch p with p + 1 (or p + 2 when a key masks p + 1),
// each note 200 ms, 500 ms apart, after a leading rest of 500 ms.

#include "music/IMusicModel.h"
#include "music/MusicEncoding.h"

#include <algorithm>
#include <atomic>

class StepPerformanceModel : public atelier::core::IMusicModel {
    using PE = atelier::core::PerformanceEncoding;

public:
    struct S : State {
        int pitch = 60;
        bool afterOn = false;
        bool shifted = false;
        int batch() const override { return 1; }
        std::unique_ptr<State> clone() const override { return std::make_unique<S>(*this); }
    };
    QString name() const override { return QStringLiteral("step-performance"); }
    atelier::core::MusicModelKind kind() const override { return atelier::core::MusicModelKind::Performance; }
    int vocabSize() const override { return PE::kVocab; }
    int controlSize() const override { return 0; }
    std::unique_ptr<State> newState(int) const override { return std::make_unique<S>(); }
    void step(State &state, const int *tokens, const float *, float *logits) const override
    {
        ++steps;
        auto &s = static_cast<S &>(state);
        const int t = tokens[0];
        if (PE::isNoteOn(t) || PE::isNoteOff(t)) {
            s.pitch = PE::pitchOf(t);
            s.afterOn = PE::isNoteOn(t);
            s.shifted = false;
        } else if (PE::isTimeShift(t)) {
            s.shifted = true;
        }
        std::fill(logits, logits + PE::kVocab, -10.0f);
        if (!s.shifted) {
            logits[PE::timeShift(s.afterOn ? 20 : 50)] = 5;
        } else if (s.afterOn) {
            logits[PE::noteOff(s.pitch)] = 5;
        } else {
            logits[PE::noteOn(std::min(s.pitch + 1, 127))] = 5;
            logits[PE::noteOn(std::min(s.pitch + 2, 127))] = 4;
        }
    }
    mutable std::atomic<long> steps{0};
};
