// meanKlPerEvent against values worked out by hand: two fake models whose
// next-token distributions are fixed (p uniform over two tokens, q = 3:1),
// so KL(p ‖ q) = ½ ln(0.5 / 0.75) + ½ ln(0.5 / 0.25) = 0.1438410 nats at
// every scored position, KL(p ‖ p) = 0, and only positions from
// firstTargets on count.

#include "music/ModelDivergence.h"

#include <QTest>
#include <cmath>

using namespace atelier::core;

namespace {

class FixedModel final : public IMusicModel {
public:
    explicit FixedModel(float first) : m_first(first) {}
    QString name() const override { return QStringLiteral("fixed"); }
    MusicModelKind kind() const override { return MusicModelKind::Melody; }
    int vocabSize() const override { return 2; }
    int controlSize() const override { return 0; }
    class S final : public State {
    public:
        explicit S(int b) : m_b(b) {}
        int batch() const override { return m_b; }
        int m_b;
    };
    std::unique_ptr<State> newState(int batch) const override { return std::make_unique<S>(batch); }
    void step(State &state, const int *, const float *, float *logits) const override
    {
        for (int i = 0; i < state.batch(); ++i) {
            logits[2 * i] = m_first;
            logits[2 * i + 1] = 0.0f;
        }
    }

private:
    float m_first;
};

} // namespace

class TestModelDivergence : public QObject {
    Q_OBJECT
private slots:
    void klOfFixedDistributions()
    {
        const FixedModel p(0.0f), q(float(std::log(3.0)));
        std::vector<MusicWindow> rows(3);
        rows[0].tokens = {0, 1, 1, 0, 1};   // 4 predicted positions, 2 of them scored (first = 3)
        rows[1].tokens = {1, 0};            // 1 position, scored
        rows[2].tokens = {0, 0, 1};         // 2 positions, scored
        const std::vector<int> firsts{3, 1, 1};
        const auto kl = meanKlPerEvent(p, q, rows, firsts, 2);
        QVERIFY(kl);
        QVERIFY2(std::abs(*kl - 0.1438410) < 1e-6, qPrintable(QString::number(*kl, 'g', 10)));
        QVERIFY(std::abs(*meanKlPerEvent(p, p, rows, firsts)) < 1e-12);
        // KL(q ‖ p) = ¾ ln(0.75 / 0.5) + ¼ ln(0.25 / 0.5) = 0.1308120
        QVERIFY(std::abs(*meanKlPerEvent(q, p, rows, firsts, 1) - 0.1308120) < 1e-6);
    }

    void nothingScoredIsNoAnswer()
    {
        const FixedModel p(0.0f);
        std::vector<MusicWindow> rows(1);
        rows[0].tokens = {1};
        QVERIFY(!meanKlPerEvent(p, p, rows, {1}));
    }
};

QTEST_GUILESS_MAIN(TestModelDivergence)
#include "test_model_divergence.moc"
