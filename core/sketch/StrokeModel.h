#pragma once
// Item model over a SketchDocument's strokes: one row per stroke, for the
// canvas (a custom item view) and its selection model. Owns no data.

#include "sketch/SketchDocument.h"

#include <QAbstractListModel>

namespace atelier::core {

class StrokeModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { PointCountRole = Qt::UserRole + 1, GeneratedRole, BoundsRole };

    explicit StrokeModel(SketchDocument *doc, QObject *parent = nullptr);
    SketchDocument *document() const { return m_doc; }
    const Stroke &stroke(int row) const { return m_doc->stroke(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    SketchDocument *m_doc;
};

} // namespace atelier::core
