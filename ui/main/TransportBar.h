#pragma once
// The transport toolbar: play/stop, return to start, loop on/off, the
// position (bar.beat.tick and seconds), tempo and time signature. Tempo and
// time signature edits are undoable document edits.

#include "document/SongDocument.h"

#include <QToolBar>

class QAction;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;
class QComboBox;

namespace atelier::ui {

class TransportBar : public QToolBar {
    Q_OBJECT
public:
    explicit TransportBar(core::SongDocument *doc, QWidget *parent = nullptr);

    QAction *playAction() const { return m_play; }
    QAction *rewindAction() const { return m_rewind; }
    QAction *loopAction() const { return m_loop; }
    void setPlaying(bool playing);
    void setPosition(core::Tick tick);

signals:
    void playToggled();
    void rewindRequested();

private:
    void syncFromDocument();

    core::SongDocument *m_doc;
    QAction *m_play, *m_rewind, *m_loop;
    QLabel *m_position;
    QDoubleSpinBox *m_tempo;
    QSpinBox *m_numerator;
    QComboBox *m_denominator;
    bool m_syncing = false;
};

} // namespace atelier::ui
