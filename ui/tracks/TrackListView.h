#pragma once
// The track list beside the piano roll: a table over TrackListModel with
// editors for the instrument (GM program list), channel, volume and output
// (internal synth or an RtMidi output port). Selecting a row shows that
// track in the piano roll.

#include <QTableView>

namespace atelier::core {
class TrackListModel;
}

namespace atelier::ui {

class TrackListView : public QTableView {
    Q_OBJECT
public:
    explicit TrackListView(core::TrackListModel *model, QWidget *parent = nullptr);
    int currentTrack() const;
    void setCurrentTrack(int track);

signals:
    void currentTrackChanged(int track);
};

} // namespace atelier::ui
