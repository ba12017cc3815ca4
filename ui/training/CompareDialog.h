#pragma once
// Music ▸ Compare Models… and Sketch ▸ Compare Drawing Models…: a blind A/B
// test of two models that the user takes (core::BlindTest is its model).
// Each trial, both models continue the same ground with the same sampling
// seed (core::ComparisonPair, as a job of the studio's JobRunner): music
// continues what Continue would continue now (the selected notes, or the
// current track before the playhead) and is played with its context;
// drawings continue the canvas (from scratch when it is empty) and are
// shown. The two outputs appear as "A" and "B" in an order drawn at random,
// without names; the user picks one (or has no preference). After the last
// trial the names are revealed with the second model's win rate and its
// 95 % interval, and the result is saved in the user data folder.

#include "common/ModelCache.h"
#include "document/Song.h"
#include "jobs/JobContext.h"
#include "music/IMusicModel.h"
#include "music/MusicContinuation.h"
#include "reward/BlindTest.h"
#include "sketch/ISketchModel.h"

#include <QDialog>
#include <array>
#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace atelier::core {
class AudioEngine;
class SongDocument;
} // namespace atelier::core

namespace atelier::ui {

class AuditionPlayer;

class CompareDialog : public QDialog {
    Q_OBJECT
public:
    using MusicContext = std::function<std::optional<core::ContinueRequest>()>;
    using SketchContext = std::function<core::Sketch()>;

    CompareDialog(core::MusicModelLoader music, core::SketchModelLoader sketch, QWidget *parent = nullptr);
    ~CompareDialog() override;

    // Where music comes from and goes to (without them, only drawings).
    void setMusicSource(MusicContext context, core::SongDocument *doc, core::AudioEngine *engine);
    void setSketchSource(SketchContext context) { m_sketchContext = std::move(context); }
    void selectKind(const QString &kind);   // "music" | "sketch"
    void refreshModels();                           // from the model search path
    void setModelFiles(const QStringList &files);   // e.g. tests
    // Chooses the models by file (tests; Tune a Model's "Compare with the base").
    void selectModels(const QString &first, const QString &second);

    void start();              // a new test of the chosen models
    void play(bool left);      // music: plays A (left) or B with its context
    void pick(bool left);      // A (left) or B is better
    void skip();               // no preference
    bool isBusy() const { return m_job != 0; }

    // For tests.
    QComboBox *firstCombo() const { return m_first; }
    QComboBox *secondCombo() const { return m_second; }
    QSpinBox *trialsSpin() const { return m_trials; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *sideLabel(bool left) const { return left ? m_viewA : m_viewB; }
    const core::BlindTest *test() const { return m_test.get(); }
    // What side A (left) or B of the current trial holds.
    const QList<core::Note> &sideNotes(bool left) const;
    const QList<core::Stroke> &sideStrokes(bool left) const;
    QString resultPath() const { return m_resultPath; }
    void setSeed(std::uint64_t seed) { m_fixedSeed = seed; }   // 0: a new one each test

signals:
    void trialReady(int trial);
    void testFinished(const QString &resultPath);   // empty when it could not be saved
    void failed(const QString &error);

protected:
    void reject() override;

private:
    bool music() const;
    void kindChanged();
    void generate();
    void showTrial();
    void finish();
    void fail(const QString &error);
    void stopAll();
    void updateButtons();
    QImage sideImage(int model) const;   // model 0 first, 1 second

    ModelCache<core::IMusicModel> m_musicModels;
    ModelCache<core::ISketchModel> m_sketchModels;
    MusicContext m_musicContext;
    SketchContext m_sketchContext;
    core::SongDocument *m_doc = nullptr;
    core::AudioEngine *m_engine = nullptr;
    AuditionPlayer *m_player = nullptr;

    QComboBox *m_kind, *m_first, *m_second;
    QSpinBox *m_trials;
    QLabel *m_ground, *m_trialLabel, *m_viewA, *m_viewB, *m_status;
    QPushButton *m_start, *m_playA, *m_playB, *m_pickA, *m_pickB, *m_skip, *m_close;
    QProgressBar *m_progress;

    std::unique_ptr<core::BlindTest> m_test;
    std::shared_ptr<const core::IMusicModel> m_music[2];
    std::shared_ptr<const core::ISketchModel> m_sketch[2];
    core::ContinueRequest m_request;
    core::Sketch m_canvas;
    std::array<QList<core::Note>, 2> m_notes;
    std::array<QList<core::Stroke>, 2> m_strokes;
    std::uint64_t m_seed = 0, m_fixedSeed = 0;
    core::JobId m_job = 0;
    QString m_resultPath;
};

} // namespace atelier::ui
