#pragma once
// An affine map y = x · W + b for a small batch of row vectors x, laid out
// for matrix–vector speed (private to the models library; no torch).
//
// Design: a Sketch-RNN decoder step is a 1×517 by 517×2048 product, bound
// by how fast the weights stream from cache/memory, so W (K×N, row-major)
// is repacked into column panels of kPanelWidth floats: panel p holds
// W[k][16p .. 16p+15] for k = 0..K-1 contiguously, so the kernel reads each
// panel as one forward stream. Each output element is accumulated in k
// order in blocks of 32 (FMA where the CPU has it; each block's partial sum
// is added to the output, which keeps float32 rounding near BLAS's), the
// same way whatever the batch size and of how rows are blocked, so row r of a batch-8 product is
// bit-identical to the same row computed alone. The kernel (PanelMatrix.cpp,
// built with -O3) uses GCC vector extensions and is compiled for AVX2+FMA
// and baseline x86-64 (target_clones, picked at load time) and for AVX-512
// (picked at run time). Batch rows are blocked (4 or 8) per panel so each
// panel is read from memory once per step for the whole batch.

#include <cstddef>
#include <memory>

namespace atelier::models {

class PanelMatrix {
public:
    static constexpr int kPanelWidth = 16;

    PanelMatrix() = default;
    PanelMatrix(int rows, int cols);  // W and b zero

    int rows() const { return m_rows; }
    int cols() const { return m_cols; }
    int paddedCols() const { return m_panels * kPanelWidth; }

    // Copies `count` rows of a row-major matrix with cols() columns into W,
    // starting at row `firstRow`.
    void setRows(int firstRow, const float *w, int count);
    void setBias(const float *b);  // cols() values

    // y[r*ldy + n] = b[n] + sum_k x[r*ldx + k] * W[k][n] for r < batch and
    // n < paddedCols() (the padding columns come out as 0). ldy >= paddedCols().
    void multiply(int batch, const float *x, int ldx, float *y, int ldy) const;

private:
    struct FreeDeleter {
        void operator()(float *p) const;
    };
    using Buffer = std::unique_ptr<float[], FreeDeleter>;
    static Buffer allocate(std::size_t count);

    int m_rows = 0;
    int m_cols = 0;
    int m_panels = 0;
    Buffer m_panelData;  // m_panels × m_rows × kPanelWidth
    Buffer m_bias;       // paddedCols()
};

} // namespace atelier::models
