#include "sketch/SketchGeneration.h"

#include <QMetaObject>
#include <QPointer>
#include <QThread>

namespace atelier::ui {

SketchGeneration::SketchGeneration(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<QList<QList<core::Stroke5>>>();
    qRegisterMetaType<QList<double>>();
}

SketchGeneration::~SketchGeneration()
{
    cancel();
    // Workers hold only shared pointers and atomics of their own; wait for
    // them so none outlives the objects it reports to.
    while (m_running.load() > 0)
        QThread::msleep(5);
}

int SketchGeneration::next()
{
    m_current = ++m_lastId;
    return m_lastId;
}

void SketchGeneration::cancel()
{
    const int job = m_current.exchange(0);
    if (job != 0)
        emit cancelled(job);
}

int SketchGeneration::startContinuation(std::shared_ptr<const core::ISketchModel> model,
                                        const QList<core::Stroke5> &prefix, int count,
                                        const core::SketchSampleOptions &options)
{
    const int job = next();
    ++m_running;
    QPointer<SketchGeneration> self(this);
    QThread *t = QThread::create([=, this] {
        int rows = 0;
        auto onStep = [&](int, const core::Stroke5 &) {
            if (++rows % 16 == 0 && self)
                QMetaObject::invokeMethod(self, [=] { emit progress(job, rows); }, Qt::QueuedConnection);
            return m_current.load() == job;  // false cancels
        };
        auto result = model->continueSketch(prefix, count, options, onStep);
        if (result && m_current.load() == job && self)
            QMetaObject::invokeMethod(self, [=] {
                if (m_current.load() == job)
                    emit continuationReady(job, *result);
            }, Qt::QueuedConnection);
        --m_running;
    });
    connect(t, &QThread::finished, t, &QObject::deleteLater);
    t->start();
    return job;
}

int SketchGeneration::startScoring(std::shared_ptr<const core::ISketchModel> model,
                                   const QList<core::Stroke5> &rows)
{
    const int job = next();
    ++m_running;
    QPointer<SketchGeneration> self(this);
    QThread *t = QThread::create([=, this] {
        const QList<double> nll = model->rowNll(rows);
        if (self && m_current.load() == job)
            QMetaObject::invokeMethod(self, [=] {
                if (m_current.load() == job)
                    emit scoringReady(job, nll);
            }, Qt::QueuedConnection);
        --m_running;
    });
    connect(t, &QThread::finished, t, &QObject::deleteLater);
    t->start();
    return job;
}

} // namespace atelier::ui
