#pragma once
// Item model over the notes of one track of a SongDocument: one row per note
// (its position in Track::notes), columns pitch, start, length, velocity.
// It owns no data: it forwards the document's fine-grained signals as row
// insertions, removals and dataChanged, so views keep their selection across
// edits. setData() edits go through the document's undo stack.

#include "document/SongDocument.h"

#include <QAbstractTableModel>

namespace atelier::core {

class NoteModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { PitchColumn, StartColumn, LengthColumn, VelocityColumn, ColumnCount };
    enum Role { NoteRole = Qt::UserRole + 1 };  // the whole Note as a QVariant

    explicit NoteModel(SongDocument *doc, QObject *parent = nullptr);

    SongDocument *document() const { return m_doc; }
    int track() const { return m_track; }
    void setTrack(int track);  // -1: no track
    const Note &note(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    void trackSwitched(int track);

private:
    SongDocument *m_doc;
    int m_track = -1;
};

} // namespace atelier::core

Q_DECLARE_METATYPE(atelier::core::Note)
