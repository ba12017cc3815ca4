#include "document/NoteModel.h"
#include "document/GeneralMidi.h"

namespace atelier::core {

NoteModel::NoteModel(SongDocument *doc, QObject *parent) : QAbstractTableModel(parent), m_doc(doc)
{
    auto mine = [this](int track) { return track == m_track; };
    connect(doc, &SongDocument::notesAboutToBeInserted, this, [=](int t, int first, int last) {
        if (mine(t)) beginInsertRows({}, first, last);
    });
    connect(doc, &SongDocument::notesInserted, this, [=](int t) { if (mine(t)) endInsertRows(); });
    connect(doc, &SongDocument::notesAboutToBeRemoved, this, [=](int t, int first, int last) {
        if (mine(t)) beginRemoveRows({}, first, last);
    });
    connect(doc, &SongDocument::notesRemoved, this, [=](int t) { if (mine(t)) endRemoveRows(); });
    connect(doc, &SongDocument::notesChanged, this, [=](int t, int first, int last) {
        if (mine(t)) emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
    });
    connect(doc, &SongDocument::aboutToReset, this, [this] { beginResetModel(); });
    connect(doc, &SongDocument::songReset, this, [this] {
        m_track = m_doc->trackCount() > 0 ? 0 : -1;
        endResetModel();
        emit trackSwitched(m_track);
    });
    // Track list edits move or remove the track we show.
    connect(doc, &SongDocument::trackAboutToBeRemoved, this, [this](int index) {
        if (index == m_track) beginResetModel();
    });
    connect(doc, &SongDocument::trackRemoved, this, [this](int index) {
        if (index == m_track) {
            m_track = std::min(index, m_doc->trackCount() - 1);
            endResetModel();
            emit trackSwitched(m_track);
        } else if (index < m_track) {
            --m_track;
            emit trackSwitched(m_track);
        }
    });
    connect(doc, &SongDocument::trackInserted, this, [this](int index) {
        if (m_track < 0) {
            setTrack(index);
        } else if (index <= m_track) {
            ++m_track;
            emit trackSwitched(m_track);
        }
    });
    m_track = doc->trackCount() > 0 ? 0 : -1;
}

void NoteModel::setTrack(int track)
{
    if (!m_doc->isValidTrack(track))
        track = -1;
    if (track == m_track)
        return;
    beginResetModel();
    m_track = track;
    endResetModel();
    emit trackSwitched(m_track);
}

const Note &NoteModel::note(int row) const { return m_doc->track(m_track).notes.at(row); }

int NoteModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || m_track < 0)
        return 0;
    return int(m_doc->track(m_track).notes.size());
}

int NoteModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NoteModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Note &n = note(index.row());
    if (role == NoteRole)
        return QVariant::fromValue(n);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case PitchColumn:
        return role == Qt::DisplayRole ? QVariant(GeneralMidi::pitchName(n.pitch)) : QVariant(n.pitch);
    case StartColumn: return qlonglong(n.start);
    case LengthColumn: return qlonglong(n.length);
    case VelocityColumn: return n.velocity;
    }
    return {};
}

bool NoteModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    bool ok = false;
    const qlonglong v = value.toLongLong(&ok);
    if (!ok)
        return false;
    Note n = note(index.row());
    switch (index.column()) {
    case PitchColumn: n.pitch = int(v); break;
    case StartColumn: n.start = v; break;
    case LengthColumn: n.length = v; break;
    case VelocityColumn: n.velocity = int(v); break;
    default: return false;
    }
    return m_doc->requestChangeNotes(m_track, {{index.row(), n}}, tr("Edit note"));
}

Qt::ItemFlags NoteModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

QVariant NoteModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PitchColumn: return tr("Pitch");
    case StartColumn: return tr("Start");
    case LengthColumn: return tr("Length");
    case VelocityColumn: return tr("Velocity");
    }
    return {};
}

} // namespace atelier::core
