#pragma once
// SongTimbres: the voice engines that play the tracks' baked Sound-Morph
// timbres (Track::sound) in a song, as the table of channel instruments that
// AudioEngine::setChannelInstruments() and RenderOptions::channelInstruments
// take.
//
// A track with a sound, routed to the internal output and not on the drum
// channel, gets a TimbreVoiceEngine on its MIDI channel (when two such tracks
// share a channel the later one wins, as for programs). The engine plays
// with the sound's z and envelope, at gain = sound.gain * volume / 0.8 (the
// track's volume slider; 0.8 is the default volume). Models are found by file
// name on the model search path (DataPaths::modelSearchPath()), else as a
// path, and loaded once each.
//
// update() reuses the engine of a channel whose model and sample rate are
// unchanged (z, envelope and gain are set on it, so held notes keep sounding
// while a slider moves), builds the others, and says whether the table
// changed. Tracks whose model cannot be loaded play their GM program, and
// problems() names them.
//
// Real time, given the device's block size: every engine gets the same start
// delay (TimbreVoiceEngine::setStartDelay), the largest of their latency
// bounds for that block plus 4 ms, fixed whenever the table changes; the
// ChannelRouter delays the GM tracks as much, so baked and GM tracks sound
// together as in an offline render. startDelayFrames() says how much. A new
// block size counts as a change (update() returns true: publish the table).

#include "audio/IEventSink.h"
#include "document/Song.h"
#include "timbre/ITimbreModel.h"
#include "timbre/TimbreVoiceEngine.h"

#include <QHash>
#include <QStringList>
#include <array>
#include <memory>

namespace atelier::core::timbre {

class SongTimbres {
public:
    using Table = std::array<std::shared_ptr<IEventSink>, 16>;

    SongTimbres(TimbreModelLoader loader, TimbreVoiceEngine::Mode mode);

    bool update(const Song &song, int sampleRate, int blockFrames = 0);
    int startDelayFrames() const { return m_startDelay; }
    const Table &table() const { return m_table; }
    QStringList problems() const { return m_problems; }
    int engineCount() const;

    // One call for offline rendering: the table for `song` at `sampleRate`.
    static Table offlineTable(const Song &song, const TimbreModelLoader &loader, int sampleRate,
                              QStringList *problems = nullptr);
    // The model file for a sound's model name ("" when not found).
    static QString findModel(const QString &model);
    // The name a project keeps for the model file at `path`: its file name
    // when the model search path finds this very file; otherwise the file is
    // first copied (atomically) into the user's model folder, under its name
    // or, where another file has that name, "name-2", "name-3"..., so that
    // the project names it and finds it on any machine with that folder.
    // An identical file already there is used as it is. Empty, with *error,
    // when it cannot be read or copied.
    static QString nameOnSearchPath(const QString &path, QString *error = nullptr);
    static Envelope envelopeOf(const TrackSound &sound);
    // Seconds to render after a song's end so that baked sounds' releases
    // ring out: at least `minimum`, else the longest baked release + 0.5 s.
    static double tailSeconds(const Song &song, double minimum);

private:
    std::shared_ptr<const ITimbreModel> model(const QString &name, QString *error);

    TimbreModelLoader m_loader;
    TimbreVoiceEngine::Mode m_mode;
    struct Slot {
        QString modelFile;
        std::shared_ptr<const ITimbreModel> model;
        int sampleRate = 0;
        std::shared_ptr<TimbreVoiceEngine> engine;
    };
    std::array<Slot, 16> m_slots;
    Table m_table;
    QStringList m_problems;
    int m_startDelay = 0;
    int m_blockFrames = 0;
    QHash<QString, std::shared_ptr<const ITimbreModel>> m_models;  // by file
    QHash<QString, QString> m_modelErrors;
};

} // namespace atelier::core::timbre
