#include "sketch/QuickDrawBrowser.h"
#include "sketch/SketchRenderer.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QVBoxLayout>

namespace atelier::ui {

namespace {
constexpr int kMaxThumbnails = 600;
constexpr QSize kThumb{96, 80};
}

QuickDrawBrowser::QuickDrawBrowser(const QList<core::QuickDrawEntry> &entries, const QString &title,
                                   QWidget *parent)
    : QDialog(parent), m_entries(entries)
{
    setWindowTitle(title);
    resize(760, 560);
    m_split = new QComboBox(this);
    m_split->addItem(tr("All drawings"), QString());
    QStringList splits;
    for (const auto &e : entries)
        if (!e.split.isEmpty() && !splits.contains(e.split))
            splits.append(e.split);
    for (const QString &s : splits)
        m_split->addItem(s, s);
    m_list = new QListWidget(this);
    m_list->setViewMode(QListView::IconMode);
    m_list->setIconSize(kThumb);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setMovement(QListView::Static);
    m_list->setUniformItemSizes(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    connect(m_split, &QComboBox::currentIndexChanged, this, &QuickDrawBrowser::fill);
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("%n drawing(s)", "", int(entries.size())), this));
    top->addStretch(1);
    top->addWidget(m_split);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    fill();
}

void QuickDrawBrowser::fill()
{
    m_list->clear();
    const QString split = m_split->currentData().toString();
    int shown = 0;
    for (int i = 0; i < m_entries.size() && shown < kMaxThumbnails; ++i) {
        const auto &e = m_entries[i];
        if (!split.isEmpty() && e.split != split)
            continue;
        const QImage img = SketchRenderer::thumbnail(e.sketch.strokes, kThumb);
        auto *item = new QListWidgetItem(QIcon(QPixmap::fromImage(img)), e.id.isEmpty() ? e.word : e.id, m_list);
        item->setData(Qt::UserRole, i);
        ++shown;
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

std::optional<core::Sketch> QuickDrawBrowser::chosen() const
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return std::nullopt;
    return m_entries[item->data(Qt::UserRole).toInt()].sketch;
}

} // namespace atelier::ui
