// Gold-file parsing and the extraction metrics of include/ghotona/eval.h.
#include "ghotona/eval.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <unordered_map>

#include "text/normalize.h"
#include "text/utf8.h"

namespace ghotona {
namespace {

using Json = nlohmann::json;

std::optional<std::string> OptString(const Json& obj, const char* key) {
  auto it = obj.find(key);
  if (it == obj.end() || !it->is_string()) return std::nullopt;
  return it->get<std::string>();
}

Result<ExpectedArticle> ParseOne(const Json& obj) {
  if (!obj.is_object()) return Status::ParseError("expected a JSON object per document");
  ExpectedArticle e;
  e.title = OptString(obj, "title");
  e.published = OptString(obj, "published");
  e.published_source = OptString(obj, "published_source");
  e.updated = OptString(obj, "updated");
  e.outlet = OptString(obj, "outlet");
  e.byline = OptString(obj, "byline");
  e.section = OptString(obj, "section");
  e.language = OptString(obj, "language");
  e.body = OptString(obj, "body").value_or("");
  if (auto it = obj.find("attributed_sources"); it != obj.end() && it->is_array()) {
    for (const Json& s : *it) {
      if (s.is_string()) e.attributed_sources.push_back(s.get<std::string>());
    }
  }
  return e;
}

std::string Canonical(std::string_view s) { return text::CollapseWhitespace(text::Normalize(s)); }

bool SameOptional(const std::optional<std::string>& got, const std::optional<std::string>& want) {
  if (!got || !want) return !got && !want;
  return Canonical(*got) == Canonical(*want);
}

bool IsWordChar(char32_t c) {
  if (u_isalnum(static_cast<UChar32>(c))) return true;
  int8_t type = u_charType(static_cast<UChar32>(c));
  return type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK;
}

}  // namespace

Result<std::vector<ExpectedArticle>> ParseExpected(std::string_view json) {
  Json parsed = Json::parse(json.begin(), json.end(), nullptr, false);
  if (parsed.is_discarded()) return Status::ParseError("expected file is not valid JSON");
  std::vector<ExpectedArticle> out;
  if (parsed.is_array()) {
    for (const Json& obj : parsed) {
      auto one = ParseOne(obj);
      if (!one.ok()) return one.status();
      out.push_back(std::move(one).value());
    }
  } else {
    auto one = ParseOne(parsed);
    if (!one.ok()) return one.status();
    out.push_back(std::move(one).value());
  }
  return out;
}

Result<std::vector<std::vector<ExpectedEntity>>> ParseExpectedEntities(std::string_view json) {
  const Json parsed = Json::parse(json.begin(), json.end(), nullptr, false);
  if (parsed.is_discarded()) return Status::ParseError("entities file is not valid JSON");
  const auto parse_doc = [](const Json& doc) -> Result<std::vector<ExpectedEntity>> {
    auto list = doc.find("entities");
    if (!doc.is_object() || list == doc.end() || !list->is_array()) {
      return Status::ParseError("want {\"entities\": [...]} per document");
    }
    std::vector<ExpectedEntity> entities;
    for (const Json& e : *list) {
      ExpectedEntity entity;
      entity.name = OptString(e, "name").value_or("");
      entity.type = OptString(e, "type").value_or("");
      entity.country = OptString(e, "country");
      if (auto m = e.find("mentions"); m != e.end() && m->is_array()) {
        for (const Json& mj : *m) {
          ExpectedMention mention;
          mention.start = mj.value("start", size_t{0});
          mention.end = mj.value("end", size_t{0});
          mention.text = OptString(mj, "text").value_or("");
          mention.kind = OptString(mj, "kind").value_or("name");
          entity.mentions.push_back(std::move(mention));
        }
      }
      entities.push_back(std::move(entity));
    }
    return entities;
  };
  std::vector<std::vector<ExpectedEntity>> docs;
  try {
    if (parsed.is_array()) {
      for (const Json& doc : parsed) {
        auto one = parse_doc(doc);
        if (!one.ok()) return one.status();
        docs.push_back(std::move(one).value());
      }
    } else {
      auto one = parse_doc(parsed);
      if (!one.ok()) return one.status();
      docs.push_back(std::move(one).value());
    }
  } catch (const Json::exception& e) {
    return Status::ParseError(std::string("entities file: ") + e.what());
  }
  return docs;
}

EntityScore ScoreEntities(const Document& got, const std::vector<ExpectedEntity>& want,
                          const std::function<bool(std::string_view)>& in_kb) {
  const auto same_type = [](std::string_view a, std::string_view b) {
    const auto place = [](std::string_view t) { return t == "GPE" || t == "LOC"; };
    return a == b || (place(a) && place(b));
  };
  const auto same_name = [](std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
             return std::tolower(static_cast<unsigned char>(x)) ==
                    std::tolower(static_cast<unsigned char>(y));
           });
  };
  // Predicted mentions by span.
  std::unordered_map<uint64_t, std::vector<const Entity*>> by_span;
  EntityScore score;
  for (const Entity& e : got.entities) {
    for (const Mention& m : e.mentions) {
      by_span[(uint64_t{m.start} << 32) | m.end].push_back(&e);
      ++score.got_mentions;
    }
  }
  for (const ExpectedEntity& e : want) {
    const bool kb = in_kb(e.name);
    for (const ExpectedMention& m : e.mentions) {
      ++score.gold_mentions;
      score.kb_gold_mentions += kb;
      bool span = false, linked = false;
      auto it = by_span.find((uint64_t{m.start} << 32) | m.end);
      if (it != by_span.end()) {
        for (const Entity* g : it->second) {
          span |= same_type(EntityTypeName(g->type), e.type);
          linked |= same_name(g->name, e.name);
        }
      }
      score.span_matches += span;
      score.linked_matches += linked;
      if (kb) {
        score.kb_found += linked;
        if (!linked) score.kb_misses.push_back(e.name + ": " + m.text + "@" + std::to_string(m.start));
      }
    }
  }
  return score;
}

