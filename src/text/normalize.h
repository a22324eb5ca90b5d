// Bengali text normalization: ICU NFC plus our own layer (one form for the
// nukta letters য় ড় ঢ়, khanda ta, ZWJ/ZWNJ clean-up, অ + া -> আ, stray doubled
// vowel signs), typographic clean-up and invalid UTF-8 replaced by U+FFFD.
// Pure functions; thread-safe.
#ifndef GHOTONA_TEXT_NORMALIZE_H_
#define GHOTONA_TEXT_NORMALIZE_H_

#include <string>
#include <string_view>

namespace ghotona::text {

// Full normalization of arbitrary bytes to valid NFC UTF-8 with the Bengali layer.
std::string Normalize(std::string_view utf8);

// Collapses runs of whitespace (incl. NBSP, zero-width space) to one space and trims.
std::string CollapseWhitespace(std::string_view utf8);

}  // namespace ghotona::text

#endif  // GHOTONA_TEXT_NORMALIZE_H_
