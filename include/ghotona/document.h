// One processed input document: the article, its entities and events, or the
// reason it could not be processed. Serialized as one JSON object of the
// output contract by ToJson.
#ifndef GHOTONA_DOCUMENT_H_
#define GHOTONA_DOCUMENT_H_

#include <optional>
#include <string>
#include <vector>

#include "ghotona/article.h"
#include "ghotona/entities.h"

namespace ghotona {

struct Document {
  Article article;
  // People, organisations and places of the body, ordered by first mention.
  std::vector<Entity> entities;
  // Set when the document could not be processed; the article is then empty.
  std::optional<std::string> error;
  // Where it came from ("file.jsonl:12"), for messages; not part of the contract.
  std::string origin;
};

// One JSON object (no trailing newline). pretty: indented by two spaces.
std::string ToJson(const Document& doc, bool pretty);

}  // namespace ghotona

#endif  // GHOTONA_DOCUMENT_H_
