// WARC parsing in one forward pass. A record is a version line, header fields
// up to a blank line, Content-Length bytes of block and a CRLF CRLF trailer;
// bare LF line ends are accepted throughout (hand-made and repaired files use
// them). Every byte is looked at a bounded number of times: header lines are
// read once, and resynchronisation after damage searches forward only.
#include "page/warc_reader.h"

#include <string>
#include <utility>
#include <vector>

#include "page/encoding.h"
#include "page/gzip.h"
#include "page/reader.h"

namespace ghotona::page {
namespace {

constexpr std::string_view kVersionPrefix = "WARC/1.";

char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = Lower(c);
  return out;
}

bool EqualsNoCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (Lower(a[i]) != Lower(b[i])) return false;
  }
  return true;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// Printable ASCII for error messages (which must stay valid UTF-8), at most
// 40 characters.
std::string Printable(std::string_view s) {
  std::string out;
  for (char c : s.substr(0, 40)) out += (c >= 0x20 && c < 0x7f) ? c : '?';
  return out;
}

// The line at *pos without its CR LF or LF; *pos moves past the line end.
// *ended is false when the input ran out before a line feed.
std::string_view NextLine(std::string_view s, size_t* pos, bool* ended) {
  size_t start = *pos;
  size_t lf = s.find('\n', start);
  *ended = lf != std::string_view::npos;
  size_t end = *ended ? lf : s.size();
  *pos = *ended ? lf + 1 : s.size();
  std::string_view line = s.substr(start, end - start);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

bool IsVersionLine(std::string_view s) {
  return s.size() >= 8 && s.substr(0, kVersionPrefix.size()) == kVersionPrefix &&
         (s[7] == '0' || s[7] == '1') && (s.size() == 8 || s[8] == '\r' || s[8] == '\n');
}

struct Headers {
  std::vector<std::pair<std::string_view, std::string>> fields;

  // The value of the first field named `name` (any case); empty when absent.
  std::string_view Get(std::string_view name) const {
    for (const auto& [n, v] : fields) {
      if (EqualsNoCase(n, name)) return v;
    }
    return {};
  }
};

// Adds one "Name: value" line, or a folded continuation of the previous one.
// False for a line that is neither.
bool AddHeaderLine(std::string_view line, Headers* h) {
  if ((line.front() == ' ' || line.front() == '\t') && !h->fields.empty()) {
    h->fields.back().second += ' ';
    h->fields.back().second += Trim(line);
    return true;
  }
  size_t colon = line.find(':');
  if (colon == std::string_view::npos || colon == 0 || Trim(line.substr(0, colon)).empty()) return false;
  h->fields.emplace_back(Trim(line.substr(0, colon)), std::string(Trim(line.substr(colon + 1))));
  return true;
}

// A decimal length of at most 15 digits (no overflow), or false.
bool ParseLength(std::string_view s, size_t* out) {
  if (s.empty() || s.size() > 15) return false;
  size_t v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + static_cast<size_t>(c - '0');
  }
  *out = v;
  return true;
}

// A Content-Type value split into its lower-cased media type and charset.
struct MediaType {
  std::string type;
  std::string charset;
  std::string msgtype;  // application/http's msgtype parameter
};

MediaType ParseMediaType(std::string_view value) {
  MediaType m;
  size_t semi = value.find(';');
  m.type = LowerAscii(Trim(value.substr(0, semi)));
  while (semi != std::string_view::npos) {
    size_t next = value.find(';', semi + 1);
    std::string_view param =
        Trim(value.substr(semi + 1, next == std::string_view::npos ? next : next - semi - 1));
    semi = next;
    size_t eq = param.find('=');
    if (eq == std::string_view::npos) continue;
    std::string name = LowerAscii(Trim(param.substr(0, eq)));
    std::string_view v = Trim(param.substr(eq + 1));
    if (v.size() >= 2 && (v.front() == '"' || v.front() == '\'') && v.back() == v.front()) {
      v = v.substr(1, v.size() - 2);
    }
    if (name == "charset") m.charset = LowerAscii(v);
    if (name == "msgtype") m.msgtype = LowerAscii(v);
  }
  return m;
}

// Undoes Transfer-Encoding: chunked. False when the body does not start with
// a chunk-size line (the writer stored it decoded but kept the header); a body
// that breaks off keeps its chunks so far with a warning.
bool Dechunk(std::string_view body, std::string* out, std::vector<std::string>* warnings) {
  size_t pos = 0;
  bool first = true;
  for (;;) {
    bool ended;
    std::string_view line = Trim(NextLine(body, &pos, &ended));
    size_t size = 0, digits = 0;
    for (char c : line) {
      int d = (c >= '0' && c <= '9')                 ? c - '0'
              : (Lower(c) >= 'a' && Lower(c) <= 'f') ? Lower(c) - 'a' + 10
                                                     : -1;
      if (d < 0) break;
      if (++digits > 15) break;
      size = size * 16 + static_cast<size_t>(d);
    }
    bool valid =
        digits > 0 && digits <= 15 &&
        (digits == line.size() || line[digits] == ';' || line[digits] == ' ' || line[digits] == '\t');
    if (!valid || !ended) {
      if (first) return false;
      warnings->push_back("truncated chunked HTTP body");
      return true;
    }
    first = false;
    if (size == 0) return true;  // the last chunk; trailer fields are of no use
    if (size > body.size() - pos) {
      out->append(body.substr(pos));
      warnings->push_back("truncated chunked HTTP body");
      return true;
    }
    out->append(body.substr(pos, size));
    pos += size;
    if (body.substr(pos, 2) == "\r\n") {
      pos += 2;
    } else if (body.substr(pos, 1) == "\n") {
      pos += 1;
    }
  }
}

