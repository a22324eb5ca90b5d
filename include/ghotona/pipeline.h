// Start here. A Pipeline turns raw input (a plain-text page dump, an HTML page,
// JSON Lines records) into Documents: the clean article with its metadata, and
// (as later stages land) entities and events.
//
//   auto pipeline = ghotona::Pipeline::Create({.data_dir = "data"});
//   if (!pipeline.ok()) ...;
//   (*pipeline)->ForEachDocument(bytes, "page.txt", [&](ghotona::RawDocument raw) {
//     ghotona::Document doc = (*pipeline)->Process(raw);
//     std::cout << ghotona::ToJson(doc, false) << "\n";
//   });
//
// A Pipeline is immutable after Create and safe to use from many threads.
#ifndef GHOTONA_PIPELINE_H_
#define GHOTONA_PIPELINE_H_

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ghotona/document.h"
#include "ghotona/status.h"

namespace ghotona {

enum class InputFormat {
  kTextDump,  // a whole web page as plain text, boilerplate included
  kHtml,      // an HTML page
  kBody,      // clean article text: no boilerplate removal
};

// One document read from an input, before extraction.
struct RawDocument {
  InputFormat format = InputFormat::kTextDump;
  std::string content;  // UTF-8, decoded from the input's encoding
  // Hints from a JSON Lines record.
  std::optional<std::string> url;
  std::optional<std::string> title;
  std::optional<std::string> outlet;
  std::optional<std::string> date;
  // Set when the record could not be read (e.g. a truncated JSON line).
  std::optional<std::string> error;
  // Notes from reading ("invalid UTF-8 replaced"), passed on to the article.
  std::vector<std::string> warnings;
  std::string origin;  // "file:line" or "file"
};

struct PipelineOptions {
  std::string data_dir = "data";
  // Offset given to times printed without one (Asia/Dhaka).
  int default_utc_offset_minutes = 6 * 60;
  // Link the body's entities (knowledge base, role phrases, name tagger).
  // Off: articles only, faster.
  bool entities = true;
};

class Pipeline {
 public:
  static Result<std::unique_ptr<Pipeline>> Create(const PipelineOptions& options);
  ~Pipeline();
  Pipeline(const Pipeline&) = delete;
  Pipeline& operator=(const Pipeline&) = delete;

  // Detects the format of one input (a file or standard input) from its content
  // and calls emit once per document in input order: one for a page, one per
  // JSON Lines record. Unreadable parts come as documents with error set.
  void ForEachDocument(std::string_view bytes, std::string_view origin,
                       const std::function<void(RawDocument)>& emit) const;

  // Extracts one document. Never fails: problems are in Document::error.
  Document Process(const RawDocument& raw) const;

 private:
  struct Impl;
  explicit Pipeline(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace ghotona

#endif  // GHOTONA_PIPELINE_H_
