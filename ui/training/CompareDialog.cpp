#include "training/CompareDialog.h"

#include "common/AuditionPlayer.h"
#include "common/DisplayNames.h"
#include "music/ContinuePanel.h"
#include "music/VariationThumbnail.h"
#include "sketch/SketchModelPanel.h"
#include "sketch/SketchRenderer.h"

#include "document/SongDocument.h"
#include "jobs/JobRunner.h"
#include "project/DataPaths.h"
#include "music/ContinuationPlan.h"
#include "reward/ComparisonPair.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSpinBox>
#include <QVBoxLayout>

namespace atelier::ui {

namespace {
constexpr QSize kMusicView{340, 150};
constexpr QSize kSketchView{300, 240};
const QColor kNeutral{70, 110, 200};   // both sides in one colour: nothing tells them apart but the music

QString modelName(const QString &path) { return QFileInfo(path).fileName().section(QLatin1Char('.'), 0, 0); }
} // namespace

CompareDialog::CompareDialog(core::MusicModelLoader music, core::SketchModelLoader sketch, QWidget *parent)
    : QDialog(parent), m_musicModels(std::move(music)), m_sketchModels(std::move(sketch))
{
    setObjectName("compareDialog");
    setWindowTitle(tr("Compare Models"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("Music"), QStringLiteral("music"));
    m_kind->addItem(tr("Drawings"), QStringLiteral("sketch"));
    form->addRow(tr("Kind"), m_kind);
    m_first = new QComboBox(this);
    m_second = new QComboBox(this);
    m_second->setToolTip(tr("The result says how often this one was preferred"));
    form->addRow(tr("First model"), m_first);
    form->addRow(tr("Second model"), m_second);
    m_trials = new QSpinBox(this);
    m_trials->setRange(2, 100);
    m_trials->setValue(10);
    m_trials->setToolTip(tr("More trials give a narrower interval: with 10 picks it is about ±26 %, with 40 about ±15 %"));
    form->addRow(tr("Trials"), m_trials);
    m_ground = new QLabel(this);
    m_ground->setWordWrap(true);
    form->addRow(tr("Both continue"), m_ground);
    layout->addLayout(form);

    m_trialLabel = new QLabel(this);
    m_trialLabel->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_trialLabel);
    auto *sides = new QGridLayout;
    m_viewA = new QLabel(this);
    m_viewB = new QLabel(this);
    m_playA = new QPushButton(tr("Play A"), this);
    m_playB = new QPushButton(tr("Play B"), this);
    m_pickA = new QPushButton(tr("A is better"), this);
    m_pickB = new QPushButton(tr("B is better"), this);
    m_playA->setShortcut(Qt::Key_1);
    m_playB->setShortcut(Qt::Key_2);
    m_pickA->setShortcut(Qt::Key_A);
    m_pickB->setShortcut(Qt::Key_B);
    m_playA->setToolTip(tr("Plays A with the music it continues (1)"));
    m_playB->setToolTip(tr("Plays B with the music it continues (2)"));
    m_pickA->setToolTip(tr("You prefer A (A)"));
    m_pickB->setToolTip(tr("You prefer B (B)"));
    int column = 0;
    for (auto [view, playButton, pickButton, name] : {std::tuple{m_viewA, m_playA, m_pickA, "A"},
                                                      std::tuple{m_viewB, m_playB, m_pickB, "B"}}) {
        auto *title = new QLabel(QStringLiteral("<b>%1</b>").arg(QLatin1String(name)), this);
        title->setAlignment(Qt::AlignCenter);
        view->setAlignment(Qt::AlignCenter);
        view->setFrameShape(QFrame::StyledPanel);
        view->setMinimumSize(kMusicView);
        sides->addWidget(title, 0, column);
        sides->addWidget(view, 1, column);
        sides->addWidget(playButton, 2, column);
        sides->addWidget(pickButton, 3, column);
        ++column;
    }
    layout->addLayout(sides, 1);
    m_skip = new QPushButton(tr("No Preference"), this);
    m_skip->setShortcut(Qt::Key_N);
    m_skip->setToolTip(tr("Neither is better; the trial does not count (N)"));
    auto *skipRow = new QHBoxLayout;
    skipRow->addStretch(1);
    skipRow->addWidget(m_skip);
    skipRow->addStretch(1);
    layout->addLayout(skipRow);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->hide();
    layout->addWidget(m_progress);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_start = new QPushButton(tr("Start"), this);
    m_start->setDefault(true);
    m_close = new QPushButton(tr("Close"), this);
    buttons->addWidget(m_start);
    buttons->addWidget(m_close);
    layout->addLayout(buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &CompareDialog::kindChanged);
    connect(m_start, &QPushButton::clicked, this, &CompareDialog::start);
    connect(m_close, &QPushButton::clicked, this, &CompareDialog::reject);
    connect(m_playA, &QPushButton::clicked, this, [this] { play(true); });
    connect(m_playB, &QPushButton::clicked, this, [this] { play(false); });
    connect(m_pickA, &QPushButton::clicked, this, [this] { pick(true); });
    connect(m_pickB, &QPushButton::clicked, this, [this] { pick(false); });
    connect(m_skip, &QPushButton::clicked, this, &CompareDialog::skip);
    kindChanged();
}

CompareDialog::~CompareDialog() { core::JobRunner::instance().cancelAll(this); }

void CompareDialog::setMusicSource(MusicContext context, core::SongDocument *doc, core::AudioEngine *engine)
{
    m_musicContext = std::move(context);
    m_doc = doc;
    m_engine = engine;
    delete m_player;
    m_player = doc && engine ? new AuditionPlayer(engine, doc, this) : nullptr;
}

bool CompareDialog::music() const { return m_kind->currentData() == QLatin1String("music"); }

void CompareDialog::selectKind(const QString &kind)
{
    const int i = m_kind->findData(kind);
    if (i >= 0 && !isBusy())
        m_kind->setCurrentIndex(i);
}

void CompareDialog::kindChanged()
{
    stopAll();
    m_test.reset();
    refreshModels();
    m_ground->setText(music() ? tr("the selected notes, or the current track before the playhead, for as many bars "
                                   "as Continue is set to")
                              : tr("the drawing on the canvas (from scratch when it is empty)"));
    m_playA->setVisible(music());
    m_playB->setVisible(music());
    for (QLabel *view : {m_viewA, m_viewB}) {
        view->clear();
        view->setMinimumSize(music() ? kMusicView : kSketchView);
    }
    m_trialLabel->clear();
    updateButtons();
    m_status->setText(tr("Choose two models and press Start. You will not be told which is which until the end."));
}

void CompareDialog::refreshModels()
{
    // The lists the Continue panel and the sketch canvas show.
    setModelFiles(music() ? ContinuePanel::findModelFiles() : SketchModelPanel::findModelFiles());
}

void CompareDialog::setModelFiles(const QStringList &files)
{
    const QString first = m_first->currentData().toString(), second = m_second->currentData().toString();
    for (QComboBox *combo : {m_first, m_second}) {
        combo->clear();
        for (const QString &f : files)
            combo->addItem(readableName(modelName(f)), f);
    }
    // A tuned model is compared with its base by default: the second model
    // is the newest file of the user's.
    QString newest;
    for (const QString &f : files)
        if (f.startsWith(core::DataPaths::userModelDir())
            && (newest.isEmpty() || QFileInfo(f).lastModified() > QFileInfo(newest).lastModified()))
            newest = f;
    // Our melody model goes first where it is there (the one Continue uses).
    int base = 0;
    for (int i = 0; i < files.size(); ++i)
        if (files[i].contains(QLatin1String("/assets/models/melody")))
            base = i;
    m_first->setCurrentIndex(base);
    m_second->setCurrentIndex(base == 0 ? std::min(1, m_second->count() - 1) : 0);
    if (!newest.isEmpty())
        m_second->setCurrentIndex(m_second->findData(newest));
    selectModels(first, second);
}

const QList<core::Note> &CompareDialog::sideNotes(bool left) const
{
    const bool first = !m_test || m_test->finished() || left == m_test->leftIsFirst(m_test->current());
    return m_notes[first ? 0 : 1];
}

const QList<core::Stroke> &CompareDialog::sideStrokes(bool left) const
{
    const bool first = !m_test || m_test->finished() || left == m_test->leftIsFirst(m_test->current());
    return m_strokes[first ? 0 : 1];
}

void CompareDialog::selectModels(const QString &first, const QString &second)
{
    for (auto [combo, path] : {std::pair{m_first, first}, std::pair{m_second, second}}) {
        int i = combo->findData(path);
        if (i < 0)
            i = combo->findData(QFileInfo(path).absoluteFilePath());
        if (!path.isEmpty() && i >= 0)
            combo->setCurrentIndex(i);
    }
}

void CompareDialog::updateButtons()
{
    const bool running = m_test && !m_test->finished();
    const bool picking = running && !isBusy();
    for (QPushButton *b : {m_pickA, m_pickB, m_skip})
        b->setEnabled(picking);
    for (QPushButton *b : {m_playA, m_playB})
        b->setEnabled(picking && m_player);
    m_start->setText(running ? tr("Start Over") : tr("Start"));
    m_start->setDefault(!running);
    m_start->setEnabled(!isBusy());
    for (QWidget *w : std::initializer_list<QWidget *>{m_kind, m_first, m_second, m_trials})
        w->setEnabled(!running);
}

void CompareDialog::start()
{
    stopAll();
    m_test.reset();
    m_resultPath.clear();
    for (QLabel *view : {m_viewA, m_viewB})
        view->clear();
    const QString paths[2] = {m_first->currentData().toString(), m_second->currentData().toString()};
    if (paths[0].isEmpty() || paths[1].isEmpty())
        return fail(tr("There are no models of this kind to compare."));
    if (paths[0] == paths[1])
        return fail(tr("Choose two different models."));
    for (int i = 0; i < 2; ++i) {
        QString error;
        if (music())
            m_music[i] = m_musicModels.get(paths[i], &error);
        else
            m_sketch[i] = m_sketchModels.get(paths[i], &error);
        if (music() ? !m_music[i] : !m_sketch[i])
            return fail(error.isEmpty() ? tr("%1: cannot be loaded in this build").arg(paths[i]) : error);
    }
    if (music()) {
        const auto request = m_musicContext ? m_musicContext() : std::nullopt;
        if (!request)
            return fail(tr("Add a track first: both models continue the current track."));
        m_request = *request;
    } else {
        m_canvas = m_sketchContext ? m_sketchContext() : core::Sketch{};
    }
    m_seed = m_fixedSeed ? m_fixedSeed : QRandomGenerator::global()->generate64() >> 1;
    m_test = std::make_unique<core::BlindTest>(paths[0], paths[1], m_trials->value(), m_seed);
    generate();
}

void CompareDialog::generate()
{
    if (m_player)
        m_player->stop();
    const int trial = m_test->current();
    const std::uint64_t seed = m_seed + std::uint64_t(trial);
    m_trialLabel->setText(tr("Trial %1 of %2").arg(trial + 1).arg(m_test->trials()));
    m_status->setText(tr("Both models are at work…"));
    m_progress->show();
    // Both outputs of the trial, then back here: into `into`, or the error.
    auto run = [this](auto make, auto *into) -> core::JobRunner::Work {
        return [this, make, into](core::JobContext &job) {
            QString error;
            auto pair = make(job.cancelFlag(), &error);
            job.post([this, pair, error, into, id = job.id()] {
                if (id != m_job || !m_test)
                    return;   // a test stopped or started over since (its cancel came after the post)
                m_job = 0;
                if (!pair)
                    return fail(error);
                *into = *pair;
                showTrial();
            });
        };
    };
    const core::JobRunner::Work work =
        music() ? run([a = m_music[0], b = m_music[1], request = m_request, seed](const std::atomic<bool> *cancel,
                                                                                  QString *error) {
                      return core::ComparisonPair::music(*a, *b, request, seed, cancel, error);
                  }, &m_notes)
                : run([a = m_sketch[0], b = m_sketch[1], canvas = m_canvas, seed](const std::atomic<bool> *cancel,
                                                                                  QString *error) {
                      return core::ComparisonPair::sketch(*a, *b, canvas, core::SketchSampleOptions{}, seed, cancel,
                                                          error);
                  }, &m_strokes);
    m_job = core::JobRunner::instance().start(this, std::move(work));
    updateButtons();
}

QImage CompareDialog::sideImage(int model) const
{
    if (music()) {
        const QList<core::Note> context = core::notesIn(m_request.song, m_request.track, m_request.contextStart,
                                                        m_request.contextEnd);
        return VariationThumbnail::render(context, m_notes[std::size_t(model)], kNeutral, kMusicView);
    }
    return SketchRenderer::thumbnail(m_canvas.strokes + m_strokes[std::size_t(model)], kSketchView);
}

void CompareDialog::showTrial()
{
    m_progress->hide();
    const bool leftIsFirst = m_test->leftIsFirst(m_test->current());
    m_viewA->setPixmap(QPixmap::fromImage(sideImage(leftIsFirst ? 0 : 1)));
    m_viewB->setPixmap(QPixmap::fromImage(sideImage(leftIsFirst ? 1 : 0)));
    m_status->setText(music() ? tr("Listen to both (1 and 2), then say which you like better.")
                              : tr("Which drawing do you like better?"));
    updateButtons();
    emit trialReady(m_test->current());
}

void CompareDialog::play(bool left)
{
    if (!m_test || m_test->finished() || !music() || !m_player || isBusy())
        return;
    const bool first = left == m_test->leftIsFirst(m_test->current());
    core::Song song = m_request.song;
    QList<core::Note> &notes = song.tracks[m_request.track].notes;
    notes = core::notesIn(m_request.song, m_request.track, m_request.contextStart, m_request.contextEnd);
    notes += m_notes[first ? 0 : 1];
    QString why;
    if (!m_player->play(song, m_request.contextStart, &why, m_request.at + m_request.lengthTicks))
        m_status->setText(why);
}

void CompareDialog::pick(bool left)
{
    if (!m_test || m_test->finished() || isBusy())
        return;
    m_test->pick(left);
    m_test->finished() ? finish() : generate();
}

void CompareDialog::skip()
{
    if (!m_test || m_test->finished() || isBusy())
        return;
    m_test->skip();
    m_test->finished() ? finish() : generate();
}

void CompareDialog::finish()
{
    stopAll();
    updateButtons();
    const core::BlindTest::Result r = m_test->result();
    const QString first = readableName(modelName(m_test->firstModel()));
    const QString second = readableName(modelName(m_test->secondModel()));
    QString text = r.picked == 0
        ? tr("No trial was decided, so there is no winner.")
        : tr("%1 (second) won %2 of %3 picks: %4 % (95 % interval %5–%6 %); %7 (first) won %8.")
              .arg(second)
              .arg(r.secondWins)
              .arg(r.picked)
              .arg(qRound(100 * r.secondRate))
              .arg(qRound(100 * r.low))
              .arg(qRound(100 * r.high))
              .arg(first)
              .arg(r.firstWins);
    if (r.picked > 0)
        text += QLatin1Char(' ')
                + (r.low > 0.5    ? tr("You prefer %1.").arg(second)
                   : r.high < 0.5 ? tr("You prefer %1.").arg(first)
                                  : tr("No clear preference yet: more trials would tell."));
    QString error;
    const QString path = core::BlindTest::newResultPath();
    if (m_test->save(path, &error)) {
        m_resultPath = path;
        text += QLatin1Char(' ') + tr("Saved to %1.").arg(path);
    } else {
        text += QLatin1Char(' ') + error;
    }
    m_trialLabel->setText(tr("A was %1, B was %2 in the last trial.")
                              .arg(m_test->leftIsFirst(m_test->trials() - 1) ? first : second,
                                   m_test->leftIsFirst(m_test->trials() - 1) ? second : first));
    m_status->setText(text);
    emit testFinished(m_resultPath);
}

void CompareDialog::fail(const QString &error)
{
    m_job = 0;
    m_progress->hide();
    m_test.reset();
    updateButtons();
    m_status->setText(error);
    emit failed(error);
}

void CompareDialog::stopAll()
{
    if (m_job)
        core::JobRunner::instance().cancel(m_job);
    m_job = 0;
    m_progress->hide();
    if (m_player)
        m_player->stop();
}

void CompareDialog::reject()
{
    // A trial on show stays for when the dialog comes back; one being made
    // ends the test (there is nothing to come back to).
    if (isBusy()) {
        stopAll();
        m_test.reset();
        m_trialLabel->clear();
        m_status->setText(tr("The test was stopped. Press Start for a new one."));
    }
    stopAll();
    updateButtons();
    QDialog::reject();
}

} // namespace atelier::ui
