#pragma once
// RatingsActions: Music > Export Your Ratings… and Import Ratings… : the
// user's ratings log (core::PreferenceLog) copied out to a file (written
// atomically), or another log's ratings added to it (lines that do not
// parse are skipped). What happened goes to `say` (the status bar).

#include <QObject>
#include <functional>

class QMenu;
class QWidget;

namespace atelier::ui {

class RatingsActions : public QObject {
    Q_OBJECT
public:
    using Say = std::function<void(const QString &)>;
    // Adds the two actions to `menu`; logPath empty: the user's ratings log.
    RatingsActions(QMenu *menu, QWidget *dialogParent, Say say, const QString &logPath = {});

    bool exportTo(const QString &path);
    bool importFrom(const QString &path);

private:
    QWidget *m_parent;
    Say m_say;
    QString m_log;
};

} // namespace atelier::ui
