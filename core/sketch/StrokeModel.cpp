#include "sketch/StrokeModel.h"

#include <QPolygonF>

namespace atelier::core {

StrokeModel::StrokeModel(SketchDocument *doc, QObject *parent) : QAbstractListModel(parent), m_doc(doc)
{
    connect(doc, &SketchDocument::strokesAboutToBeInserted, this,
            [this](int f, int l) { beginInsertRows({}, f, l); });
    connect(doc, &SketchDocument::strokesInserted, this, [this] { endInsertRows(); });
    connect(doc, &SketchDocument::strokesAboutToBeRemoved, this,
            [this](int f, int l) { beginRemoveRows({}, f, l); });
    connect(doc, &SketchDocument::strokesRemoved, this, [this] { endRemoveRows(); });
    connect(doc, &SketchDocument::strokesChanged, this,
            [this](int f, int l) { emit dataChanged(index(f), index(l)); });
    connect(doc, &SketchDocument::aboutToReset, this, [this] { beginResetModel(); });
    connect(doc, &SketchDocument::sketchReset, this, [this] { endResetModel(); });
}

int StrokeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_doc->strokeCount();
}

QVariant StrokeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Stroke &s = m_doc->stroke(index.row());
    switch (role) {
    case Qt::DisplayRole:
        // Not numbered: a row's text must not change when rows before it come and go.
        return s.generated ? tr("Model stroke, %n point(s)", "", int(s.points.size()))
                           : tr("Stroke, %n point(s)", "", int(s.points.size()));
    case PointCountRole:
        return int(s.points.size());
    case GeneratedRole:
        return s.generated;
    case BoundsRole:
        return QPolygonF(s.points).boundingRect();
    }
    return {};
}

Qt::ItemFlags StrokeModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags;
}

} // namespace atelier::core
