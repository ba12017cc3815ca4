#include "pianoroll/NoteEditActions.h"
#include "pianoroll/PianoRollView.h"

#include "document/NoteOps.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QMimeData>

namespace atelier::ui {

using core::Note;
using core::Tick;

NoteEditActions::NoteEditActions(PianoRollView *view, QObject *parent)
    : QObject(parent), m_view(view)
{
    selectAll = make(tr("Select &All"), QKeySequence::SelectAll, &NoteEditActions::doSelectAll);
    selectNone = new QAction(tr("Select &None"), this);
    selectNone->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    connect(selectNone, &QAction::triggered, this,
            [this] { m_view->selectionModel()->clearSelection(); });
    deleteNotes = make(tr("&Delete"), QKeySequence::Delete, &NoteEditActions::doDelete);
    deleteNotes->setShortcuts({QKeySequence::Delete, QKeySequence(Qt::Key_Backspace)});
    cut = make(tr("Cu&t"), QKeySequence::Cut, &NoteEditActions::doCut);
    copy = make(tr("&Copy"), QKeySequence::Copy, &NoteEditActions::doCopy);
    paste = make(tr("&Paste"), QKeySequence::Paste, &NoteEditActions::doPaste);
    duplicate = make(tr("D&uplicate"), QKeySequence(Qt::CTRL | Qt::Key_D), &NoteEditActions::doDuplicate);
    transposeUp = new QAction(tr("Transpose &Up"), this);
    transposeUp->setShortcut(QKeySequence(Qt::Key_Up));
    connect(transposeUp, &QAction::triggered, this, [this] { doTranspose(1); });
    transposeDown = new QAction(tr("Transpose Do&wn"), this);
    transposeDown->setShortcut(QKeySequence(Qt::Key_Down));
    connect(transposeDown, &QAction::triggered, this, [this] { doTranspose(-1); });
    octaveUp = new QAction(tr("Octave Up"), this);
    octaveUp->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Up));
    connect(octaveUp, &QAction::triggered, this, [this] { doTranspose(12); });
    octaveDown = new QAction(tr("Octave Down"), this);
    octaveDown->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Down));
    connect(octaveDown, &QAction::triggered, this, [this] { doTranspose(-12); });
    nudgeLeft = new QAction(tr("Move Left"), this);
    nudgeLeft->setShortcut(QKeySequence(Qt::Key_Left));
    connect(nudgeLeft, &QAction::triggered, this, [this] { doNudge(-1); });
    nudgeRight = new QAction(tr("Move Right"), this);
    nudgeRight->setShortcut(QKeySequence(Qt::Key_Right));
    connect(nudgeRight, &QAction::triggered, this, [this] { doNudge(1); });
    quantize = make(tr("&Quantize"), QKeySequence(Qt::Key_Q), &NoteEditActions::doQuantize);
    for (QAction *a : all())
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);  // when the piano roll has focus
}

QAction *NoteEditActions::make(const QString &text, const QKeySequence &key,
                               void (NoteEditActions::*slot)())
{
    auto *a = new QAction(text, this);
    a->setShortcut(key);
    connect(a, &QAction::triggered, this, slot);
    return a;
}

QList<QAction *> NoteEditActions::all() const
{
    return {selectAll, selectNone, deleteNotes, cut, copy, paste, duplicate, transposeUp,
            transposeDown, octaveUp, octaveDown, nudgeLeft, nudgeRight, quantize};
}

void NoteEditActions::doSelectAll()
{
    QList<int> rows;
    for (int r = 0; m_view->noteModel() && r < m_view->noteModel()->rowCount(); ++r)
        rows.append(r);
    m_view->selectRows(rows);
}

void NoteEditActions::doDelete()
{
    const QList<int> rows = m_view->selectedRows();
    if (!rows.isEmpty())
        m_view->document()->requestRemoveNotes(m_view->noteModel()->track(), rows,
                                               tr("Delete notes"));
}

void NoteEditActions::doCopy()
{
    const QList<int> rows = m_view->selectedRows();
    if (rows.isEmpty())
        return;
    auto *mime = new QMimeData;
    const QByteArray bytes = core::NoteOps::toClipboard(m_view->notesAt(rows));
    mime->setData(core::NoteOps::kClipboardMimeType, bytes);
    QGuiApplication::clipboard()->setMimeData(mime);
}

void NoteEditActions::doCut()
{
    doCopy();
    const QList<int> rows = m_view->selectedRows();
    if (!rows.isEmpty())
        m_view->document()->requestRemoveNotes(m_view->noteModel()->track(), rows, tr("Cut notes"));
}

void NoteEditActions::doPaste()
{
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    if (!mime || !mime->hasFormat(core::NoteOps::kClipboardMimeType) || !m_view->noteModel()
        || m_view->noteModel()->track() < 0)
        return;
    const Tick at = std::max<Tick>(0, m_view->snapTick(m_view->playhead()));
    const QList<Note> notes =
        core::NoteOps::fromClipboard(mime->data(core::NoteOps::kClipboardMimeType), at);
    m_view->addNotes(notes, tr("Paste notes"));
}

void NoteEditActions::doDuplicate()
{
    const QList<int> rows = m_view->selectedRows();
    if (rows.isEmpty())
        return;
    const QList<Note> copies = core::NoteOps::duplicated(m_view->notesAt(rows), m_view->grid());
    m_view->addNotes(copies, tr("Duplicate notes"));
}

void NoteEditActions::doTranspose(int semitones)
{
    const QList<int> rows = m_view->selectedRows();
    if (rows.isEmpty())
        return;
    if (auto moved = core::NoteOps::moved(m_view->notesAt(rows), 0, semitones))
        m_view->changeNotes(rows, *moved, tr("Transpose notes"));
}

void NoteEditActions::doNudge(int steps)
{
    const QList<int> rows = m_view->selectedRows();
    const Tick step = m_view->grid() > 0 ? m_view->grid() : 1;
    if (rows.isEmpty())
        return;
    if (auto moved = core::NoteOps::moved(m_view->notesAt(rows), step * steps, 0))
        m_view->changeNotes(rows, *moved, tr("Move notes"));
}

void NoteEditActions::doQuantize()
{
    QList<int> rows = m_view->selectedRows();
    if (rows.isEmpty())  // nothing selected: quantize the whole track
        for (int r = 0; m_view->noteModel() && r < m_view->noteModel()->rowCount(); ++r)
            rows.append(r);
    if (rows.isEmpty() || m_view->grid() <= 0)
        return;
    const QList<Note> q = core::NoteOps::quantize(m_view->notesAt(rows), m_view->grid());
    m_view->changeNotes(rows, q, tr("Quantize notes"));
}

} // namespace atelier::ui
