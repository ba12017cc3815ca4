#include "tracks/TrackListView.h"

#include "audio/MidiOutput.h"
#include "document/GeneralMidi.h"
#include "document/TrackListModel.h"

#include <QComboBox>
#include <QHeaderView>
#include <QSpinBox>
#include <QStyledItemDelegate>

namespace atelier::ui {

using core::TrackListModel;

namespace {

// Editors for the columns whose values are numbers or choices.
class TrackDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        switch (index.column()) {
        case TrackListModel::ProgramColumn: {
            auto *c = new QComboBox(parent);
            for (int p = 0; p < 128; ++p)
                c->addItem(QStringLiteral("%1 %2").arg(p + 1).arg(core::GeneralMidi::programName(p)), p);
            c->setMaxVisibleItems(20);
            return c;
        }
        case TrackListModel::ChannelColumn: {
            auto *s = new QSpinBox(parent);
            s->setRange(1, 16);
            s->setToolTip(QObject::tr("Channel 10 plays drums"));
            return s;
        }
        case TrackListModel::VolumeColumn: {
            auto *s = new QSpinBox(parent);
            s->setRange(0, 100);
            s->setSuffix("%");
            return s;
        }
        case TrackListModel::OutputColumn: {
            auto *c = new QComboBox(parent);
            c->addItem(QObject::tr("Internal synth"), QString());
            for (const QString &port : core::MidiOutput::portNames())
                c->addItem(port, port);
            return c;
        }
        default:
            return QStyledItemDelegate::createEditor(parent, option, index);
        }
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (auto *c = qobject_cast<QComboBox *>(editor)) {
            const int i = c->findData(index.data(Qt::EditRole));
            c->setCurrentIndex(std::max(0, i));
            return;
        }
        QStyledItemDelegate::setEditorData(editor, index);
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        if (auto *c = qobject_cast<QComboBox *>(editor)) {
            model->setData(index, c->currentData(), Qt::EditRole);
            return;
        }
        QStyledItemDelegate::setModelData(editor, model, index);
    }
};

} // namespace

TrackListView::TrackListView(TrackListModel *model, QWidget *parent) : QTableView(parent)
{
    setModel(model);
    setItemDelegate(new TrackDelegate(this));
    setSelectionBehavior(SelectRows);
    setSelectionMode(SingleSelection);
    setEditTriggers(DoubleClicked | EditKeyPressed | SelectedClicked);
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setSectionResizeMode(TrackListModel::NameColumn, QHeaderView::Interactive);
    setColumnWidth(TrackListModel::NameColumn, 90);
    setColumnWidth(TrackListModel::ProgramColumn, 140);
    for (int c : {TrackListModel::ChannelColumn, TrackListModel::MuteColumn,
                  TrackListModel::SoloColumn, TrackListModel::ArmColumn})
        setColumnWidth(c, 34);
    setColumnWidth(TrackListModel::VolumeColumn, 44);
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

} // namespace atelier::ui
