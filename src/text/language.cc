// Script counting for DetectLanguage. ASCII and the Bengali block are
// classified inline; ICU is asked only about other characters.
#include "text/language.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <cstddef>

#include "text/utf8.h"

namespace ghotona::text {

std::string DetectLanguage(std::string_view utf8) {
  size_t bengali = 0;
  size_t latin = 0;
  size_t other = 0;
  size_t i = 0;
  while (i < utf8.size()) {
    const unsigned char b = static_cast<unsigned char>(utf8[i]);
    if (b < 0x80) {
      latin += IsAsciiLetter(b);
      ++i;
      continue;
    }
    const Decoded d = DecodeUtf8(utf8, i);
    i += d.len;
    if (!d.valid) continue;
    const char32_t c = d.cp;
    if (IsBengaliCodePoint(c)) {
      bengali += IsBengaliLetter(c) || IsBengaliMark(c);
    } else if (u_isalpha(static_cast<UChar32>(c))) {
      UErrorCode status = U_ZERO_ERROR;
      const UScriptCode script = uscript_getScript(static_cast<UChar32>(c), &status);
      if (U_SUCCESS(status) && script == USCRIPT_LATIN) {
        ++latin;
      } else {
        ++other;
      }
    }
  }
  if (bengali == 0 && latin == 0) return "und";
  if (bengali >= latin) return bengali >= other ? "bn" : "und";
  return latin >= other ? "en" : "und";
}

}  // namespace ghotona::text
