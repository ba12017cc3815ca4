#include "tracks/TrackHeaderDelegate.h"

#include "audio/MidiOutput.h"
#include "common/Theme.h"
#include "document/GeneralMidi.h"
#include "document/TrackColors.h"
#include "document/TrackListModel.h"

#include <QApplication>
#include <QComboBox>
#include <QPainter>
#include <QSpinBox>

#include <algorithm>

namespace atelier::ui {

using core::TrackListModel;

namespace {

QColor toggleColour(int column)
{
    switch (column) {
    case TrackListModel::MuteColumn: return QColor(0xf5, 0x9e, 0x0b);
    case TrackListModel::SoloColumn: return QColor(0x22, 0xc5, 0x5e);
    default: return QColor(0xef, 0x44, 0x44);
    }
}

void paintToggle(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    const bool on = index.data(Qt::CheckStateRole).toInt() == Qt::Checked;
    const QRect r = QRect(0, 0, 20, 18).translated(option.rect.center() - QPoint(9, 8));
    const QPalette &pal = option.palette;
    p->setPen(on ? toggleColour(index.column()).darker(140) : pal.color(QPalette::Mid));
    p->setBrush(on ? toggleColour(index.column()) : pal.color(QPalette::Button));
    p->drawRoundedRect(r, 4, 4);
    QFont f = option.font;
    f.setBold(true);
    f.setPixelSize(11);
    p->setFont(f);
    p->setPen(on ? QColor(20, 20, 24) : pal.color(QPalette::ButtonText));
    p->drawText(r, Qt::AlignCenter, index.model()->headerData(index.column(), Qt::Horizontal).toString());
}

void paintFader(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    const int volume = std::clamp(index.data(Qt::EditRole).toInt(), 0, 100);
    const QRect groove = TrackHeaderDelegate::faderGroove(option.rect);
    const QPalette &pal = option.palette;
    p->setPen(Qt::NoPen);
    p->setBrush(pal.color(QPalette::Base).darker(120));
    p->drawRoundedRect(groove, 2, 2);
    const int x = groove.left() + groove.width() * volume / 100;
    p->setBrush(core::trackColor(index.row()));
    p->drawRoundedRect(QRect(groove.left(), groove.top(), x - groove.left(), groove.height()), 2, 2);
    p->setBrush(pal.color(QPalette::ButtonText));
    p->drawRoundedRect(QRect(x - 3, option.rect.center().y() - 7, 6, 14), 2, 2);
    QFont f = option.font;
    f.setPixelSize(9);
    p->setFont(f);
    p->setPen(pal.color(QPalette::PlaceholderText));
    p->drawText(option.rect.adjusted(4, 1, -4, 0), Qt::AlignTop | Qt::AlignRight, QString::number(volume));
}

} // namespace

QRect TrackHeaderDelegate::faderGroove(const QRect &cell)
{
    return QRect(cell.left() + 6, cell.center().y() + 2, std::max(10, cell.width() - 12), 4);
}

int TrackHeaderDelegate::volumeAt(const QRect &cell, int x)
{
    const QRect g = faderGroove(cell);
    return std::clamp(int(std::lround(100.0 * (x - g.left()) / g.width())), 0, 100);
}

void TrackHeaderDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    switch (index.column()) {
    case TrackListModel::MuteColumn:
    case TrackListModel::SoloColumn:
    case TrackListModel::ArmColumn:
    case TrackListModel::VolumeColumn: {
        QStyleOptionViewItem background = option;
        initStyleOption(&background, index);
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &background, painter, widget);  // selection background only
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        if (index.column() == TrackListModel::VolumeColumn)
            paintFader(painter, option, index);
        else
            paintToggle(painter, option, index);
        painter->restore();
        return;
    }
    default:
        QStyledItemDelegate::paint(painter, option, index);
    }
}

QSize TrackHeaderDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    s.setHeight(std::max(s.height(), 30));
    return s;
}

QWidget *TrackHeaderDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                           const QModelIndex &index) const
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
        s->setToolTip(tr("Channel 10 plays drums"));
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
        c->addItem(tr("Internal synth"), QString());
        const QString studioPort = QString::fromLatin1(core::MidiOutput::kStudioPort);
        c->addItem(tr("%1 (Atelier's port, for a DAW)").arg(studioPort), studioPort);
        // The ports of the system where the audio engine opens them.
        for (const QString &port : m_ports ? m_ports() : QStringList())
            if (!port.contains(studioPort))   // Atelier's own port, listed by the system
                c->addItem(port, port);
        return c;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void TrackHeaderDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *c = qobject_cast<QComboBox *>(editor)) {
        const int i = c->findData(index.data(Qt::EditRole));
        c->setCurrentIndex(std::max(0, i));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void TrackHeaderDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *c = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, c->currentData(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace atelier::ui
