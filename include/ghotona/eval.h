// Scoring extracted documents against hand-written gold (testdata/pages/
// <name>.expected.json): title and publication-date accuracy, body
// bag-of-words F1 over NFC-normalized word tokens, plus the other metadata.
// Used by `ghotona eval` and the golden tests.
#ifndef GHOTONA_EVAL_H_
#define GHOTONA_EVAL_H_

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ghotona/document.h"
#include "ghotona/status.h"

namespace ghotona {

// The contract fields of one expected document (null fields stay nullopt).
struct ExpectedArticle {
  std::optional<std::string> title;
  std::optional<std::string> published;  // ISO, as printed
  std::optional<std::string> published_source;
  std::optional<std::string> updated;
  std::optional<std::string> outlet;
  std::optional<std::string> byline;
  std::optional<std::string> section;
  std::vector<std::string> attributed_sources;
  std::string body;
  std::optional<std::string> language;
};

// An expected file holds one object, or an array with one object per record.
Result<std::vector<ExpectedArticle>> ParseExpected(std::string_view json);

struct PageScore {
  bool title = false;      // equal after NFC + whitespace collapse
  bool published = false;  // same ISO string (both null counts as equal)
  bool published_source = false;
  bool updated = false;
  bool outlet = false;
  bool byline = false;
  bool section = false;
  bool sources = false;  // same list, order ignored
  double body_precision = 0;
  double body_recall = 0;
  double body_f1 = 0;
};

PageScore ScoreDocument(const Document& got, const ExpectedArticle& want);

// Word tokens (maximal runs of letters, marks and digits) after normalization.
// Gold entities (<name>.entities.json, format in testdata/pages/ENTITIES.md).
struct ExpectedMention {
  size_t start = 0;  // code points into the gold body, end exclusive
  size_t end = 0;
  std::string text;
  std::string kind;  // name, adjective, role
};
struct ExpectedEntity {
  std::string name;  // canonical English name
  std::string type;
  std::optional<std::string> country;
  std::vector<ExpectedMention> mentions;
};
// One entity list per document: an object {"entities": [...]} or an array of them.
Result<std::vector<std::vector<ExpectedEntity>>> ParseExpectedEntities(std::string_view json);

struct EntityScore {
  size_t gold_mentions = 0;
  size_t got_mentions = 0;
  size_t span_matches = 0;    // same span and type (GPE and LOC count as one)
  size_t linked_matches = 0;  // same span, and an entity of the gold's English name
  // Gold mentions of entities the knowledge base holds, and how many of them
  // came out with the same span under the right entity.
  size_t kb_gold_mentions = 0;
  size_t kb_found = 0;
  std::vector<std::string> kb_misses;  // "name: text@start", for messages
};
// in_kb tells whether the knowledge base holds an entity of that English name.
EntityScore ScoreEntities(const Document& got, const std::vector<ExpectedEntity>& want,
                          const std::function<bool(std::string_view)>& in_kb);

std::vector<std::string> WordTokens(std::string_view text);

// Multiset precision/recall/F1 of the word tokens; two empty texts score 1.
struct Prf {
  double precision = 0, recall = 0, f1 = 0;
};
Prf BagOfWords(std::string_view got, std::string_view want);

// The article-extraction benchmark's metric (ScrapingHub/Zyte): word tokens,
// shingles of 4 consecutive tokens (a shorter text is one shingle), counted
// as multisets. Per page, the counts are divided by their sum so that every
// page weighs the same when they are averaged.
struct ShingleScore {
  double tp = 0, fp = 0, fn = 0;
  bool tokens_equal = false;  // the predicted token list equals the true one
};
ShingleScore CompareShingles(std::string_view got, std::string_view want);

// Mean precision over pages with tp + fp > 0, mean recall over pages with
// tp + fn > 0, F1 of the two means, and the share of pages with equal tokens.
struct BenchmarkScore {
  double precision = 0, recall = 0, f1 = 0, accuracy = 0;
};
BenchmarkScore AggregateShingles(const std::vector<ShingleScore>& pages);

}  // namespace ghotona

#endif  // GHOTONA_EVAL_H_
