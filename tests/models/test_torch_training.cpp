// The LibTorch training helpers shared by the trainers: the anchor that
// keeps a personalised model near its base (values and gradients worked out
// by hand) and the time-left estimate.

#include "train/TorchTraining.h"

#include <QTest>
#include <cmath>

using namespace atelier::models;

class TestTorchTraining : public QObject {
    Q_OBJECT

private slots:
    void anchorPullsTowardTheStart()
    {
        torch::Tensor a = torch::tensor({1.0f, 2.0f}).requires_grad_(true);
        torch::Tensor b = torch::tensor({{0.5f}}).requires_grad_(true);
        const AnchorPull pull({a, b}, 0.5);
        QVERIFY(pull.active());
        {
            torch::NoGradGuard noGrad;
            a.add_(torch::tensor({1.0f, -2.0f}));   // a = (2, 0): moved by (1, -2)
            b.add_(3.0f);                           // b = 3.5: moved by 3
        }
        // 0.5 · (1 + 4 + 9) = 7, on top of the loss 1.25.
        const torch::Tensor loss = pull.add(torch::tensor(1.25f), {a, b});
        QCOMPARE(loss.item<float>(), 8.25f);
        loss.backward();
        // d/dθ of 0.5 · (θ − θ₀)² is θ − θ₀.
        QCOMPARE(a.grad()[0].item<float>(), 1.0f);
        QCOMPARE(a.grad()[1].item<float>(), -2.0f);
        QCOMPARE(b.grad()[0][0].item<float>(), 3.0f);
    }

    void noWeightNoPull()
    {
        torch::Tensor a = torch::tensor({1.0f}).requires_grad_(true);
        const AnchorPull none({a}, 0.0);
        QVERIFY(!none.active());
        QVERIFY(!AnchorPull().active());
        QCOMPARE(none.add(torch::tensor(2.0f), {a * 3}).item<float>(), 2.0f);
    }

    void timeLeft()
    {
        QCOMPARE(trainingEtaSeconds(10, 110, 2.0, 5.0, 0), 50.0);      // 100 steps at 2 per second
        QCOMPARE(trainingEtaSeconds(10, 0, 2.0, 30.0, 1.0), 30.0);     // one minute, 30 s gone
        QCOMPARE(trainingEtaSeconds(10, 1000, 2.0, 30.0, 1.0), 30.0);  // the time comes first
        QCOMPARE(trainingEtaSeconds(10, 0, 0.0, 30.0, 0), -1.0);       // no target
    }
};

QTEST_GUILESS_MAIN(TestTorchTraining)
#include "test_torch_training.moc"
