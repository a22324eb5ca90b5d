// UTF-8 primitives for the text layer: decoding with the Unicode "maximal
// subpart" rule for invalid input (each maximal invalid subpart becomes one
// U+FFFD, as WHATWG and ICU do), encoding, validation, code point counting,
// byte <-> code point offset maps (the output contract counts code points),
// and the Bengali character classes the other text modules share.
// Everything here is pure and thread-safe; nothing allocates per character.
#ifndef GHOTONA_TEXT_UTF8_H_
#define GHOTONA_TEXT_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ghotona::text {

inline constexpr char32_t kReplacementChar = 0xFFFD;

// One decoded code point. For an invalid sequence `valid` is false, `cp` is
// U+FFFD and `len` is the length of the maximal invalid subpart (>= 1).
struct Decoded {
  char32_t cp;
  uint32_t len;
  bool valid;
};

// Decodes the code point starting at byte `pos`. Precondition: pos < s.size().
inline Decoded DecodeUtf8(std::string_view s, size_t pos) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + pos;
  const size_t avail = s.size() - pos;
  const unsigned char b0 = p[0];
  if (b0 < 0x80) return {b0, 1, true};
  // Second-byte bounds per lead byte (Unicode Table 3-7).
  unsigned need;
  unsigned char lo = 0x80, hi = 0xBF;
  char32_t cp;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    need = 1;
    cp = b0 & 0x1F;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    need = 2;
    cp = b0 & 0x0F;
    if (b0 == 0xE0) lo = 0xA0;
    if (b0 == 0xED) hi = 0x9F;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    need = 3;
    cp = b0 & 0x07;
    if (b0 == 0xF0) lo = 0x90;
    if (b0 == 0xF4) hi = 0x8F;
  } else {
    return {kReplacementChar, 1, false};
  }
  for (unsigned i = 1; i <= need; ++i) {
    if (i >= avail) return {kReplacementChar, i, false};
    const unsigned char b = p[i];
    if (i == 1 ? (b < lo || b > hi) : (b < 0x80 || b > 0xBF)) return {kReplacementChar, i, false};
    cp = (cp << 6) | (b & 0x3F);
  }
  return {cp, need + 1, true};
}

// Decodes the code point that ends at byte `end` (exclusive) of VALID UTF-8.
// Precondition: end > 0. Returns the code point; *len receives its byte length.
char32_t DecodeLastUtf8(std::string_view valid_utf8, size_t end, size_t* len);

// Writes the UTF-8 form of `cp` (a surrogate or a value above U+10FFFF is
// written as U+FFFD) to buf and returns the byte count (1..4).
size_t EncodeUtf8(char32_t cp, char buf[4]);
void AppendUtf8(char32_t cp, std::string* out);

bool IsValidUtf8(std::string_view s);

// Copy of `s` with every maximal invalid subpart replaced by U+FFFD.
std::string MakeValidUtf8(std::string_view s);

// Code points in `s`; each maximal invalid subpart counts as one (the count
// MakeValidUtf8(s) would have).
size_t CountCodePoints(std::string_view s);

// Converts many byte offsets to code point offsets (and back) in one text in
// O(1)-ish each: a table of code point counts every 64 bytes, then a short
// scan. Built once per text; the text must be valid UTF-8 (e.g. Normalize
// output) and must outlive the map. A byte offset inside a multi-byte
// character maps to the code point offset of that character's start.
class OffsetMap {
 public:
  explicit OffsetMap(std::string_view valid_utf8);

  // byte_offset is clamped to the text size.
  size_t ToCodePoint(size_t byte_offset) const;
  // cp_offset is clamped to the code point count.
  size_t ToByte(size_t cp_offset) const;
  size_t code_points() const { return total_; }

 private:
  static constexpr size_t kBlock = 64;
  std::string_view text_;
  std::vector<uint32_t> block_start_;  // code points before block i
  size_t total_ = 0;
};

// The Bengali Unicode block, U+0980..U+09FF.
inline bool IsBengaliCodePoint(char32_t c) { return c >= 0x0980 && c <= 0x09FF; }

namespace internal {
// Classes of U+0980..U+09FF, built at compile time: 1 letter, 2 mark, 0 other.
constexpr uint8_t BengaliClassOf(char32_t c) {
  if (c >= 0x0985 && c <= 0x0994) return c != 0x098D && c != 0x098E && c != 0x0991 && c != 0x0992;
  if (c >= 0x0995 && c <= 0x09B9) {
    return c != 0x09A9 && c != 0x09B1 && c != 0x09B3 && c != 0x09B4 && c != 0x09B5;
  }
  if (c == 0x09BD || c == 0x09CE || c == 0x09F0 || c == 0x09F1) return 1;  // avagraha, khanda ta, Assamese
  if (c >= 0x09DC && c <= 0x09E1) return c != 0x09DE;                      // nukta consonants, vocalic RR/LL
  if (c >= 0x0981 && c <= 0x0983) return 2;
  if (c == 0x09BC || c == 0x09D7 || c == 0x09E2 || c == 0x09E3 || c == 0x09FE) return 2;
  if (c >= 0x09BE && c <= 0x09CD) return (c != 0x09C5 && c != 0x09C6 && c != 0x09C9 && c != 0x09CA) ? 2 : 0;
  return 0;
}
struct BengaliClassTable {
  uint8_t cls[128];
  constexpr BengaliClassTable() : cls() {
    for (char32_t c = 0; c < 128; ++c) cls[c] = BengaliClassOf(0x0980 + c);
  }
};
inline constexpr BengaliClassTable kBengaliClasses;
}  // namespace internal

// A Bengali base letter: independent vowel, consonant (incl. khanda ta and the
// nukta consonants), avagraha, or the Assamese ra/wa. Vowel signs and other
// marks are not letters; see IsBengaliMark.
inline bool IsBengaliLetter(char32_t c) {
  return IsBengaliCodePoint(c) && internal::kBengaliClasses.cls[c - 0x0980] == 1;
}

// A Bengali combining or spacing mark that belongs to the preceding letter:
// chandrabindu, anusvara, visarga, nukta, vowel signs, virama, au length
// mark, vocalic vowel signs, sandhi mark.
inline bool IsBengaliMark(char32_t c) {
  return IsBengaliCodePoint(c) && internal::kBengaliClasses.cls[c - 0x0980] == 2;
}

// Bengali digits ০..৯ (U+09E6..U+09EF).
inline bool IsBengaliDigit(char32_t c) { return c >= 0x09E6 && c <= 0x09EF; }

// Unicode whitespace as the text layer treats it: ASCII \t \n \v \f \r and
// space, NEL, NBSP, U+1680, U+2000..U+200B (incl. zero width space), U+2028,
// U+2029, U+202F, U+205F, U+3000 and U+FEFF.
inline bool IsUnicodeWhitespace(char32_t c) {
  if (c <= 0x20) return c == ' ' || (c >= '\t' && c <= '\r');
  if (c < 0x85) return false;
  return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200B) || c == 0x2028 ||
         c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

inline bool IsAsciiLetter(char32_t c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

}  // namespace ghotona::text

#endif  // GHOTONA_TEXT_UTF8_H_
