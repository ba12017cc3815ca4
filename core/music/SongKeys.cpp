#include "music/SongKeys.h"

#include "document/NoteOps.h"
#include "music/KeyFinder.h"

namespace atelier::core::SongKeys {

namespace {
constexpr int kMajor = 1;
constexpr int kNaturalMinor = 2;
} // namespace

SongKey detect(const Song &song)
{
    const KeyFinder::Estimate e = KeyFinder::estimate(song);
    if (!e.valid())
        return {};
    return fromKeyScale(e.key);
}

SongKey fromKeyScale(const KeyScale &key) { return SongKey{key.tonic, key.minor ? kNaturalMinor : kMajor}; }

std::optional<KeyScale> toKeyScale(const SongKey &key)
{
    const auto &scales = NoteOps::scales();
    if (!key.isSet() || key.scale >= scales.size() || key.tonic < 0 || key.tonic > 11)
        return std::nullopt;
    KeyScale k;
    k.tonic = key.tonic;
    bool minorThird = false, majorThird = false;
    for (int s : scales[key.scale].steps) {
        minorThird |= s == 3;
        majorThird |= s == 4;
    }
    k.minor = minorThird && !majorThird;
    if (key.scale != kMajor && key.scale != kNaturalMinor)
        for (int s : scales[key.scale].steps) {
            if (s < 0)
                break;
            k.degrees |= quint16(1u << s);
        }
    return k;
}

} // namespace atelier::core::SongKeys
