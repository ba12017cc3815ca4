#include "reward/BlindTest.h"

#include "document/AtomicFile.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QJsonArray>
#include <QJsonDocument>
#include <QObject>
#include <QSaveFile>
#include <cmath>
#include <random>

namespace atelier::core {

BlindTest::BlindTest(QString firstModel, QString secondModel, int trials, std::uint64_t seed)
    : m_first(std::move(firstModel)), m_second(std::move(secondModel)), m_seed(seed)
{
    std::mt19937_64 rng(seed);
    for (int i = 0; i < std::max(trials, 0); ++i)
        m_leftIsFirst.push_back((rng() & 1) != 0);
    m_choice.assign(m_leftIsFirst.size(), -1);
}

void BlindTest::pick(bool left)
{
    if (finished())
        return;
    const bool first = left == leftIsFirst(m_current);
    m_choice[std::size_t(m_current++)] = first ? 1 : 2;
}

void BlindTest::skip()
{
    if (!finished())
        m_choice[std::size_t(m_current++)] = 0;
}

void BlindTest::wilson(int wins, int n, double *low, double *high)
{
    if (n <= 0) {
        *low = 0;
        *high = 1;
        return;
    }
    const double z = 1.959964, p = double(wins) / n, z2n = z * z / n;
    const double centre = (p + z2n / 2) / (1 + z2n);
    const double half = z * std::sqrt(p * (1 - p) / n + z2n / (4 * n)) / (1 + z2n);
    *low = std::max(0.0, centre - half);
    *high = std::min(1.0, centre + half);
}

BlindTest::Result BlindTest::result() const
{
    Result r;
    r.trials = trials();
    for (int c : m_choice) {
        r.firstWins += c == 1 ? 1 : 0;
        r.secondWins += c == 2 ? 1 : 0;
    }
    r.picked = r.firstWins + r.secondWins;
    r.secondRate = r.picked > 0 ? double(r.secondWins) / r.picked : 0.0;
    wilson(r.secondWins, r.picked, &r.low, &r.high);
    return r;
}

QJsonObject BlindTest::toJson() const
{
    const Result r = result();
    QJsonArray trials;
    for (int i = 0; i < this->trials(); ++i)
        trials.append(QJsonObject{{"a_is", leftIsFirst(i) ? QStringLiteral("first") : QStringLiteral("second")},
                                  {"picked", m_choice[std::size_t(i)] == 1   ? QStringLiteral("first")
                                             : m_choice[std::size_t(i)] == 2 ? QStringLiteral("second")
                                             : m_choice[std::size_t(i)] == 0 ? QStringLiteral("none")
                                                                             : QStringLiteral("not taken")}});
    return QJsonObject{{"first", m_first},
                       {"second", m_second},
                       {"seed", QString::number(m_seed)},
                       {"trials", r.trials},
                       {"picked", r.picked},
                       {"first_wins", r.firstWins},
                       {"second_wins", r.secondWins},
                       {"second_win_rate", r.secondRate},
                       {"interval_95", QJsonArray{r.low, r.high}},
                       {"time", QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                       {"per_trial", trials}};
}

QString BlindTest::resultsDir()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("comparisons"));
}

QString BlindTest::newResultPath()
{
    const QString stem = QStringLiteral("compare-") + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QDir dir(resultsDir());
    dir.mkpath(QStringLiteral("."));
    QString path = dir.filePath(stem + QStringLiteral(".json"));
    for (int i = 2; QFileInfo::exists(path); ++i)
        path = dir.filePath(QStringLiteral("%1-%2.json").arg(stem).arg(i));
    return path;
}

bool BlindTest::save(const QString &path, QString *error) const
{
    QString reason;
    if (!AtomicFile::write(path, QJsonDocument(toJson()).toJson(), &reason)) {
        *error = QObject::tr("cannot save the comparison to %1: %2").arg(path, reason);
        return false;
    }
    return true;
}

} // namespace atelier::core
