// Tokens with code point offsets: words (Bengali or any other letters with
// their combining marks; a Bengali word keeps its vowel signs, virama, nukta
// and ZWJ/ZWNJ), numbers (ASCII or Bengali digits with internal , . : between
// digits, "১,২০০", "৩.৫", "২২:০৭") and single-code-point punctuation. Digits
// and letters never share a token ("১০টি" is a number then a word), and a
// hyphen is always its own token ("ইরান-ইসরায়েল" is word, punct, word).
// Whitespace separates tokens and is not returned.
// Pure function; thread-safe.
#ifndef GHOTONA_TEXT_TOKENS_H_
#define GHOTONA_TEXT_TOKENS_H_

#include <cstddef>
#include <string_view>
#include <vector>

namespace ghotona::text {

enum class TokenKind { kWord, kNumber, kPunct };

// Offsets into the text given to Tokenize, end exclusive. cp_* count code
// points (the output contract: Python's text[cp_begin:cp_end]); byte_* index
// the UTF-8 bytes. On invalid UTF-8 each maximal invalid subpart is one code
// point (a punct token), as Normalize would count it.
struct Token {
  size_t cp_begin = 0;
  size_t cp_end = 0;
  size_t byte_begin = 0;
  size_t byte_end = 0;
  TokenKind kind = TokenKind::kPunct;
};

std::vector<Token> Tokenize(std::string_view text);

// The bytes of a token: text.substr(byte_begin, byte_end - byte_begin).
inline std::string_view TokenText(std::string_view text, const Token& token) {
  return text.substr(token.byte_begin, token.byte_end - token.byte_begin);
}

}  // namespace ghotona::text

#endif  // GHOTONA_TEXT_TOKENS_H_
