#pragma once
// Item model over the tracks of a SongDocument: one row per track, columns
// name, instrument (GM program), channel, mute, solo, record arm, volume,
// output. Edits go through the document's undo stack; arming a track disarms
// the others in the same step.

#include "document/SongDocument.h"

#include <QAbstractTableModel>

namespace atelier::core {

class TrackListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn, ProgramColumn, ChannelColumn, MuteColumn, SoloColumn, ArmColumn, VolumeColumn,
        OutputColumn, ColumnCount
    };

    explicit TrackListModel(SongDocument *doc, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    SongDocument *m_doc;
};

} // namespace atelier::core
