// Bengali text normalization: ICU NFC plus our own layer (one form for the
// nukta letters য় ড় ঢ়, khanda ta, ZWJ/ZWNJ clean-up, অ + া -> আ, stray doubled
// vowel signs), typographic clean-up and invalid UTF-8 replaced by U+FFFD.
// Pure functions; thread-safe.
//
// The forms Normalize produces, which every caller comparing text must share
// (normalize data files with Normalize when loading them):
//  - The output is valid UTF-8 and NFC. Nukta letters are therefore in their
//    NFC form, base + U+09BC (য় = U+09AF U+09BC, ড় = U+09A1 U+09BC,
//    ঢ় = U+09A2 U+09BC): the precomposed U+09DF/U+09DC/U+09DD are Unicode
//    composition exclusions, NFC decomposes them, and keeping NFC means that
//    re-normalizing our output elsewhere (Python, ICU) never moves an offset.
//  - Khanda ta is U+09CE (ত + ্ + ZWJ is rewritten).
//  - ZWJ is kept only in র + ZWJ + ্ (the র‍্য form, e.g. র‍্যাব); ZWNJ there
//    becomes ZWJ; every other ZWJ and ZWNJ is removed.
//  - অ + া becomes আ; an immediately repeated vowel sign, virama, nukta or
//    chandrabindu is written once; a chandrabindu typed before a vowel sign
//    moves after it (চ + ঁ + া -> চাঁ).
//  - NBSP and the other Unicode space separators become an ASCII space;
//    zero-width space, BOM, soft hyphen, word joiner and bidi marks are
//    removed; CR LF, CR, NEL, U+2028 and U+2029 become "\n"; other control
//    characters are removed ("\t" and "\n" stay).
//  - Each maximal invalid UTF-8 subpart becomes one U+FFFD.
//  - Nothing else changes: ASCII, digits (Bengali or ASCII), quotes and
//    punctuation are kept as they are.
// Normalize is idempotent: Normalize(Normalize(x)) == Normalize(x).
#ifndef GHOTONA_TEXT_NORMALIZE_H_
#define GHOTONA_TEXT_NORMALIZE_H_

#include <string>
#include <string_view>

namespace ghotona::text {

// Full normalization of arbitrary bytes to valid NFC UTF-8 with the Bengali layer.
std::string Normalize(std::string_view utf8);

// Collapses runs of whitespace (incl. NBSP, zero-width space) to one space and trims.
// Whitespace: ASCII \t \n \v \f \r and space, U+0085, U+00A0, U+1680,
// U+2000..U+200B, U+2028, U+2029, U+202F, U+205F, U+3000, U+FEFF. Invalid
// UTF-8 bytes are copied unchanged (run Normalize first for valid output).
std::string CollapseWhitespace(std::string_view utf8);

}  // namespace ghotona::text

#endif  // GHOTONA_TEXT_NORMALIZE_H_
