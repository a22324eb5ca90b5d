// Sentence spans in normalized text (Normalize output). A sentence ends at
//  - । or ॥, also when no space follows ("মস্কো।রাশিয়ার" is two sentences);
//  - ? or !, when followed by whitespace, the end of the text or a Bengali
//    letter (so a URL's "?id=" does not end one);
//  - . when followed by whitespace or the end of the text, except after an
//    abbreviation (data/text/abbreviations.txt, or any word of one base letter
//    with its signs: "ড.", "মো.", "U.", unless the file marks it as an
//    exception such as "!না"), inside numbers and dotted runs
//    ("৩.৫", "3.5", "U.S.", "bdnews24.com"), after a list number ("১."), in an
//    ellipsis, or when the next word starts with a lower-case Latin letter;
//  - a newline (a paragraph or line break), always.
// Closing quotes and brackets right after the end mark, and repeated marks
// ("?!", "।।"), belong to the sentence. Spans are trimmed of surrounding
// whitespace and never empty. A loaded splitter is immutable and thread-safe.
#ifndef GHOTONA_TEXT_SENTENCES_H_
#define GHOTONA_TEXT_SENTENCES_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "ghotona/status.h"

namespace ghotona::text {

// End exclusive. byte_* index the UTF-8 bytes, cp_* count code points (each
// maximal invalid UTF-8 subpart counts as one, as Normalize would produce).
struct SentenceSpan {
  size_t byte_begin = 0;
  size_t byte_end = 0;
  size_t cp_begin = 0;
  size_t cp_end = 0;
};

class SentenceSplitter {
 public:
  // The generic rules only, no abbreviation list.
  SentenceSplitter() = default;
  // Abbreviations as in the data file, e.g. "মোসা." or "Mr." (final period
  // optional); "!না" marks a one-letter word that is NOT an abbreviation.
  explicit SentenceSplitter(const std::vector<std::string>& abbreviations);
  // Reads data_dir/text/abbreviations.txt (format documented in the file).
  static Result<SentenceSplitter> Load(std::string_view data_dir);

  std::vector<SentenceSpan> Split(std::string_view normalized_utf8) const;

 private:
  // `run` is the word (with inner periods) before a period.
  bool IsAbbreviation(std::string_view run) const;

  std::unordered_set<std::string> abbreviations_;      // no final period, ASCII lower-cased
  std::unordered_set<std::string> not_abbreviations_;  // one-letter words that do end sentences
};

// Splits with the generic rules only (single-letter abbreviations, numbers,
// lists, ellipses). Prefer a SentenceSplitter loaded from the data directory,
// which also knows "মোসা.", "Mr.", "Prof." and the rest of the list.
std::vector<SentenceSpan> SplitSentences(std::string_view normalized_utf8);

}  // namespace ghotona::text

#endif  // GHOTONA_TEXT_SENTENCES_H_
