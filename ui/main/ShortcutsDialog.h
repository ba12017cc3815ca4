#pragma once
// Help > Keyboard Shortcuts: every action of the window that has a key, with
// its keys and where it lives (its menu, or the panel it belongs to),
// generated from the actions themselves so the list is never out of date.
// A search field filters by action, key or place.

#include <QDialog>

class QLineEdit;
class QTableWidget;

namespace atelier::ui {

class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    explicit ShortcutsDialog(QWidget *window, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    QTableWidget *table() const { return m_table; }
    int visibleRows() const;

private:
    void filter(const QString &text);

    QLineEdit *m_search;
    QTableWidget *m_table;
};

} // namespace atelier::ui
