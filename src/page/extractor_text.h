// Small text helpers the extractor shares between its parts (boilerplate.h,
// metadata.h, extractor.h): comparison folds that make page text and the
// phrase lists in data/page/ meet whatever nukta form, case, spacing or
// punctuation the page used; word splitting; a fast hash; and the reader for
// the tab-separated data files. Pure functions, thread-safe.
#ifndef GHOTONA_PAGE_EXTRACTOR_TEXT_H_
#define GHOTONA_PAGE_EXTRACTOR_TEXT_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "ghotona/status.h"

namespace ghotona::page {

// Hash maps and sets keyed by std::string that can be probed with a
// std::string_view without allocating.
struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
template <typename V>
using StringMap = std::unordered_map<std::string, V, StringHash, std::equal_to<>>;
using StringSet = std::unordered_set<std::string, StringHash, std::equal_to<>>;

// The fold of one code point: 0 when it is dropped (ZWJ, ZWNJ, soft hyphen,
// nukta), ' ' for any Unicode space, the base letter for a precomposed nukta
// letter, lowercase for ASCII capitals, else the code point itself.
char32_t FoldChar(char32_t c);

// Light fold for "contains" matching: Bengali nukta letters decomposed to one
// form and the nukta dropped, ZWJ/ZWNJ/soft hyphen dropped, ASCII lowercased,
// Unicode spaces collapsed to one ASCII space, trimmed. Punctuation is kept.
std::string FoldLight(std::string_view utf8);

// FoldLight that also reports, for every byte of the result, the byte offset
// in `utf8` of the code point it came from (origin->size() == result size + 1;
// the last entry is utf8.size()), so matches found in the fold can be cut
// from the original text.
std::string FoldLightMapped(std::string_view utf8, std::vector<uint32_t>* origin);

// Key fold for whole-line, prefix and suffix matching and for detecting
// repeated lines: FoldLight with every space, punctuation mark, quote, bullet
// and dash removed, so "- Advertisment -" and "advertisment" meet.
std::string FoldKey(std::string_view utf8);

// Splits on spaces (after whitespace collapsing, so ASCII spaces only).
std::vector<std::string_view> SplitWords(std::string_view collapsed);

// Maximal runs of letters and digits ("‘তাস’-এ" -> "তাস", "এ").
std::vector<std::string_view> LetterRuns(std::string_view s);

// Trims everything that is neither a letter nor a digit (spaces, danda,
// quotes, colons, dashes...) from both ends.
std::string_view TrimNonWord(std::string_view s);

// Position of needle in hay at or after `from`, npos if absent. Anchors on
// the needle's last byte, which for Bengali text is far more selective than
// the first (every Bengali letter starts with the same byte).
size_t FindFast(std::string_view hay, std::string_view needle, size_t from = 0);

// 64-bit FNV-1a.
uint64_t HashBytes(std::string_view s);

// The value of an ASCII or Bengali digit, -1 for anything else.
int DigitValue(char32_t c);

// True for a code point that counts as a letter (Bengali letter or mark,
// ASCII letter, or any other script's letter above U+00BF outside the
// punctuation and symbol blocks).
bool IsLetterLike(char32_t c);

// Sentence terminators: danda, double danda, '?', '!', '.', U+2026, and the
// CJK, fullwidth and Arabic-script full stops and question marks.
bool IsTerminator(char32_t c);

// Closing quotes and brackets that may follow a terminator.
bool IsClosingMark(char32_t c);

// A data/page file: one record a line, fields separated by tabs, blank lines
// and lines starting with '#' ignored. Every record must have at least
// min_fields fields; an error names the file and line otherwise.
Result<std::vector<std::vector<std::string>>> ReadDataTable(const std::string& path, size_t min_fields);

}  // namespace ghotona::page

#endif  // GHOTONA_PAGE_EXTRACTOR_TEXT_H_
