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

std::string_view MentionKindName(MentionKind kind) {
  switch (kind) {
    case MentionKind::kName:
      return "name";
    case MentionKind::kAdjective:
      return "adjective";
    case MentionKind::kRole:
      return "role";
  }
  return "name";
}

Json EntityJson(const Entity& e) {
  Json j;
  j["id"] = e.id;
  j["name"] = e.name;
  j["name_bn"] = e.name_bn;
  j["type"] = EntityTypeName(e.type);
  j["country"] = e.country.empty() ? Json(nullptr) : Json(e.country);
  j["actor_code"] = e.actor_code.empty() ? Json(nullptr) : Json(e.actor_code);
  Json mentions = Json::array();
  for (const Mention& m : e.mentions) {
    Json mj;
    mj["start"] = m.start;
    mj["end"] = m.end;
    mj["text"] = m.text;
    mj["kind"] = MentionKindName(m.kind);
    if (!m.stands_for.empty()) mj["stands_for"] = m.stands_for;
    mentions.push_back(std::move(mj));
  }
  j["mentions"] = std::move(mentions);
  return j;
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
  for (const Entity& e : doc.entities) j["entities"].push_back(EntityJson(e));
  j["events"] = Json::array();
  j["warnings"] = a.warnings;
  j["url"] = OptionalString(a.url);
  if (!doc.origin.empty()) j["input"] = doc.origin;
  // Invalid UTF-8 cannot reach here (readers replace it), but never throw.
  return j.dump(pretty ? 2 : -1, ' ', false, Json::error_handler_t::replace);
}

}  // namespace ghotona
