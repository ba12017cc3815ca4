#include "document/TrackListModel.h"
#include "document/GeneralMidi.h"
#include "document/TrackColors.h"

#include <cmath>

namespace atelier::core {

TrackListModel::TrackListModel(SongDocument *doc, QObject *parent)
    : QAbstractTableModel(parent), m_doc(doc)
{
    connect(doc, &SongDocument::trackAboutToBeInserted, this,
            [this](int i) { beginInsertRows({}, i, i); });
    connect(doc, &SongDocument::trackInserted, this, [this] { endInsertRows(); });
    connect(doc, &SongDocument::trackAboutToBeRemoved, this,
            [this](int i) { beginRemoveRows({}, i, i); });
    connect(doc, &SongDocument::trackRemoved, this, [this] { endRemoveRows(); });
    connect(doc, &SongDocument::trackChanged, this,
            [this](int i) { emit dataChanged(index(i, 0), index(i, ColumnCount - 1)); });
    connect(doc, &SongDocument::aboutToReset, this, [this] { beginResetModel(); });
    connect(doc, &SongDocument::songReset, this, [this] { endResetModel(); });
}

int TrackListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_doc->trackCount();
}

int TrackListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TrackListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Track &t = m_doc->track(index.row());
    const bool display = role == Qt::DisplayRole;
    const bool edit = role == Qt::EditRole;
    switch (index.column()) {
    case NameColumn:
        if (display || edit) return t.name;
        if (role == Qt::DecorationRole) return trackColor(index.row());   // the colour of its notes
        break;
    case ProgramColumn:
        if (display && !t.sound.isEmpty() && t.channel != kDrumChannel && t.midiOutPort.isEmpty())
            return tr("%1 (Sound Morph)").arg(t.sound.name);
        if (display) return t.channel == kDrumChannel ? tr("Drums") : GeneralMidi::programName(t.program);
        if (edit) return t.program;
        if (role == Qt::ToolTipRole && !t.sound.isEmpty())
            return tr("Played by the timbre model %1 with a baked morph; choose another GM instrument to go back "
                      "to the synth")
                .arg(t.sound.model);
        if (role == Qt::ToolTipRole)
            return data(index, Qt::DisplayRole);   // the whole name where the column is narrow
        break;
    case ChannelColumn:
        if (display || edit) return t.channel + 1;  // users count channels from 1
        break;
    case MuteColumn:
        if (role == Qt::CheckStateRole) return t.mute ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole) return tr("Mute");
        break;
    case SoloColumn:
        if (role == Qt::CheckStateRole) return t.solo ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole) return tr("Solo");
        break;
    case ArmColumn:
        if (role == Qt::CheckStateRole) return t.armed ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole) return tr("Record arm: takes are recorded into this track (R)");
        break;
    case VolumeColumn:
        if (display || edit) return int(std::lround(t.volume * 100));
        if (role == Qt::ToolTipRole) return tr("Volume %1%").arg(int(std::lround(t.volume * 100)));
        break;
    case OutputColumn:
        if (display) return t.midiOutPort.isEmpty() ? tr("Internal synth") : t.midiOutPort;
        if (edit) return t.midiOutPort;
        break;
    }
    return {};
}

bool TrackListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    Track t = m_doc->track(index.row());
    QString text;
    bool mergeable = false;
    switch (index.column()) {
    case NameColumn:
        if (role != Qt::EditRole) return false;
        t.name = value.toString().trimmed();
        text = tr("Rename track");
        break;
    case ProgramColumn:
        if (role != Qt::EditRole) return false;
        if (value.toInt() != t.program)
            t.sound = {};  // another GM instrument replaces a baked sound
        t.program = value.toInt();
        text = tr("Change instrument");
        break;
    case ChannelColumn:
        if (role != Qt::EditRole) return false;
        t.channel = value.toInt() - 1;
        text = tr("Change channel");
        break;
    case MuteColumn:
    case SoloColumn: {
        if (role != Qt::CheckStateRole) return false;
        const bool on = value.toInt() == Qt::Checked;
        (index.column() == MuteColumn ? t.mute : t.solo) = on;
        text = index.column() == MuteColumn ? tr("Mute track") : tr("Solo track");
        break;
    }
    case ArmColumn:
        if (role != Qt::CheckStateRole) return false;
        return m_doc->requestArm(index.row(), value.toInt() == Qt::Checked);
    case VolumeColumn:
        if (role != Qt::EditRole) return false;
        t.volume = std::clamp(value.toInt(), 0, 100) / 100.0;
        text = tr("Change volume");
        mergeable = true;
        break;
    case OutputColumn:
        if (role != Qt::EditRole) return false;
        t.midiOutPort = value.toString();
        text = tr("Change output");
        break;
    default:
        return false;
    }
    return m_doc->requestChangeTrack(index.row(), t, text, mergeable);
}

Qt::ItemFlags TrackListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == MuteColumn || index.column() == SoloColumn || index.column() == ArmColumn)
        return f | Qt::ItemIsUserCheckable;
    return f | Qt::ItemIsEditable;
}

QVariant TrackListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole) {
        switch (section) {
        case NameColumn: return tr("Track name (double-click to rename)");
        case ProgramColumn: return tr("Instrument (double-click to choose)");
        case ChannelColumn: return tr("MIDI channel");
        case MuteColumn: return tr("Mute");
        case SoloColumn: return tr("Solo");
        case ArmColumn: return tr("Record arm: takes are recorded into this track (R)");
        case VolumeColumn: return tr("Volume in percent (drag the fader; double-click to type)");
        case OutputColumn: return tr("Output: the internal synth or a MIDI port");
        }
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Track");
    case ProgramColumn: return tr("Instrument");
    case ChannelColumn: return tr("Ch");
    case MuteColumn: return tr("M");
    case SoloColumn: return tr("S");
    case ArmColumn: return tr("R");
    case VolumeColumn: return tr("Volume");
    case OutputColumn: return tr("Output");
    }
    return {};
}

} // namespace atelier::core
