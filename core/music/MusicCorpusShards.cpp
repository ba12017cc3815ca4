// The train-split shards of the music corpora (data-parallel training); see
// IMusicTrainingData::trainShard.

#include "music/MusicCorpus.h"

#include <algorithm>

namespace atelier::core {

std::shared_ptr<const IMusicTrainingData> MelodyCorpus::trainShard(int index, int count) const
{
    if (count < 1 || index < 0 || index >= count)
        return nullptr;
    std::shared_ptr<MelodyCorpus> shard(new MelodyCorpus(*this));
    shard->m_train.clear();
    shard->m_trainEvents = 0;
    for (std::size_t i = std::size_t(index); i < m_train.size(); i += std::size_t(count)) {
        shard->m_train.push_back(m_train[i]);
        shard->m_trainEvents += std::int64_t(m_tunes[std::size_t(m_train[i])].labels.size());
    }
    if (shard->m_train.empty())
        return nullptr;
    return shard;
}

std::shared_ptr<const IMusicTrainingData> PerformanceCorpus::trainShard(int index, int count) const
{
    if (count < 1 || index < 0 || index >= count)
        return nullptr;
    std::shared_ptr<PerformanceCorpus> shard(new PerformanceCorpus(*this));
    shard->m_trainFiles.clear();
    shard->m_trainEvents = 0;
    for (std::size_t i = std::size_t(index); i < m_trainFiles.size(); i += std::size_t(count)) {
        shard->m_trainFiles.push_back(m_trainFiles[i]);
        shard->m_trainEvents += std::int64_t(m_files[std::size_t(m_trainFiles[i])].tokens.size());
    }
    if (shard->m_trainFiles.empty())
        return nullptr;
    const std::vector<int> &files = shard->m_trainFiles;
    shard->m_trainChunks.erase(std::remove_if(shard->m_trainChunks.begin(), shard->m_trainChunks.end(),
                                              [&](const Chunk &c) {
                                                  return std::find(files.begin(), files.end(), c.file) == files.end();
                                              }),
                               shard->m_trainChunks.end());
    return shard;
}

} // namespace atelier::core
