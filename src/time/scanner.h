// The date parser's tokenizer: one pass over UTF-8 code points turning text
// into numbers (Bengali or ASCII digits, with a glued ordinal such as ১লা,
// ২১শে, 1st or an hour suffix such as ১০টায়), words (looked up in the tables
// after light folding and suffix stripping; a two-word spelling becomes one
// token) and punctuation. Whitespace is not a token: each token records
// whether whitespace or a line break precedes it.
//
// Tokens are produced lazily and forgotten once the parser releases them, so
// memory stays bounded on a 50 MB line and the total work is linear. Invalid
// UTF-8 bytes become U+FFFD punctuation; nothing is ever rejected.
#ifndef GHOTONA_TIME_SCANNER_H_
#define GHOTONA_TIME_SCANNER_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "time/tables.h"

namespace ghotona::time {

struct Token {
  enum class Kind : uint8_t { kEnd, kNumber, kWord, kPunct };
  Kind kind = Kind::kEnd;
  bool space_before = false;    // whitespace before the token
  bool newline_before = false;  // a line break before the token
  // kNumber
  bool ordinal = false;     // ১লা, ২১শে, 1st
  uint8_t hour_suffix = 0;  // ১০টা (1, weak), ১০টায় (2): see WordInfo::hour_word
  uint8_t digits = 0;       // number of digits, capped at 255
  int64_t number = 0;       // value, capped
  // kWord: table info (nullptr when unknown) and, for a one-letter ASCII
  // word, the letter lower-cased ("T" of ISO, "a" of a.m.).
  const WordInfo* info = nullptr;
  char letter = 0;
  // kPunct: the code point; dashes (U+2013, U+2014, U+2212) read as '-'.
  uint32_t punct = 0;
  size_t begin = 0;  // byte offsets in the text
  size_t end = 0;
};

class Scanner {
 public:
  Scanner(const Tables& tables, std::string_view text);

  // The i-th token of the text (a kEnd token past the end). i must not be
  // below the last Release() point.
  Token At(size_t i);
  // Tokens before i are no longer needed.
  void Release(size_t i);

 private:
  Token Next();
  void ScanWord(Token* t);

  const Tables& tables_;
  std::string_view text_;
  size_t pos_ = 0;
  bool done_ = false;
  Token end_token_;
  std::vector<Token> buf_;
  size_t base_ = 0;  // index of buf_[0]
  std::string folded_;
};

}  // namespace ghotona::time

#endif  // GHOTONA_TIME_SCANNER_H_
