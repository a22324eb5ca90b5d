// Text dump -> Page. One pass over the input; each kept line costs one string
// allocation (its block's text).
#include "page/text_reader.h"

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

}  // namespace

Page PageFromText(std::string_view utf8) {
  Page page;
  // Real dumps average 60-100 bytes a line; reserving avoids regrowth.
  page.blocks.reserve(utf8.size() / 64 + 4);
  int blank = 0;
  size_t pos = 0;
  const size_t n = utf8.size();
  while (pos < n) {
    size_t end = utf8.find_first_of("\r\n", pos);
    if (end == std::string_view::npos) end = n;
    std::string text = text::CollapseWhitespace(utf8.substr(pos, end - pos));
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
