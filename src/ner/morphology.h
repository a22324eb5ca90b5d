// Bengali noun morphology for entity linking and name tagging: the readings of
// a word as stem + inflection. The inflections come from a slot grammar in
// data/ner/suffixes.tsv (classifier/number, case, objective, clitic, emphasis):
// each suffix says what its stem must end with (consonant, vowel, ...) and
// which slots may follow it, so combinations such as -দেরকে, -েরও, -গুলোর
// follow from the grammar instead of being listed. Matching runs right to left
// over a trie of reversed suffixes, at most a few suffixes deep, so the cost
// per word is bounded by the longest suffix chain, not by the word length.
//
// Stems() gives every grammatical reading (the linker looks each up in the
// knowledge base, longest first). Stem() picks one reading for words no
// dictionary knows; it never reduces a word past a known stem listed in
// data/ner/stem_keep.txt (names that merely end like a suffix: কাতার,
// আঙ্কারা, দুবাই; frequent stems: ঢাকা).
//
// Input is expected in text::Normalize form (nukta letters decomposed); data
// files are normalized the same way when loaded. A loaded Morphology is
// immutable, cheap to copy and safe to share between threads.
#ifndef GHOTONA_NER_MORPHOLOGY_H_
#define GHOTONA_NER_MORPHOLOGY_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "ghotona/status.h"

namespace ghotona::ner {

class Morphology {
 public:
  // No stem is shorter than this many letters: code points other than the
  // virama, nukta, ZWJ and ZWNJ (ঢাকা has 4, দল and শি have 2).
  static constexpr size_t kMinStemLength = 2;

  // Reads data_dir/ner/suffixes.tsv and data_dir/ner/stem_keep.txt. A
  // malformed line gives a ParseError "path:line: reason".
  static Result<Morphology> Load(const std::string& data_dir);

  // Appends every reading of `word` as stem + inflection: the word itself
  // first, then the shorter stems, longest first, without duplicates. Each is
  // a byte prefix of `word` (a view into it). An empty word appends nothing.
  // ইরানের -> {ইরানের, ইরান}; ইরানেরও -> {ইরানেরও, ইরানের, ইরান};
  // শিক্ষার্থীদেরকে -> {শিক্ষার্থীদেরকে, শিক্ষার্থী}. Allocates nothing beyond
  // the growth of *out.
  void Stems(std::string_view word, std::vector<std::string_view>* out) const;

  // One best stem for a word no dictionary knows: the shortest reading that
  // stem_keep.txt lists (as a word or by its ending), else the shortest
  // reading, i.e. the longest inflection stripped (কাতারের -> কাতার, কাতার ->
  // কাতার, দলগুলোকে -> দল). Returns `word` itself when nothing can be stripped.
  std::string_view Stem(std::string_view word) const;

  // Number of suffix forms loaded (for tests and diagnostics).
  size_t suffix_count() const;

 private:
  struct Data;
  explicit Morphology(std::shared_ptr<const Data> data) : data_(std::move(data)) {}
  // Stores the byte lengths of the proper stems (not the word) in `lens`,
  // longest first, unique; returns their count (at most `cap`).
  size_t StemLengths(std::string_view word, size_t* lens, size_t cap) const;

  std::shared_ptr<const Data> data_;
};

}  // namespace ghotona::ner

#endif  // GHOTONA_NER_MORPHOLOGY_H_
