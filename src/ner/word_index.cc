// WordIndex: see word_index.h.
#include "ner/word_index.h"

#include <algorithm>
#include <cstring>

namespace ghotona::ner {

uint64_t WordIndex::Hash(std::string_view word) {
  // 8 bytes at a time, multiply-xorshift mixing; never 0 (0 marks an empty slot).
  uint64_t h = 0x9E3779B97F4A7C15ULL ^ word.size();
  size_t i = 0;
  for (; i + 8 <= word.size(); i += 8) {
    uint64_t chunk;
    std::memcpy(&chunk, word.data() + i, 8);
    h = (h ^ chunk) * 0xBF58476D1CE4E5B9ULL;
    h ^= h >> 31;
  }
  uint64_t tail = 0;
  std::memcpy(&tail, word.data() + i, word.size() - i);
  h = (h ^ tail) * 0x94D049BB133111EBULL;
  h ^= h >> 29;
  return h | 1;
}

WordIndex::WordIndex(const std::unordered_map<std::string, std::vector<uint32_t>>& entries) {
  size_t capacity = 16;
  while (capacity < entries.size() * 2) capacity *= 2;
  slots_.assign(capacity, Slot{});
  for (const auto& [word, ids] : entries) {
    const uint32_t index = static_cast<uint32_t>(words_.size());
    words_.push_back(word);
    ids_.emplace_back(static_cast<uint32_t>(all_ids_.size()), static_cast<uint32_t>(ids.size()));
    all_ids_.insert(all_ids_.end(), ids.begin(), ids.end());
    const uint64_t h = Hash(word);
    for (size_t s = h & (capacity - 1);; s = (s + 1) & (capacity - 1)) {
      if (slots_[s].hash == 0) {
        slots_[s] = {h, index};
        break;
      }
    }
  }
}

std::span<const uint32_t> WordIndex::Find(std::string_view word) const {
  if (slots_.empty()) return {};
  const uint64_t h = Hash(word);
  const size_t mask = slots_.size() - 1;
  for (size_t s = h & mask;; s = (s + 1) & mask) {
    const Slot& slot = slots_[s];
    if (slot.hash == 0) return {};
    if (slot.hash == h && words_[slot.word] == word) {
      const auto [offset, count] = ids_[slot.word];
      return {all_ids_.data() + offset, count};
    }
  }
}

}  // namespace ghotona::ner
