#include "pianoroll/ChordLane.h"

#include "common/Theme.h"
#include "pianoroll/PianoRollView.h"

#include "document/BarGrid.h"
#include "document/ChordVoicer.h"
#include "document/GeneralMidi.h"
#include "document/SongDocument.h"
#include "document/NoteOps.h"
#include "music/ChordRecognizer.h"
#include "music/SongKeys.h"
#include "project/DataPaths.h"

#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QToolTip>

namespace atelier::ui {

using core::Tick;

namespace {
const QList<core::ChordChange> kNoChords;
constexpr int kChipPadding = 4;
} // namespace

ChordLane::ChordLane(PianoRollView *view, QWidget *parent) : QWidget(parent), m_view(view)
{
    setObjectName("chordLane");
    setFixedHeight(22);
    setFocusPolicy(Qt::ClickFocus);
    setToolTip(tr("Chords: double-click to type one (Am, G7/B, N.C.); Delete removes the selected chord; "
                  "right-click for chords from the track"));
    m_editor = new QLineEdit(this);
    m_editor->setObjectName("chordEditor");
    m_editor->setPlaceholderText(tr("Am"));
    m_editor->hide();
    m_editor->installEventFilter(this);
    connect(view, &PianoRollView::geometryChanged, this, qOverload<>(&QWidget::update));
    if (core::SongDocument *doc = view->document())
        connect(doc, &core::SongDocument::chordsChanged, this, [this] {
            if (m_selected >= chords().size())
                m_selected = -1;
            update();
        });
}

namespace {
// The keys the lane and its editor use themselves, before the piano roll's shortcuts (Delete, arrows).
bool laneKey(const QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride)
        return false;
    const auto *k = static_cast<const QKeyEvent *>(event);
    if (k->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return false;
    switch (k->key()) {
    case Qt::Key_Left: case Qt::Key_Right: case Qt::Key_Delete: case Qt::Key_Backspace:
    case Qt::Key_Return: case Qt::Key_Enter: case Qt::Key_F2: case Qt::Key_Escape:
        return true;
    default:
        return false;
    }
}
} // namespace

bool ChordLane::event(QEvent *event)
{
    if (laneKey(event)) {
        event->accept();
        return true;
    }
    return QWidget::event(event);
}

bool ChordLane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && laneKey(event)) {
        event->accept();   // the editor's own keys (Enter, Esc, arrows, Backspace)
        return true;
    }
    if (watched == m_editor && event->type() == QEvent::KeyPress) {
        // Handled here: a QLineEdit passes Enter on to its parent, which would open the editor again.
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Escape) {
            closeEditor();
            return true;
        }
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            commitEdit();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

const QList<core::ChordChange> &ChordLane::chords() const
{
    return m_view->document() ? m_view->document()->song().chords : kNoChords;
}

int ChordLane::xOf(Tick tick) const
{
    const int offset = m_view->viewport()->mapToGlobal(QPoint()).x() - mapToGlobal(QPoint()).x();
    return m_view->xForTick(tick) + offset;
}

Tick ChordLane::tickAt(int x) const
{
    const int offset = m_view->viewport()->mapToGlobal(QPoint()).x() - mapToGlobal(QPoint()).x();
    return std::max<Tick>(0, m_view->tickForX(x - offset));
}

Tick ChordLane::beatFloor(Tick tick) const
{
    if (!m_view->document())
        return tick;
    const core::BarGrid grid(m_view->document()->song());
    const Tick bar = grid.barStartAt(tick);
    const Tick beat = std::max<Tick>(grid.beatLength(tick), 1);
    return bar + (std::max<Tick>(tick, 0) - bar) / beat * beat;
}

int ChordLane::chordAtX(int x) const
{
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics fm(bold);
    const QList<core::ChordChange> &list = chords();
    for (int i = int(list.size()) - 1; i >= 0; --i) {
        const int x0 = xOf(list[i].tick);
        const int w = fm.horizontalAdvance(list[i].chord.toString()) + 2 * kChipPadding;
        if (x >= x0 && x < x0 + w)
            return i;
    }
    return -1;
}

