#include "SketchBatch.h"

namespace atelier::models {

SketchBatch SketchBatch::make(const std::vector<const SketchDrawing *> &drawings, double scaleFactor,
                              double randomScale, int padRows)
{
    const int64_t B = int64_t(drawings.size());
    int64_t maxLen = 0;
    for (const SketchDrawing *d : drawings)
        maxLen = std::max<int64_t>(maxLen, d->length());
    const int64_t T = std::max<int64_t>(padRows, maxLen + 1);
    torch::Tensor scales = torch::ones({B, 2});
    if (randomScale > 0)
        scales = (torch::rand({B, 2}) - 0.5) * (2 * randomScale) + 1.0;
    const auto sc = scales.accessor<float, 2>();
    torch::Tensor strokes = torch::zeros({T, B, 5});
    torch::Tensor lengths = torch::empty({B}, torch::kLong);
    auto s = strokes.accessor<float, 3>();
    auto len = lengths.accessor<int64_t, 1>();
    for (int64_t b = 0; b < B; ++b) {
        const SketchDrawing &d = *drawings[b];
        const int n = d.length();
        len[b] = n;
        for (int t = 0; t < n; ++t) {
            s[t][b][0] = float(d.rows[t * 3] / scaleFactor * sc[b][0]);
            s[t][b][1] = float(d.rows[t * 3 + 1] / scaleFactor * sc[b][1]);
            const bool lift = d.rows[t * 3 + 2] > 0.5f;
            s[t][b][2] = lift ? 0.f : 1.f;
            s[t][b][3] = lift ? 1.f : 0.f;
        }
        for (int64_t t = n; t < T; ++t)
            s[t][b][4] = 1.f;
    }
    return {strokes, lengths};
}

} // namespace atelier::models