bool IsBlank(std::string_view s) {
  for (char c : s) {
    if (!(c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v')) return false;
  }
  return true;
}

// robots.txt is text/plain but never a page.
bool IsRobotsTxt(std::string_view url) {
  size_t end = url.find_first_of("?#");
  url = url.substr(0, end);
  constexpr std::string_view kRobots = "/robots.txt";
  return url.size() >= kRobots.size() && EqualsNoCase(url.substr(url.size() - kRobots.size()), kRobots);
}

class WarcReader {
 public:
  WarcReader(std::string_view bytes, std::string_view origin, const std::function<void(RawDocument)>& emit)
      : s_(bytes), origin_(origin), emit_(emit) {}

  WarcStats Run() {
    size_t pos = 0;
    while (true) {
      while (pos < s_.size() && (s_[pos] == '\r' || s_[pos] == '\n')) ++pos;  // record trailers
      if (pos >= s_.size()) break;
      ++stats_.records;
      if (!ReadRecord(&pos)) break;
    }
    if (stats_.documents == 0 && stats_.errors == 0) {
      EmitError(std::string(origin_),
                "no HTML or text page in the WARC file (" + std::to_string(stats_.records) + " records)");
    }
    return stats_;
  }

 private:
  std::string RecordOrigin() const {
    return std::string(origin_) + ":record " + std::to_string(stats_.records);
  }
  std::string RecordName() const { return "WARC record " + std::to_string(stats_.records); }

  void EmitError(std::string origin, std::string message) {
    RawDocument doc;
    doc.origin = std::move(origin);
    doc.error = std::move(message);
    ++stats_.errors;
    emit_(std::move(doc));
  }

  void Corrupt(std::string_view why) {
    EmitError(RecordOrigin(), "corrupt " + RecordName() + ": " + std::string(why));
  }

  // Moves *pos to the next line that starts a record at or after `from`;
  // false when there is none.
  bool Resync(size_t from, size_t* pos) {
    if (from >= s_.size()) return false;
    if (from > 0 && s_[from - 1] == '\n' && IsVersionLine(s_.substr(from))) {
      *pos = from;
      return true;
    }
    for (size_t at = s_.find("\nWARC/1.", from); at != std::string_view::npos;
         at = s_.find("\nWARC/1.", at + 1)) {
      if (IsVersionLine(s_.substr(at + 1))) {
        *pos = at + 1;
        return true;
      }
    }
    return false;
  }

  // Reads the record at *pos; false when reading must stop.
  bool ReadRecord(size_t* pos) {
    const size_t start = *pos;
    bool ended;
    std::string_view version = NextLine(s_, pos, &ended);
    if (!IsVersionLine(version)) {
      Corrupt("no WARC/1.0 or WARC/1.1 version line");
      return Resync(start + 1, pos);
    }
    Headers h;
    for (;;) {
      if (*pos >= s_.size()) {
        EmitError(RecordOrigin(), "truncated " + RecordName());
        return false;
      }
      const size_t line_start = *pos;
      std::string_view line = NextLine(s_, pos, &ended);
      if (!ended) {  // the input ends inside the header
        EmitError(RecordOrigin(), "truncated " + RecordName());
        return false;
      }
      if (line.empty()) break;
      if (IsVersionLine(s_.substr(line_start))) {
        Corrupt("header fields do not end with a blank line");
        *pos = line_start;
        return true;
      }
      if (!AddHeaderLine(line, &h)) {
        Corrupt("header line without a field name: '" + Printable(line) + "'");
        return Resync(*pos, pos);
      }
    }
    std::string_view length_text = h.Get("Content-Length");
    size_t length = 0;
    if (!ParseLength(length_text, &length)) {
      Corrupt(length_text.empty() ? std::string("no Content-Length")
                                  : "bad Content-Length '" + Printable(length_text) + "'");
      return Resync(*pos, pos);
    }
    if (length > s_.size() - *pos) {
      EmitError(RecordOrigin(), "truncated " + RecordName());
      return false;
    }
    std::string_view block = s_.substr(*pos, length);
    *pos += length;
    HandleBlock(h, block);
    return true;
  }

  void HandleBlock(const Headers& h, std::string_view block) {
    std::string type = LowerAscii(h.Get("WARC-Type"));
    std::string_view url = Trim(h.Get("WARC-Target-URI"));
    if (url.size() >= 2 && url.front() == '<' && url.back() == '>') url = url.substr(1, url.size() - 2);
    std::vector<std::string> warnings;
    if (std::string_view cut = h.Get("WARC-Truncated"); !cut.empty()) {
      warnings.push_back("page cut short by the crawler (WARC-Truncated: " + Printable(cut) + ")");
    }
    MediaType media = ParseMediaType(h.Get("Content-Type"));
    if (type == "response" && media.type == "application/http") {
      if (!media.msgtype.empty() && media.msgtype != "response") {
        ++stats_.skipped_type;
        return;
      }
      HandleHttp(block, url, std::move(warnings));
    } else if (type == "response" || type == "resource") {
      HandlePayload(block, media, url, std::move(warnings));
    } else {
      ++stats_.skipped_type;
    }
  }

  void HandleHttp(std::string_view block, std::string_view url, std::vector<std::string> warnings) {
    size_t pos = 0;
    bool ended;
    std::string_view status_line = NextLine(block, &pos, &ended);
    size_t space = status_line.find(' ');
    std::string_view code = space == std::string_view::npos ? "" : status_line.substr(space + 1, 3);
    if (status_line.substr(0, 5) != "HTTP/" || code.size() != 3 ||
        code.find_first_not_of("0123456789") != std::string_view::npos) {
      EmitError(RecordOrigin(), "corrupt HTTP response in " + RecordName() + ": no HTTP status line");
      return;
    }
    Headers http;
    for (;;) {
      if (!ended || pos >= block.size()) {
        EmitError(RecordOrigin(), "corrupt HTTP response in " + RecordName() + ": headers do not end");
        return;
      }
      std::string_view line = NextLine(block, &pos, &ended);
      if (line.empty()) break;
      AddHeaderLine(line, &http);  // servers send odd lines; ignore what is not a field
    }
    if (code[0] != '2') {
      ++stats_.skipped_status;
      return;
    }
    std::string_view body = block.substr(pos);
    std::string decoded;
    if (LowerAscii(http.Get("Transfer-Encoding")).find("chunked") != std::string::npos &&
        Dechunk(body, &decoded, &warnings)) {
      body = decoded;
    }
    std::string coding = LowerAscii(http.Get("Content-Encoding"));
    std::string inflated;
    if (coding == "gzip" || coding == "x-gzip" || coding == "deflate") {
      // Writers that stored the payload decoded but kept the header leave no
      // gzip magic; such a payload is read as it is.
      if (coding != "deflate" && !IsGzip(body)) {
        coding.clear();
      } else {
        Inflated out = coding == "deflate" ? InflateDeflate(body, kMaxWarcPayloadBytes)
                                           : Gunzip(body, kMaxWarcPayloadBytes);
        if (out.error && out.bytes.empty()) {
          EmitError(RecordOrigin(), *out.error + " in the HTTP body of " + RecordName());
          return;
        }
        if (out.error) warnings.push_back(*out.error + " in the HTTP body");
        inflated = std::move(out.bytes);
        body = inflated;
      }
    } else if (!coding.empty() && coding != "identity" && coding != "none") {
      EmitError(RecordOrigin(),
                "unsupported Content-Encoding '" + Printable(coding) + "' in " + RecordName());
      return;
    }
    HandlePayload(body, ParseMediaType(http.Get("Content-Type")), url, std::move(warnings));
  }

  void HandlePayload(std::string_view payload, const MediaType& media, std::string_view url,
                     std::vector<std::string> warnings) {
    const bool html = media.type == "text/html" || media.type == "application/xhtml+xml";
    const bool text = media.type == "text/plain";
    if ((!html && !text && !media.type.empty()) || IsRobotsTxt(url) || LooksBinary(payload)) {
      ++stats_.skipped_media;
      return;
    }
    Decoded decoded = DecodeToUtf8(payload, media.charset);
    if (IsBlank(decoded.utf8) || (media.type.empty() && !LooksLikeHtml(decoded.utf8))) {
      ++stats_.skipped_media;
      return;
    }
    RawDocument doc;
    doc.format = (html || LooksLikeHtml(decoded.utf8)) ? InputFormat::kHtml : InputFormat::kTextDump;
    doc.content = std::move(decoded.utf8);
    if (!url.empty()) doc.url = DecodeToUtf8(url).utf8;
    doc.origin = RecordOrigin();
    doc.warnings = std::move(warnings);
    doc.warnings.insert(doc.warnings.end(), decoded.warnings.begin(), decoded.warnings.end());
    ++stats_.documents;
    emit_(std::move(doc));
  }

  std::string_view s_;
  std::string_view origin_;
  const std::function<void(RawDocument)>& emit_;
  WarcStats stats_;
};

}  // namespace

bool LooksLikeWarc(std::string_view bytes) { return IsVersionLine(bytes); }

WarcStats ReadWarc(std::string_view bytes, std::string_view origin,
                   const std::function<void(RawDocument)>& emit) {
  return WarcReader(bytes, origin, emit).Run();
}

}  // namespace ghotona::page
