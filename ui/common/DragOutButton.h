#pragma once
// DragOutButton: a handle to drag what a view shows out of Atelier as a
// file (a MIDI clip, an SVG, a WAV): press and move it, and the file is
// written to the drag folder (core::DragFiles) and dragged as a file URL,
// which file managers and DAWs take. A click says how to use it. The view
// gives a function that writes the file and returns its path (empty with an
// error: nothing to drag, or the write failed; the error is shown in the
// status bar through message()).

#include <QToolButton>
#include <functional>

class QMimeData;

namespace atelier::ui {

class DragOutButton : public QToolButton {
    Q_OBJECT
public:
    using Writer = std::function<QString(QString *error)>;

    DragOutButton(const QString &text, const QString &mimeType, QWidget *parent = nullptr);
    void setWriter(Writer writer) { m_writer = std::move(writer); }

    // Writes the file and returns the drag's data (a file URL, and the file's
    // MIME type); null with *error when there is nothing to drag.
    QMimeData *makeMimeData(QString *error) const;

signals:
    void message(const QString &text);
    void dragStarted(const QString &path);   // just before the drag runs

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    Writer m_writer;
    QString m_mimeType;
    QPoint m_pressAt;
    bool m_pressed = false;
};

} // namespace atelier::ui
