#pragma once
// The track headers beside the piano roll, like a DAW's: a table over
// TrackListModel drawn by TrackHeaderDelegate (colour, name, instrument, M, S
// and R buttons, a volume fader). One click toggles M, S or R; pressing and
// dragging on the fader sets the volume (successive fader moves are one
// undo step); the
// header's context menu shows the channel and output columns. Selecting a row
// shows that track in the piano roll.

#include <QTableView>
#include <functional>

namespace atelier::core {
class TrackListModel;
}

namespace atelier::ui {

class TrackHeaderDelegate;

class TrackListView : public QTableView {
    Q_OBJECT
public:
    static constexpr int kInstrumentMinWidth = 96;    // wider when the splitter gives room; the tooltip has it all

    explicit TrackListView(core::TrackListModel *model, QWidget *parent = nullptr);
    int currentTrack() const;
    void setCurrentTrack(int track);
    // The MIDI output ports the Output column offers (TrackHeaderDelegate::setOutputPorts).
    void setOutputPorts(std::function<QStringList()> lister);

signals:
    void currentTrackChanged(int track);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void showColumnMenu(const QPoint &pos);

    QPersistentModelIndex m_fader;   // the volume cell being dragged
    TrackHeaderDelegate *m_delegate;
};

} // namespace atelier::ui
