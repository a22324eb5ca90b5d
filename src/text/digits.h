// Digits in Bengali text: the value of an ASCII or Bengali digit, whole-text
// conversion between the two digit sets, and parsing a digit string that
// mixes them. Normalize never converts digits; callers do it explicitly here.
// Pure functions; thread-safe.
#ifndef GHOTONA_TEXT_DIGITS_H_
#define GHOTONA_TEXT_DIGITS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace ghotona::text {

// 0..9 for ASCII '0'..'9' and Bengali ০..৯ (U+09E6..U+09EF), -1 otherwise.
inline int DigitValue(char32_t c) {
  if (c >= '0' && c <= '9') return static_cast<int>(c - '0');
  if (c >= 0x09E6 && c <= 0x09EF) return static_cast<int>(c - 0x09E6);
  return -1;
}

// Copies with every Bengali digit replaced by its ASCII digit (and back).
// Everything else, including invalid UTF-8 bytes, is copied unchanged.
std::string BengaliToAsciiDigits(std::string_view utf8);
std::string AsciiToBengaliDigits(std::string_view utf8);

// The value of a non-empty string made only of ASCII and/or Bengali digits
// ("২০২৫", "2025", "২0২5"); nullopt for anything else or above 10^18.
std::optional<int64_t> ParseDigits(std::string_view utf8);

}  // namespace ghotona::text

#endif  // GHOTONA_TEXT_DIGITS_H_
