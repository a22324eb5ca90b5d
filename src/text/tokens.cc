// Tokenize: one forward scan that classifies each code point. ASCII and the
// Bengali block are classified inline; ICU decides for other scripts
// (alphabetic, combining mark, decimal digit).
#include "text/tokens.h"

#include <unicode/uchar.h>

#include "text/utf8.h"

namespace ghotona::text {

namespace {

enum class Class { kSpace, kLetter, kMark, kJoiner, kDigit, kApostrophe, kNumberSeparator, kOther };

// Characters outside ASCII and the Bengali block, asked of ICU.
[[gnu::noinline]] Class ClassifyOther(char32_t c) {
  if (c == 0x200C || c == 0x200D) return Class::kJoiner;
  if (c == 0x2019) return Class::kApostrophe;
  if (IsUnicodeWhitespace(c)) return Class::kSpace;
  const UChar32 u = static_cast<UChar32>(c);
  const int8_t type = u_charType(u);
  if (type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK || type == U_ENCLOSING_MARK) {
    return Class::kMark;
  }
  if (u_isalpha(u)) return Class::kLetter;
  if (type == U_DECIMAL_DIGIT_NUMBER) return Class::kDigit;
  return Class::kOther;
}

inline Class Classify(char32_t c) {
  if (c < 0x80) {
    if (IsAsciiLetter(c)) return Class::kLetter;
    if (c >= '0' && c <= '9') return Class::kDigit;
    if (c == ' ' || (c >= '\t' && c <= '\r')) return Class::kSpace;
    if (c == '\'') return Class::kApostrophe;
    if (c == ',' || c == '.' || c == ':') return Class::kNumberSeparator;
    return Class::kOther;
  }
  if (IsBengaliCodePoint(c)) {
    if (IsBengaliLetter(c)) return Class::kLetter;
    if (IsBengaliMark(c)) return Class::kMark;
    if (IsBengaliDigit(c)) return Class::kDigit;
    return Class::kOther;  // currency signs, isshar, fractions...
  }
  return ClassifyOther(c);
}

// A cursor over the text that knows both offsets.
struct Cursor {
  std::string_view text;
  size_t byte = 0;
  size_t cp = 0;

  bool done() const { return byte >= text.size(); }
  // The code point here and its byte length.
  inline char32_t Peek(size_t* len) const {
    const unsigned char b = static_cast<unsigned char>(text[byte]);
    if (b < 0x80) {
      *len = 1;
      return b;
    }
    if (b == 0xE0 && byte + 2 < text.size()) {  // the Bengali block, decoded directly
      const unsigned char b1 = static_cast<unsigned char>(text[byte + 1]);
      const unsigned char b2 = static_cast<unsigned char>(text[byte + 2]);
      if ((b1 == 0xA6 || b1 == 0xA7) && (b2 & 0xC0) == 0x80) {
        *len = 3;
        return 0x0980 + ((b1 & 1) << 6) + (b2 & 0x3F);
      }
    }
    const Decoded d = DecodeUtf8(text, byte);
    *len = d.len;
    return d.cp;
  }
  void Advance(size_t len) {
    byte += len;
    ++cp;
  }
};

}  // namespace

std::vector<Token> Tokenize(std::string_view text) {
  std::vector<Token> tokens;
  tokens.reserve(text.size() / 6 + 1);
  Cursor at{text};
  while (!at.done()) {
    size_t len;
    const char32_t c = at.Peek(&len);
    const Class cls = Classify(c);
    if (cls == Class::kSpace) {
      at.Advance(len);
      continue;
    }
    Token token;
    token.byte_begin = at.byte;
    token.cp_begin = at.cp;
    at.Advance(len);
    if (cls == Class::kLetter || cls == Class::kMark) {
      token.kind = TokenKind::kWord;
      bool last_latin = c < 0x80;
      while (!at.done()) {
        size_t l;
        const char32_t n = at.Peek(&l);
        const Class nc = Classify(n);
        if (nc == Class::kLetter || nc == Class::kMark || nc == Class::kJoiner) {
          last_latin = n < 0x250;
          at.Advance(l);
          continue;
        }
        // An apostrophe between Latin letters stays in the word ("Xi's").
        if (nc == Class::kApostrophe && last_latin && at.byte + l < text.size()) {
          Cursor ahead = at;
          ahead.Advance(l);
          size_t l2;
          const char32_t after = ahead.Peek(&l2);
          if (after < 0x250 && Classify(after) == Class::kLetter) {
            at = ahead;
            continue;
          }
        }
        break;
      }
    } else if (cls == Class::kDigit) {
      token.kind = TokenKind::kNumber;
      while (!at.done()) {
        size_t l;
        const char32_t n = at.Peek(&l);
        const Class nc = Classify(n);
        if (nc == Class::kDigit) {
          at.Advance(l);
          continue;
        }
        // "১,২০০", "৩.৫", "২২:০৭": a separator followed by a digit.
        if (nc == Class::kNumberSeparator && at.byte + l < text.size()) {
          Cursor ahead = at;
          ahead.Advance(l);
          size_t l2;
          if (Classify(ahead.Peek(&l2)) == Class::kDigit) {
            at = ahead;
            continue;
          }
        }
        break;
      }
    } else {
      token.kind = TokenKind::kPunct;
    }
    token.byte_end = at.byte;
    token.cp_end = at.cp;
    tokens.push_back(token);
  }
  return tokens;
}

}  // namespace ghotona::text
