// Decoding input bytes to UTF-8. UTF-8 checks and repair come from
// text/utf8.h; anything else goes through ICU converters, which substitute
// U+FFFD for bytes the source charset does not define.
#include "page/encoding.h"

#include <unicode/ucnv.h>

#include <array>
#include <cstdint>
#include <cstring>
#include <memory>

#include "text/utf8.h"

namespace ghotona::page {
namespace {

constexpr size_t kCharsetScanBytes = 4096;
constexpr size_t kBinaryScanBytes = 8192;

enum class Bom { kNone, kUtf8, kUtf16Le, kUtf16Be, kUtf32Le, kUtf32Be };

Bom DetectBom(std::string_view b) {
  auto starts = [&](std::string_view p) { return b.substr(0, p.size()) == p; };
  // UTF-32LE before UTF-16LE: FF FE 00 00 also starts with FF FE.
  if (starts(std::string_view("\xFF\xFE\x00\x00", 4))) return Bom::kUtf32Le;
  if (starts(std::string_view("\x00\x00\xFE\xFF", 4))) return Bom::kUtf32Be;
  if (starts("\xEF\xBB\xBF")) return Bom::kUtf8;
  if (starts("\xFF\xFE")) return Bom::kUtf16Le;
  if (starts("\xFE\xFF")) return Bom::kUtf16Be;
  return Bom::kNone;
}

size_t BomLength(Bom bom) {
  switch (bom) {
    case Bom::kNone:
      return 0;
    case Bom::kUtf8:
      return 3;
    case Bom::kUtf16Le:
    case Bom::kUtf16Be:
      return 2;
    case Bom::kUtf32Le:
    case Bom::kUtf32Be:
      return 4;
  }
  return 0;
}

char ToLowerAscii(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

// Case-insensitive search for an ASCII lower-case needle.
size_t FindNoCase(std::string_view hay, std::string_view needle, size_t from) {
  if (needle.empty() || hay.size() < needle.size()) return std::string_view::npos;
  for (size_t i = from; i + needle.size() <= hay.size(); ++i) {
    size_t j = 0;
    while (j < needle.size() && ToLowerAscii(hay[i + j]) == needle[j]) ++j;
    if (j == needle.size()) return i;
  }
  return std::string_view::npos;
}

// Maps a declared charset label to the name we give ICU, following the WHATWG
// Encoding Standard where it differs from the label's literal meaning
// (browsers decode "iso-8859-1" as windows-1252, for instance). Returns empty
// for labels that mean UTF-8 or that a meta tag cannot truthfully declare.
std::string IcuNameForLabel(const std::string& label) {
  struct Alias {
    const char* label;
    const char* icu;
  };
  static constexpr Alias kAliases[] = {
      {"iso-8859-1", "windows-1252"}, {"iso8859-1", "windows-1252"}, {"iso_8859-1", "windows-1252"},
      {"latin1", "windows-1252"},     {"l1", "windows-1252"},        {"us-ascii", "windows-1252"},
      {"ascii", "windows-1252"},      {"cp1252", "windows-1252"},    {"x-cp1252", "windows-1252"},
      {"iso-8859-9", "windows-1254"}, {"latin5", "windows-1254"},    {"tis-620", "windows-874"},
      {"iso-8859-11", "windows-874"}, {"gb2312", "gb18030"},         {"gbk", "gb18030"},
      {"x-gbk", "gb18030"},           {"euc-kr", "windows-949"},     {"ks_c_5601-1987", "windows-949"},
  };
  if (label == "utf-8" || label == "utf8" || label == "unicode-1-1-utf-8" || label.rfind("utf-16", 0) == 0 ||
      label.rfind("utf-32", 0) == 0 || label == "x-user-defined") {
    return "";
  }
  for (const Alias& a : kAliases) {
    if (label == a.label) return a.icu;
  }
  return label;
}

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};
using ConverterPtr = std::unique_ptr<UConverter, ConverterCloser>;

// Converts bytes in the ICU charset `name` to UTF-8. False when ICU does not
// know the charset; undefined bytes become U+FFFD (ICU's default callback).
bool ConvertWithIcu(std::string_view bytes, const char* name, std::string* out) {
  UErrorCode err = U_ZERO_ERROR;
  ConverterPtr from(ucnv_open(name, &err));
  if (U_FAILURE(err) || !from) return false;
  err = U_ZERO_ERROR;
  ConverterPtr to(ucnv_open("UTF-8", &err));
  if (U_FAILURE(err) || !to) return false;

  // Any source byte yields at most 3 UTF-8 bytes (a BMP character or U+FFFD);
  // the overflow branch below keeps this safe for exotic converters anyway.
  out->assign(bytes.size() * 3 / 2 + 16, '\0');
  char* target = out->data();
  const char* source = bytes.data();
  const char* source_end = bytes.data() + bytes.size();
  UChar pivot[1024];
  UChar* pivot_source = pivot;
  UChar* pivot_target = pivot;
  bool reset = true;
  for (;;) {
    err = U_ZERO_ERROR;
    ucnv_convertEx(to.get(), from.get(), &target, out->data() + out->size(), &source, source_end, pivot,
                   &pivot_source, &pivot_target, pivot + 1024, reset, /*flush=*/true, &err);
    reset = false;
    if (err == U_BUFFER_OVERFLOW_ERROR) {
      size_t used = static_cast<size_t>(target - out->data());
      out->resize(out->size() * 2);
      target = out->data() + used;
      continue;
    }
    break;
  }
  if (U_FAILURE(err)) return false;
  out->resize(static_cast<size_t>(target - out->data()));
  return true;
}

}  // namespace

std::string DeclaredHtmlCharset(std::string_view bytes) {
  std::string_view head = bytes.substr(0, kCharsetScanBytes);
  size_t pos = 0;
  while ((pos = FindNoCase(head, "<meta", pos)) != std::string_view::npos) {
    size_t end = head.find('>', pos);
    if (end == std::string_view::npos) end = head.size();
    std::string_view tag = head.substr(pos, end - pos);
    size_t cs = 0;
    while ((cs = FindNoCase(tag, "charset", cs)) != std::string_view::npos) {
      size_t i = cs + 7;
      cs = i;
      while (i < tag.size() && (tag[i] == ' ' || tag[i] == '\t' || tag[i] == '\n' || tag[i] == '\r')) ++i;
      if (i >= tag.size() || tag[i] != '=') continue;
      ++i;
      while (i < tag.size() && (tag[i] == ' ' || tag[i] == '\t' || tag[i] == '"' || tag[i] == '\'')) ++i;
      std::string label;
      while (i < tag.size()) {
        char c = tag[i];
        bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                  c == '_' || c == '.' || c == ':';
        if (!ok) break;
        label += ToLowerAscii(c);
        ++i;
      }
      if (!label.empty()) return label;
    }
    pos = end;
  }
  return "";
}

bool LooksBinary(std::string_view bytes) {
  Bom bom = DetectBom(bytes);
  if (bom != Bom::kNone && bom != Bom::kUtf8) return false;
  std::string_view sample = bytes.substr(BomLength(bom), kBinaryScanBytes);
  if (std::memchr(sample.data(), 0, sample.size()) != nullptr) return true;
  // C0 controls and DEL, except tab, LF, VT, FF, CR and ESC (ISO-2022
  // escapes), which occur in real text.
  static constexpr auto kControl = [] {
    std::array<uint8_t, 256> t{};
    for (int c = 0; c < 0x20; ++c) t[c] = 1;
    for (int c : {0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B}) t[c] = 0;
    t[0x7F] = 1;
    return t;
  }();
  // Eight bytes at a time: words with no byte below 0x20 and no DEL (nearly
  // all of them in text) are skipped without a per-byte look.
  constexpr uint64_t kOnes = 0x0101010101010101ULL, kHighs = 0x8080808080808080ULL;
  size_t controls = 0;
  size_t i = 0;
  for (; i + 8 <= sample.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, sample.data() + i, 8);
    uint64_t below_space = (w - kOnes * 0x20) & ~w & kHighs;
    uint64_t x = w ^ (kOnes * 0x7F);
    uint64_t del = (x - kOnes) & ~x & kHighs;
    if ((below_space | del) == 0) continue;
    for (size_t k = i; k < i + 8; ++k) controls += kControl[static_cast<unsigned char>(sample[k])];
  }
  for (; i < sample.size(); ++i) controls += kControl[static_cast<unsigned char>(sample[i])];
  // More than one control byte in ten: no text page looks like that.
  return controls * 10 > sample.size();
}

