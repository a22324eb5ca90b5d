// Serializes a Document as one JSON object of the output contract
// (docs/FORMATS.md). Field order is fixed so that output diffs stay readable.
#include <nlohmann/json.hpp>
#include <string>

#include "ghotona/document.h"

namespace ghotona {
namespace {

using Json = nlohmann::ordered_json;

Json OptionalString(const std::optional<std::string>& s) { return s ? Json(*s) : Json(nullptr); }

Json OptionalDate(const std::optional<DateTime>& d) { return d ? Json(d->ToIso()) : Json(nullptr); }

Json DateSourceJson(const std::optional<DateSource>& s) {
  if (!s) return nullptr;
  return *s == DateSource::kPage ? "page" : "inferred";
}

}  // namespace

std::string ToJson(const Document& doc, bool pretty) {
  const Article& a = doc.article;
  Json j;
  if (doc.error) j["error"] = *doc.error;
  j["title"] = OptionalString(a.title);
  j["published"] = OptionalDate(a.published);
  j["published_source"] = DateSourceJson(a.published_source);
  j["updated"] = OptionalDate(a.updated);
  j["outlet"] = OptionalString(a.outlet);
  j["byline"] = OptionalString(a.byline);
  j["section"] = OptionalString(a.section);
  j["attributed_sources"] = a.attributed_sources;
  j["body"] = a.body;
  j["language"] = a.language.empty() ? Json(nullptr) : Json(a.language);
  j["entities"] = Json::array();
  j["events"] = Json::array();
  j["warnings"] = a.warnings;
  j["url"] = OptionalString(a.url);
  if (!doc.origin.empty()) j["input"] = doc.origin;
  // Invalid UTF-8 cannot reach here (readers replace it), but never throw.
  return j.dump(pretty ? 2 : -1, ' ', false, Json::error_handler_t::replace);
}

}  // namespace ghotona
