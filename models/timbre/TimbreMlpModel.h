#pragma once
// TimbreMlpModel: fast CPU inference of a trained timbre model (no torch),
// the core::timbre::ITimbreModel the voice engine, the renderer and the
// evaluation use. The decoder is an MLP (Linear -> LayerNorm -> leaky ReLU
// (slope 0.1), `layers` times, then a Linear head) from [z, conditioning] to
// 1 + kHarmonics + kNoiseBands outputs:
//   amplitude A = 2 * sigmoid(out[0])^ln(10) + 1e-7     (DDSP's exp-sigmoid)
//   harmonics   = A * softmax(out[1..kHarmonics]) over the audible harmonics (k * f0 < kMaxFrequency), 0 above
//   noise gains = 2 * sigmoid(out[1 + kHarmonics + b])^ln(10) + 1e-7
// exactly as TimbreNet computes them in training. The encoder is the same
// kind of MLP from normalized MFCC statistics to (mu, log variance); encode()
// returns mu. Matrix products use PanelMatrix (batched rows, AVX when there).

#include "timbre/ITimbreModel.h"
#include "timbre/TimbreModelFile.h"

#include <memory>

namespace atelier::models {

class TimbreMlpModel final : public core::timbre::ITimbreModel {
public:
    static std::shared_ptr<TimbreMlpModel> fromFile(const TimbreModelFile &file);

    QString name() const override { return m_name; }
    int zSize() const override { return m_config.zSize; }
    const std::vector<core::timbre::TimbreInstrument> &instruments() const override { return m_instruments; }
    void decode(int count, const float *inputs, const double *f0Hz, core::timbre::TimbreFrame *frames) const override;
    std::vector<float> encode(const std::vector<float> &mfccStats) const override;

    const TimbreModelConfig &config() const { return m_config; }
    // The raw decoder outputs (1 + kHarmonics + kNoiseBands per row), for tests.
    void decodeRaw(int count, const float *inputs, float *out) const;

    struct Layer;
    ~TimbreMlpModel() override;

private:
    TimbreMlpModel();
    template <typename Use>
    void forEachDecoded(int count, const float *inputs, Use &&use) const;
    QString m_name;
    TimbreModelConfig m_config;
    std::vector<core::timbre::TimbreInstrument> m_instruments;
    std::vector<float> m_mfccMean, m_mfccStd;
    std::vector<std::unique_ptr<Layer>> m_decoder, m_encoder;  // the last of each has no norm
};

// Converts raw decoder outputs of one row to a frame (shared with tests).
void timbreOutputsToFrame(const float *out, double f0Hz, core::timbre::TimbreFrame *frame);

} // namespace atelier::models
