#include "pianoroll/PianoRollEditor.h"
#include "music/SongKeys.h"
#include "common/Theme.h"
#include "common/Shortcuts.h"
#include "common/DragOutButton.h"
#include "pianoroll/MidiDropHandler.h"
#include "project/DragFiles.h"
#include "pianoroll/NoteEditActions.h"
#include "pianoroll/PianoKeyboard.h"
#include "pianoroll/ChordLane.h"
#include "pianoroll/TimeRuler.h"
#include "pianoroll/VelocityLane.h"

#include "document/GeneralMidi.h"
#include "document/NoteOps.h"

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
#include <QToolButton>

namespace atelier::ui {

PianoRollEditor::PianoRollEditor(core::NoteModel *model, QWidget *parent)
    : QWidget(parent), m_model(model)
{
    m_view = new PianoRollView(this);
    m_view->setNoteModel(model);
    m_keyboard = new PianoKeyboard(m_view, this);
    m_ruler = new TimeRuler(m_view, this);
    m_chords = new ChordLane(m_view, this);
    connect(m_chords, &ChordLane::statusMessage, this, &PianoRollEditor::statusMessage);
    m_velocity = new VelocityLane(m_view, this);
    m_actions = new NoteEditActions(m_view, this);
    auto *drop = new MidiDropHandler(m_view, this);
    connect(drop, &MidiDropHandler::statusMessage, this, &PianoRollEditor::statusMessage);
    addActions(m_actions->all());

    m_tools = new QActionGroup(this);
    const struct { QString text; QKeySequence key; PianoRollView::ToolKind kind; const char *icon; } tools[] = {
        {tr("&Select Tool"), QKeySequence(Qt::Key_V), PianoRollView::ToolKind::Select, "edit-select"},
        {tr("&Draw Tool"), QKeySequence(Qt::Key_B), PianoRollView::ToolKind::Draw, "draw-freehand"},
        {tr("&Erase Tool"), QKeySequence(Qt::Key_E), PianoRollView::ToolKind::Erase, "draw-eraser"},
    };
    for (const auto &t : tools) {
        QAction *a = m_tools->addAction(Theme::icon(t.icon), t.text);
        a->setCheckable(true);
        a->setShortcut(t.key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setChecked(t.kind == PianoRollView::ToolKind::Select);
        const auto kind = t.kind;
        connect(a, &QAction::triggered, m_view, [this, kind] { m_view->setTool(kind); });
    }
    addActions(m_tools->actions());
    m_zoomIn = new QAction(Theme::icon("zoom-in"), tr("Zoom &In"), this);
    m_zoomIn->setShortcuts(keysFor(QKeySequence::ZoomIn, {QKeySequence(Qt::CTRL | Qt::Key_Equal)}));
    connect(m_zoomIn, &QAction::triggered, m_view, [this] { m_view->zoomHorizontally(1.25); });
    m_zoomOut = new QAction(Theme::icon("zoom-out"), tr("Zoom &Out"), this);
    m_zoomOut->setShortcut(QKeySequence::ZoomOut);
    connect(m_zoomOut, &QAction::triggered, m_view, [this] { m_view->zoomHorizontally(0.8); });

    auto *grid = new QGridLayout;
    grid->setSpacing(0);
    grid->setContentsMargins(0, 0, 0, 0);
    m_dragOut = new DragOutButton(tr("Drag MIDI"), QStringLiteral("audio/midi"), this);
    m_dragOut->setObjectName("dragMidiButton");
    // A handle in the corner above the keyboard (the controls bar must fit 1280 pixels).
    m_dragOut->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_dragOut->setIconSize(QSize(14, 14));
    m_dragOut->setFixedWidth(m_keyboard->width());
    m_dragOut->setToolTip(tr("Drag MIDI: drag the selected notes (or, with none selected, the whole track) into a file "
                             "manager or a DAW as a MIDI file; drop a MIDI file on the roll to bring it in"));
    m_dragOut->setWriter([this](QString *error) -> QString {
        core::SongDocument *doc = m_model->document();
        const int track = m_model->track();
        if (!doc || !doc->isValidTrack(track)) {
            *error = tr("no track to drag");
            return {};
        }
        const QList<core::Note> notes = m_view->notesAt(m_view->selectedRows());
        const core::Song clip = core::DragFiles::clip(doc->song(), track, notes);
        if (clip.tracks.first().notes.isEmpty()) {
            *error = tr("the track has no notes");
            return {};
        }
        const QString name = doc->song().tracks.at(track).name + (notes.isEmpty() ? QString() : tr(" selection"));
        return core::DragFiles::writeMidiClip(clip, name, error);
    });
    connect(m_dragOut, &DragOutButton::message, this, &PianoRollEditor::statusMessage);
    grid->addWidget(m_dragOut, 0, 0);
    grid->addWidget(m_ruler, 0, 1);
    auto *chordsLabel = new QLabel(tr("Chords"), this);
    chordsLabel->setFixedWidth(m_keyboard->width());
    chordsLabel->setAlignment(Qt::AlignCenter);
    grid->addWidget(chordsLabel, 1, 0);
    grid->addWidget(m_chords, 1, 1);
    grid->addWidget(m_keyboard, 2, 0);
    grid->addWidget(m_view, 2, 1);
    auto *top = new QWidget(this);
    top->setLayout(grid);

    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QHBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->setSpacing(0);
    auto *velLabel = new QLabel(tr("Vel"), bottom);
    velLabel->setFixedWidth(m_keyboard->width());
    velLabel->setAlignment(Qt::AlignCenter);
    bottomLayout->addWidget(velLabel);
    bottomLayout->addWidget(m_velocity);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(bottom);
    split->setStretchFactor(0, 5);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(buildControls());
    layout->addWidget(split, 1);

    // The velocity lane and ruler follow edits, selection and the timeline.
    auto repaint = [this] {
        m_velocity->update();
        m_ruler->update();
    };
    connect(model->document(), &core::SongDocument::changed, this, repaint);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, repaint);
    connect(model, &QAbstractItemModel::modelReset, this, repaint);
    connect(model, &core::NoteModel::trackSwitched, this, repaint);
    // Show the music after opening a song or switching tracks.
    connect(model->document(), &core::SongDocument::songReset, m_view, &PianoRollView::revealNotes,
            Qt::QueuedConnection);
    connect(model, &core::NoteModel::trackSwitched, m_view, &PianoRollView::revealNotes,
            Qt::QueuedConnection);
    setGridDivision(16);
    m_view->centerOnPitch(66);
}

QList<QAction *> PianoRollEditor::toolActions() const { return m_tools->actions(); }

QWidget *PianoRollEditor::buildControls()
{
    auto *bar = new QWidget(this);
    auto *h = new QHBoxLayout(bar);
    h->setContentsMargins(4, 2, 4, 2);
    for (QAction *a : m_tools->actions()) {
        auto *b = new QToolButton(bar);
        b->setDefaultAction(a);
        // Icons where the theme has them (the name and key are in the tooltip), else the name.
        b->setToolButtonStyle(a->icon().isNull() ? Qt::ToolButtonTextOnly : Qt::ToolButtonIconOnly);
        b->setAutoRaise(true);
        h->addWidget(b);
    }
    h->addSpacing(6);
    h->addWidget(new QLabel(tr("Grid"), bar));
    m_grid = new QComboBox(bar);
    m_grid->setObjectName("gridCombo");
    const struct { const char *name; int division; } grids[] = {
        {"1/1", 1}, {"1/2", 2}, {"1/4", 4}, {"1/8", 8}, {QT_TR_NOOP("1/8 triplet"), 12}, {"1/16", 16},
        {QT_TR_NOOP("1/16 triplet"), 24}, {"1/32", 32}, {QT_TR_NOOP("Off"), 0}};
    for (const auto &g : grids)
        m_grid->addItem(tr(g.name), g.division);
    connect(m_grid, &QComboBox::currentIndexChanged, this, [this] { updateGrid(); });
    h->addWidget(m_grid);
    h->addSpacing(6);
    h->addWidget(new QLabel(tr("Key"), bar));
    m_scaleRoot = new QComboBox(bar);
    m_scaleRoot->setObjectName("scaleRootCombo");
    for (int pc = 0; pc < 12; ++pc)
        m_scaleRoot->addItem(core::GeneralMidi::pitchName(pc + 60).chopped(1), pc);
    m_scale = new QComboBox(bar);
    m_scale->setObjectName("scaleCombo");
    for (int i = 0; i < core::NoteOps::scales().size(); ++i)
        m_scale->addItem(i == 0 ? tr("None") : core::NoteOps::scaleDisplayName(i));
    m_scaleRoot->setToolTip(tr("The project key: its scale is highlighted, notes outside it are marked, and "
                               "Continue can keep to it"));
    m_scale->setToolTip(m_scaleRoot->toolTip());
    // The combos edit the project key (one undo step each); the document's key drives the view.
    auto requestKey = [this] {
        if (m_syncingKey || !m_model->document())
            return;
        m_model->document()->requestSetKey({m_scaleRoot->currentData().toInt(), m_scale->currentIndex()});
    };
    connect(m_scaleRoot, &QComboBox::currentIndexChanged, this, requestKey);
    connect(m_scale, &QComboBox::currentIndexChanged, this, requestKey);
    h->addWidget(m_scaleRoot);
    h->addWidget(m_scale);
    auto *detect = new QToolButton(bar);
    detect->setObjectName("detectKey");
    detect->setText(tr("Detect"));
    detect->setToolTip(tr("Set the project key to the key the song's notes are in (Krumhansl-Kessler key profiles)"));
    detect->setAutoRaise(true);
    connect(detect, &QToolButton::clicked, this, &PianoRollEditor::detectKey);
    h->addWidget(detect);
    if (m_model->document()) {
        connect(m_model->document(), &core::SongDocument::keyChanged, this, &PianoRollEditor::syncKey);
        syncKey();
    }
    h->addStretch(1);
    for (QAction *a : {m_zoomOut, m_zoomIn}) {
        auto *b = new QToolButton(bar);
        b->setDefaultAction(a);
        if (a->icon().isNull())
            b->setText(a == m_zoomIn ? "+" : QString::fromUtf8("\u2212"));
        b->setAutoRaise(true);
        h->addWidget(b);
    }
    return bar;
}

void PianoRollEditor::syncKey()
{
    const core::SongKey key = m_model->document()->song().key;
    m_syncingKey = true;
    if (key.isSet())   // without a key the tonic combo keeps what the user chose, for the next scale
        m_scaleRoot->setCurrentIndex(m_scaleRoot->findData(key.tonic));
    m_scale->setCurrentIndex(key.scale);
    m_syncingKey = false;
    m_view->setScale(key.tonic, key.scale);
}

void PianoRollEditor::detectKey()
{
    core::SongDocument *doc = m_model->document();
    if (!doc)
        return;
    const core::SongKey key = core::SongKeys::detect(doc->song());
    if (!key.isSet()) {
        emit statusMessage(tr("No notes to find a key in."));
        return;
    }
    doc->requestSetKey(key);
    emit statusMessage(tr("The song is in %1.").arg(core::NoteOps::keyDisplayName(key)));
}

void PianoRollEditor::setGridDivision(int division)
{
    const int i = m_grid->findData(division);
    if (i >= 0)
        m_grid->setCurrentIndex(i);
    updateGrid();
}

void PianoRollEditor::updateGrid()
{
    const int division = m_grid->currentData().toInt();
    const int ppq = m_model->document()->song().ppq;
    const core::Tick grid = division > 0 ? core::Tick(ppq) * 4 / division : 0;
    m_view->setGrid(grid);
    if (grid > 0)
        m_view->setDefaultLength(grid);
}

} // namespace atelier::ui
