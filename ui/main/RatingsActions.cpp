#include "main/RatingsActions.h"

#include "reward/PreferenceLog.h"

#include <QFileDialog>
#include <QMenu>

namespace atelier::ui {

RatingsActions::RatingsActions(QMenu *menu, QWidget *dialogParent, Say say, const QString &logPath)
    : QObject(menu), m_parent(dialogParent), m_say(std::move(say)),
      m_log(logPath.isEmpty() ? core::PreferenceLog::defaultPath() : logPath)
{
    QAction *out = menu->addAction(tr("&Export Your Ratings…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(m_parent, tr("Export Your Ratings"), QStringLiteral("ratings.jsonl"),
                                                          tr("Ratings (*.jsonl)"));
        if (!path.isEmpty())
            exportTo(path);
    });
    out->setObjectName("exportRatingsAction");
    out->setToolTip(tr("Your thumbs up and down on variations and drawings, as a file to keep or share"));
    QAction *in = menu->addAction(tr("&Import Ratings…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(m_parent, tr("Import Ratings"), QString(),
                                                          tr("Ratings (*.jsonl)"));
        if (!path.isEmpty())
            importFrom(path);
    });
    in->setObjectName("importRatingsAction");
}

bool RatingsActions::exportTo(const QString &path)
{
    QString error;
    if (!core::PreferenceLog(m_log).exportTo(path, &error)) {
        m_say(tr("Ratings not exported: %1").arg(error));
        return false;
    }
    m_say(tr("Your ratings are in %1").arg(path));
    return true;
}

bool RatingsActions::importFrom(const QString &path)
{
    QString error;
    const auto added = core::PreferenceLog(m_log).importFrom(path, &error);
    if (!added) {
        m_say(tr("Ratings not imported: %1").arg(error));
        return false;
    }
    m_say(tr("%n rating(s) imported", nullptr, *added));
    return true;
}

} // namespace atelier::ui
