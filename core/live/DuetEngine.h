#pragma once
// DuetEngine: call and response with a music model, as a state machine on
// the audio clock (frames). No threads and no devices: LiveDuet drives it
// from a worker thread; tests drive it with made-up times.
//
//  - A phrase begins with a note-on when none is active. The model hears
//    each note as it comes (LivePhraseEncoder).
//  - It ends `silence_s` after every key and the sustain pedal went up, or
//    `maxPhrase_s` after it began (advance() notices). Tempo-synced
//    (settings.barSync, with setBarLines): at the first bar line after the
//    keys have been up for barGap_beats, so the reply starts on the bar.
//  - As soon as every key is up, the reply is generated speculatively from a
//    copy of the model's state (work(), a few tokens at a time); a new note
//    throws that away. At the phrase end the reply is committed: its first
//    note-on is scheduled at max(phrase end, the earliest frame the output
//    can still meet), the rest follows at exact frames while generation goes
//    on ahead of playback.
//  - Playing during a reply stops it (Output::cancel: the output drops what
//    is scheduled and ends its notes) and starts a new phrase.
//  - Everything played and answered is kept (playerNotes(), replies()).
//
// Stray input is harmless: a note-off with no note-on is ignored, velocity-0
// note-ons are note-offs, other messages are ignored.

#include "live/DuetReplyGenerator.h"
#include "live/DuetTypes.h"
#include "live/LivePhraseEncoder.h"

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <vector>

namespace atelier::core {

class DuetEngine {
public:
    struct Output {
        bool cancel = false;                  // drop everything scheduled, end sounding reply notes (first)
        std::vector<TimedMidiEvent> events;   // then schedule these
        std::vector<int> finishedReplies;     // replies whose notes are all generated (indices into replies())
        bool phraseTooDense = false;          // the model stopped hearing this phrase (kMaxTokens); notes are still kept
        void clear() { cancel = false; events.clear(); finishedReplies.clear(); phraseTooDense = false; }
    };

    DuetEngine(std::shared_ptr<const IMusicModel> model, const DuetSettings &settings, double sampleRate);

    // The first bar line at or after a frame, nullopt when there is none (the
    // transport stands still). Called from advance(); set before the duet runs.
    using BarLines = std::function<std::optional<Frame>(Frame after)>;
    void setBarLines(BarLines barLines) { m_barLines = std::move(barLines); }

    void hear(const TimedMidiEvent &event, Output &out);
    // The clock reached `now`; `earliest` is the first frame the output can still meet.
    void advance(Frame now, Frame earliest, Output &out);
    // Generates up to maxTokens of the pending reply; true while work remains.
    bool work(int maxTokens, Output &out);
    bool hasWork() const;

    // Re-samples the last reply from the same phrase (new seed), cutting the old one at `now`.
    bool mutate(Frame now, Frame earliest, Output &out);
    // Ends everything at `now`: open player notes close, reply notes are cut, the rest is dropped.
    void stop(Frame now, Output &out);
    // Cuts a playing reply at `now` (panic). The phrase state is kept.
    void silence(Frame now, Output &out);

    void setTemperature(double t) { m_settings.temperature = t; }
    const DuetSettings &settings() const { return m_settings; }

    const std::vector<DuetNote> &playerNotes() const { return m_playerNotes; }
    const std::vector<DuetReply> &replies() const { return m_replies; }
    bool phraseActive() const { return m_phraseActive; }

private:
    struct Pending {
        std::unique_ptr<DuetReplyGenerator> generator;
        std::unique_ptr<IMusicModel::State> primed;  // for mutate
        std::vector<float> primedLogits;
        DuetReplyGenerator::Params params;
        int reply = -1;          // index into m_replies once committed
        std::size_t released = 0;   // notes whose note-on is scheduled
        std::vector<bool> offReleased;
    };

    void noteOn(Frame f, int pitch, int velocity, Output &out);
    void noteOff(Frame f, int pitch, Output &out);
    void allUp(Frame f);
    void startSpeculation();
    void endPhrase(Frame end, Frame earliest, Output &out);
    std::unique_ptr<Pending> prepare(std::unique_ptr<IMusicModel::State> state, std::vector<float> logits,
                                     Frame phraseEnd, std::uint64_t seed);
    void commit(std::unique_ptr<Pending> pending, Frame phraseEnd, Frame earliest, Output &out);
    void release(Pending &p, Output &out);
    void cutReply(Frame at, Output &out);

    std::shared_ptr<const IMusicModel> m_model;
    DuetSettings m_settings;
    double m_rate;
    BarLines m_barLines;
    LivePhraseEncoder m_encoder;

    bool m_phraseActive = false;
    Frame m_phraseStart = 0;
    Frame m_lastUp = -1;                // all keys and the pedal up since then (-1: something is down)
    std::set<int> m_keysDown;           // phrase keys held
    std::set<int> m_pedalHeld;          // released keys the pedal holds
    bool m_pedal = false;
    bool m_saturationReported = false;
    bool m_speculationWanted = false;   // every key is up: work() prepares the reply
    std::vector<DuetNote> m_phraseNotes; // this phrase (for key and density)

    std::vector<DuetNote> m_playerNotes;
    std::map<int, std::size_t> m_playerOpen;   // pitch -> index into m_playerNotes

    std::unique_ptr<Pending> m_speculative;    // before the phrase ended
    std::unique_ptr<Pending> m_current;        // committed, still being generated or released
    std::unique_ptr<Pending> m_last;           // the last committed reply, for mutate
    Frame m_lastPhraseEnd = 0;
    std::vector<DuetReply> m_replies;
    std::uint64_t m_seedCounter = 0;
};

} // namespace atelier::core
