#include "tracks/TrackListView.h"

#include "document/TrackListModel.h"
#include "tracks/TrackHeaderDelegate.h"

#include <QHeaderView>
#include <QMenu>
#include <QMouseEvent>

namespace atelier::ui {

using core::TrackListModel;

TrackListView::TrackListView(TrackListModel *model, QWidget *parent) : QTableView(parent)
{
    setModel(model);
    m_delegate = new TrackHeaderDelegate(this);
    setItemDelegate(m_delegate);
    setSelectionBehavior(SelectRows);
    setSelectionMode(SingleSelection);
    setEditTriggers(DoubleClicked | EditKeyPressed | SelectedClicked);
    setShowGrid(false);
    setWordWrap(false);
    setAlternatingRowColors(true);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(30);
    QHeaderView *header = horizontalHeader();
    header->setStretchLastSection(false);
    header->setMinimumSectionSize(24);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(TrackListModel::ProgramColumn, QHeaderView::Stretch);
    setColumnWidth(TrackListModel::NameColumn, 78);
    for (int c : {TrackListModel::MuteColumn, TrackListModel::SoloColumn, TrackListModel::ArmColumn})
        header->setSectionResizeMode(c, QHeaderView::Fixed), setColumnWidth(c, 26);
    setColumnWidth(TrackListModel::ChannelColumn, 34);
    setColumnWidth(TrackListModel::VolumeColumn, 62);
    setColumnWidth(TrackListModel::OutputColumn, 120);
    // The channel and the output are set once; they wait in the header's menu.
    setColumnHidden(TrackListModel::ChannelColumn, true);
    setColumnHidden(TrackListModel::OutputColumn, true);
    // Wide enough for every header and a readable instrument name: no truncated columns.
    setMinimumWidth(78 + 3 * 26 + 62 + kInstrumentMinWidth + 2 * frameWidth() + 2);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &TrackListView::showColumnMenu);
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { emit currentTrackChanged(current.row()); });
}

int TrackListView::currentTrack() const { return currentIndex().row(); }

void TrackListView::setCurrentTrack(int track)
{
    if (track < 0 || track >= model()->rowCount()) {
        selectionModel()->clear();
        return;
    }
    if (currentIndex().row() != track)
        setCurrentIndex(model()->index(track, TrackListModel::NameColumn));
}

void TrackListView::mousePressEvent(QMouseEvent *event)
{
    const QModelIndex index = indexAt(event->position().toPoint());
    if (event->button() != Qt::LeftButton || !index.isValid()) {
        QTableView::mousePressEvent(event);
        return;
    }
    switch (index.column()) {
    case TrackListModel::MuteColumn:
    case TrackListModel::SoloColumn:
    case TrackListModel::ArmColumn: {
        setCurrentTrack(index.row());
        const bool on = index.data(Qt::CheckStateRole).toInt() == Qt::Checked;
        model()->setData(index, on ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
        return;
    }
    case TrackListModel::VolumeColumn:
        setCurrentTrack(index.row());
        m_fader = index;
        model()->setData(index, TrackHeaderDelegate::volumeAt(visualRect(index), int(event->position().x())));
        return;
    default:
        QTableView::mousePressEvent(event);
    }
}

void TrackListView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QModelIndex index = indexAt(event->position().toPoint());
    if (index.isValid() && index.column() == TrackListModel::VolumeColumn) {
        m_fader = QPersistentModelIndex();
        setCurrentIndex(index);
        edit(index);   // type the percentage
        return;
    }
    QTableView::mouseDoubleClickEvent(event);
}

void TrackListView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_fader.isValid()) {
        QTableView::mouseMoveEvent(event);
        return;
    }
    const int volume = TrackHeaderDelegate::volumeAt(visualRect(m_fader), int(event->position().x()));
    if (volume != m_fader.data(Qt::EditRole).toInt())
        model()->setData(m_fader, volume);   // consecutive volume changes merge into one undo step
}

void TrackListView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_fader.isValid()) {
        m_fader = QPersistentModelIndex();
        return;
    }
    QTableView::mouseReleaseEvent(event);
}

void TrackListView::showColumnMenu(const QPoint &pos)
{
    QMenu menu(this);
    for (int c : {TrackListModel::ChannelColumn, TrackListModel::OutputColumn}) {
        QAction *a = menu.addAction(model()->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString());
        a->setCheckable(true);
        a->setChecked(!isColumnHidden(c));
        connect(a, &QAction::toggled, this, [this, c](bool shown) { setColumnHidden(c, !shown); });
    }
    menu.exec(horizontalHeader()->mapToGlobal(pos));
}

void TrackListView::setOutputPorts(std::function<QStringList()> lister)
{
    m_delegate->setOutputPorts(std::move(lister));
}

} // namespace atelier::ui
