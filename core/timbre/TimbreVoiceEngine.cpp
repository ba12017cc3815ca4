// TimbreVoiceEngine: see the header for what it does. How it does it:
//
// Voices (TimbreVoice.h) live in fixed slots owned by the audio thread
// (render/sendMidi); their ADSR is VoiceEnvelope, the UI's copies
// TimbreAnalysisTap, and what the worker and the audio thread exchange
// TimbreFrameExchange.h.
//
// The conditioning of a frame depends on the note's release time, so a
// release invalidates the frames already computed for times after it: the
// voice gets a new "stream" id, hi is cut back to the release frame, and only
// frames of the current stream are accepted from then on.
//
// Mode::Offline: at the start of each sub-block (<= kMaxSubBlock frames) the
// frames all voices need for it go into one decode() call, inline.
//
// Mode::RealTime: per slot the audio thread publishes a small descriptor
// (stream, pitch, velocity, release position, first frame wanted) as a
// seqlock of atomics, and the voice's current frame as one atomic. A worker
// thread wakes every kWorkerPollSeconds, reads all descriptors, computes in
// ONE decode() call every frame the voices lack up to their position plus the
// lookahead (kLookaheadFrames + the frames one render() call spans), and sends
// them back through a lock-free SPSC queue of frame packets. The worker also
// starts each new note's oscillators (HarmonicVoice::start looks the noise
// tables up under a mutex, which the audio thread must not take) and sends
// them through a second SPSC queue. A new voice is Pending until its
// oscillators and first frame have arrived; it sounds from the next sub-block
// on. Hence the latency bound of declaredLatencySeconds().
//
// The audio thread never allocates, never blocks and never calls the model.
// Its other inputs: an SPSC MIDI queue (postMidi() producers serialize on a
// mutex among themselves), atomics (gain, z version), a seqlock over atomics
// for the envelope (a block that meets a setter writing keeps the old one)
// and a triple buffer for the analysis copies: no lock at all.
//
// Stealing and CC 120: the voice's next kStealFadeSeconds are rendered at
// once, faded out linearly, into a small ring ("tail") indexed by absolute
// sample that is mixed into the output as time passes; the slot is free at
// once for the new note.
//
// MIDI channels: a note is identified by (channel, pitch); sustain (CC 64)
// and the all-off controllers (CC 120, 123) act on every voice (omni).

#include "timbre/TimbreVoiceEnginePrivate.h"

