// JSON Lines records -> RawDocuments, with nlohmann::json in its non-throwing
// mode (parse errors give a discarded value); any exception that could still
// escape it (allocation) is caught at the record boundary.
#include "page/jsonl_reader.h"

#include <exception>
#include <nlohmann/json.hpp>
#include <optional>
#include <utility>
#include <vector>

namespace ghotona::page {
namespace {

using nlohmann::json;

bool IsBlank(std::string_view line) {
  for (char c : line) {
    if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != '\f' && c != '\v') return false;
  }
  return true;
}

std::string_view TrimRight(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::string_view TrimLeft(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  return s;
}

RawDocument Invalid(std::string origin, std::string_view reason) {
  RawDocument doc;
  doc.origin = std::move(origin);
  doc.error = "invalid JSON Lines record: " + std::string(reason);
  return doc;
}

// Moves a string member out of the record, if it is a string.
std::optional<std::string> TakeString(json& record, const char* key) {
  auto it = record.find(key);
  if (it == record.end() || !it->is_string()) return std::nullopt;
  return std::move(it->get_ref<std::string&>());
}

// A line's document, and whether the line is a JSON Lines record at all (an
// object with a content field), which format detection needs to know.
struct ParsedLine {
  RawDocument doc;
  bool is_record = false;
};

ParsedLine ParseLine(std::string_view line, std::string origin) {
  line = TrimLeft(TrimRight(line));
  json record = json::parse(line.begin(), line.end(), nullptr, /*allow_exceptions=*/false);
  if (record.is_discarded()) {
    return {Invalid(std::move(origin), line.empty() || line.back() != '}'
                                           ? "not valid JSON (truncated record?)"
                                           : "not valid JSON")};
  }
  if (!record.is_object()) return {Invalid(std::move(origin), "not a JSON object")};
  struct Content {
    const char* key;
    InputFormat format;
  };
  static constexpr Content kContents[] = {
      {"html", InputFormat::kHtml}, {"text", InputFormat::kTextDump}, {"body", InputFormat::kBody}};
  RawDocument doc;
  doc.origin = std::move(origin);
  bool found = false;
  for (const Content& c : kContents) {
    auto it = record.find(c.key);
    if (it == record.end()) continue;
    if (!it->is_string()) {
      return {Invalid(std::move(doc.origin), std::string("\"") + c.key + "\" is not a string")};
    }
    doc.format = c.format;
    doc.content = std::move(it->get_ref<std::string&>());
    found = true;
    break;
  }
  if (!found) return {Invalid(std::move(doc.origin), "no \"html\", \"text\" or \"body\" field")};
  if (IsBlank(doc.content)) {
    RawDocument empty;
    empty.origin = std::move(doc.origin);
    empty.error = "empty document";
    return {std::move(empty), true};
  }
  doc.url = TakeString(record, "url");
  doc.date = TakeString(record, "date");
  doc.outlet = TakeString(record, "outlet");
  doc.title = TakeString(record, "title");
  return {std::move(doc), true};
}

std::string LineOrigin(std::string_view origin, size_t line_number) {
  std::string s(origin);
  s += ':';
  s += std::to_string(line_number);
  return s;
}

// Splits utf8 into lines; calls f(line, 1-based number) for non-blank ones
// until f returns false.
template <typename F>
void ForEachNonBlankLine(std::string_view utf8, F&& f) {
  size_t pos = 0;
  size_t number = 0;
  while (pos < utf8.size()) {
    size_t end = utf8.find('\n', pos);
    if (end == std::string_view::npos) end = utf8.size();
    ++number;
    std::string_view line = utf8.substr(pos, end - pos);
    pos = end + 1;
    if (IsBlank(line)) continue;
    if (!f(line, number)) return;
  }
}

ParsedLine ParseLineSafely(std::string_view line, std::string origin) {
  try {
    return ParseLine(line, origin);
  } catch (const std::exception& e) {
    return {Invalid(std::move(origin), e.what())};
  }
}

}  // namespace

RawDocument RecordFromJsonLine(std::string_view line, std::string origin) {
  return ParseLineSafely(line, std::move(origin)).doc;
}

bool TryReadJsonLines(std::string_view utf8, std::string_view origin,
                      const std::function<void(RawDocument)>& emit) {
  // Detection parses at most the first two non-blank lines; their documents
  // are kept so that no line is parsed twice (a record may be 50 MB).
  std::vector<RawDocument> first;
  bool is_jsonl = false;
  ForEachNonBlankLine(utf8, [&](std::string_view line, size_t number) {
    if (first.empty() && TrimLeft(line).substr(0, 1) != "{") return false;
    ParsedLine parsed = ParseLineSafely(line, LineOrigin(origin, number));
    first.push_back(std::move(parsed.doc));
    if (parsed.is_record) {
      is_jsonl = true;
      return false;
    }
    // A broken first line still counts when the next one is a record.
    return first.size() < 2;
  });
  if (!is_jsonl) return false;
  size_t index = 0;
  ForEachNonBlankLine(utf8, [&](std::string_view line, size_t number) {
    if (index < first.size()) {
      emit(std::move(first[index++]));
    } else {
      emit(RecordFromJsonLine(line, LineOrigin(origin, number)));
    }
    return true;
  });
  return true;
}

}  // namespace ghotona::page