void ChordLane::selectChord(int index)
{
    m_selected = index >= 0 && index < chords().size() ? index : -1;
    update();
}

void ChordLane::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const ThemeColours &tc = Theme::colours();
    p.fillRect(rect(), tc.lane);
    if (m_view->document()) {
        const core::BarGrid grid(m_view->document()->song());
        p.setPen(tc.laneLine);
        for (const core::BarGrid::Line &l : grid.lines(tickAt(0), tickAt(width()) + 1, false))
            p.drawLine(xOf(l.tick), 0, xOf(l.tick), height());
    }
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    const QFontMetrics fm(bold);
    const QList<core::ChordChange> &list = chords();
    for (int i = 0; i < list.size(); ++i) {
        const int x = xOf(list[i].tick);
        if (x > width())
            break;
        const QString text = list[i].chord.toString();
        const QRect chip(x, 2, fm.horizontalAdvance(text) + 2 * kChipPadding, height() - 4);
        if (chip.right() < 0)
            continue;
        const bool selected = i == m_selected;
        QColor chipColour = tc.selection;
        if (!selected)
            chipColour.setAlpha(70);
        p.setPen(Qt::NoPen);
        p.setBrush(chipColour);
        p.drawRoundedRect(chip, 3, 3);
        p.setPen(selected ? QColor(Qt::white) : tc.rulerText);
        p.drawText(chip, Qt::AlignCenter, text);
    }
    p.setPen(tc.rulerLine);
    p.drawLine(0, height() - 1, width(), height() - 1);
}

void ChordLane::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        selectChord(chordAtX(event->pos().x()));
        setFocus();
    }
    QWidget::mousePressEvent(event);
}

void ChordLane::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const int hit = chordAtX(event->pos().x());
    editAt(hit >= 0 ? chords()[hit].tick : tickAt(event->pos().x()));
}

void ChordLane::editAt(Tick tick)
{
    if (!m_view->document())
        return;
    const int existing = [&] {
        for (int i = 0; i < chords().size(); ++i)
            if (chords()[i].tick == tick)
                return i;
        return -1;
    }();
    m_editTick = existing >= 0 ? tick : beatFloor(tick);
    const core::ChordSymbol current = m_view->document()->song().chordAt(m_editTick);
    m_editor->setText(existing >= 0 ? chords()[existing].chord.toString() : QString());
    m_editor->setGeometry(std::max(0, xOf(m_editTick)), 0, 90, height());
    m_editor->setToolTip(tr("A chord from here on (now: %1); Enter keeps it, Esc cancels, empty removes it")
                             .arg(current.toString()));
    m_editor->show();
    m_editor->selectAll();
    m_editor->setFocus();
}

void ChordLane::commitEdit()
{
    core::SongDocument *doc = m_view->document();
    if (!doc || m_editor->isHidden())
        return;
    const QString text = m_editor->text().trimmed();
    if (text.isEmpty()) {
        doc->requestRemoveChord(m_editTick);
        closeEditor();
        return;
    }
    QString error;
    const auto chord = core::ChordSymbol::parse(text, &error);
    if (!chord) {
        QToolTip::showText(m_editor->mapToGlobal(QPoint(0, m_editor->height())), error, m_editor);
        emit statusMessage(error);
        m_editor->selectAll();
        return;   // stays open
    }
    doc->requestSetChord(m_editTick, *chord);
    closeEditor();
    for (int i = 0; i < chords().size(); ++i)
        if (chords()[i].tick == m_editTick)
            selectChord(i);
}

void ChordLane::closeEditor()
{
    m_editor->hide();
    setFocus();
}

