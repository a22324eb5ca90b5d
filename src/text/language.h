// Which language a text is written in, by the script of its letters: "bn"
// when Bengali letters dominate, "en" when Latin letters do, "und" when the
// text has no letters or another script dominates. Enough for news pages,
// which are either Bengali (with some English names) or English.
// Pure function; thread-safe.
#ifndef GHOTONA_TEXT_LANGUAGE_H_
#define GHOTONA_TEXT_LANGUAGE_H_

#include <string>
#include <string_view>

namespace ghotona::text {

// A BCP 47 code: "bn", "en" or "und". Bengali letters and signs are counted
// against Latin letters and other letters; a tie between Bengali and Latin
// counts as Bengali.
std::string DetectLanguage(std::string_view utf8);

}  // namespace ghotona::text

#endif  // GHOTONA_TEXT_LANGUAGE_H_
