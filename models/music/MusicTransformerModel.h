#pragma once
// A relative-attention music Transformer behind core::IMusicModel, with a
// fast CPU inference path that advances one event at a time: each State
// keeps, per layer, the keys and values of the last W positions of every
// row (a ring), so a step computes only the new position: its projections
// (panel-packed matrices, as the LSTM kernels use), attention over the
// cached keys with the relative term q · E[distance], the feed-forward layer
// and the head. The same numbers as MusicTransformerNet::forward() over the
// whole sequence (checked to 1e-5 in tests/models), at a cost that grows
// with the window, not with the length played so far.
//
// Thread safety: all const functions may run concurrently; states belong to callers.

#include "HalfTensors.h"
#include "music/IMusicModel.h"
#include "music/MusicTransformerConfig.h"

#include <memory>

namespace atelier::models {

class MusicTransformerModel final : public core::IMusicModel {
public:
    // tensors: the names and shapes of config.shapes() (config must validate).
    MusicTransformerModel(QString name, const MusicTransformerConfig &config, const Tensors &tensors);
    ~MusicTransformerModel() override;

    QString name() const override;
    core::MusicModelKind kind() const override;
    int vocabSize() const override;
    int controlSize() const override;
    const MusicTransformerConfig &config() const;

    std::unique_ptr<State> newState(int batch) const override;
    void step(State &state, const int *tokens, const float *controls, float *logits) const override;

    struct Impl;

private:
    std::unique_ptr<Impl> d;
};

} // namespace atelier::models