void ChordLane::keyPressEvent(QKeyEvent *event)
{
    core::SongDocument *doc = m_view->document();
    switch (event->key()) {
    case Qt::Key_Escape:
        if (m_editor->isVisible())
            closeEditor();
        else
            selectChord(-1);
        return;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        if (doc && m_selected >= 0) {
            doc->requestRemoveChord(chords()[m_selected].tick);
            selectChord(std::min<int>(m_selected, int(chords().size()) - 1));
        }
        return;
    case Qt::Key_Left:
        selectChord(m_selected > 0 ? m_selected - 1 : (chords().isEmpty() ? -1 : 0));
        return;
    case Qt::Key_Right:
        selectChord(std::min<int>(m_selected + 1, int(chords().size()) - 1));
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_F2:
        editAt(m_selected >= 0 ? chords()[m_selected].tick : m_view->playhead());
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void ChordLane::contextMenuEvent(QContextMenuEvent *event)
{
    const int hit = chordAtX(event->pos().x());
    if (hit >= 0)
        selectChord(hit);
    const Tick at = hit >= 0 ? chords()[hit].tick : tickAt(event->pos().x());
    QMenu menu(this);
    menu.addAction(tr("&Edit Chord…"), this, [this, at] { editAt(at); });
    QAction *remove = menu.addAction(tr("&Remove Chord"), this, [this, hit] {
        if (m_view->document() && hit >= 0)
            m_view->document()->requestRemoveChord(chords()[hit].tick);
    });
    remove->setEnabled(hit >= 0);
    menu.addSeparator();
    menu.addAction(tr("Chords for This &Melody"), this, [this] { harmonizeTrack(false); });
    menu.addAction(tr("C&ontinue the Chords"), this, [this] { harmonizeTrack(true); })->setEnabled(!chords().isEmpty());
    menu.addAction(tr("Chords from This &Track"), this, &ChordLane::chordsFromTrack);
    menu.addAction(tr("&Clear Chords"), this, &ChordLane::clearChords)->setEnabled(!chords().isEmpty());
    menu.addSeparator();
    addPlaybackActions(&menu);
    menu.exec(event->globalPos());
}

void ChordLane::addPlaybackActions(QMenu *menu)
{
    core::SongDocument *doc = m_view->document();
    if (!doc)
        return;
    const core::ChordPlayback now = doc->song().chordPlayback;
    auto change = [this](auto edit) {
        if (core::SongDocument *d = m_view->document()) {
            core::ChordPlayback p = d->song().chordPlayback;
            edit(p);
            d->requestSetChordPlayback(p);
        }
    };
    QAction *play = menu->addAction(tr("&Play Chords"), this, [change](bool on) { change([on](auto &p) { p.enabled = on; }); });
    play->setCheckable(true);
    play->setChecked(now.enabled);
    QMenu *sound = menu->addMenu(tr("Chord &Sound"));
    for (int program : {0, 4, 24, 25, 48, 19, 89}) {
        QAction *a = sound->addAction(core::GeneralMidi::programName(program), this,
                                      [change, program] { change([program](auto &p) { p.program = program; p.enabled = true; }); });
        a->setCheckable(true);
        a->setChecked(now.program == program);
    }
    QMenu *style = menu->addMenu(tr("Chord St&yle"));
    const std::pair<core::ChordPlayback::Style, QString> styles[] = {
        {core::ChordPlayback::Style::Block, tr("Block (held chords)")},
        {core::ChordPlayback::Style::Arpeggio, tr("Arpeggio (eighth notes)")},
        {core::ChordPlayback::Style::Comp, tr("Comp (bass on 1 and 3, chords on 2 and 4)")}};
    for (const auto &[value, text] : styles) {
        QAction *a = style->addAction(text, this, [change, value = value] { change([value](auto &p) { p.style = value; p.enabled = true; }); });
        a->setCheckable(true);
        a->setChecked(now.style == value);
    }
    menu->addAction(tr("Add as an &Accompaniment Track"), this, &ChordLane::addAccompanimentTrack)
        ->setEnabled(!chords().isEmpty());
}

void ChordLane::addAccompanimentTrack()
{
    core::SongDocument *doc = m_view->document();
    if (!doc || chords().isEmpty())
        return;
    core::Track t = core::ChordVoicer::track(doc->song());
    t.name = tr("Chords");
    if (doc->requestAddTrack(t))
        emit statusMessage(tr("The chords are a track now (%n note(s)): edit them, or export them with the song.",
                              nullptr, int(t.notes.size())));
}

void ChordLane::chordsFromTrack()
{
    core::SongDocument *doc = m_view->document();
    core::NoteModel *notes = m_view->noteModel();
    if (!doc || !notes || !doc->isValidTrack(notes->track()))
        return;
    const QList<core::ChordChange> found = core::ChordRecognizer::fromTrack(doc->song(), notes->track());
    if (found.isEmpty()) {
        emit statusMessage(tr("No chords found: the track has no notes."));
        return;
    }
    doc->requestSetChords(found, tr("Chords from track"));
    emit statusMessage(tr("%n chord(s) from \"%1\".", nullptr, int(found.size())).arg(doc->track(notes->track()).name));
}

const core::Harmonizer *ChordLane::harmonizer()
{
    if (m_harmonizer)
        return &*m_harmonizer;
    const QStringList files = core::DataPaths::modelFiles(QStringLiteral("harmonizer-hmm.harmony.json"));
    QString error = tr("No harmonizer found on the model search path (%1).").arg(core::DataPaths::modelSearchPath().join(", "));
    if (!files.isEmpty())
        m_harmonizer = core::Harmonizer::load(files.first(), &error);
    if (!m_harmonizer)
        emit statusMessage(error);
    return m_harmonizer ? &*m_harmonizer : nullptr;
}

void ChordLane::harmonizeTrack(bool keepChords)
{
    core::SongDocument *doc = m_view->document();
    core::NoteModel *notes = m_view->noteModel();
    if (!doc || !notes || !doc->isValidTrack(notes->track()))
        return;
    const QList<core::Note> &melody = doc->track(notes->track()).notes;
    if (melody.isEmpty()) {
        emit statusMessage(tr("No chords proposed: the track has no notes."));
        return;
    }
    const core::Harmonizer *h = harmonizer();
    if (!h)
        return;
    const QList<core::ChordChange> kept = keepChords ? chords() : QList<core::ChordChange>{};
    const core::Harmonizer::Result r = h->harmonize(doc->song(), melody, kept);
    QList<core::ChordChange> lane;
    if (kept.isEmpty()) {
        lane = r.changes;
    } else {
        // The user's chords as written (slash basses too), then the proposals after the bar of the last one.
        const core::Tick until = core::BarGrid(doc->song()).nextBarLine(kept.last().tick);
        lane = kept;
        for (const core::ChordChange &c : r.changes)
            if (c.tick >= until && !(c.chord == lane.last().chord))
                lane.append(c);
        if (lane.size() == kept.size()) {
            emit statusMessage(tr("The chords already reach the end of the melody."));
            return;
        }
    }
    doc->requestSetChords(lane, keepChords ? tr("Continue the chords") : tr("Chords for the melody"));
    emit statusMessage(keepChords ? tr("%n chord(s) proposed after yours, in %1.", nullptr, int(lane.size() - kept.size()))
                                        .arg(core::NoteOps::keyDisplayName(core::SongKeys::fromKeyScale(r.key)))
                                  : tr("%n chord(s) proposed for \"%1\", in %2.", nullptr, int(lane.size()))
                                        .arg(doc->track(notes->track()).name,
                                             core::NoteOps::keyDisplayName(core::SongKeys::fromKeyScale(r.key))));
}

void ChordLane::clearChords()
{
    if (m_view->document())
        m_view->document()->requestSetChords({}, tr("Clear chords"));
}

} // namespace atelier::ui
