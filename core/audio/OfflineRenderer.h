#pragma once
// OfflineRenderer: renders a Song to a stereo WAV or FLAC file faster than
// real time, as 16- or 24-bit PCM or (WAV only) 32-bit float.
//
// It drives the very same Sequencer and Synth as live playback, one 256-frame
// block at a time, so a render sounds like playback. The sequencer is given
// no MIDI-out queue, so tracks routed to MIDI ports are rendered with the
// internal synth (an external device cannot be recorded offline). The song's
// loop is not followed: the whole song is rendered (start to end plus the
// tail), or with loopRegionOnly the loop region once, or a tick range (bars,
// the selection), each plus the tail.
//
// The file is written to "<wavPath>.part" and renamed onto wavPath only when
// complete, so wavPath is never left half-written; on an error or when the
// progress callback returns false (cancel) the .part file is removed and
// nothing is left at wavPath (an existing file there is kept untouched).
//
// Threading: render() is synchronous and uses no shared state; call it from
// any one thread (a worker thread keeps the UI responsive). `progress` is
// called on that thread.

#include "audio/IEventSink.h"
#include "document/Song.h"

#include <QString>
#include <array>
#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace atelier::core {

enum class SampleFormat { Pcm16, Pcm24, Float32 };
enum class AudioContainer { Wav, Flac };

struct RenderOptions {
    int sampleRate = 44100;
    bool loopRegionOnly = false;
    // A range to render instead of the song or the loop, when rangeEnd > rangeStart.
    Tick rangeStart = 0;
    Tick rangeEnd = 0;
    double tail_s = 2.0;     // rendered after the end so releases and reverb ring out
    QString soundFont;       // empty: Synth::defaultSoundFontPath()
    SampleFormat sampleFormat = SampleFormat::Pcm16;
    AudioContainer container = AudioContainer::Wav;   // FLAC holds 16- and 24-bit PCM only
    // Instruments that play whole MIDI channels instead of the synth (see
    // ChannelRouter), made for this sampleRate and for offline use; they are
    // rendered on the calling thread.
    std::array<std::shared_ptr<IEventSink>, 16> channelInstruments;
};

class OfflineRenderer {
public:
    static constexpr int kBlock_frames = 256;

    // The container a file name asks for (".wav", ".flac", any case); nullopt for others.
    static std::optional<AudioContainer> containerFor(const QString &path);
    // "16", "24", "32f" (as the command line and the export dialog name them); nullopt for others.
    static std::optional<SampleFormat> sampleFormatFor(const QString &bits);
    static QString bitsName(SampleFormat format);
    // The ticks render() will play: the range, the loop, or the whole song.
    static std::pair<Tick, Tick> tickRange(const Song &song, const RenderOptions &options);

    // Any one thread. `progress` gets 0..1 and returns false to cancel.
    static bool render(const Song &song, const RenderOptions &options, const QString &wavPath,
                       QString *error, const std::function<bool(double progress)> &progress = {});
};

} // namespace atelier::core
