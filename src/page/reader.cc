// Format detection and dispatch. Checks run in order of cost: gzip magic
// (the input is decompressed and detection starts over on the result, once),
// a WARC version line, binary and empty input, then JSON Lines (which parses
// at most two lines to decide), then a scan of the first 4 KB for HTML markup.
#include "page/reader.h"

#include <string>
#include <utility>

#include "page/encoding.h"
#include "page/gzip.h"
#include "page/jsonl_reader.h"
#include "page/warc_reader.h"
#include "text/normalize.h"

namespace ghotona::page {
namespace {

constexpr size_t kHtmlScanBytes = 4096;
// Tags of common elements in the first 4 KB that make a document HTML even
// without a doctype (fragments, pages saved without their head).
constexpr size_t kHtmlTagThreshold = 8;

constexpr std::string_view kCommonElements[] = {
    "p",       "div",     "span", "a",      "br",         "li",     "ul",    "ol",     "table",
    "tr",      "td",      "th",   "h1",     "h2",         "h3",     "h4",    "h5",     "h6",
    "article", "section", "main", "header", "footer",     "nav",    "meta",  "link",   "title",
    "script",  "style",   "img",  "figure", "figcaption", "strong", "em",    "b",      "i",
    "time",    "html",    "head", "body",   "form",       "button", "aside", "iframe", "noscript"};

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

bool StartsWithNoCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (Lower(s[i]) != prefix[i]) return false;
  }
  return true;
}

// True when s starts with a start or end tag of a common element ("<p>",
// "</div ", "<br/").
bool IsCommonTagAt(std::string_view s) {
  if (s.empty() || s[0] != '<') return false;
  size_t i = 1;
  if (i < s.size() && s[i] == '/') ++i;
  size_t name_start = i;
  while (i < s.size() &&
         ((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= '0' && s[i] <= '9'))) {
    ++i;
  }
  if (i == name_start || i >= s.size()) return false;
  if (!(IsSpace(s[i]) || s[i] == '>' || s[i] == '/')) return false;
  std::string name;
  for (size_t k = name_start; k < i; ++k) name += Lower(s[k]);
  for (std::string_view e : kCommonElements) {
    if (name == e) return true;
  }
  return false;
}

bool IsBlankText(std::string_view utf8) {
  size_t i = 0;
  while (i < utf8.size() && IsSpace(utf8[i])) ++i;
  if (i == utf8.size()) return true;
  // Short remainders may be Unicode spaces only (NBSP, ideographic space...).
  return utf8.size() - i < 64 && text::CollapseWhitespace(utf8.substr(i)).empty();
}

RawDocument ErrorDocument(std::string_view origin, std::string message) {
  RawDocument doc;
  doc.origin = std::string(origin);
  doc.error = std::move(message);
  return doc;
}

}  // namespace

bool LooksLikeHtml(std::string_view utf8) {
  std::string_view s = utf8.substr(0, kHtmlScanBytes);
  // Skip whitespace, comments and <?xml ...?> declarations.
  for (;;) {
    size_t i = 0;
    while (i < s.size() && IsSpace(s[i])) ++i;
    s.remove_prefix(i);
    if (s.substr(0, 4) == "<!--") {
      size_t end = s.find("-->", 4);
      if (end == std::string_view::npos) return false;
      s.remove_prefix(end + 3);
    } else if (s.substr(0, 2) == "<?") {
      size_t end = s.find("?>", 2);
      if (end == std::string_view::npos) return false;
      s.remove_prefix(end + 2);
    } else {
      break;
    }
  }
  if (StartsWithNoCase(s, "<!doctype html") || IsCommonTagAt(s)) return true;
  size_t tags = 0;
  for (size_t pos = s.find('<'); pos != std::string_view::npos; pos = s.find('<', pos + 1)) {
    if (IsCommonTagAt(s.substr(pos, 16)) && ++tags >= kHtmlTagThreshold) return true;
  }
  return false;
}

namespace {

// One decompressed input: a WARC file, or a single page or JSON Lines.
void ReadDecompressed(std::string_view bytes, std::string_view origin,
                      const std::function<void(RawDocument)>& emit) {
  if (LooksLikeWarc(bytes)) {
    ReadWarc(bytes, origin, emit);
    return;
  }
  if (LooksBinary(bytes)) {
    emit(ErrorDocument(origin, "binary input, not a text or HTML page"));
    return;
  }
  Decoded decoded = DecodeToUtf8(bytes);
  if (IsBlankText(decoded.utf8)) {
    emit(ErrorDocument(origin, "empty document"));
    return;
  }
  if (!decoded.warnings.empty()) {
    // Decoding notes belong to every document of this input.
    auto emit_with_warnings = [&](RawDocument doc) {
      doc.warnings.insert(doc.warnings.begin(), decoded.warnings.begin(), decoded.warnings.end());
      emit(std::move(doc));
    };
    if (TryReadJsonLines(decoded.utf8, origin, emit_with_warnings)) return;
  } else if (TryReadJsonLines(decoded.utf8, origin, emit)) {
    return;
  }
  RawDocument doc;
  doc.warnings = decoded.warnings;
  doc.origin = std::string(origin);
  doc.format = LooksLikeHtml(decoded.utf8) ? InputFormat::kHtml : InputFormat::kTextDump;
  doc.content = std::move(decoded.utf8);
  emit(std::move(doc));
}

}  // namespace

void ReadDocuments(std::string_view bytes, std::string_view origin,
                   const std::function<void(RawDocument)>& emit) {
  if (!IsGzip(bytes)) {
    ReadDecompressed(bytes, origin, emit);
    return;
  }
  // A damaged stream keeps what decompressed before the damage; the error
  // comes after the documents read from that part.
  Inflated inflated = Gunzip(bytes, kMaxInflatedInputBytes);
  if (!inflated.bytes.empty() || !inflated.error) ReadDecompressed(inflated.bytes, origin, emit);
  if (inflated.error) emit(ErrorDocument(origin, *inflated.error));
}

}  // namespace ghotona::page
