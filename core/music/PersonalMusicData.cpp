#include "music/PersonalMusicData.h"

#include <QObject>
#include <algorithm>

namespace atelier::core {

namespace {

// tokens[from .. from + n] (n + 1 tokens) with the controls of its n inputs.
MusicWindow slice(const MusicWindow &w, int controls, std::size_t from, std::size_t n)
{
    MusicWindow out;
    out.tokens.assign(w.tokens.begin() + std::ptrdiff_t(from), w.tokens.begin() + std::ptrdiff_t(from + n + 1));
    const std::size_t C = std::size_t(controls);
    if (C > 0 && w.controls.size() >= (from + n) * C)
        out.controls.assign(w.controls.begin() + std::ptrdiff_t(from * C),
                            w.controls.begin() + std::ptrdiff_t((from + n) * C));
    return out;
}

} // namespace

std::shared_ptr<PersonalMusicData> PersonalMusicData::make(const IMusicTrainingData &source, int exampleTokens,
                                                                 const QString &name, QString *error)
{
    std::shared_ptr<PersonalMusicData> data(new PersonalMusicData);
    data->m_vocab = source.vocabSize();
    data->m_controls = source.controlSize();
    data->m_exampleTokens = std::max(2, exampleTokens);
    data->m_name = name;
    // Every sequence the source has, in a fixed order: train, valid, test.
    std::vector<MusicWindow> sequences;
    for (int i = 0; i < source.trainSequenceCount(); ++i)
        sequences.push_back(source.trainSequence(i));
    for (const bool test : {false, true})
        for (int i = 0; i < source.sequenceCount(test); ++i)
            sequences.push_back(source.sequence(test, i));
    const std::size_t E = std::size_t(data->m_exampleTokens);
    int index = 0;
    for (const MusicWindow &w : sequences) {
        const std::size_t positions = w.tokens.size() > 0 ? w.tokens.size() - 1 : 0;   // scored targets
        for (std::size_t from = 0; from < positions; from += E) {
            const std::size_t n = std::min(E, positions - from);
            if (n < E / 2)   // a short tail is not a phrase
                break;
            MusicWindow example = slice(w, data->m_controls, from, n);
            if (index % 5 == 4) {
                data->m_heldOut.push_back(std::move(example));
            } else {
                data->m_trainEvents += std::int64_t(example.tokens.size());
                data->m_train.push_back(std::move(example));
            }
            ++index;
        }
    }
    if (index < kMinExamples) {
        if (error)
            *error = QObject::tr("%1 gives %n example(s) (phrases of %2 events); personalising needs at least %3", nullptr,
                                 index)
                         .arg(name)
                         .arg(E)
                         .arg(kMinExamples);
        return nullptr;
    }
    return data;
}

void PersonalMusicData::setRehearsal(std::shared_ptr<const IMusicTrainingData> data, double rehearsal)
{
    const bool fits = data && data->vocabSize() == m_vocab && data->controlSize() == m_controls && rehearsal > 0;
    m_rehearse = fits ? std::move(data) : nullptr;
    m_rehearseShare = fits ? rehearsal / (1 + rehearsal) : 0.0;
}

MusicWindow PersonalMusicData::sampleTrainWindow(std::mt19937_64 &rng, int length) const
{
    if (m_rehearse && std::uniform_real_distribution<double>(0, 1)(rng) < m_rehearseShare)
        return m_rehearse->sampleTrainWindow(rng, length);
    const MusicWindow &w = m_train[std::uniform_int_distribution<std::size_t>(0, m_train.size() - 1)(rng)];
    const std::size_t positions = w.tokens.size() - 1, n = std::size_t(std::max(1, length));
    if (positions <= n)
        return w;
    const std::size_t from = std::uniform_int_distribution<std::size_t>(0, positions - n)(rng);
    return slice(w, m_controls, from, n);
}

int PersonalMusicData::sequenceCount(bool) const { return int(m_heldOut.size()); }

MusicWindow PersonalMusicData::sequence(bool, int index) const { return m_heldOut.at(std::size_t(index)); }

MusicWindow PersonalMusicData::trainSequence(int index) const { return m_train.at(std::size_t(index)); }

QString PersonalMusicData::describe() const
{
    return QObject::tr("%1: %2 examples of %3 events to learn from, %4 held out")
        .arg(m_name)
        .arg(m_train.size())
        .arg(m_exampleTokens)
        .arg(m_heldOut.size());
}

} // namespace atelier::core