Decoded DecodeToUtf8(std::string_view bytes, std::string_view declared_charset) {
  Decoded d;
  Bom bom = DetectBom(bytes);
  std::string_view rest = bytes.substr(BomLength(bom));
  const char* bom_charset = nullptr;
  switch (bom) {
    case Bom::kUtf16Le:
      bom_charset = "UTF-16LE";
      break;
    case Bom::kUtf16Be:
      bom_charset = "UTF-16BE";
      break;
    case Bom::kUtf32Le:
      bom_charset = "UTF-32LE";
      break;
    case Bom::kUtf32Be:
      bom_charset = "UTF-32BE";
      break;
    case Bom::kNone:
    case Bom::kUtf8:
      break;
  }
  if (bom_charset != nullptr) {
    if (ConvertWithIcu(rest, bom_charset, &d.utf8)) {
      // ICU output is valid UTF-8 except when the source held lone
      // surrogates, which it maps to U+FFFD already; check to be certain.
      if (!text::IsValidUtf8(d.utf8)) d.utf8 = text::MakeValidUtf8(d.utf8);
      return d;
    }
  }
  if (text::IsValidUtf8(rest)) {
    d.utf8.assign(rest);
    return d;
  }
  if (bom == Bom::kNone) {
    std::string outside;
    for (char c : declared_charset) outside += ToLowerAscii(c);
    // The outside declaration first (HTTP beats <meta>, as in browsers).
    for (const std::string& label : {outside, DeclaredHtmlCharset(rest)}) {
      std::string icu_name = label.empty() ? "" : IcuNameForLabel(label);
      if (!icu_name.empty() && ConvertWithIcu(rest, icu_name.c_str(), &d.utf8) && text::IsValidUtf8(d.utf8)) {
        return d;
      }
    }
  }
  d.utf8 = text::MakeValidUtf8(rest);
  d.warnings.push_back("invalid UTF-8 replaced");
  return d;
}

}  // namespace ghotona::page
