#pragma once
// How a track header looks and is edited, DAW style: M, S and R as toggle
// buttons that light up (amber mute, green solo, red record arm), the volume
// as a fader in the track's colour with its percentage, and editors for the
// instrument (GM program list), channel, volume and output (internal synth or
// an RtMidi output port). Clicks and fader drags are TrackListView's.

#include <QStringList>
#include <QStyledItemDelegate>
#include <functional>

namespace atelier::ui {

class TrackHeaderDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // The MIDI output ports the output editor offers, asked each time it
    // opens (the app gives those of the system the audio engine opens ports
    // on: ALSA, or JACK with --jack or the preference); none: only the
    // internal synth and Atelier's own port.
    using PortLister = std::function<QStringList()>;
    void setOutputPorts(PortLister lister) { m_ports = std::move(lister); }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

    // The fader's groove inside a volume cell, and the volume (0..100) at x along it.
    static QRect faderGroove(const QRect &cell);
    static int volumeAt(const QRect &cell, int x);

private:
    PortLister m_ports;
};

} // namespace atelier::ui
