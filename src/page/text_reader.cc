// Text dump -> Page. One pass over the input; each kept line costs one string
// allocation (its block's text).
#include "page/text_reader.h"

#include <array>
#include <cstdint>
#include <cstring>
#include <string>

#include "text/normalize.h"

namespace ghotona::page {
namespace {

// Bullets that mark a list line even without a following space (U+2022 •,
// U+25CF ●, U+25AA ▪, U+25A0 ■, U+25E6 ◦), and ASCII ones that need a space
// ("- item", "* item") so that "-5" or "*note" stay untouched.
constexpr std::string_view kUnicodeBullets[] = {"\xE2\x80\xA2", "\xE2\x97\x8F", "\xE2\x96\xAA",
                                                "\xE2\x96\xA0", "\xE2\x97\xA6"};

// Strips a leading bullet from collapsed text; true when one was stripped.
// A line that is nothing but a bullet is left alone.
bool StripBullet(std::string* text) {
  size_t cut = 0;
  for (std::string_view b : kUnicodeBullets) {
    if (text->compare(0, b.size(), b) == 0) {
      cut = b.size();
      break;
    }
  }
  if (cut == 0 && text->size() >= 2 && ((*text)[0] == '-' || (*text)[0] == '*') && (*text)[1] == ' ') {
    cut = 1;
  }
  if (cut == 0) return false;
  if (cut < text->size() && (*text)[cut] == ' ') ++cut;
  if (cut >= text->size()) return false;
  text->erase(0, cut);
  return true;
}

// Byte classes for IsCollapsed: 1 for a space, 2 for other ASCII whitespace
// and for lead bytes of non-ASCII whitespace (C2: NEL/NBSP, E1: U+1680,
// E2: U+2000.., E3: U+3000, EF: U+FEFF), 0 otherwise.
constexpr auto kByteClass = [] {
  std::array<uint8_t, 256> t{};
  t[' '] = 1;
  for (int c : {0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0xC2, 0xE1, 0xE2, 0xE3, 0xEF}) t[c] = 2;
  return t;
}();

// True when text::CollapseWhitespace would return `line` unchanged (no
// leading, trailing or doubled space, no other whitespace candidate). Most
// lines of Bengali prose pass and are copied without a per-character decode.
bool IsCollapsed(std::string_view line) {
  if (line.empty() || line.front() == ' ' || line.back() == ' ') return false;
  bool after_space = false;
  for (char ch : line) {
    uint8_t k = kByteClass[static_cast<unsigned char>(ch)];
    if (k == 2 || (k == 1 && after_space)) return false;
    after_space = k == 1;
  }
  return true;
}

}  // namespace

Page PageFromText(std::string_view utf8) {
  Page page;
  // Real dumps average 60-100 bytes a line; reserving avoids regrowth.
  page.blocks.reserve(utf8.size() / 64 + 4);
  int blank = 0;
  size_t pos = 0;
  const size_t n = utf8.size();
  // Without carriage returns, lines end at '\n' alone and memchr finds them.
  const bool has_cr = std::memchr(utf8.data(), '\r', n) != nullptr;
  while (pos < n) {
    size_t end = pos;
    if (has_cr) {
      while (end < n && utf8[end] != '\n' && utf8[end] != '\r') ++end;
    } else {
      const void* nl = std::memchr(utf8.data() + pos, '\n', n - pos);
      end = nl ? static_cast<size_t>(static_cast<const char*>(nl) - utf8.data()) : n;
    }
    std::string_view line = utf8.substr(pos, end - pos);
    std::string text = IsCollapsed(line) ? std::string(line) : text::CollapseWhitespace(line);
    if (text.empty()) {
      ++blank;
    } else {
      Block& b = page.blocks.emplace_back();
      b.text = std::move(text);
      b.bulleted = StripBullet(&b.text);
      b.blank_lines_before = blank;
      blank = 0;
    }
    pos = end + 1;
    if (end < n && utf8[end] == '\r' && pos < n && utf8[pos] == '\n') ++pos;
  }
  return page;
}

}  // namespace ghotona::page
