#pragma once
// BlindTest: a blind A/B comparison of two models that the user takes (the
// Compare Models dialog's model). Each trial shows or plays one output of
// each model for the same context, in an order drawn at random (seeded) as
// "A" and "B" without names; the user picks one, or skips. When the trials
// are done: how often the second model won, with its 95 % Wilson score
// interval, and the result saved as JSON (atomically).

#include <QJsonObject>
#include <QString>
#include <cstdint>
#include <vector>

namespace atelier::core {

class BlindTest {
public:
    BlindTest(QString firstModel, QString secondModel, int trials, std::uint64_t seed);

    const QString &firstModel() const { return m_first; }
    const QString &secondModel() const { return m_second; }
    int trials() const { return int(m_leftIsFirst.size()); }
    int current() const { return m_current; }   // the trial being taken; trials() when finished
    bool finished() const { return m_current >= trials(); }
    // Whether trial i shows the first model's output as "A" (on the left).
    bool leftIsFirst(int trial) const { return m_leftIsFirst.at(std::size_t(trial)); }

    // For the current trial: the user prefers A (left) or B; or has no preference.
    void pick(bool left);
    void skip();

    struct Result {
        int trials = 0, picked = 0, firstWins = 0, secondWins = 0;
        double secondRate = 0;   // secondWins / picked (0 with no picks)
        double low = 0, high = 1; // its 95 % Wilson interval
    };
    Result result() const;
    static void wilson(int wins, int n, double *low, double *high);

    QJsonObject toJson() const;
    // Where the studio keeps the results: <user data folder>/comparisons.
    static QString resultsDir();
    // A new file name there for now ("compare-20261206-101500.json"); the
    // folder is made if need be.
    static QString newResultPath();
    bool save(const QString &path, QString *error) const;

private:
    QString m_first, m_second;
    std::uint64_t m_seed;
    std::vector<bool> m_leftIsFirst;
    std::vector<int> m_choice;   // per trial: 1 first, 2 second, 0 skipped, -1 not yet
    int m_current = 0;
};

} // namespace atelier::core
