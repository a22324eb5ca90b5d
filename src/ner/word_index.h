// A read-only map from a word (or word key) to a list of ids, built once and
// looked up for every word of every body: an open-addressing table of 64-bit
// hashes over flat arrays, so a lookup is one hash of the word's bytes and,
// usually, one cache line, with no allocation. Used by the entity linker for
// its knowledge-base forms and role phrases.
#ifndef GHOTONA_NER_WORD_INDEX_H_
#define GHOTONA_NER_WORD_INDEX_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace ghotona::ner {

class WordIndex {
 public:
  WordIndex() = default;
  // Takes the word -> ids map it will answer for.
  explicit WordIndex(const std::unordered_map<std::string, std::vector<uint32_t>>& entries);

  // The ids of `word`, empty when it is not a key.
  std::span<const uint32_t> Find(std::string_view word) const;

  size_t size() const { return words_.size(); }

 private:
  struct Slot {
    uint64_t hash = 0;  // 0: empty
    uint32_t word = 0;  // index into words_
  };
  static uint64_t Hash(std::string_view word);

  std::vector<Slot> slots_;                         // power-of-two size, at most half full
  std::vector<std::string> words_;                  // the keys, to confirm a hash hit
  std::vector<std::pair<uint32_t, uint32_t>> ids_;  // per word: offset and count in all_ids_
  std::vector<uint32_t> all_ids_;
};

}  // namespace ghotona::ner

#endif  // GHOTONA_NER_WORD_INDEX_H_
