#pragma once
// What the piano roll and the command line need from a music model, without
// knowing how it is computed (the models/ library implements it on a fast
// LSTM kernel; core and ui never see torch).
//
// A music model is an autoregressive next-event model over a token
// vocabulary (MelodyEncoding or PerformanceEncoding, see MusicEncoding.h),
// optionally conditioned on a small control vector (the performance model's
// note-density one-hot). Sampling policy (temperature, top-p, key masks,
// lengths) lives in core (MusicGenerator), on top of step().
//
// Thread safety: all functions are const; each State belongs to one caller,
// so several worker threads may generate with one model at once.

#include <QString>
#include <functional>
#include <memory>

namespace atelier::core {

enum class MusicModelKind { Melody, Performance };

class IMusicModel {
public:
    virtual ~IMusicModel() = default;

    virtual QString name() const = 0;            // e.g. "melody-lstm"
    virtual MusicModelKind kind() const = 0;
    virtual int vocabSize() const = 0;           // MelodyEncoding::kVocab or PerformanceEncoding::kVocab
    virtual int controlSize() const = 0;         // 0, or PerformanceEncoding::kDensityBins

    // Recurrent state for `batch` independent sequences (zero initial state).
    class State {
    public:
        virtual ~State() = default;
        virtual int batch() const = 0;
        // A copy that continues independently (the live duet primes one
        // state with the phrase as it is played, then generates a reply from
        // a copy while the player may still go on). nullptr when the model
        // cannot copy its state.
        virtual std::unique_ptr<State> clone() const { return nullptr; }
    };
    virtual std::unique_ptr<State> newState(int batch) const = 0;

    // Feeds one token per sequence (tokens[batch]) with its controls
    // (controls[batch * controlSize()], may be null when controlSize() is 0)
    // and writes the next-token logits (logits[batch * vocabSize()]).
    virtual void step(State &state, const int *tokens, const float *controls, float *logits) const = 0;
};

// Loads a model file; nullptr and *error ("<file>: <problem>") when the file
// is missing, malformed or unsupported. Provided by the models library and
// handed to the UI by the app.
using MusicModelLoader =
    std::function<std::shared_ptr<const IMusicModel>(const QString &path, QString *error)>;

} // namespace atelier::core
