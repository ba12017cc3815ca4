#include "music/ContinuePanel.h"
#include "common/DragOutButton.h"
#include "project/DragFiles.h"
#include "common/ComboItems.h"
#include "common/RatingRecorder.h"
#include "common/ResultBrowser.h"
#include "document/TempoMap.h"
#include "reward/RewardSample.h"
#include "music/VariationThumbnail.h"
#include "common/AuditionPlayer.h"
#include "document/NoteOps.h"
#include "music/ChordConditioning.h"
#include "music/KeyFinder.h"
#include "music/SongKeys.h"

#include "audio/AudioEngine.h"
#include "document/BarGrid.h"
#include "document/NoteModel.h"
#include "document/SongDocument.h"
#include "music/MusicEncoding.h"
#include "music/MusicGeneration.h"
#include "pianoroll/PianoRollView.h"
#include "project/DataPaths.h"

#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSlider>
#include <QSpinBox>
#include <QTimer>
#include <QSignalBlocker>
#include <QUndoStack>
#include <QVBoxLayout>
#include <algorithm>
#include <limits>

namespace atelier::ui {

namespace {
constexpr double kChordPull = core::ChordConditioning::kSteeringPull;
constexpr double kChordModelPull = core::ChordConditioning::kChordModelPull;
constexpr int kKeyWindowNotes = 8;   // fewer selected notes say too little about a key   // nats for the chord tones when following the chord lane
const char *const kPitchNames[12] = {"C", "C#", "D", "Eb", "E", "F", "F#", "G", "Ab", "A", "Bb", "B"};
constexpr int kMaxContextBars = 8;  // primer: at most this much music before the continuation
constexpr int kRegenerateCandidates = 8;
} // namespace

ContinuePanel::ContinuePanel(core::SongDocument *doc, core::NoteModel *notes, PianoRollView *view,
                             core::AudioEngine *engine, core::MusicModelLoader loader, QWidget *parent)
    : QWidget(parent), m_doc(doc), m_notes(notes), m_view(view), m_engine(engine), m_cache(std::move(loader)),
      m_generation(new MusicGeneration(this))
{
    setObjectName("continuePanel");
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_models = new QComboBox(this);
    m_models->setObjectName("musicModel");
    m_models->setToolTip(tr("The music model that continues your notes: a melody model (one voice, "
                            "16th-note grid) or a performance model (piano, expressive timing and dynamics)"));
    form->addRow(tr("Model"), m_models);
    m_variations = new QSpinBox(this);
    m_variations->setRange(1, 8);
    m_variations->setValue(4);
    form->addRow(tr("Variations"), m_variations);
    m_bars = new QSpinBox(this);
    m_bars->setRange(1, 32);
    m_bars->setValue(4);
    m_bars->setSuffix(tr(" bars"));
    form->addRow(tr("Length"), m_bars);
    auto *tempRow = new QHBoxLayout;
    m_temperature = new QSlider(Qt::Horizontal, this);
    m_temperature->setRange(1, 20);  // tenths
    m_temperature->setValue(10);
    m_temperatureLabel = new QLabel(this);
    m_temperatureLabel->setMinimumWidth(28);
    tempRow->addWidget(m_temperature);
    tempRow->addWidget(m_temperatureLabel);
    form->addRow(tr("Temperature"), tempRow);
    m_topP = new QDoubleSpinBox(this);
    m_topP->setRange(0.05, 1.0);
    m_topP->setSingleStep(0.05);
    m_topP->setValue(0.95);
    m_topP->setToolTip(tr("Nucleus sampling: draw only from the most likely events that together hold this "
                          "much probability"));
    form->addRow(tr("Top-p"), m_topP);
    m_key = new QComboBox(this);
    m_key->setObjectName("musicKey");
    m_key->addItem(tr("Any notes"), QString());
    m_key->addItem(tr("Key of the input"), QStringLiteral("auto"));
    m_key->setItemData(m_key->count() - 1, tr("Estimated from the selected notes (8 or more), else from the whole track"),
                       Qt::ToolTipRole);
    m_key->addItem(QString(), QStringLiteral("project"));   // named by syncProjectKey
    for (int minor = 0; minor < 2; ++minor)
        for (int t = 0; t < 12; ++t) {
            const QString spec = QStringLiteral("%1:%2").arg(kPitchNames[t], minor ? "minor" : "major");
            m_key->addItem(QStringLiteral("%1 %2").arg(kPitchNames[t], minor ? tr("minor") : tr("major")), spec);
        }
    m_key->setCurrentIndex(1);
    m_key->setToolTip(tr("The key generated notes lean to (minor keys include the raised 6th and 7th)"));
    form->addRow(tr("Key"), m_key);
    auto *pullRow = new QHBoxLayout;
    m_keyPull = new QSlider(Qt::Horizontal, this);
    m_keyPull->setObjectName("keyPull");
    m_keyPull->setRange(0, 16);   // half nats
    m_keyPull->setValue(4);
    m_keyPull->setToolTip(tr("How strongly notes lean to the key: its notes get this many nats more log-probability; "
                             "other notes stay possible (a chromatic passing note). 0: no pull"));
    m_keyPullLabel = new QLabel(this);
    m_keyPullLabel->setMinimumWidth(QFontMetrics(m_keyPullLabel->font()).horizontalAdvance(tr("%1 nats").arg("8.0")) + 4);
    m_strictKey = new QCheckBox(tr("Only"), this);
    m_strictKey->setObjectName("strictKey");
    m_strictKey->setToolTip(tr("Only notes of the key: notes outside it are never played"));
    pullRow->addWidget(m_keyPull, 1);
    pullRow->addWidget(m_keyPullLabel);
    pullRow->addWidget(m_strictKey);
    form->addRow(tr("Key pull"), pullRow);
    auto showPull = [this] {
        m_keyPullLabel->setText(tr("%1 nats").arg(m_keyPull->value() / 2.0, 0, 'f', 1));
        m_keyPull->setEnabled(!m_strictKey->isChecked());
        m_keyPullLabel->setEnabled(!m_strictKey->isChecked());
    };
    m_followChords = new QCheckBox(tr("Follow the chord lane"), this);
    m_followChords->setObjectName("followChords");
    m_followChords->setChecked(true);
    m_followChords->setToolTip(tr("When the song has chords, our chord-melody model reads them as it plays (other "
                                  "models lean to the tones of the chord sounding at each step by %1 nats)")
                                   .arg(kChordPull, 0, 'f', 1));
    form->addRow(QString(), m_followChords);
    connect(m_keyPull, &QSlider::valueChanged, this, showPull);
    connect(m_strictKey, &QCheckBox::toggled, this, showPull);
    showPull();
    connect(m_doc, &core::SongDocument::keyChanged, this, &ContinuePanel::syncProjectKey);
    syncProjectKey();
    m_density = new QComboBox(this);
    m_density->addItem(tr("Like the input"), -1);
    const char *densities[] = {"< 1", "1–2", "2–4", "4–8", "8–16", "16–32", "32–64", "> 64"};
    for (int i = 0; i < 8; ++i)
        m_density->addItem(tr("%1 notes/s").arg(densities[i]), i);
    m_density->setToolTip(tr("Performance model: how many notes per second it plays"));
    form->addRow(tr("Density"), m_density);
    m_seed = new QSpinBox(this);
    m_seed->setRange(0, 999999);
    m_seed->setValue(1);
    m_seed->setToolTip(tr("The same seed and settings give the same variations"));
    form->addRow(tr("Seed"), m_seed);
    layout->addLayout(form);

    auto *buttons = new QHBoxLayout;
    m_continue = new QPushButton(tr("Continue"), this);
    m_continue->setObjectName("continueButton");
    m_continue->setToolTip(tr("Generate variations that follow the selected notes, or the notes before the "
                              "playhead (Ctrl+J)"));
    m_regenerate = new QPushButton(tr("Regenerate"), this);
    m_regenerate->setToolTip(tr("Replace the time range of the selected notes, fitting what comes before and "
                                "after it (Ctrl+Shift+J)"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setEnabled(false);
    buttons->addWidget(m_continue);
    buttons->addWidget(m_regenerate);
    buttons->addWidget(m_cancel);
    layout->addLayout(buttons);
    m_progress = new QProgressBar(this);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(8);
    m_progress->hide();
    layout->addWidget(m_progress);

    m_browser = new ResultBrowser(tr("Audition"), kThumbSize, this);
    m_browser->list()->setObjectName("variationList");
    m_browser->list()->setToolTip(tr("Select a variation to see it in the piano roll; double-click to keep it; "
                                     "Tab flips between the two auditioned last"));
    layout->addWidget(m_browser, 1);
    m_dragOut = new DragOutButton(tr("Drag Variation"), QStringLiteral("audio/midi"), this);
    m_dragOut->setObjectName("dragVariation");
    m_dragOut->setToolTip(tr("Drag the selected variation into a file manager or a DAW's arrangement as a "
                             "MIDI file (it starts on the bar of its first note)"));
    m_dragOut->setWriter([this](QString *error) -> QString {
        const int i = m_browser->current();
        if (i < 0 || i >= m_results.size() || !m_doc->isValidTrack(m_track)) {
            *error = tr("no variation selected");
            return {};
        }
        const core::Song clip = core::DragFiles::clip(m_doc->song(), m_track, m_results.at(i));
        return core::DragFiles::writeMidiClip(
            clip, tr("%1 variation %2").arg(m_doc->song().tracks.at(m_track).name).arg(i + 1), error);
    });
    connect(m_dragOut, &DragOutButton::message, this, &ContinuePanel::statusMessage);
    m_dragOut->setEnabled(false);
    connect(m_browser, &ResultBrowser::currentChanged, m_dragOut, [this](int index) { m_dragOut->setEnabled(index >= 0); });
    layout->addWidget(m_dragOut, 0, Qt::AlignLeft);
    m_status = new QLabel(this);
    m_ratings = new RatingRecorder(m_browser, QStringLiteral("music"), this);
    connect(m_ratings, &RatingRecorder::statusMessage, m_status, &QLabel::setText);
    m_status->setObjectName("continueStatus");
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    connect(m_temperature, &QSlider::valueChanged, this,
            [this](int v) { m_temperatureLabel->setText(QString::number(v / 10.0, 'f', 1)); });
    m_temperatureLabel->setText(QString::number(m_temperature->value() / 10.0, 'f', 1));
    connect(m_models, &QComboBox::currentIndexChanged, this, &ContinuePanel::updateControls);
    connect(m_continue, &QPushButton::clicked, this, &ContinuePanel::continueMusic);
    connect(m_regenerate, &QPushButton::clicked, this, &ContinuePanel::regenerateSelection);
    connect(m_cancel, &QPushButton::clicked, this, &ContinuePanel::cancel);
    connect(m_browser, &ResultBrowser::currentChanged, this, &ContinuePanel::showCandidate);
    connect(m_browser, &ResultBrowser::keepRequested, this, &ContinuePanel::keep);
    connect(m_browser, &ResultBrowser::previewRequested, this, &ContinuePanel::audition);
    connect(m_browser, &ResultBrowser::previewStopped, this, &ContinuePanel::stopAudition);
    connect(m_browser, &ResultBrowser::discardRequested, this, &ContinuePanel::discard);

    connect(m_generation, &MusicGeneration::progress, this, [this](int, int done, int total) {
        m_progress->setRange(0, std::max(1, total));
        m_progress->setValue(done);
    });
    connect(m_generation, &MusicGeneration::continued, this,
            [this](int, const QList<QList<core::Note>> &v, const QString &key) { showResults(v, key); });
    connect(m_generation, &MusicGeneration::regenerated, this, [this](int, const QList<core::Note> &notes) {
        showResults({notes}, QString());
    });
    connect(m_generation, &MusicGeneration::failed, this, [this](int, const QString &error) {
        setBusy(false);
        m_status->setText(error);
        emit statusMessage(error);
        emit resultsReady();
    });
    connect(m_generation, &MusicGeneration::cancelled, this, [this](int) {
        setBusy(false);
        m_status->setText(tr("Cancelled."));
    });
    m_player = new AuditionPlayer(engine, doc, this);
    connect(m_player, &AuditionPlayer::stopped, this, [this] { m_browser->setPreviewing(false); });
    // An edit elsewhere may move what a pending result was made for, and
    // another model would have made other ones: drop them.
    connect(m_doc, &core::SongDocument::changed, this, [this] {
        if (!m_results.isEmpty() && !m_player->isPlaying())
            discard();
    });
    connect(m_models, &QComboBox::activated, this, [this] {   // the user chose another model
        m_modelChosen = true;
        if (!m_results.isEmpty())
            discard();
    });
    connect(m_doc, &core::SongDocument::chordsChanged, this, &ContinuePanel::pickModelForChords);
    connect(m_followChords, &QCheckBox::toggled, this, &ContinuePanel::pickModelForChords);
    refreshModels();
}

void ContinuePanel::pickModelForChords()
{
    // Until the user picks a model, ours follows the chord lane: the
    // chord-conditioned melody model while the lane has chords to follow,
    // the melody model otherwise.
    if (m_modelChosen)
        return;
    const QString current = m_models->currentData().toString();
    const bool ours = current.contains(QLatin1String("/assets/models/melody"))
                      || current.contains(QLatin1String("/assets/models/chord-melody"));
    if (!ours)
        return;
    const bool chords = m_followChords->isChecked() && !m_doc->song().chords.isEmpty();
    const QString wanted = chords ? QStringLiteral("/assets/models/chord-melody") : QStringLiteral("/assets/models/melody");
    for (int i = 0; i < m_models->count(); ++i)
        if (m_models->itemData(i).toString().contains(wanted)) {
            m_models->setCurrentIndex(i);
            return;
        }
}

ContinuePanel::~ContinuePanel() = default;

QStringList ContinuePanel::findModelFiles()
{
    return core::DataPaths::modelFiles(QStringLiteral("*.music.json"));
}

void ContinuePanel::refreshModels(const QString &select)
{
    const QString chosen = m_modelChosen ? m_models->currentData().toString() : QString();
    setModelFiles(findModelFiles());
    for (const QString &want : {select, chosen})
        if (const int i = want.isEmpty() ? -1 : m_models->findData(want); i >= 0) {
            m_models->setCurrentIndex(i);
            m_modelChosen = true;
            updateControls();
            return;
        }
}

void ContinuePanel::setModelFiles(const QStringList &files)
{
    m_models->clear();
    for (const QString &f : files) {
        const QString name = QFileInfo(f).fileName().chopped(int(strlen(".music.json")));
        const bool bundled = f.contains("/assets/models/");
        m_models->addItem(bundled ? tr("%1 (ours)").arg(name) : name, f);
    }
    // Our own melody model is the default (the chord-conditioned one while the lane has chords).
    for (int i = 0; i < m_models->count(); ++i)
        if (m_models->itemData(i).toString().contains("/assets/models/melody")) {
            m_models->setCurrentIndex(i);
            break;
        }
    pickModelForChords();
    if (m_models->count() == 0 || !m_cache.canLoad())
        m_status->setText(tr("No music models found. Put .music.json models in %1, or train one with "
                             "Tools ▸ Train a Music Model.")
                              .arg(core::DataPaths::userModelDir()));
    updateControls();
}

void ContinuePanel::updateControls()
{
    const bool any = m_models->count() > 0 && m_cache.canLoad();
    const bool busy = isBusy();
    m_continue->setEnabled(any && !busy);
    m_regenerate->setEnabled(any && !busy);
    m_cancel->setEnabled(busy);
    const bool performance = m_models->currentData().toString().contains("performance");
    m_density->setEnabled(performance);
}

std::shared_ptr<const core::IMusicModel> ContinuePanel::currentModel()
{
    const QString path = m_models->currentData().toString();
    QString error;
    auto model = m_cache.get(path, &error);
    if (!model && !error.isEmpty()) {
        m_status->setText(error);
        emit statusMessage(error);
    }
    return model;
}

void ContinuePanel::syncProjectKey()
{
    // "Project key" is the default while the project has one.
    const int i = m_key->findData(QStringLiteral("project"));
    const core::SongKey key = m_doc->song().key;
    const bool set = key.isSet();
    m_key->setItemText(i, set ? tr("Project key (%1)").arg(core::NoteOps::keyDisplayName(key))
                              : tr("Project key (none set)"));
    setComboItemEnabled(m_key, i, set);
    const QString current = m_key->currentData().toString();
    if (set && current == QLatin1String("auto"))
        m_key->setCurrentIndex(i);
    else if (!set && current == QLatin1String("project"))
        m_key->setCurrentIndex(m_key->findData(QStringLiteral("auto")));
}

QListWidget *ContinuePanel::variationList() const { return m_browser->list(); }

bool ContinuePanel::isBusy() const { return m_busy; }

core::MusicSampleOptions ContinuePanel::options() const
{
    core::MusicSampleOptions o;
    o.temperature = m_temperature->value() / 10.0;
    o.topP = m_topP->value();
    o.seed = std::uint64_t(m_seed->value());
    const QString key = m_key->currentData().toString();
    std::optional<core::KeyScale> chosen;
    if (key == QLatin1String("project")) {
        chosen = core::SongKeys::toKeyScale(m_doc->song().key);
    } else if (key == QLatin1String("auto")) {
        // The key of the selected notes when the user chose a window (several bars), else of the
        // whole part (a few bars before the playhead say too little).
        const int track = m_notes->track();
        QList<core::Note> window;
        if (m_doc->isValidTrack(track))
            for (int r : m_view->selectedRows())
                if (r >= 0 && r < m_doc->track(track).notes.size())
                    window.append(m_doc->track(track).notes.at(r));
        const core::KeyFinder::Estimate e = window.size() >= kKeyWindowNotes
            ? core::KeyFinder::estimate(window)
            : core::KeyFinder::estimate(m_doc->song(), track);
        if (e.valid())
            chosen = e.key;
    } else if (!key.isEmpty()) {
        chosen = core::KeyScale::parse(key);
    }
    if (chosen && m_strictKey->isChecked())
        o.key = chosen;
    else if (chosen && m_keyPull->value() > 0) {
        o.biasKey = chosen;
        o.keyBias = m_keyPull->value() / 2.0;
    }
    o.densityBin = m_density->isEnabled() ? m_density->currentData().toInt() : -1;
    if (m_followChords->isChecked() && !m_doc->song().chords.isEmpty())
        o.chordBias = m_models->currentData().toString().contains(QLatin1String("chord-melody"))
                          ? kChordModelPull   // it reads the chords itself: a nudge
                          : kChordPull;       // continueMusic reads the chord lane
    return o;
}

void ContinuePanel::setBusy(bool busy, const QString &what)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_progress->setRange(0, 0);
    m_cancel->setEnabled(busy);
    if (busy)
        m_status->setText(what);
    m_continue->setEnabled(!busy && m_models->count() > 0);
    m_regenerate->setEnabled(!busy && m_models->count() > 0);
}

std::optional<core::ContinueRequest> ContinuePanel::contextRequest() const
{
    const int track = m_notes->track();
    if (track < 0 || !m_doc->isValidTrack(track))
        return std::nullopt;
    const core::Song &song = m_doc->song();
    const QList<core::Note> &trackNotes = song.tracks.at(track).notes;
    const core::BarGrid bars(song);
    const QList<int> selected = m_view->selectedRows();
    core::Tick from = 0, to = 0;
    if (!selected.isEmpty()) {
        from = std::numeric_limits<core::Tick>::max();
        for (int r : selected) {
            from = std::min(from, trackNotes.at(r).start);
            to = std::max(to, trackNotes.at(r).end());
        }
    } else {
        to = m_engine->playhead();
        if (to <= 0)
            for (const core::Note &n : trackNotes)
                to = std::max(to, n.end());
        from = std::max<core::Tick>(0, to - kMaxContextBars * bars.barLength(to));
    }
    // The continuation starts on the 16th-note grid just after the context.
    const core::Tick step = std::max(1, song.ppq / 4);
    const core::Tick at = (to + step - 1) / step * step;
    core::ContinueRequest request;
    request.song = song;
    request.track = track;
    request.contextStart = from;
    request.contextEnd = at;
    request.at = at;
    request.lengthTicks = m_bars->value() * bars.barLength(at);
    request.variations = m_variations->value();
    request.options = options();
    return request;
}

void ContinuePanel::continueMusic()
{
    auto model = currentModel();
    if (!model)
        return;
    auto request = contextRequest();
    if (!request) {
        m_status->setText(tr("Add a track first."));
        return;
    }
    discard();
    m_track = request->track;
    m_contextStart = request->contextStart;
    m_at = request->at;
    m_end = request->at + request->lengthTicks;
    m_replacing = false;
    setBusy(true, tr("Generating %n variation(s) of %1 bars with %2…", nullptr, request->variations)
                      .arg(m_bars->value())
                      .arg(m_models->currentText()));
    m_generation->startContinue(model, *request);
}

void ContinuePanel::regenerateSelection()
{
    auto model = currentModel();
    const int track = m_notes->track();
    const QList<int> selected = m_view->selectedRows();
    if (!model || track < 0)
        return;
    if (selected.isEmpty()) {
        m_status->setText(tr("Select the notes whose time range should be regenerated."));
        return;
    }
    discard();
    const core::Song &song = m_doc->song();
    const QList<core::Note> &trackNotes = song.tracks.at(track).notes;
    core::Tick from = std::numeric_limits<core::Tick>::max(), to = 0;
    for (int r : selected) {
        from = std::min(from, trackNotes.at(r).start);
        to = std::max(to, trackNotes.at(r).end());
    }
    const core::Tick step = std::max(1, song.ppq / 4);
    from = from / step * step;
    to = (to + step - 1) / step * step;
    m_track = track;
    m_contextStart = std::max<core::Tick>(0, from - kMaxContextBars * core::BarGrid(song).barLength(from));
    m_at = from;
    m_end = to;
    m_replacing = true;
    setBusy(true, tr("Regenerating %1 with %2…").arg(core::BarGrid(song).positionText(from), m_models->currentText()));
    m_generation->startRegenerate(model, song, track, from, to, kRegenerateCandidates, options());
}

void ContinuePanel::cancel()
{
    m_generation->cancel();
    setBusy(false);
}

void ContinuePanel::showResults(const QList<QList<core::Note>> &variations, const QString &key)
{
    setBusy(false);
    m_results = variations;
    // Small piano rolls: the notes continued from in grey, each variation in its colour.
    QList<core::Note> context;
    if (m_track >= 0 && m_track < m_doc->song().tracks.size())
        for (const core::Note &n : m_doc->song().tracks.at(m_track).notes)
            if (n.start >= m_contextStart && n.start < m_at)
                context.append(n);
    QList<QImage> thumbnails;
    QStringList labels;
    QList<QJsonObject> samples;   // for the thumbs: what a reward script would see
    const core::Song &song = m_doc->song();
    const auto sampleKey = key.isEmpty() ? std::nullopt : core::KeyScale::parse(key);
    for (int i = 0; i < variations.size(); ++i) {
        const auto &v = variations.at(i);
        samples.append(core::RewardSample::music(v, m_at, context, m_contextStart, song.ppq, sampleKey,
                                                 core::TempoMap(song).bpmAt(m_at)));
        thumbnails.append(VariationThumbnail::render(context, v, VariationThumbnail::colour(i), kThumbSize));
        labels.append(m_replacing ? tr("Replacement — %n note(s)", nullptr, int(v.size()))
                                  : tr("Variation %1 — %n note(s)", nullptr, int(v.size())).arg(i + 1));
    }
    m_browser->setResults(thumbnails, labels);
    m_ratings->setBatch(samples, m_models->currentText());
    QString text = m_replacing ? tr("Pick Keep to replace the range, or Discard.")
                               : tr("%n variation(s). Select one to see it, Audition to hear it with its context, "
                                    "Keep to add it.", nullptr, int(variations.size()));
    if (!key.isEmpty())
        text += QLatin1Char(' ') + tr("Key: %1.").arg(key);
    m_status->setText(text);
    if (!variations.isEmpty())
        m_browser->setCurrent(0);
    updateControls();
    emit resultsReady();
}

void ContinuePanel::showCandidate(int row)
{
    if (row < 0 || row >= m_results.size()) {
        m_view->setCandidateNotes({});
    } else {
        m_view->setCandidateNotes(m_results.at(row), VariationThumbnail::colour(row));   // the tile's colour
        // (While auditioning, the result browser asks for the new tile's audition itself.)
    }
    updateControls();
}

void ContinuePanel::audition(int variation)
{
    if (variation < 0 || variation >= m_results.size() || m_track < 0 || m_track >= m_doc->song().tracks.size())
        return;
    core::Song preview = m_doc->song();
    QList<core::Note> &notes = preview.tracks[m_track].notes;
    if (m_replacing)
        notes.erase(std::remove_if(notes.begin(), notes.end(),
                                   [&](const core::Note &n) { return n.start >= m_at && n.start < m_end; }),
                    notes.end());
    notes.append(m_results.at(variation));
    QString why;
    if (!m_player->play(preview, m_contextStart, &why))
        m_status->setText(why);
    m_browser->setPreviewing(true);
}

void ContinuePanel::stopAudition() { m_player->stop(); }

void ContinuePanel::keep(int variation)
{
    if (variation < 0 || variation >= m_results.size() || m_track < 0 || m_track >= m_doc->song().tracks.size())
        return;
    stopAudition();
    const QList<core::Note> chosen = m_results.at(variation);
    const int track = m_track;
    const bool replacing = m_replacing;
    const core::Tick from = m_at, to = m_end;
    m_results.clear();  // before the edit, so its changed() signal finds nothing to drop
    if (replacing) {
        QList<int> rows;
        const QList<core::Note> &notes = m_doc->song().tracks.at(track).notes;
        for (int r = 0; r < notes.size(); ++r)
            if (notes.at(r).start >= from && notes.at(r).start < to)
                rows.append(r);
        m_doc->undoStack()->beginMacro(tr("Regenerate %n note(s)", nullptr, int(chosen.size())));
        if (!rows.isEmpty())
            m_doc->requestRemoveNotes(track, rows, tr("Remove notes"));
        if (!chosen.isEmpty())
            m_doc->requestAddNotes(track, chosen, tr("Add notes"));
        m_doc->undoStack()->endMacro();
    } else if (!chosen.isEmpty()) {
        m_doc->requestAddNotes(track, chosen, tr("Keep continuation (%n note(s))", nullptr, int(chosen.size())));
    }
    discard();
    m_status->setText(tr("Kept %n note(s). Undo takes them back.", nullptr, int(chosen.size())));
}

void ContinuePanel::discard()
{
    stopAudition();
    const bool had = !m_results.isEmpty();
    m_results.clear();
    m_browser->clear();
    m_view->setCandidateNotes({});
    if (had)
        m_status->clear();   // the text was about those variations (Keep writes its own after this)
    updateControls();
}

} // namespace atelier::ui
