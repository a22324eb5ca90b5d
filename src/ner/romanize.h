// Readable ASCII romanization of Bengali names for entities the knowledge
// base lacks ("new:" ids and English names): ICU's Bengali-Latin
// transliterator plus clean-up, so that পুতিন gives "putin" (not "putina"),
// মোখবের "mokhber", তেহরান "tehran".
//
// Per word written in Bengali:
//   1. "pre" rules of data/ner/romanize.tsv rewrite the Bengali (য-ফলা before
//      া, initial য as জ, ং as ঙ ...);
//   2. ICU Bengali-Latin (ISO 15919 style: ā, ś, ṭ, inherent vowel as "a");
//   3. schwa deletion: an inherent "a" is dropped at the end of a word (kept
//      after a cluster ending in r, y or v: "mitra") and between two single
//      consonants after a vowel and before one (rahamāna -> rahmān);
//   4. "post" rules rewrite the Latin (ś -> sh, c -> ch, ṅ -> ng, ph -> f ...);
//   5. diacritics are stripped; the result is lowercase ASCII letters, digits
//      and single spaces.
// Words without Bengali letters (Latin names) are only lowercased and
// filtered. Thread-safe: the ICU transliterator, which is not, is used under
// a mutex. Measured: ~4 us per name on average; ICU's transliterate takes
// ~7 us on a long word either under the mutex or on a clone made per call,
// so the mutex costs nothing single-threaded, and romanization runs once per
// new entity, so contention is not a concern.
#ifndef GHOTONA_NER_ROMANIZE_H_
#define GHOTONA_NER_ROMANIZE_H_

#include <memory>
#include <string>
#include <string_view>

#include "ghotona/status.h"

namespace ghotona::ner {

class Romanizer {
 public:
  // Reads data_dir/ner/romanize.tsv and creates the ICU transliterator. A
  // malformed line gives a ParseError "path:line: reason".
  static Result<Romanizer> Load(const std::string& data_dir);

  // "হাসান মাহমুদ" -> "hasan mahmud"; "Putin" -> "putin".
  std::string Romanize(std::string_view text) const;
  // Romanize with '-' between words, for ids: "hasan-mahmud".
  std::string Slug(std::string_view text) const;

 private:
  struct Impl;
  explicit Romanizer(std::shared_ptr<Impl> impl) : impl_(std::move(impl)) {}
  std::string RomanizeWord(std::string_view word) const;
  std::shared_ptr<Impl> impl_;
};

}  // namespace ghotona::ner

#endif  // GHOTONA_NER_ROMANIZE_H_
