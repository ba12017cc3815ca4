#pragma once
// Browses a Quick, Draw! ndjson file as thumbnails (optionally one split);
// the chosen drawing is returned to the caller, which loads it as one
// undoable edit.

#include "sketch/QuickDrawReader.h"

#include <QDialog>

class QComboBox;
class QListWidget;

namespace atelier::ui {

class QuickDrawBrowser : public QDialog {
    Q_OBJECT
public:
    QuickDrawBrowser(const QList<core::QuickDrawEntry> &entries, const QString &title, QWidget *parent = nullptr);
    std::optional<core::Sketch> chosen() const;

private:
    void fill();
    QList<core::QuickDrawEntry> m_entries;
    QComboBox *m_split;
    QListWidget *m_list;
};

} // namespace atelier::ui