std::vector<std::string> WordTokens(std::string_view input) {
  std::string normalized = text::Normalize(input);
  std::vector<std::string> tokens;
  std::string current;
  size_t pos = 0;
  while (pos < normalized.size()) {
    text::Decoded d = text::DecodeUtf8(normalized, pos);
    if (IsWordChar(d.cp)) {
      current.append(normalized, pos, d.len);
    } else if (!current.empty()) {
      tokens.push_back(std::move(current));
      current.clear();
    }
    pos += d.len;
  }
  if (!current.empty()) tokens.push_back(std::move(current));
  return tokens;
}

Prf BagOfWords(std::string_view got, std::string_view want) {
  std::vector<std::string> g = WordTokens(got), w = WordTokens(want);
  Prf prf;
  if (g.empty() && w.empty()) return {1, 1, 1};
  std::unordered_map<std::string, int> counts;
  for (const std::string& t : w) ++counts[t];
  size_t overlap = 0;
  for (const std::string& t : g) {
    auto it = counts.find(t);
    if (it != counts.end() && it->second > 0) {
      --it->second;
      ++overlap;
    }
  }
  prf.precision = g.empty() ? 0 : static_cast<double>(overlap) / g.size();
  prf.recall = w.empty() ? 0 : static_cast<double>(overlap) / w.size();
  prf.f1 = prf.precision + prf.recall > 0 ? 2 * prf.precision * prf.recall / (prf.precision + prf.recall) : 0;
  return prf;
}

PageScore ScoreDocument(const Document& got, const ExpectedArticle& want) {
  const Article& a = got.article;
  PageScore s;
  s.title = SameOptional(a.title, want.title);
  std::optional<std::string> published = a.published ? std::optional(a.published->ToIso()) : std::nullopt;
  s.published = published == want.published;
  std::optional<std::string> source;
  if (a.published_source) source = *a.published_source == DateSource::kPage ? "page" : "inferred";
  s.published_source = source == want.published_source;
  std::optional<std::string> updated = a.updated ? std::optional(a.updated->ToIso()) : std::nullopt;
  s.updated = updated == want.updated;
  s.outlet = SameOptional(a.outlet, want.outlet);
  s.byline = SameOptional(a.byline, want.byline);
  s.section = SameOptional(a.section, want.section);
  std::vector<std::string> got_sources, want_sources;
  for (const auto& x : a.attributed_sources) got_sources.push_back(Canonical(x));
  for (const auto& x : want.attributed_sources) want_sources.push_back(Canonical(x));
  std::sort(got_sources.begin(), got_sources.end());
  std::sort(want_sources.begin(), want_sources.end());
  s.sources = got_sources == want_sources;
  Prf body = BagOfWords(a.body, want.body);
  s.body_precision = body.precision;
  s.body_recall = body.recall;
  s.body_f1 = body.f1;
  return s;
}

ShingleScore CompareShingles(std::string_view got, std::string_view want) {
  auto shingles = [](const std::vector<std::string>& tokens) {
    std::unordered_map<std::string, int> counts;
    constexpr size_t kWidth = 4;
    if (tokens.empty()) return counts;
    size_t n = tokens.size() < kWidth ? 1 : tokens.size() - kWidth + 1;
    for (size_t i = 0; i < n; ++i) {
      std::string key;
      for (size_t j = i; j < std::min(i + kWidth, tokens.size()); ++j)
        key.append(tokens[j]).push_back('\x1f');
      ++counts[key];
    }
    return counts;
  };
  std::vector<std::string> g = WordTokens(got), w = WordTokens(want);
  ShingleScore score;
  score.tokens_equal = g == w;
  auto gs = shingles(g), ws = shingles(w);
  double tp = 0, fp = 0, fn = 0;
  for (const auto& [key, count] : gs) {
    auto it = ws.find(key);
    int common = it == ws.end() ? 0 : std::min(count, it->second);
    tp += common;
    fp += count - common;
  }
  for (const auto& [key, count] : ws) {
    auto it = gs.find(key);
    fn += count - (it == gs.end() ? 0 : std::min(count, it->second));
  }
  double sum = tp + fp + fn;
  if (sum > 0) score = {tp / sum, fp / sum, fn / sum, score.tokens_equal};
  return score;
}

BenchmarkScore AggregateShingles(const std::vector<ShingleScore>& pages) {
  BenchmarkScore out;
  double precision = 0, recall = 0;
  size_t precision_pages = 0, recall_pages = 0, equal = 0;
  for (const ShingleScore& p : pages) {
    bool perfect = p.fp == 0 && p.fn == 0;
    if (p.tp + p.fp > 0 || perfect) {
      precision += perfect ? 1 : p.tp / (p.tp + p.fp);
      ++precision_pages;
    }
    if (p.tp + p.fn > 0 || perfect) {
      recall += perfect ? 1 : p.tp / (p.tp + p.fn);
      ++recall_pages;
    }
    equal += p.tokens_equal;
  }
  if (precision_pages) out.precision = precision / precision_pages;
  if (recall_pages) out.recall = recall / recall_pages;
  if (out.precision + out.recall > 0) out.f1 = 2 * out.precision * out.recall / (out.precision + out.recall);
  if (!pages.empty()) out.accuracy = static_cast<double>(equal) / pages.size();
  return out;
}

}  // namespace ghotona
