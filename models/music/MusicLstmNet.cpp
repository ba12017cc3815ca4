// The music LSTM module and its fused LSTM layer; see MusicLstmNet.h.

#include "music/MusicLstmNet.h"

#include "train/TorchTraining.h"

#include "music/MusicLstmChecks.h"
#include "music/MusicLstmPointwise.h"

#include <cmath>

namespace atelier::models {

namespace {

using torch::autograd::AutogradContext;
using torch::autograd::variable_list;

float *fptr(const torch::Tensor &t) { return t.data_ptr<float>(); }

// Forward of one layer over T steps from state (h0, c0) (null: zero state).
// Fills acts [T, B, 4H] (from xp), cs, tcs, hs [T, B, H].
void fusedForward(const torch::Tensor &xp, const torch::Tensor &whhT, const torch::Tensor &h0,
                  const torch::Tensor &c0, torch::Tensor &acts, torch::Tensor &cs, torch::Tensor &tcs,
                  torch::Tensor &hs)
{
    const int64_t T = xp.size(0), B = xp.size(1), H = whhT.size(0);
    for (int64_t t = 0; t < T; ++t) {
        torch::Tensor g = acts.select(0, t);
        const torch::Tensor hPrev = t > 0 ? hs.select(0, t - 1) : h0;
        if (hPrev.defined())
            torch::addmm_out(g, xp.select(0, t), hPrev, whhT);
        else
            g.copy_(xp.select(0, t));
        const float *cPrev = t > 0 ? fptr(cs.select(0, t - 1)) : (c0.defined() ? fptr(c0) : nullptr);
        lstmPointwiseForward(int(B), int(H), fptr(g), cPrev, fptr(cs.select(0, t)), fptr(tcs.select(0, t)),
                             fptr(hs.select(0, t)));
    }
}

struct FusedLstmFunction : public torch::autograd::Function<FusedLstmFunction> {
    static torch::Tensor forward(AutogradContext *ctx, const torch::Tensor &xpIn, const torch::Tensor &whh)
    {
        const torch::Tensor xp = xpIn.contiguous();
        const int64_t T = xp.size(0), B = xp.size(1), H = whh.size(1);
        const auto opts = xp.options();
        torch::Tensor acts = torch::empty({T, B, 4 * H}, opts);
        torch::Tensor cs = torch::empty({T, B, H}, opts), tcs = torch::empty({T, B, H}, opts);
        torch::Tensor hs = torch::empty({T, B, H}, opts);
        fusedForward(xp, whh.t(), {}, {}, acts, cs, tcs, hs);
        ctx->save_for_backward({whh, hs});
        ctx->saved_data["acts"] = acts;
        ctx->saved_data["cs"] = cs;
        ctx->saved_data["tcs"] = tcs;
        return hs;
    }

