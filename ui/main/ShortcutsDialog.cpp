#include "main/ShortcutsDialog.h"

#include <QAction>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace atelier::ui {

namespace {

// Where an action lives: "Edit", "Sketch", or the class of its panel.
QString placeOf(const QAction *action)
{
    for (QObject *o : action->associatedObjects())
        if (const auto *menu = qobject_cast<QMenu *>(o); menu && !menu->title().isEmpty())
            return QString(menu->title()).remove(QLatin1Char('&'));
    for (QObject *o : action->associatedObjects())
        if (const auto *w = qobject_cast<QWidget *>(o); w && !w->windowTitle().isEmpty())
            return w->windowTitle();
    return ShortcutsDialog::tr("Everywhere");
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget *window, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto *layout = new QVBoxLayout(this);
    m_search = new QLineEdit(this);
    m_search->setObjectName("shortcutSearch");
    m_search->setPlaceholderText(tr("Search actions and keys…"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);
    m_table = new QTableWidget(0, 3, this);
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Keys"), tr("Where")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_table);

    QSet<QAction *> seen;
    for (QAction *a : window->findChildren<QAction *>()) {
        if (a->shortcuts().isEmpty() || seen.contains(a))
            continue;
        seen.insert(a);
        QStringList keys;
        for (const QKeySequence &k : a->shortcuts())
            keys.append(k.toString(QKeySequence::NativeText));
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(a->text().remove(QLatin1Char('&')).remove(QStringLiteral("…"))));
        m_table->setItem(row, 1, new QTableWidgetItem(keys.join(QStringLiteral(", "))));
        m_table->setItem(row, 2, new QTableWidgetItem(placeOf(a)));
    }
    m_table->sortItems(2);
    m_table->resizeColumnsToContents();
    resize(640, 520);
    connect(m_search, &QLineEdit::textChanged, this, &ShortcutsDialog::filter);
}

void ShortcutsDialog::filter(const QString &text)
{
    const QString t = text.trimmed();
    for (int r = 0; r < m_table->rowCount(); ++r) {
        bool match = t.isEmpty();
        for (int c = 0; c < m_table->columnCount() && !match; ++c)
            match = m_table->item(r, c)->text().contains(t, Qt::CaseInsensitive);
        m_table->setRowHidden(r, !match);
    }
}

int ShortcutsDialog::visibleRows() const
{
    int n = 0;
    for (int r = 0; r < m_table->rowCount(); ++r)
        n += !m_table->isRowHidden(r);
    return n;
}

} // namespace atelier::ui
