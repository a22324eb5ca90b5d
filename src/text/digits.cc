// Digit conversion by byte patterns: a Bengali digit is always the three
// bytes E0 A7 A6..AF, so no full decoding is needed.
#include "text/digits.h"

namespace ghotona::text {

namespace {

// The Bengali digit starting at s[i], or -1.
inline int BengaliDigitAt(std::string_view s, size_t i) {
  if (i + 3 > s.size()) return -1;
  if (static_cast<unsigned char>(s[i]) != 0xE0 || static_cast<unsigned char>(s[i + 1]) != 0xA7) return -1;
  const unsigned char b = static_cast<unsigned char>(s[i + 2]);
  return b >= 0xA6 && b <= 0xAF ? b - 0xA6 : -1;
}

}  // namespace

std::string BengaliToAsciiDigits(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  size_t i = 0;
  while (i < utf8.size()) {
    const int d = BengaliDigitAt(utf8, i);
    if (d >= 0) {
      out.push_back(static_cast<char>('0' + d));
      i += 3;
    } else {
      out.push_back(utf8[i]);
      ++i;
    }
  }
  return out;
}

std::string AsciiToBengaliDigits(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size() + utf8.size() / 2);
  for (const char ch : utf8) {
    if (ch >= '0' && ch <= '9') {
      out.push_back('\xE0');
      out.push_back('\xA7');
      out.push_back(static_cast<char>(0xA6 + (ch - '0')));
    } else {
      out.push_back(ch);
    }
  }
  return out;
}

std::optional<int64_t> ParseDigits(std::string_view utf8) {
  if (utf8.empty()) return std::nullopt;
  int64_t value = 0;
  int count = 0;
  size_t i = 0;
  while (i < utf8.size()) {
    int d;
    if (utf8[i] >= '0' && utf8[i] <= '9') {
      d = utf8[i] - '0';
      i += 1;
    } else if ((d = BengaliDigitAt(utf8, i)) >= 0) {
      i += 3;
    } else {
      return std::nullopt;
    }
    if (++count > 18) return std::nullopt;
    value = value * 10 + d;
  }
  return value;
}

}  // namespace ghotona::text