namespace atelier::core::timbre {


TimbreVoiceEngine::Private::Private(std::shared_ptr<const ITimbreModel> m, int rate, Mode md, int voiceCount)
    : model(std::move(m)),
      sampleRate(std::clamp(rate, 8000, 384000)),
      mode(md),
      maxVoices(std::max(voiceCount, 8)),
      zSize(model ? std::max(model->zSize(), 0) : 0),
      rowSize(zSize + kConditioningSize),
      maxRows(maxVoices * kRing),
      fadeSamples(std::max(1, int(std::lround(kStealFadeSeconds * sampleRate)))),
      frameClock{std::int64_t(kDataHop) * sampleRate},
      voices(std::size_t(maxVoices))
{
    const std::size_t work = std::size_t(std::max(kMaxSubBlock, fadeSamples));
    scratch.assign(work, 0.0f);
    envBuffer.assign(work, 0.0f);
    mix.assign(std::size_t(kMaxSubBlock), 0.0f);
    std::size_t tailSize = 1;
    while (tailSize <= std::size_t(fadeSamples))
        tailSize <<= 1;
    tail.assign(tailSize, 0.0f);
    tailMask = std::int64_t(tailSize) - 1;

    z.assign(std::size_t(zSize), 0.0f);
    if (model && !model->instruments().empty() && int(model->instruments().front().z.size()) == zSize)
        z = model->instruments().front().z;
    zLocal = z;
    zSeen = zVersion.load();

    // The noise tables are built (allocation) here rather than at a note-on.
    NoiseBank::forSampleRate(sampleRate);

    if (mode == Mode::Offline) {
        inputs.assign(std::size_t(maxRows) * std::size_t(rowSize), 0.0f);
        f0s.assign(std::size_t(maxRows), 0.0);
        decoded.resize(std::size_t(maxRows));
        rowRefs.resize(std::size_t(maxRows));
    } else {
        shared = std::make_unique<SlotShared[]>(std::size_t(maxVoices));
        framesIn = std::make_unique<SpscQueue<FramePacket, kFrameQueueSize>>();
        oscIn = std::make_unique<SpscQueue<OscPacket, kOscQueueSize>>();
        lookahead.store(lookaheadFor(kDefaultBlock));
        warmUp();
        worker = std::thread([this] { workerLoop(); });
    }
}

int TimbreVoiceEngine::Private::lookaheadFor(int block) const
{
    const int span = int((std::int64_t(block) * kDataSampleRate + frameClock.den - 1) / frameClock.den);
    return std::min(kLookaheadFrames + span, kMaxLookahead);
}

void TimbreVoiceEngine::Private::decode(int rows, const float *in, const double *f0, TimbreFrame *out) const
{
    if (rows <= 0)
        return;
    if (!model) {
        std::fill(out, out + rows, TimbreFrame{});
        return;
    }
    try {
        model->decode(rows, in, f0, out);
    } catch (...) {
        // A failing model plays silence rather than taking the audio down.
        std::fill(out, out + rows, TimbreFrame{});
    }
}

// ---------------------------------------------------------------------------
// Audio thread

std::uint32_t TimbreVoiceEngine::Private::nextStream()
{
    if (++streamSerial == 0)
        ++streamSerial;  // 0 means "no stream"
    return streamSerial;
}

void TimbreVoiceEngine::Private::publish(int slot)
{
    if (mode != Mode::RealTime)
        return;
    SlotShared &sh = shared[std::size_t(slot)];
    const Voice &v = voices[std::size_t(slot)];
    sh.stream.store(0, std::memory_order_relaxed);
    std::atomic_thread_fence(std::memory_order_release);
    if (v.state == Voice::State::Free)
        return;
    sh.pitch.store(v.pitch, std::memory_order_relaxed);
    sh.velocity.store(v.velocity, std::memory_order_relaxed);
    sh.offPos.store(v.offPos, std::memory_order_relaxed);
    sh.firstFrame.store(v.hi, std::memory_order_relaxed);
    sh.position.store(packPosition(v.stream, frameClock.floorFrame(v.pos)), std::memory_order_relaxed);
    sh.stream.store(v.stream, std::memory_order_release);
}

void TimbreVoiceEngine::Private::handleMidi(const MidiMessage &m)
{
    // With a start delay a note sounds `delay` samples after its note-on
    // (the voice is taken now, so its frames are computed in time), and
    // everything else waits as long, so notes keep their lengths.
    const int delay = mode == Mode::RealTime ? startDelay.load(std::memory_order_relaxed) : 0;
    if (delay > 0 && !m.isNoteOn() && delayed.push(clock + delay, m, noteSerial))
        return;
    // A key struck again lets its sounding voice go when the new one begins.
    if (delay > 0 && m.isNoteOn() && delayed.push(clock + delay, MidiMessage::noteOff(m.channel(), m.data1), noteSerial)) {
        noteOn(m.channel(), m.data1, m.data2, false);
        return;
    }
    applyMidi(m);
}

void TimbreVoiceEngine::Private::applyMidi(const MidiMessage &m, std::uint64_t upTo)
{
    if (m.isNoteOn()) {
        noteOn(m.channel(), m.data1, m.data2, true);
    } else if (m.isNoteOff()) {
        for (int s = 0; s < maxVoices; ++s) {
            const Voice &v = voices[std::size_t(s)];
            if (v.state != Voice::State::Free && v.keyDown && v.channel == m.channel() && v.pitch == m.data1
                && v.order <= upTo)
                keyUp(s);
        }
    } else if (m.isController(MidiMessage::kCcSustain)) {
        const bool down = m.data2 >= 64;
        if (down) {
            pedal = true;
        } else if (pedal) {
            pedal = false;
            for (int s = 0; s < maxVoices; ++s)
                if (voices[std::size_t(s)].sustained && voices[std::size_t(s)].order <= upTo)
                    release(s);
        }
    } else if (m.isController(MidiMessage::kCcAllSoundOff)) {
        allSoundOff(upTo);
    } else if (m.isController(MidiMessage::kCcAllNotesOff)) {
        allNotesOff(upTo);
    }
}

int TimbreVoiceEngine::Private::pickSlot() const
{
    int oldest = -1, oldestReleased = -1;
    for (int s = 0; s < maxVoices; ++s) {
        const Voice &v = voices[std::size_t(s)];
        if (v.state == Voice::State::Free)
            return s;
        if (oldest < 0 || v.order < voices[std::size_t(oldest)].order)
            oldest = s;
        if (v.released() && (oldestReleased < 0 || v.order < voices[std::size_t(oldestReleased)].order))
            oldestReleased = s;
    }
    return oldestReleased >= 0 ? oldestReleased : oldest;
}

void TimbreVoiceEngine::Private::noteOn(int channel, int pitch, int velocity, bool restrike)
{
    // A key struck again while it still holds a voice lets that voice go
    // (released, or kept by the pedal); the new strike gets a voice of its
    // own. (With a start delay that waits for the new note's time: see handleMidi.)
    for (int s = 0; s < maxVoices && restrike; ++s) {
        const Voice &v = voices[std::size_t(s)];
        if (v.state != Voice::State::Free && v.keyDown && v.channel == channel && v.pitch == pitch)
            keyUp(s);
    }
    const int slot = pickSlot();
    Voice &v = voices[std::size_t(slot)];
    if (v.state != Voice::State::Free) {  // stealing
        if (v.state == Voice::State::Sounding)
            fadeOut(v);
        freeVoice(slot);
    }
    v.state = Voice::State::Pending;
    v.order = ++noteSerial;
    v.stream = nextStream();
    v.channel = channel;
    v.pitch = pitch;
    v.velocity = velocity;
    v.keyDown = true;
    v.sustained = false;
    v.pos = 0;
    const int delay = mode == Mode::RealTime ? startDelay.load(std::memory_order_relaxed) : 0;
    v.startAt = clock + delay;
    v.delayed = delay > 0;
    v.offPos = -1;
    v.stage = Voice::Stage::Attack;
    v.level = 0;
    v.releaseStep = 0;
    v.lo = v.hi = 0;
    v.oscReady = false;
    if (mode == Mode::Offline) {
        v.synth.start(pitchHz(pitch), sampleRate, noiseOffsetFor(v.stream));
        v.oscReady = true;
    }  // real time: the worker starts the oscillators (see the top of the file)
    publish(slot);
    latestSlot = slot;
    latestOrder = v.order;
}

void TimbreVoiceEngine::Private::keyUp(int slot)
{
    Voice &v = voices[std::size_t(slot)];
    v.keyDown = false;
    if (pedal && !v.released())
        v.sustained = true;
    else
        release(slot);
}

void TimbreVoiceEngine::Private::release(int slot)
{
    Voice &v = voices[std::size_t(slot)];
    if (v.state == Voice::State::Free || v.released())
        return;
    v.keyDown = false;
    v.sustained = false;
    if (v.state == Voice::State::Sounding || mode == Mode::Offline) {
        v.offPos = v.pos;
    } else {
        // Real time, released before it was heard: still play a short note.
        const double attack = std::max(envelope.attack_s, kMinPendingNote_s);
        v.offPos = std::max<std::int64_t>(v.pos, std::llround(attack * sampleRate));
    }
    // Frames computed for times at or after the release assumed a held key:
    // drop them (keeping at least one to hold) and ask for them again.
    if (v.hi > v.lo)
        v.hi = std::max(std::min(v.hi, frameClock.floorFrame(v.offPos) + 2), v.lo + 1);
    v.stream = nextStream();
    publish(slot);
}

void TimbreVoiceEngine::Private::allNotesOff(std::uint64_t upTo)
{
    for (int s = 0; s < maxVoices; ++s)
        if (voices[std::size_t(s)].order <= upTo)
            release(s);
}

void TimbreVoiceEngine::Private::allSoundOff(std::uint64_t upTo)
{
    for (int s = 0; s < maxVoices; ++s) {
        Voice &v = voices[std::size_t(s)];
        if (v.state == Voice::State::Free || v.order > upTo)
            continue;
        if (v.state == Voice::State::Sounding)
            fadeOut(v);
        freeVoice(s);
    }
}

void TimbreVoiceEngine::Private::fadeOut(Voice &v)
{
    renderVoice(v, fadeSamples);
    const float step = 1.0f / float(fadeSamples);
    for (int i = 0; i < fadeSamples; ++i)
        tail[std::size_t((clock + i) & tailMask)] += scratch[std::size_t(i)] * (1.0f - float(i + 1) * step);
}

void TimbreVoiceEngine::Private::freeVoice(int slot)
{
    Voice &v = voices[std::size_t(slot)];
    v.state = Voice::State::Free;
    v.stream = 0;
    v.keyDown = false;
    v.sustained = false;
    publish(slot);
}

void TimbreVoiceEngine::Private::applyParameters()
{
    pendingEnvelope.take(&envelope);   // a new one, unless a setter is writing it
}

void TimbreVoiceEngine::Private::receiveFromWorker()
{
    OscPacket osc;
    while (oscIn->pop(osc)) {
        Voice &v = voices[std::size_t(osc.slot)];
        if (v.state == Voice::State::Pending && v.stream == osc.stream) {
            v.synth = osc.osc;
            v.oscReady = true;
        }
    }
    FramePacket packet;
    while (framesIn->pop(packet)) {
        Voice &v = voices[std::size_t(packet.slot)];
        if (v.state != Voice::State::Free && v.stream == packet.stream)
            v.store(packet.frame, packet.data);
    }
}

void TimbreVoiceEngine::Private::computeFrames(int n)
{
    if (zVersion.load(std::memory_order_acquire) != zSeen) {
        std::lock_guard<std::mutex> lock(zMutex);  // offline: not a real-time thread
        std::copy(z.begin(), z.end(), zLocal.begin());
        zSeen = zVersion.load(std::memory_order_relaxed);
    }
    int rows = 0;
    for (int s = 0; s < maxVoices; ++s) {
        Voice &v = voices[std::size_t(s)];
        if (v.state == Voice::State::Free)
            continue;
        const std::int64_t first = frameClock.floorFrame(v.pos);
        const std::int64_t last = frameClock.floorFrame(v.pos + n - 1) + 1;
        if (v.hi < first)
            v.lo = v.hi = first;
        for (std::int64_t f = v.hi; f <= last && rows < maxRows; ++f, ++rows) {
            conditionRow(&inputs[std::size_t(rows) * std::size_t(rowSize)], zLocal.data(), zSize, v.pitch,
                         v.velocity, f, v.offPos, frameClock, sampleRate);
            f0s[std::size_t(rows)] = pitchHz(v.pitch);
            rowRefs[std::size_t(rows)] = {s, f};
        }
    }
    decode(rows, inputs.data(), f0s.data(), decoded.data());  // ONE call for all voices
    for (int r = 0; r < rows; ++r) {
        const auto [slot, frame] = rowRefs[std::size_t(r)];
        voices[std::size_t(slot)].store(frame, decoded[std::size_t(r)]);
    }
}

void TimbreVoiceEngine::Private::renderVoice(Voice &v, int n)
{
    float *buf = scratch.data();
    std::fill(buf, buf + n, 0.0f);
    const double dt = kFrameRate / sampleRate;
    for (int done = 0; done < n;) {
        const std::int64_t num = (v.pos + done) * kDataSampleRate;
        const std::int64_t f = num / frameClock.den;
        const double t0 = double(num - f * frameClock.den) / double(frameClock.den);
        // Samples until the frame position reaches f + 1.
        const std::int64_t toNext = ((f + 1) * frameClock.den - num + kDataSampleRate - 1) / kDataSampleRate;
        const int seg = int(std::min<std::int64_t>(n - done, std::max<std::int64_t>(toNext, 1)));
        v.synth.render(v.frame(f), v.frame(f + 1), t0, dt, seg, buf + done);
        done += seg;
    }
    float *env = envBuffer.data();
    VoiceEnvelope::run(v, envelope, sampleRate, fadeSamples, env, n);
    for (int i = 0; i < n; ++i)
        buf[i] *= env[i];
    v.pos += n;
}

void TimbreVoiceEngine::Private::renderSubBlock(float *out, int n)
{
    float *m = mix.data();
    std::fill(m, m + n, 0.0f);
    for (int s = 0; s < maxVoices; ++s) {
        Voice &v = voices[std::size_t(s)];
        int from = 0;  // where in this sub-block the voice begins
        if (v.state == Voice::State::Pending && v.oscReady && v.hi > v.lo) {  // its first frames are here
            if (v.startAt >= clock + n)
                continue;  // its time is in a later sub-block
            from = int(std::max<std::int64_t>(v.startAt - clock, 0));
            if (v.delayed && v.startAt < clock)
                lateStarts.fetch_add(1, std::memory_order_relaxed);
            v.state = Voice::State::Sounding;
        }
        if (v.state != Voice::State::Sounding)
            continue;
        renderVoice(v, n - from);
        const float *buf = scratch.data();
        for (int i = 0; i < n - from; ++i)
            m[from + i] += buf[i];
        if (v.stage == Voice::Stage::Done)
            freeVoice(s);
    }
    for (int i = 0; i < n; ++i) {
        float &t = tail[std::size_t((clock + i) & tailMask)];
        m[i] += t;
        t = 0.0f;
    }
    const float g0 = gainNow, g1 = gain.load(std::memory_order_relaxed);
    const float dg = (g1 - g0) / float(n);  // a ramp, no zipper noise
    for (int i = 0; i < n; ++i)
        out[i] = m[i] * (g0 + dg * float(i + 1));
    gainNow = g1;
    clock += n;
    if (mode == Mode::RealTime) {
        for (int s = 0; s < maxVoices; ++s) {
            const Voice &v = voices[std::size_t(s)];
            if (v.state != Voice::State::Free)
                shared[std::size_t(s)].position.store(packPosition(v.stream, frameClock.floorFrame(v.pos)),
                                                      std::memory_order_relaxed);
        }
    }
}

void TimbreVoiceEngine::Private::updateAnalysis(const float *out, int frames)
{
    const Voice *latest = nullptr;
    if (latestSlot >= 0) {
        const Voice &v = voices[std::size_t(latestSlot)];
        if (v.state == Voice::State::Sounding && v.order == latestOrder)
            latest = &v;
    }
    if (latest)
        analysis.publish(out, frames, &latest->frame(frameClock.floorFrame(std::max<std::int64_t>(latest->pos - 1, 0))),
                         pitchHz(latest->pitch));
    else
        analysis.publish(out, frames, nullptr, 0.0);
}

void TimbreVoiceEngine::Private::render(float *left, float *right, int frames)
{
    if (frames <= 0)
        return;
    MidiMessage message;
    while (midiQueue.pop(message))
        handleMidi(message);
    applyParameters();
    if (mode == Mode::RealTime && frames > maxBlockSeen) {
        maxBlockSeen = frames;
        maxBlock.store(frames, std::memory_order_relaxed);
        lookahead.store(lookaheadFor(frames), std::memory_order_relaxed);
    }
    for (int done = 0; done < frames;) {
        while (!delayed.empty() && delayed.nextDue() <= clock) {
            const DelayedMidi::Item item = delayed.pop();
            applyMidi(item.message, item.upTo);
        }
        // A held message splits the sub-block: it applies at its very sample.
        const int n = int(std::min<std::int64_t>({kMaxSubBlock, frames - done, delayed.nextDue() - clock}));
        if (mode == Mode::RealTime)
            receiveFromWorker();
        else
            computeFrames(n);
        renderSubBlock(left + done, n);
        done += n;
    }
    std::copy(left, left + frames, right);
    updateAnalysis(left, frames);
    int count = 0;
    for (const Voice &v : voices)
        count += v.state != Voice::State::Free;
    active.store(count, std::memory_order_relaxed);
}

// ---------------------------------------------------------------------------
// Public API

TimbreVoiceEngine::TimbreVoiceEngine(std::shared_ptr<const ITimbreModel> model, int sampleRate, Mode mode,
                                     int maxVoices)
    : d(std::make_unique<Private>(std::move(model), sampleRate, mode, maxVoices))
{
}

TimbreVoiceEngine::~TimbreVoiceEngine()
{
    d->stop.store(true, std::memory_order_release);
    if (d->worker.joinable())
        d->worker.join();
}

void TimbreVoiceEngine::setZ(const std::vector<float> &z)
{
    std::lock_guard<std::mutex> lock(d->zMutex);
    std::fill(d->z.begin(), d->z.end(), 0.0f);
    std::copy_n(z.begin(), std::min(z.size(), d->z.size()), d->z.begin());
    d->zVersion.fetch_add(1, std::memory_order_release);
}

void TimbreVoiceEngine::setEnvelope(const Envelope &envelope)
{
    Envelope e = envelope;
    e.attack_s = std::max(e.attack_s, 0.0);
    e.decay_s = std::max(e.decay_s, 0.0);
    e.sustain = std::clamp(e.sustain, 0.0, 1.0);
    e.release_s = std::max(e.release_s, 0.0);
    e.eraseOnset_s = std::max(e.eraseOnset_s, 0.0);
    d->pendingEnvelope.set(e);
}

void TimbreVoiceEngine::setGain(double gain)
{
    d->gain.store(float(std::max(gain, 0.0)), std::memory_order_relaxed);
}

bool TimbreVoiceEngine::postMidi(const MidiMessage &message)
{
    std::lock_guard<std::mutex> lock(d->postMutex);
    return d->midiQueue.push(message);
}

int TimbreVoiceEngine::activeVoices() const
{
    return d->active.load(std::memory_order_relaxed);
}

double TimbreVoiceEngine::declaredLatencySeconds() const
{
    const int seen = d->maxBlock.load(std::memory_order_relaxed);
    return latencyBoundSeconds(seen > 0 ? seen : kDefaultBlock);
}

void TimbreVoiceEngine::setStartDelay(int frames)
{
    d->startDelay.store(std::clamp(frames, 0, d->sampleRate), std::memory_order_relaxed);
}

int TimbreVoiceEngine::latencyFrames() const
{
    return d->mode == Mode::RealTime ? d->startDelay.load(std::memory_order_relaxed) : 0;
}

std::int64_t TimbreVoiceEngine::lateStarts() const
{
    return d->lateStarts.load(std::memory_order_relaxed);
}

double TimbreVoiceEngine::latencyBoundSeconds(int blockFrames) const
{
    if (d->mode == Mode::Offline)
        return 0.0;
    const int block = std::max(blockFrames, 1);
    const double decode = std::max(d->warmupDecode_s.load(std::memory_order_relaxed),
                                   d->recentDecode_s.load(std::memory_order_relaxed));
    return kWorkerPollSeconds + kWakeSlack_s + decode + double(block) / d->sampleRate;
}

void TimbreVoiceEngine::sendMidi(const MidiMessage &message)
{
    d->handleMidi(message);
}

void TimbreVoiceEngine::render(float *left, float *right, int frames)
{
    d->render(left, right, frames);
}

std::vector<float> TimbreVoiceEngine::lastBlock() const { return d->analysis.lastBlock(); }

bool TimbreVoiceEngine::lastFrame(TimbreFrame *frame, double *f0Hz) const { return d->analysis.lastFrame(frame, f0Hz); }

const ITimbreModel &TimbreVoiceEngine::model() const
{
    return *d->model;
}

int TimbreVoiceEngine::sampleRate() const
{
    return d->sampleRate;
}

int TimbreVoiceEngine::maxVoices() const
{
    return d->maxVoices;
}

} // namespace atelier::core::timbre