    static variable_list backward(AutogradContext *ctx, variable_list grads)
    {
        const auto saved = ctx->get_saved_variables();
        const torch::Tensor whh = saved[0].contiguous(), hs = saved[1];
        const torch::Tensor acts = ctx->saved_data["acts"].toTensor();
        const torch::Tensor cs = ctx->saved_data["cs"].toTensor();
        const torch::Tensor tcs = ctx->saved_data["tcs"].toTensor();
        const int64_t T = acts.size(0), B = acts.size(1), H = whh.size(1);
        torch::Tensor dhs = grads[0].defined() ? grads[0].contiguous() : torch::zeros_like(hs);
        torch::Tensor dG = torch::empty_like(acts);
        torch::Tensor dh = dhs.select(0, T - 1).clone();
        torch::Tensor dc = torch::zeros({B, H}, acts.options());
        for (int64_t t = T - 1; t >= 0; --t) {
            const torch::Tensor dg = dG.select(0, t);
            lstmPointwiseBackward(int(B), int(H), fptr(acts.select(0, t)), t > 0 ? fptr(cs.select(0, t - 1)) : nullptr,
                                  fptr(tcs.select(0, t)), fptr(dh), fptr(dc), fptr(dg));
            if (t > 0)
                torch::addmm_out(dh, dhs.select(0, t - 1), dg, whh);  // dh_{t-1} = dL/dh_{t-1} + dG_t · W_hh
        }
        torch::Tensor dWhh;
        if (T > 1)
            dWhh = torch::mm(dG.narrow(0, 1, T - 1).reshape({(T - 1) * B, 4 * H}).t(),
                             hs.narrow(0, 0, T - 1).reshape({(T - 1) * B, H}));
        else
            dWhh = torch::zeros_like(whh);
        return {dG, dWhh};
    }
};

torch::Tensor param(const torch::nn::Module &m, const std::string &name)
{
    return m.named_parameters(false)[name];
}

} // namespace

torch::Tensor fusedLstmLayer(const torch::Tensor &xp, const torch::Tensor &whh)
{
    return FusedLstmFunction::apply(xp, whh);
}

MusicLstmNetImpl::MusicLstmNetImpl(const MusicLstmConfig &config) : m_config(config)
{
    const MusicLstmConfig &c = m_config;
    embedding = register_module("embedding", torch::nn::Embedding(c.vocab, c.embedding));
    lstm = register_module("lstm", torch::nn::LSTM(torch::nn::LSTMOptions(c.embedding + c.controls, c.hidden)
                                                       .num_layers(c.layers)
                                                       .batch_first(true)
                                                       .dropout(c.layers > 1 ? c.dropout : 0.0)));
    head = register_module("head", torch::nn::Linear(c.hidden, c.vocab));
    // Start the forget gates open (bias 1 on f), a standard help for long sequences.
    torch::NoGradGuard noGrad;
    for (int l = 0; l < c.layers; ++l) {
        param(*lstm, "bias_ih_l" + std::to_string(l)).narrow(0, c.hidden, c.hidden).fill_(1.0);
        param(*lstm, "bias_hh_l" + std::to_string(l)).narrow(0, c.hidden, c.hidden).zero_();
    }
}

torch::Tensor MusicLstmNetImpl::layerInput(const torch::Tensor &tokens, const torch::Tensor &controls)
{
    torch::Tensor x = embedding(tokens);
    if (m_config.controls > 0) {
        const torch::Tensor ctl = controls.defined()
                                      ? controls.to(torch::kFloat)
                                      : torch::zeros({tokens.size(0), tokens.size(1), m_config.controls});
        x = torch::cat({x, ctl}, 2);
    }
    return x;
}

MusicLstmState MusicLstmNetImpl::zeroState(int batch) const
{
    MusicLstmState s;
    for (int l = 0; l < m_config.layers; ++l) {
        s.h.push_back(torch::zeros({batch, m_config.hidden}));
        s.c.push_back(torch::zeros({batch, m_config.hidden}));
    }
    return s;
}

torch::Tensor MusicLstmNetImpl::forward(const torch::Tensor &tokens, const torch::Tensor &controls,
                                        MusicLstmState *state)
{
    const MusicLstmConfig &c = m_config;
    const int64_t T = tokens.size(0), B = tokens.size(1), H = c.hidden;
    torch::Tensor x = layerInput(tokens, controls);
    for (int l = 0; l < c.layers; ++l) {
        const std::string k = std::to_string(l);
        const torch::Tensor wih = param(*lstm, "weight_ih_l" + k), whh = param(*lstm, "weight_hh_l" + k);
        const torch::Tensor bias = param(*lstm, "bias_ih_l" + k) + param(*lstm, "bias_hh_l" + k);
        const torch::Tensor xp = torch::addmm(bias, x.reshape({T * B, x.size(2)}), wih.t()).view({T, B, 4 * H});
        torch::Tensor hs;
        if (state) {
            TORCH_CHECK(!torch::GradMode::is_enabled() || !xp.requires_grad(), "stateful forward needs no grad");
            const auto opts = xp.options();
            torch::Tensor acts = xp.clone(), cs = torch::empty({T, B, H}, opts), tcs = torch::empty({T, B, H}, opts);
            hs = torch::empty({T, B, H}, opts);
            torch::Tensor whhT = whh.detach().t();
            fusedForward(acts, whhT, state->h[size_t(l)].contiguous(), state->c[size_t(l)].contiguous(), acts, cs,
                         tcs, hs);
            state->h[size_t(l)] = hs.select(0, T - 1).clone();
            state->c[size_t(l)] = cs.select(0, T - 1).clone();
        } else {
            hs = fusedLstmLayer(xp, whh);
        }
        if (l + 1 < c.layers && c.dropout > 0 && is_training())
            hs = torch::dropout(hs, c.dropout, true);
        x = hs;
    }
    return head(x);
}

torch::Tensor MusicLstmNetImpl::forwardReference(const torch::Tensor &tokens, const torch::Tensor &controls)
{
    const torch::Tensor x = layerInput(tokens, controls);
    auto out = lstm->forward(x);
    return head(std::get<0>(out));
}

void MusicLstmNetImpl::loadWeights(const MusicModelFile &file)
{
    torch::NoGradGuard noGrad;
    for (auto &item : named_parameters()) {
        const MusicTensor &t = file.tensor(QString::fromStdString(item.key()));
        std::vector<int64_t> shape(t.shape.begin(), t.shape.end());
        item.value().copy_(torch::from_blob(const_cast<float *>(t.values.data()), shape, torch::kFloat));
    }
}

void MusicLstmNetImpl::storeWeights(MusicModelFile &file) const
{
    file.config = m_config;
    file.tensors = moduleTensors(*this);
}

// ---- MusicLstmChecks.h ----

MusicLstmCheck compareFusedWithTorchLstm(const MusicLstmConfig &config, int batch, int steps, std::uint64_t seed)
{
    torch::manual_seed(seed);
    MusicLstmConfig c = config;
    c.dropout = 0;
    MusicLstmNet net(c);
    // Non-trivial biases and a wider weight spread, so every gate matters.
    {
        torch::NoGradGuard noGrad;
        for (auto &p : net->parameters())
            p.add_(torch::randn_like(p) * 0.1);
    }
    const torch::Tensor tokens = torch::randint(c.vocab, {batch, steps}, torch::kLong);
    torch::Tensor controls;
    if (c.controls > 0)
        controls = torch::rand({batch, steps, c.controls});
    const torch::Tensor targets = torch::randint(c.vocab, {batch, steps}, torch::kLong);

    auto lossAndGrads = [&](bool fused) {
        net->zero_grad();
        torch::Tensor logits;
        if (fused)
            logits = net->forward(tokens.t().contiguous(), controls.defined() ? controls.transpose(0, 1).contiguous()
                                                                               : controls)
                         .transpose(0, 1);
        else
            logits = net->forwardReference(tokens, controls);
        const torch::Tensor loss = torch::cross_entropy_loss(logits.reshape({-1, c.vocab}), targets.reshape({-1}));
        loss.backward();
        std::vector<torch::Tensor> grads;
        for (auto &p : net->parameters())
            grads.push_back(p.grad().clone());
        return std::make_tuple(logits.detach().clone(), loss.item<double>(), grads);
    };
    const auto [logitsF, lossF, gradsF] = lossAndGrads(true);
    const auto [logitsR, lossR, gradsR] = lossAndGrads(false);
    MusicLstmCheck r;
    r.maxLogitDiff = (logitsF - logitsR).abs().max().item<double>();
    r.lossDiff = std::abs(lossF - lossR);
    for (size_t i = 0; i < gradsF.size(); ++i) {
        const double scale = std::max(1e-6, gradsR[i].abs().max().item<double>());
        r.maxRelativeGradDiff = std::max(r.maxRelativeGradDiff, (gradsF[i] - gradsR[i]).abs().max().item<double>() / scale);
    }
    return r;
}

} // namespace atelier::models
