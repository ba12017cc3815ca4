#include "pianoroll/MidiDropHandler.h"

#include "pianoroll/PianoRollView.h"

#include "document/BarGrid.h"
#include "document/NoteModel.h"
#include "project/SongFiles.h"

#include <QDropEvent>
#include <QFileInfo>
#include <QMimeData>
#include <QUrl>
#include <algorithm>

namespace atelier::ui {

namespace {

// The first local file of the drag that looks like MIDI (by its name; the drop reads it properly).
QString midiFileOf(const QMimeData *data)
{
    if (!data || !data->hasUrls())
        return {};
    for (const QUrl &url : data->urls()) {
        const QString suffix = QFileInfo(url.toLocalFile()).suffix().toLower();
        if (url.isLocalFile() && (suffix == QLatin1String("mid") || suffix == QLatin1String("midi")))
            return url.toLocalFile();
    }
    return {};
}

} // namespace

MidiDropHandler::MidiDropHandler(PianoRollView *view, QObject *parent) : QObject(parent), m_view(view)
{
    view->viewport()->setAcceptDrops(true);
    view->viewport()->installEventFilter(this);
}

bool MidiDropHandler::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *e = static_cast<QDropEvent *>(event);
        if (midiFileOf(e->mimeData()).isEmpty())
            return QObject::eventFilter(watched, event);
        e->setDropAction(Qt::CopyAction);
        e->accept();
        return true;
    }
    case QEvent::Drop: {
        auto *e = static_cast<QDropEvent *>(event);
        const QString path = midiFileOf(e->mimeData());
        if (path.isEmpty())
            return QObject::eventFilter(watched, event);
        e->setDropAction(Qt::CopyAction);
        e->accept();
        dropFile(path, int(e->position().x()));
        return true;
    }
    default:
        return QObject::eventFilter(watched, event);
    }
}

bool MidiDropHandler::dropFile(const QString &path, int viewportX)
{
    core::NoteModel *model = qobject_cast<core::NoteModel *>(m_view->model());
    if (!model || !model->document() || !model->document()->isValidTrack(model->track())) {
        emit statusMessage(tr("Choose a track to drop the MIDI file on"));
        return false;
    }
    QString error;
    const std::optional<core::Project> project = core::SongFiles::load(path, &error);
    if (!project) {
        emit statusMessage(tr("Nothing dropped: %1").arg(error));
        return false;
    }
    const core::Song &file = project->song;
    QList<core::Note> notes;
    for (const core::Track &t : file.tracks)
        notes += t.notes;
    if (notes.isEmpty()) {
        emit statusMessage(tr("Nothing dropped: %1 has no notes").arg(QFileInfo(path).fileName()));
        return false;
    }
    // The file's bar of its first note (in the file's ticks) lands at the drop, at the song's resolution.
    const core::Tick first = std::min_element(notes.begin(), notes.end(), [](const core::Note &a, const core::Note &b) {
                                 return a.start < b.start;
                             })->start;
    const core::Tick origin = core::BarGrid(file).barStartAt(first);
    const core::Tick at = std::max<core::Tick>(0, m_view->snapTick(m_view->tickForX(viewportX)));
    const int ppq = model->document()->song().ppq, filePpq = std::max(1, file.ppq);
    for (core::Note &n : notes) {
        n.start = at + (n.start - origin) * ppq / filePpq;
        n.length = std::max<core::Tick>(1, n.length * ppq / filePpq);
    }
    const QString name = QFileInfo(path).fileName();
    if (!m_view->addNotes(notes, tr("Drop %1").arg(name)))
        return false;
    emit statusMessage(tr("%n note(s) from %1", nullptr, int(notes.size())).arg(name));
    return true;
}

} // namespace atelier::ui
