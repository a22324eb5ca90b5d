// Comparison folds, word splitting and the data-file reader of the extractor.
#include "page/extractor_text.h"

#include <array>
#include <cstring>
#include <fstream>
#include <sstream>

#include "text/utf8.h"

namespace ghotona::page {
namespace {

bool IsFoldSpace(char32_t c) {
  return c == ' ' || (c >= '\t' && c <= '\r') || c == 0x00A0 || (c >= 0x2000 && c <= 0x200B) || c == 0x202F ||
         c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

template <bool kKeepPunct>
std::string Fold(std::string_view s, std::vector<uint32_t>* origin) {
  std::string out;
  out.reserve(s.size());
  bool pending_space = false;
  size_t space_at = 0;
  for (size_t i = 0; i < s.size();) {
    const size_t at = i;
    text::Decoded d = text::DecodeUtf8(s, i);
    i += d.len;
    char32_t c = FoldChar(d.cp);
    if (c == 0) continue;
    if (c == ' ') {
      if (!pending_space) space_at = at;
      pending_space = kKeepPunct;
      continue;
    }
    if (!kKeepPunct && !IsLetterLike(c) && DigitValue(c) < 0) continue;
    if (pending_space && !out.empty()) {
      out += ' ';
      if (origin != nullptr) origin->push_back(static_cast<uint32_t>(space_at));
    }
    pending_space = false;
    const size_t before = out.size();
    if (c == d.cp && d.valid) {
      out.append(s.data() + at, d.len);  // unchanged: copy the bytes
    } else {
      text::AppendUtf8(c, &out);
    }
    if (origin != nullptr) origin->insert(origin->end(), out.size() - before, static_cast<uint32_t>(at));
  }
  if (origin != nullptr) origin->push_back(static_cast<uint32_t>(s.size()));
  return out;
}

}  // namespace

char32_t FoldChar(char32_t c) {
  if (IsFoldSpace(c)) return ' ';
  switch (c) {
    case 0x200C:  // ZWNJ
    case 0x200D:  // ZWJ
    case 0x00AD:  // soft hyphen
    case 0x09BC:  // nukta: precomposed and decomposed forms meet without it
      return 0;
    case 0x09DC:
      return 0x09A1;  // RRA -> DDA
    case 0x09DD:
      return 0x09A2;  // RHA -> DDHA
    case 0x09DF:
      return 0x09AF;  // YYA -> YA
    default:
      break;
  }
  if (c >= 'A' && c <= 'Z') return c + ('a' - 'A');
  return c;
}

std::string FoldLight(std::string_view utf8) { return Fold<true>(utf8, nullptr); }

std::string FoldLightMapped(std::string_view utf8, std::vector<uint32_t>* origin) {
  origin->clear();
  origin->reserve(utf8.size() + 1);
  return Fold<true>(utf8, origin);
}

std::string FoldKey(std::string_view utf8) { return Fold<false>(utf8, nullptr); }

std::vector<std::string_view> SplitWords(std::string_view collapsed) {
  std::vector<std::string_view> words;
  size_t i = 0;
  while (i < collapsed.size()) {
    while (i < collapsed.size() && collapsed[i] == ' ') ++i;
    size_t start = i;
    while (i < collapsed.size() && collapsed[i] != ' ') ++i;
    if (i > start) words.push_back(collapsed.substr(start, i - start));
  }
  return words;
}

std::vector<std::string_view> LetterRuns(std::string_view s) {
  // Bengali letters, marks and digits, by code point - U+0980.
  static const std::array<bool, 128> kBengaliWordish = [] {
    std::array<bool, 128> w{};
    for (char32_t c = 0x0980; c < 0x0A00; ++c) w[c - 0x0980] = IsLetterLike(c) || DigitValue(c) >= 0;
    return w;
  }();
  std::vector<std::string_view> runs;
  size_t start = std::string_view::npos;
  const auto* u = reinterpret_cast<const unsigned char*>(s.data());
  for (size_t i = 0; i < s.size();) {
    bool wordish;
    size_t len;
    if (u[i] < 0x80) {
      wordish = text::IsAsciiLetter(u[i]) || (u[i] >= '0' && u[i] <= '9');
      len = 1;
    } else if (u[i] == 0xE0 && i + 2 < s.size() && (u[i + 1] == 0xA6 || u[i + 1] == 0xA7) &&
               (u[i + 2] & 0xC0) == 0x80) {
      wordish = kBengaliWordish[((u[i + 1] & 0x3F) << 6 | (u[i + 2] & 0x3F)) - 0x0980];
      len = 3;
    } else {
      text::Decoded d = text::DecodeUtf8(s, i);
      wordish = IsLetterLike(d.cp) || DigitValue(d.cp) >= 0;
      len = d.len;
    }
    if (wordish && start == std::string_view::npos) start = i;
    if (!wordish && start != std::string_view::npos) {
      runs.push_back(s.substr(start, i - start));
      start = std::string_view::npos;
    }
    i += len;
  }
  if (start != std::string_view::npos) runs.push_back(s.substr(start));
  return runs;
}

std::string_view TrimNonWord(std::string_view s) {
  size_t b = 0;
  while (b < s.size()) {
    text::Decoded d = text::DecodeUtf8(s, b);
    if (IsLetterLike(d.cp) || DigitValue(d.cp) >= 0) break;
    b += d.len;
  }
  size_t e = s.size();
  while (e > b) {
    size_t len = 0;
    char32_t c = text::DecodeLastUtf8(s, e, &len);
    if (IsLetterLike(c) || DigitValue(c) >= 0) break;
    e -= len;
  }
  return s.substr(b, e - b);
}

namespace {

// How common a byte is in Bengali UTF-8 text (higher = commoner), from byte
// counts of Bengali news text: the lead bytes, the third bytes of vowel signs
// and frequent consonants, the space. FindFast anchors on the rarest byte.
constexpr std::array<uint8_t, 256> kByteCommonness = [] {
  std::array<uint8_t, 256> r{};
  r[0xE0] = r[0xA6] = r[0xA7] = 100;  // every Bengali letter starts E0 A6 / E0 A7
  r[' '] = 90;
  const uint8_t common[] = {0xBE, 0x87, 0xB0, 0x8D, 0xBF, 0xA8, 0xA4, 0xAC, 0x95, 0xAF, 0xAA,
                            0xB8, 0xB2, 0xAE, 0xBC, 0x81, 0xB6, 0x9C, 0xB9, 0x80, 0x8B, 0x97};
  uint8_t rank = 80;
  for (uint8_t c : common) r[c] = rank > 30 ? rank-- : rank;
  for (char c : std::string_view("etaoinsrhl")) r[static_cast<uint8_t>(c)] = 20;
  return r;
}();

}  // namespace

size_t FindFast(std::string_view hay, std::string_view needle, size_t from) {
  if (needle.empty()) return from <= hay.size() ? from : std::string_view::npos;
  const size_t n = needle.size();
  if (hay.size() < n || from > hay.size() - n) return std::string_view::npos;
  size_t k = n - 1;  // the anchor: the rarest of the needle's last bytes
  for (size_t j = n - 1, seen = 0; j-- > 0 && seen < 12; ++seen) {
    if (kByteCommonness[static_cast<uint8_t>(needle[j])] < kByteCommonness[static_cast<uint8_t>(needle[k])])
      k = j;
  }
  const char anchor = needle[k];
  const size_t last_start = hay.size() - n;
  for (size_t i = from + k; i <= last_start + k;) {
    const void* hit = std::memchr(hay.data() + i, anchor, last_start + k + 1 - i);
    if (hit == nullptr) return std::string_view::npos;
    i = static_cast<const char*>(hit) - hay.data();
    if (std::memcmp(hay.data() + i - k, needle.data(), n) == 0) return i - k;
    ++i;
  }
  return std::string_view::npos;
}

uint64_t HashBytes(std::string_view s) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

int DigitValue(char32_t c) {
  if (c >= '0' && c <= '9') return static_cast<int>(c - '0');
  if (text::IsBengaliDigit(c)) return static_cast<int>(c - 0x09E6);
  return -1;
}

bool IsLetterLike(char32_t c) {
  if (c < 0x80) return text::IsAsciiLetter(c);
  if (text::IsBengaliCodePoint(c)) return text::IsBengaliLetter(c) || text::IsBengaliMark(c);
  if (c < 0xC0 || c == 0xD7 || c == 0xF7) return false;
  if (c == 0x0964 || c == 0x0965) return false;  // danda
  if (c >= 0x2000 && c <= 0x2BFF) return false;  // punctuation, symbols, arrows
  if (c >= 0x3000 && c <= 0x303F) return false;  // CJK punctuation
  if (c >= 0xFE30 && c <= 0xFE4F) return false;  // CJK compatibility forms
  if (c >= 0xFF00 && c <= 0xFF20) return false;  // fullwidth punctuation
  if (c == 0xFFFD || c == 0xFEFF) return false;
  if (c >= 0x1F000) return false;  // emoji and pictographs
  return true;
}

bool IsTerminator(char32_t c) {
  return c == 0x0964 || c == 0x0965 || c == '?' || c == '!' || c == '.' || c == 0x2026 || c == 0x3002 ||
         c == 0xFF01 || c == 0xFF1F || c == 0x061F || c == 0x06D4;
}

bool IsClosingMark(char32_t c) {
  return c == '"' || c == '\'' || c == ')' || c == ']' || c == 0x2019 || c == 0x201D || c == 0x00BB ||
         c == 0x300D || c == 0x300F || c == 0xFF09;
}

Result<std::vector<std::vector<std::string>>> ReadDataTable(const std::string& path, size_t min_fields) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot open data file " + path);
  std::vector<std::vector<std::string>> rows;
  std::string line;
  int line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> fields;
    size_t start = 0;
    while (true) {
      size_t tab = line.find('\t', start);
      fields.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
      if (tab == std::string::npos) break;
      start = tab + 1;
    }
    if (fields.size() == 1 && fields[0].find_first_not_of(' ') == std::string::npos) continue;
    if (fields.size() < min_fields) {
      std::ostringstream msg;
      msg << path << ":" << line_no << ": expected " << min_fields << " tab-separated fields";
      return Status::ParseError(msg.str());
    }
    rows.push_back(std::move(fields));
  }
  return rows;
}

}  // namespace ghotona::page
